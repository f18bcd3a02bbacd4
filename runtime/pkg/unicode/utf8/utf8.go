// Package utf8: encoding and decoding of UTF-8 text, with Go's rules for invalid input: an invalid
// or truncated sequence, a surrogate half or a value past MaxRune decodes as RuneError with width 1
// (width 0 for empty input), and encoding an invalid rune writes RuneError.
package utf8

const (
	RuneError = '\uFFFD'     // the "error" rune or "Unicode replacement character"
	RuneSelf  = 0x80         // runes below RuneSelf are a single byte
	MaxRune   = '\U0010FFFF' // maximum valid Unicode code point
	UTFMax    = 4            // maximum number of bytes of a UTF-8 encoded rune
)

const (
	surrogateMin = 0xD800
	surrogateMax = 0xDFFF
)

// seqLen returns the length a sequence starting with byte b claims, and the lowest and highest
// allowed values of its second byte (which exclude overlong forms, surrogates and values past
// MaxRune); 0 for a byte that cannot start a sequence.
func seqLen(b byte) (n int, lo, hi byte) {
	switch {
	case b < 0x80:
		return 1, 0, 0
	case b < 0xC2:
		return 0, 0, 0
	case b < 0xE0:
		return 2, 0x80, 0xBF
	case b == 0xE0:
		return 3, 0xA0, 0xBF
	case b == 0xED:
		return 3, 0x80, 0x9F
	case b < 0xF0:
		return 3, 0x80, 0xBF
	case b == 0xF0:
		return 4, 0x90, 0xBF
	case b < 0xF4:
		return 4, 0x80, 0xBF
	case b == 0xF4:
		return 4, 0x80, 0x8F
	}
	return 0, 0, 0
}

// DecodeRuneInString unpacks the first UTF-8 encoding in s and returns the rune and its width.
func DecodeRuneInString(s string) (r rune, size int) {
	if len(s) == 0 {
		return RuneError, 0
	}
	b0 := s[0]
	n, lo, hi := seqLen(b0)
	if n == 1 {
		return rune(b0), 1
	}
	if n == 0 || len(s) < n || s[1] < lo || s[1] > hi {
		return RuneError, 1
	}
	r = rune(b0) & (0x7F >> n)
	for i := 1; i < n; i++ {
		c := s[i]
		if c < 0x80 || c > 0xBF {
			return RuneError, 1
		}
		r = r<<6 | rune(c&0x3F)
	}
	return r, n
}

// DecodeRune is DecodeRuneInString for a byte slice.
func DecodeRune(p []byte) (r rune, size int) {
	n := len(p)
	if n > UTFMax {
		n = UTFMax
	}
	return DecodeRuneInString(string(p[:n]))
}

// DecodeLastRuneInString unpacks the last UTF-8 encoding in s and returns the rune and its width.
func DecodeLastRuneInString(s string) (r rune, size int) {
	end := len(s)
	if end == 0 {
		return RuneError, 0
	}
	if s[end-1] < RuneSelf {
		return rune(s[end-1]), 1
	}
	lim := end - UTFMax
	if lim < 0 {
		lim = 0
	}
	start := end - 1
	for start--; start >= lim; start-- {
		if RuneStart(s[start]) {
			break
		}
	}
	if start < 0 {
		start = 0
	}
	r, size = DecodeRuneInString(s[start:end])
	if start+size != end {
		return RuneError, 1
	}
	return r, size
}

// DecodeLastRune is DecodeLastRuneInString for a byte slice.
func DecodeLastRune(p []byte) (r rune, size int) {
	start := len(p) - UTFMax
	if start < 0 {
		start = 0
	}
	return DecodeLastRuneInString(string(p[start:]))
}

// RuneLen returns the number of bytes needed to encode r, or -1 if r is not a valid rune.
func RuneLen(r rune) int {
	switch {
	case r < 0:
		return -1
	case r < 0x80:
		return 1
	case r < 0x800:
		return 2
	case surrogateMin <= r && r <= surrogateMax:
		return -1
	case r < 0x10000:
		return 3
	case r <= MaxRune:
		return 4
	}
	return -1
}

// EncodeRune writes the UTF-8 encoding of r into p (which must be large enough) and returns the
// number of bytes written. An invalid rune is written as RuneError.
func EncodeRune(p []byte, r rune) int {
	if !ValidRune(r) {
		r = RuneError
	}
	switch n := RuneLen(r); n {
	case 1:
		p[0] = byte(r)
		return 1
	case 2:
		_ = p[1]
		p[0] = 0xC0 | byte(r>>6)
		p[1] = 0x80 | byte(r)&0x3F
		return 2
	case 3:
		_ = p[2]
		p[0] = 0xE0 | byte(r>>12)
		p[1] = 0x80 | byte(r>>6)&0x3F
		p[2] = 0x80 | byte(r)&0x3F
		return 3
	}
	_ = p[3]
	p[0] = 0xF0 | byte(r>>18)
	p[1] = 0x80 | byte(r>>12)&0x3F
	p[2] = 0x80 | byte(r>>6)&0x3F
	p[3] = 0x80 | byte(r)&0x3F
	return 4
}

// AppendRune appends the UTF-8 encoding of r to the end of p and returns the extended buffer.
func AppendRune(p []byte, r rune) []byte {
	if r >= 0 && r < RuneSelf {
		return append(p, byte(r))
	}
	var buf [UTFMax]byte
	n := EncodeRune(buf[:], r)
	return append(p, buf[:n]...)
}

// RuneCountInString returns the number of runes in s; each invalid byte counts as one.
func RuneCountInString(s string) (n int) {
	for i := 0; i < len(s); n++ {
		if s[i] < RuneSelf {
			i++
			continue
		}
		_, size := DecodeRuneInString(s[i:])
		i += size
	}
	return n
}

// RuneCount is RuneCountInString for a byte slice.
func RuneCount(p []byte) int {
	return RuneCountInString(string(p))
}

// RuneStart reports whether b could be the first byte of an encoded rune.
func RuneStart(b byte) bool {
	return b&0xC0 != 0x80
}

// FullRuneInString reports whether s begins with a full UTF-8 encoding of a rune (an invalid
// encoding counts as full, since it decodes as a width-1 error).
func FullRuneInString(s string) bool {
	if len(s) == 0 {
		return false
	}
	n, lo, hi := seqLen(s[0])
	if n <= 1 || len(s) >= n {
		return true
	}
	if len(s) > 1 && (s[1] < lo || s[1] > hi) {
		return true
	}
	return len(s) > 2 && (s[2] < 0x80 || s[2] > 0xBF)
}

// FullRune is FullRuneInString for a byte slice.
func FullRune(p []byte) bool {
	n := len(p)
	if n > UTFMax {
		n = UTFMax
	}
	return FullRuneInString(string(p[:n]))
}

// ValidString reports whether s consists entirely of valid UTF-8-encoded runes.
func ValidString(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < RuneSelf {
			i++
			continue
		}
		r, size := DecodeRuneInString(s[i:])
		if r == RuneError && size == 1 {
			return false
		}
		i += size
	}
	return true
}

// Valid is ValidString for a byte slice.
func Valid(p []byte) bool {
	return ValidString(string(p))
}

// ValidRune reports whether r can be legally encoded as UTF-8.
func ValidRune(r rune) bool {
	switch {
	case 0 <= r && r < surrogateMin:
		return true
	case surrogateMax < r && r <= MaxRune:
		return true
	}
	return false
}
