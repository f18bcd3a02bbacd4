// atof.go: ParseFloat. The syntax is checked here, as Go's readFloat does (sign, decimal or
// hexadecimal mantissa, exponent, underscores as in Go literals, "inf", "infinity" and "nan" in any
// case); the hook strconv_atof (runtime/pkg_strconv.c) then converts the validated text, without
// its underscores, to the nearest float with the C library's correctly rounded strtod/strtof.
package strconv

// strconv_atof converts a valid float literal (as scanFloat accepts, underscores removed) to the
// nearest float64, or float32 when bitSize is 32; out of range gives ±Inf.
func strconv_atof(s string, bitSize int) float64

// ParseFloat converts the string s to a floating-point number with the precision specified by
// bitSize: 32 for float32, or 64 for float64. A value too large for the type gives ±Inf and
// ErrRange; a malformed s gives ErrSyntax.
func ParseFloat(s string, bitSize int) (float64, error) {
	const fn = "ParseFloat"
	if bitSize != 32 {
		bitSize = 64
	}
	if isSpecial(s) {
		return strconv_atof(s, bitSize), nil
	}
	clean, ok := scanFloat(s)
	if !ok {
		return 0, syntaxError(fn, s)
	}
	f := strconv_atof(clean, bitSize)
	if f > maxFloat64 || f < -maxFloat64 {
		return f, rangeError(fn, s)
	}
	return f, nil
}

// isSpecial reports whether s is an optionally signed "inf" or "infinity", or "nan", in any case.
func isSpecial(s string) bool {
	if len(s) > 0 && (s[0] == '+' || s[0] == '-') {
		s = s[1:]
		return equalFoldASCII(s, "inf") || equalFoldASCII(s, "infinity")
	}
	return equalFoldASCII(s, "inf") || equalFoldASCII(s, "infinity") || equalFoldASCII(s, "nan")
}

func equalFoldASCII(s, t string) bool {
	if len(s) != len(t) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if lower(s[i]) != t[i] {
			return false
		}
	}
	return true
}

// scanFloat checks that all of s is a float literal and returns it without underscores.
func scanFloat(s string) (string, bool) {
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		i++
	}
	hex := false
	expChar := byte('e')
	if i+2 < len(s) && s[i] == '0' && lower(s[i+1]) == 'x' {
		hex = true
		expChar = 'p'
		i += 2
	}
	underscores, sawdot, sawdigits := false, false, false
	for ; i < len(s); i++ {
		c := s[i]
		if c == '_' {
			underscores = true
		} else if c == '.' && !sawdot {
			sawdot = true
		} else if '0' <= c && c <= '9' || hex && 'a' <= lower(c) && lower(c) <= 'f' {
			sawdigits = true
		} else {
			break
		}
	}
	if !sawdigits {
		return "", false
	}
	if i < len(s) && lower(s[i]) == expChar {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		if i >= len(s) || s[i] < '0' || s[i] > '9' {
			return "", false
		}
		for ; i < len(s) && ('0' <= s[i] && s[i] <= '9' || s[i] == '_'); i++ {
			if s[i] == '_' {
				underscores = true
			}
		}
	} else if hex {
		return "", false
	}
	if i != len(s) || underscores && !underscoreOK(s) {
		return "", false
	}
	if !underscores {
		return s, true
	}
	buf := make([]byte, 0, len(s))
	for j := 0; j < len(s); j++ {
		if s[j] != '_' {
			buf = append(buf, s[j])
		}
	}
	return string(buf), true
}
