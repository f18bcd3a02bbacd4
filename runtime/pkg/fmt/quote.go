// quote.go: UTF-8 helpers and Go-syntax quoting of strings and runes (what %q prints), kept inside
// fmt so that fmt depends on no other package. Which runes are printable (strconv.IsPrint) comes
// from a table in the C runtime (fmt_is_print), so programs do not compile Unicode tables in Go.

package fmt

const (
	maxRune   = 0x10FFFF
	runeError = 0xFFFD
)

func runeCount(s string) int {
	n := 0
	for range s {
		n++
	}
	return n
}

func runeCountBytes(b []byte) int {
	n := 0
	for i := 0; i < len(b); i++ {
		if b[i]&0xC0 != 0x80 {
			n++
		}
	}
	if n == len(b) {
		return n
	}
	return runeCount(string(b))
}

func validRune(r rune) bool {
	return (r >= 0 && r < 0xD800) || (r > 0xDFFF && r <= maxRune)
}

// appendRune appends the UTF-8 encoding of r (U+FFFD for an invalid rune).
func appendRune(b []byte, r rune) []byte {
	if r >= 0 && r < 0x80 {
		return append(b, byte(r))
	}
	if !validRune(r) {
		r = runeError
	}
	if r < 0x800 {
		return append(b, byte(0xC0|r>>6), byte(0x80|r&0x3F))
	}
	if r < 0x10000 {
		return append(b, byte(0xE0|r>>12), byte(0x80|(r>>6)&0x3F), byte(0x80|r&0x3F))
	}
	return append(b, byte(0xF0|r>>18), byte(0x80|(r>>12)&0x3F), byte(0x80|(r>>6)&0x3F), byte(0x80|r&0x3F))
}

// firstRune decodes the rune at the start of s and its width; an invalid byte is (U+FFFD, 1).
func firstRune(s string) (rune, int) {
	for _, r := range s {
		if r < 0x80 {
			return r, 1
		}
		if r == runeError && !(len(s) >= 3 && s[0] == 0xEF && s[1] == 0xBF && s[2] == 0xBD) {
			return r, 1
		}
		if r < 0x800 {
			return r, 2
		}
		if r < 0x10000 {
			return r, 3
		}
		return r, 4
	}
	return runeError, 0
}

func isPrint(r rune) bool {
	if r < 0x80 {
		return r >= 0x20 && r < 0x7F
	}
	return fmt_is_print(r)
}

// appendEscaped appends r as it appears inside a quoted literal delimited by quote.
func appendEscaped(b []byte, r rune, quote byte, ascii bool) []byte {
	if r == rune(quote) || r == '\\' {
		return append(b, '\\', byte(r))
	}
	if (!ascii || r < 0x80) && isPrint(r) {
		return appendRune(b, r)
	}
	switch r {
	case '\a':
		return append(b, '\\', 'a')
	case '\b':
		return append(b, '\\', 'b')
	case '\f':
		return append(b, '\\', 'f')
	case '\n':
		return append(b, '\\', 'n')
	case '\r':
		return append(b, '\\', 'r')
	case '\t':
		return append(b, '\\', 't')
	case '\v':
		return append(b, '\\', 'v')
	}
	if r < ' ' || r == 0x7F {
		return append(b, '\\', 'x', lowerHex[byte(r)>>4], lowerHex[byte(r)&0xF])
	}
	if !validRune(r) {
		r = runeError
	}
	if r < 0x10000 {
		b = append(b, '\\', 'u')
		for s := 12; s >= 0; s -= 4 {
			b = append(b, lowerHex[(r>>uint(s))&0xF])
		}
		return b
	}
	b = append(b, '\\', 'U')
	for s := 28; s >= 0; s -= 4 {
		b = append(b, lowerHex[(r>>uint(s))&0xF])
	}
	return b
}

// appendQuoted appends s as a quoted Go literal (strconv.Quote, or QuoteToASCII when ascii).
func appendQuoted(b []byte, s string, quote byte, ascii bool) []byte {
	b = append(b, quote)
	for i := 0; i < len(s); {
		r, w := firstRune(s[i:])
		if w == 1 && r == runeError {
			b = append(b, '\\', 'x', lowerHex[s[i]>>4], lowerHex[s[i]&0xF])
		} else {
			b = appendEscaped(b, r, quote, ascii)
		}
		i += w
	}
	return append(b, quote)
}

// appendQuotedRune appends r as a single-quoted Go literal (strconv.QuoteRune or QuoteRuneToASCII).
func appendQuotedRune(b []byte, r rune, ascii bool) []byte {
	if !validRune(r) {
		r = runeError
	}
	b = append(b, '\'')
	b = appendEscaped(b, r, '\'', ascii)
	return append(b, '\'')
}

// canBackquote reports whether s can be written as a raw string literal without change.
func canBackquote(s string) bool {
	for i := 0; i < len(s); {
		r, w := firstRune(s[i:])
		i += w
		if w > 1 {
			if r == 0xFEFF {
				return false
			}
			continue
		}
		if r == runeError || (r < ' ' && r != '\t') || r == '`' || r == 0x7F {
			return false
		}
	}
	return true
}
