// quote.go: Go string and rune literals: quoting with escapes (Quote and its ASCII and graphic
// variants) and unquoting (Unquote, UnquoteChar), with Go's escape choices: \a \b \f \n \r \t \v,
// \xNN for invalid bytes and other control bytes, \uNNNN and \UNNNNNNNN for non-printable runes.
package strconv

import (
	"unicode"
	"unicode/utf8"
)

const lowerhex = "0123456789abcdef"

func appendQuotedWith(buf []byte, s string, quote byte, ASCIIonly, graphicOnly bool) []byte {
	buf = append(buf, quote)
	for width := 0; len(s) > 0; s = s[width:] {
		r := rune(s[0])
		width = 1
		if r >= utf8.RuneSelf {
			r, width = utf8.DecodeRuneInString(s)
		}
		if width == 1 && r == utf8.RuneError {
			buf = append(buf, '\\', 'x', lowerhex[s[0]>>4], lowerhex[s[0]&0xF])
			continue
		}
		buf = appendEscapedRune(buf, r, quote, ASCIIonly, graphicOnly)
	}
	return append(buf, quote)
}

func appendQuotedRuneWith(buf []byte, r rune, quote byte, ASCIIonly, graphicOnly bool) []byte {
	buf = append(buf, quote)
	if !utf8.ValidRune(r) {
		r = utf8.RuneError
	}
	buf = appendEscapedRune(buf, r, quote, ASCIIonly, graphicOnly)
	return append(buf, quote)
}

// appendHex appends the n low hex digits of r.
func appendHex(buf []byte, r rune, n int) []byte {
	for s := (n - 1) * 4; s >= 0; s -= 4 {
		buf = append(buf, lowerhex[r>>uint(s)&0xF])
	}
	return buf
}

func appendEscapedRune(buf []byte, r rune, quote byte, ASCIIonly, graphicOnly bool) []byte {
	if r == rune(quote) || r == '\\' {
		return append(buf, '\\', byte(r))
	}
	if ASCIIonly {
		if r < utf8.RuneSelf && IsPrint(r) {
			return append(buf, byte(r))
		}
	} else if IsPrint(r) || graphicOnly && IsGraphic(r) {
		return utf8.AppendRune(buf, r)
	}
	switch r {
	case '\a':
		return append(buf, `\a`...)
	case '\b':
		return append(buf, `\b`...)
	case '\f':
		return append(buf, `\f`...)
	case '\n':
		return append(buf, `\n`...)
	case '\r':
		return append(buf, `\r`...)
	case '\t':
		return append(buf, `\t`...)
	case '\v':
		return append(buf, `\v`...)
	}
	switch {
	case r < ' ' || r == 0x7f:
		return appendHex(append(buf, `\x`...), r, 2)
	case !utf8.ValidRune(r):
		return appendHex(append(buf, `\u`...), 0xFFFD, 4)
	case r < 0x10000:
		return appendHex(append(buf, `\u`...), r, 4)
	}
	return appendHex(append(buf, `\U`...), r, 8)
}

// Quote returns a double-quoted Go string literal representing s, escaping control characters and
// non-printable characters as defined by IsPrint.
func Quote(s string) string { return string(appendQuotedWith(nil, s, '"', false, false)) }

// AppendQuote appends Quote(s) to dst.
func AppendQuote(dst []byte, s string) []byte { return appendQuotedWith(dst, s, '"', false, false) }

// QuoteToASCII is Quote with every non-ASCII character escaped too.
func QuoteToASCII(s string) string { return string(appendQuotedWith(nil, s, '"', true, false)) }

// AppendQuoteToASCII appends QuoteToASCII(s) to dst.
func AppendQuoteToASCII(dst []byte, s string) []byte {
	return appendQuotedWith(dst, s, '"', true, false)
}

// QuoteToGraphic is Quote leaving graphic characters (IsGraphic) unescaped.
func QuoteToGraphic(s string) string { return string(appendQuotedWith(nil, s, '"', false, true)) }

// QuoteRune returns a single-quoted Go character literal representing r.
func QuoteRune(r rune) string { return string(appendQuotedRuneWith(nil, r, '\'', false, false)) }

// AppendQuoteRune appends QuoteRune(r) to dst.
func AppendQuoteRune(dst []byte, r rune) []byte {
	return appendQuotedRuneWith(dst, r, '\'', false, false)
}

// QuoteRuneToASCII is QuoteRune with a non-ASCII rune escaped.
func QuoteRuneToASCII(r rune) string { return string(appendQuotedRuneWith(nil, r, '\'', true, false)) }

// AppendQuoteRuneToASCII appends QuoteRuneToASCII(r) to dst.
func AppendQuoteRuneToASCII(dst []byte, r rune) []byte {
	return appendQuotedRuneWith(dst, r, '\'', true, false)
}

// QuoteRuneToGraphic is QuoteRune leaving a graphic rune unescaped.
func QuoteRuneToGraphic(r rune) string {
	return string(appendQuotedRuneWith(nil, r, '\'', false, true))
}

// CanBackquote reports whether s can be represented unchanged as a single-line backquoted string.
func CanBackquote(s string) bool {
	for len(s) > 0 {
		r, wid := utf8.DecodeRuneInString(s)
		s = s[wid:]
		if wid > 1 {
			if r == '\ufeff' {
				return false // BOMs are invisible and should not be quoted.
			}
			continue
		}
		if r == utf8.RuneError {
			return false
		}
		if (r < ' ' && r != '\t') || r == '`' || r == '\u007F' {
			return false
		}
	}
	return true
}

// IsPrint reports whether r is printable in Go's sense (unicode.IsPrint).
func IsPrint(r rune) bool { return unicode.IsPrint(r) }

// IsGraphic reports whether r is graphic (unicode.IsGraphic).
func IsGraphic(r rune) bool { return unicode.IsGraphic(r) }

func unhex(c byte) (v rune, ok bool) {
	switch {
	case '0' <= c && c <= '9':
		return rune(c - '0'), true
	case 'a' <= c && c <= 'f':
		return rune(c - 'a' + 10), true
	case 'A' <= c && c <= 'F':
		return rune(c - 'A' + 10), true
	}
	return 0, false
}

// UnquoteChar decodes the first character or escape sequence of the literal body s, quoted by
// quote (a single or double quote, or 0 for none): its value, whether it needs a multi-byte UTF-8
// encoding, the rest of s, and ErrSyntax if it is not valid there.
func UnquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, err error) {
	if len(s) == 0 {
		return 0, false, "", ErrSyntax
	}
	switch c := s[0]; {
	case c == quote && (quote == '\'' || quote == '"'):
		return 0, false, "", ErrSyntax
	case c >= utf8.RuneSelf:
		r, size := utf8.DecodeRuneInString(s)
		return r, true, s[size:], nil
	case c != '\\':
		return rune(s[0]), false, s[1:], nil
	}
	if len(s) <= 1 {
		return 0, false, "", ErrSyntax
	}
	c := s[1]
	s = s[2:]
	switch c {
	case 'a':
		value = '\a'
	case 'b':
		value = '\b'
	case 'f':
		value = '\f'
	case 'n':
		value = '\n'
	case 'r':
		value = '\r'
	case 't':
		value = '\t'
	case 'v':
		value = '\v'
	case 'x', 'u', 'U':
		return unquoteHex(s, c)
	case '0', '1', '2', '3', '4', '5', '6', '7':
		v := rune(c) - '0'
		if len(s) < 2 {
			return 0, false, "", ErrSyntax
		}
		for j := 0; j < 2; j++ {
			x := rune(s[j]) - '0'
			if x < 0 || x > 7 {
				return 0, false, "", ErrSyntax
			}
			v = (v << 3) | x
		}
		s = s[2:]
		if v > 255 {
			return 0, false, "", ErrSyntax
		}
		value = v
	case '\\':
		value = '\\'
	case '\'', '"':
		if c != quote {
			return 0, false, "", ErrSyntax
		}
		value = rune(c)
	default:
		return 0, false, "", ErrSyntax
	}
	return value, false, s, nil
}

// unquoteHex decodes the digits of a \x (2), \u (4) or \U (8) escape at the start of s.
func unquoteHex(s string, c byte) (value rune, multibyte bool, tail string, err error) {
	n := 8
	switch c {
	case 'x':
		n = 2
	case 'u':
		n = 4
	}
	if len(s) < n {
		return 0, false, "", ErrSyntax
	}
	var v rune
	for j := 0; j < n; j++ {
		x, ok := unhex(s[j])
		if !ok {
			return 0, false, "", ErrSyntax
		}
		v = v<<4 | x
	}
	s = s[n:]
	if c == 'x' {
		return v, false, s, nil // a single byte, possibly not UTF-8
	}
	if !utf8.ValidRune(v) {
		return 0, false, "", ErrSyntax
	}
	return v, true, s, nil
}

// Unquote interprets s as a single-quoted, double-quoted, or backquoted Go string literal,
// returning the string value that s quotes. (A single-quoted s holds one character and yields it
// as a string.)
func Unquote(s string) (string, error) {
	n := len(s)
	if n < 2 {
		return "", ErrSyntax
	}
	quote := s[0]
	end := indexByte(s[1:], quote)
	if end < 0 {
		return "", ErrSyntax
	}
	end += 2
	switch quote {
	case '`':
		if end != n {
			return "", ErrSyntax
		}
		body := s[1 : n-1]
		if indexByte(body, '\r') < 0 {
			return body, nil
		}
		buf := make([]byte, 0, len(body))
		for i := 0; i < len(body); i++ {
			if body[i] != '\r' {
				buf = append(buf, body[i])
			}
		}
		return string(buf), nil
	case '"', '\'':
		return unquoteEscaped(s, quote, end)
	}
	return "", ErrSyntax
}

// unquoteEscaped unquotes a double- or single-quoted literal; end is the index after the first
// closing quote if the literal has no escapes.
func unquoteEscaped(s string, quote byte, end int) (string, error) {
	head := s[:end]
	if indexByte(head, '\\') < 0 && indexByte(head, '\n') < 0 {
		valid := false
		if quote == '"' {
			valid = utf8.ValidString(s[1 : end-1])
		} else {
			r, n := utf8.DecodeRuneInString(s[1 : end-1])
			valid = 1+n+1 == end && (r != utf8.RuneError || n != 1)
		}
		if valid {
			if end != len(s) {
				return "", ErrSyntax
			}
			return s[1 : end-1], nil
		}
	}
	in := s[1:]
	buf := make([]byte, 0, 3*end/2)
	for len(in) > 0 && in[0] != quote {
		r, multibyte, rem, err := UnquoteChar(in, quote)
		if in[0] == '\n' || err != nil {
			return "", ErrSyntax
		}
		in = rem
		if r < utf8.RuneSelf || !multibyte {
			buf = append(buf, byte(r))
		} else {
			buf = utf8.AppendRune(buf, r)
		}
		if quote == '\'' {
			break
		}
	}
	if !(len(in) > 0 && in[0] == quote) || len(in) != 1 {
		return "", ErrSyntax
	}
	return string(buf), nil
}

// indexByte returns the index of the first c in s, or -1 (strconv does not import strings).
func indexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}
