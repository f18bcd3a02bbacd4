// format.go: the formatting of one operand once its verb and flags are known: padding to a width,
// integers in every base with precision and sign flags, strings (plain, quoted, hexadecimal),
// runes, and the post-processing of formatted floats. The output matches Go 1.19's fmt byte for
// byte; the printer (print.go) decides which of these a verb and an operand call for.

package fmt

const lowerHex = "0123456789abcdefx"
const upperHex = "0123456789ABCDEFX"

// fmtState is the flag set of the verb being formatted and the buffer it appends to.
type fmtState struct {
	buf []byte

	wid  int
	prec int

	widPresent  bool
	precPresent bool
	minus       bool
	plus        bool
	sharp       bool
	space       bool
	zero        bool
	plusV       bool // %+v
	sharpV      bool // %#v
}

// clearFlags resets the flags between verbs; like Go's, it leaves the width and precision values
// (only meaningful while widPresent and precPresent hold).
func (f *fmtState) clearFlags() {
	f.widPresent = false
	f.precPresent = false
	f.minus = false
	f.plus = false
	f.sharp = false
	f.space = false
	f.zero = false
	f.plusV = false
	f.sharpV = false
}

func (f *fmtState) writeString(s string) {
	f.buf = append(f.buf, s...)
}

func (f *fmtState) writeByte(c byte) {
	f.buf = append(f.buf, c)
}

func (f *fmtState) writeRune(r rune) {
	f.buf = appendRune(f.buf, r)
}

// writePadding appends n bytes of padding: zeros when the zero flag holds, else spaces.
func (f *fmtState) writePadding(n int) {
	c := byte(' ')
	if f.zero {
		c = '0'
	}
	for i := 0; i < n; i++ {
		f.buf = append(f.buf, c)
	}
}

// padBytes appends b padded to the width (counted in runes), on the left unless the minus flag holds.
func (f *fmtState) padBytes(b []byte) {
	if !f.widPresent || f.wid == 0 {
		f.buf = append(f.buf, b...)
		return
	}
	n := f.wid - runeCountBytes(b)
	if n <= 0 {
		f.buf = append(f.buf, b...)
		return
	}
	if f.minus {
		f.buf = append(f.buf, b...)
		f.writePadding(n)
		return
	}
	f.writePadding(n)
	f.buf = append(f.buf, b...)
}

// padString is padBytes for a string.
func (f *fmtState) padString(s string) {
	if !f.widPresent || f.wid == 0 {
		f.buf = append(f.buf, s...)
		return
	}
	n := f.wid - runeCount(s)
	if n <= 0 {
		f.buf = append(f.buf, s...)
		return
	}
	if f.minus {
		f.buf = append(f.buf, s...)
		f.writePadding(n)
		return
	}
	f.writePadding(n)
	f.buf = append(f.buf, s...)
}

// padNoZero pads with spaces even when the zero flag holds (signs and prefixes are already placed).
func (f *fmtState) padNoZero(b []byte) {
	saved := f.zero
	f.zero = false
	f.padBytes(b)
	f.zero = saved
}

func (f *fmtState) fmtBoolean(v bool) {
	if v {
		f.padString("true")
	} else {
		f.padString("false")
	}
}

// fmtInteger formats u (a two's complement int64 when signed) in base 2, 8, 10 or 16. Leading
// zeros come from the precision, or from the zero flag with a width when there is no precision.
func (f *fmtState) fmtInteger(u uint64, base int, signed bool, verb rune, digits string) {
	negative := signed && int64(u) < 0
	if negative {
		u = -u
	}
	minDigits := 0
	if f.precPresent {
		minDigits = f.prec
		if minDigits == 0 && u == 0 {
			saved := f.zero
			f.zero = false
			f.writePadding(f.wid)
			f.zero = saved
			return
		}
	} else if f.zero && f.widPresent {
		minDigits = f.wid
		if negative || f.plus || f.space {
			minDigits--
		}
	}
	var tmp [68]byte
	d := tmp[:0]
	b := uint64(base)
	for u >= b {
		d = append(d, digits[u%b])
		u /= b
	}
	d = append(d, digits[u])
	for len(d) < minDigits {
		d = append(d, '0')
	}
	if f.sharp {
		switch base {
		case 2:
			d = append(d, 'b', '0')
		case 8:
			if d[len(d)-1] != '0' {
				d = append(d, '0')
			}
		case 16:
			d = append(d, digits[16], '0')
		}
	}
	if verb == 'O' {
		d = append(d, 'o', '0')
	}
	if negative {
		d = append(d, '-')
	} else if f.plus {
		d = append(d, '+')
	} else if f.space {
		d = append(d, ' ')
	}
	reverseBytes(d)
	f.padNoZero(d)
}

// fmt0x64 formats u in hexadecimal with or without a 0x prefix, whatever the sharp flag says.
func (f *fmtState) fmt0x64(u uint64, leading0x bool) {
	saved := f.sharp
	f.sharp = leading0x
	f.fmtInteger(u, 16, false, 'v', lowerHex)
	f.sharp = saved
}

// fmtUnicode formats u as U+0078, or with the sharp flag as U+0078 'x' when printable.
func (f *fmtState) fmtUnicode(u uint64) {
	minDigits := 4
	if f.precPresent && f.prec > 4 {
		minDigits = f.prec
	}
	var tmp [80]byte
	d := tmp[:0]
	d = append(d, 'U', '+')
	n := 0
	for v := u; ; v >>= 4 {
		n++
		if v < 16 {
			break
		}
	}
	for i := n; i < minDigits; i++ {
		d = append(d, '0')
	}
	for i := n - 1; i >= 0; i-- {
		d = append(d, upperHex[(u>>(uint(i)*4))&0xF])
	}
	if f.sharp && u <= maxRune && isPrint(rune(u)) {
		d = append(d, ' ', '\'')
		d = appendRune(d, rune(u))
		d = append(d, '\'')
	}
	f.padNoZero(d)
}

// fmtC formats a rune (an invalid one as U+FFFD).
func (f *fmtState) fmtC(c uint64) {
	r := rune(c)
	if c > maxRune {
		r = runeError
	}
	var tmp [4]byte
	f.padBytes(appendRune(tmp[:0], r))
}

// fmtQc formats a rune as a single-quoted Go literal.
func (f *fmtState) fmtQc(c uint64) {
	r := rune(c)
	if c > maxRune {
		r = runeError
	}
	var tmp [16]byte
	f.padBytes(appendQuotedRune(tmp[:0], r, f.plus))
}

// truncate cuts s to the precision, counted in runes.
func (f *fmtState) truncate(s string) string {
	if !f.precPresent {
		return s
	}
	n := f.prec
	for i := range s {
		n--
		if n < 0 {
			return s[:i]
		}
	}
	return s
}

func (f *fmtState) fmtS(s string) {
	f.padString(f.truncate(s))
}

func (f *fmtState) fmtBs(b []byte) {
	f.fmtS(string(b))
}

// fmtQ formats s as a double-quoted Go literal, or back-quoted with the sharp flag when it can be.
func (f *fmtState) fmtQ(s string) {
	s = f.truncate(s)
	if f.sharp && canBackquote(s) {
		f.padString("`" + s + "`")
		return
	}
	f.padBytes(appendQuoted(nil, s, '"', f.plus))
}

// fmtSbx formats the bytes of s (or of b when b is not nil) as hexadecimal: two digits a byte,
// the space flag separating bytes, the sharp flag adding 0x (to each byte when spaced).
func (f *fmtState) fmtSbx(s string, b []byte, digits string) {
	n := len(s)
	if b != nil {
		n = len(b)
	}
	if f.precPresent && f.prec < n {
		n = f.prec
	}
	if n <= 0 {
		if f.widPresent {
			f.writePadding(f.wid)
		}
		return
	}
	width := 2 * n
	if f.space {
		if f.sharp {
			width *= 2
		}
		width += n - 1
	} else if f.sharp {
		width += 2
	}
	if f.widPresent && f.wid > width && !f.minus {
		f.writePadding(f.wid - width)
	}
	if f.sharp {
		f.buf = append(f.buf, '0', digits[16])
	}
	for i := 0; i < n; i++ {
		if f.space && i > 0 {
			f.buf = append(f.buf, ' ')
			if f.sharp {
				f.buf = append(f.buf, '0', digits[16])
			}
		}
		var c byte
		if b != nil {
			c = b[i]
		} else {
			c = s[i]
		}
		f.buf = append(f.buf, digits[c>>4], digits[c&0xF])
	}
	if f.widPresent && f.wid > width && f.minus {
		f.writePadding(f.wid - width)
	}
}

// fmtFloat formats v (of size 32 or 64 bits) with a strconv verb and precision (-1: shortest),
// then applies the sign flags, the sharp flag and the padding.
func (f *fmtState) fmtFloat(v float64, size int, verb rune, prec int) {
	if f.precPresent {
		prec = f.prec
	}
	s := fmt_format_float(v, byte(verb), prec, size)
	var tmp [40]byte
	num := tmp[:0]
	if s[0] != '-' && s[0] != '+' {
		num = append(num, '+')
	}
	num = append(num, s...)
	if f.space && num[0] == '+' && !f.plus {
		num[0] = ' '
	}
	if num[1] == 'I' || num[1] == 'N' {
		saved := f.zero
		f.zero = false
		if num[1] == 'N' && !f.space && !f.plus {
			num = num[1:]
		}
		f.padBytes(num)
		f.zero = saved
		return
	}
	if f.sharp && verb != 'b' {
		num = sharpFloat(num, verb, prec)
	}
	if f.plus || num[0] != '+' {
		if f.zero && f.widPresent && f.wid > len(num) {
			f.buf = append(f.buf, num[0])
			f.writePadding(f.wid - len(num))
			f.buf = append(f.buf, num[1:]...)
			return
		}
		f.padBytes(num)
		return
	}
	f.padBytes(num[1:])
}

// sharpFloat makes a formatted float (sign first) keep its decimal point and, for %g and %x,
// its trailing zeros up to the precision (6 when none was given).
func sharpFloat(num []byte, verb rune, prec int) []byte {
	digits := 0
	if verb == 'v' || verb == 'g' || verb == 'G' || verb == 'x' {
		digits = prec
		if digits == -1 {
			digits = 6
		}
	}
	var tail []byte
	hasPoint := false
	seenNonZero := false
	for i := 1; i < len(num); i++ {
		c := num[i]
		if c == '.' {
			hasPoint = true
			continue
		}
		if c == 'p' || c == 'P' || ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X') {
			tail = append(tail, num[i:]...)
			num = num[:i]
			break
		}
		if c != '0' {
			seenNonZero = true
		}
		if seenNonZero {
			digits--
		}
	}
	if !hasPoint {
		if len(num) == 2 && num[1] == '0' {
			digits--
		}
		num = append(num, '.')
	}
	for ; digits > 0; digits-- {
		num = append(num, '0')
	}
	return append(num, tail...)
}

func reverseBytes(b []byte) {
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
}
