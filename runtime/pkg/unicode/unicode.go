// Package unicode: character classes and case mappings of Unicode 13.0.0 (the version Go 1.19 has).
//
// Runes below 0x100 are answered from a 256-byte flag table (latin1Props), ASCII letters' cases by
// arithmetic; runes above come from the run tables in tables.go, generated from Go 1.19's own answers
// (maketables.go.txt). Each class table is a string of 8-byte runs (lo, hi as 3 bytes big-endian,
// stride as 2), searched by bisection; storing them as string constants keeps them out of the program's
// initialisation. The RangeTable API (Is, In, the named tables) is not provided.
package unicode

const (
	MaxRune         = '\U0010FFFF' // maximum valid Unicode code point
	ReplacementChar = '\uFFFD'     // represents invalid code points
	MaxASCII        = '\u007F'     // maximum ASCII value
	MaxLatin1       = '\u00FF'     // maximum Latin-1 value
	Version         = "13.0.0"     // the Unicode edition the tables come from
)

// Indices into the delta arrays of a case mapping, as To's first argument.
const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

// latin1Props flags
const (
	pC  = 1 << iota // a control character
	pP              // a punctuation character
	pN              // a number
	pS              // a symbolic character
	pL              // a letter
	pLu             // an upper-case letter
	pLl             // a lower-case letter
	pp              // a printable character according to Go's definition
)

const altCase = 0x7FFFFF

func latin1(r rune, mask byte) bool {
	return latin1Props[r]&mask != 0
}

// u24 reads the 3-byte big-endian value at table[i:].
func u24(table string, i int) rune {
	return rune(table[i])<<16 | rune(table[i+1])<<8 | rune(table[i+2])
}

// inTable reports whether r lies in one of table's runs.
func inTable(table string, r rune) bool {
	lo, hi := 0, len(table)/8
	for lo < hi {
		m := lo + (hi-lo)/2
		base := m * 8
		if r < u24(table, base) {
			hi = m
		} else if r > u24(table, base+3) {
			lo = m + 1
		} else {
			stride := rune(table[base+6])<<8 | rune(table[base+7])
			return (r-u24(table, base))%stride == 0
		}
	}
	return false
}

// IsControl reports whether r is a control character (C0 or C1; Go counts only Latin-1 ones).
func IsControl(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1(r, pC)
	}
	return false
}

// IsLetter reports whether r is a letter (category L).
func IsLetter(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1(r, pL)
	}
	return inTable(letterTable, r)
}

// IsUpper reports whether r is an upper case letter (category Lu).
func IsUpper(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1(r, pLu)
	}
	return inTable(upperTable, r)
}

// IsLower reports whether r is a lower case letter (category Ll).
func IsLower(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1(r, pLl)
	}
	return inTable(lowerTable, r)
}

// IsTitle reports whether r is a title case letter (category Lt).
func IsTitle(r rune) bool {
	if r <= MaxLatin1 {
		return false
	}
	return inTable(titleTable, r)
}

// IsDigit reports whether r is a decimal digit (category Nd).
func IsDigit(r rune) bool {
	if r <= MaxLatin1 {
		return '0' <= r && r <= '9'
	}
	return inTable(digitTable, r)
}

// IsNumber reports whether r is a number (category N).
func IsNumber(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1(r, pN)
	}
	return inTable(numberTable, r)
}

// IsPunct reports whether r is a punctuation character (category P).
func IsPunct(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1(r, pP)
	}
	return inTable(punctTable, r)
}

// IsSymbol reports whether r is a symbolic character (category S).
func IsSymbol(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1(r, pS)
	}
	return inTable(symbolTable, r)
}

// IsMark reports whether r is a mark character (category M).
func IsMark(r rune) bool {
	return inTable(markTable, r)
}

// IsSpace reports whether r is white space: '\t', '\n', '\v', '\f', '\r', ' ', U+0085 (NEL),
// U+00A0 (NBSP), and above Latin-1 the White_Space property.
func IsSpace(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		switch r {
		case '\t', '\n', '\v', '\f', '\r', ' ', 0x85, 0xA0:
			return true
		}
		return false
	}
	return inTable(spaceTable, r)
}

// IsPrint reports whether r is printable in Go's sense: letters, marks, numbers, punctuation,
// symbols and the ASCII space.
func IsPrint(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1(r, pp)
	}
	return isGraphicAbove(r)
}

// IsGraphic reports whether r is graphic: what IsPrint accepts plus the spaces of category Zs.
func IsGraphic(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1(r, pp) || r == 0xA0
	}
	return isGraphicAbove(r) || inTable(zsTable, r)
}

func isGraphicAbove(r rune) bool {
	if r > MaxRune {
		return false
	}
	return inTable(letterTable, r) || inTable(markTable, r) || inTable(numberTable, r) ||
		inTable(punctTable, r) || inTable(symbolTable, r)
}
