// letter.go: case mappings (ToUpper, ToLower, ToTitle, To) and SimpleFold, from caseTable (runs of
// runes >= 0x80 that share their deltas to upper, lower and title case) and foldTable (the runes
// whose folding orbit is not just {r, its other case}).
package unicode

// s24 reads the signed 3-byte big-endian value at table[i:].
func s24(table string, i int) rune {
	v := u24(table, i)
	if v >= 0x800000 {
		v -= 0x1000000
	}
	return v
}

// caseDelta returns the delta that maps r to case c (UpperCase, LowerCase or TitleCase).
func caseDelta(c int, r rune) rune {
	lo, hi := 0, len(caseTable)/15
	for lo < hi {
		m := lo + (hi-lo)/2
		base := m * 15
		if r < u24(caseTable, base) {
			hi = m
		} else if r > u24(caseTable, base+3) {
			lo = m + 1
		} else if u24(caseTable, base+6) == altCase {
			odd := (r-u24(caseTable, base))%2 == 1
			if c == LowerCase && !odd {
				return 1
			}
			if c != LowerCase && odd {
				return -1
			}
			return 0
		} else {
			return s24(caseTable, base+6+3*c)
		}
	}
	return 0
}

// To maps r to the case c: UpperCase, LowerCase or TitleCase.
func To(c int, r rune) rune {
	if c < 0 || MaxCase <= c {
		return ReplacementChar
	}
	if r < 0x80 {
		if c == LowerCase {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
		} else if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	if r > MaxRune {
		return r
	}
	return r + caseDelta(c, r)
}

// ToUpper maps r to upper case.
func ToUpper(r rune) rune {
	if r <= MaxASCII {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	return To(UpperCase, r)
}

// ToLower maps r to lower case.
func ToLower(r rune) rune {
	if r <= MaxASCII {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	}
	return To(LowerCase, r)
}

// ToTitle maps r to title case.
func ToTitle(r rune) rune {
	if r <= MaxASCII {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	return To(TitleCase, r)
}

// SimpleFold iterates over the runes equivalent to r under simple case folding: it returns the
// smallest equivalent rune greater than r, or failing that the smallest equivalent rune.
func SimpleFold(r rune) rune {
	if r < 0 || r > MaxRune {
		return r
	}
	lo, hi := 0, len(foldTable)/2
	for lo < hi {
		m := lo + (hi-lo)/2
		if foldTable[2*m] < r {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(foldTable)/2 && foldTable[2*lo] == r {
		return foldTable[2*lo+1]
	}
	if l := ToLower(r); l != r {
		return l
	}
	return ToUpper(r)
}
