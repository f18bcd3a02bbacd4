package main

import (
	"os"
	"strconv"
	"unicode"
	"unicode/utf8"
)

func main() {
	for _, r := range []rune{'a', 'Z', '5', ' ', '\n', '!', '$', 'é', 'ß', 'Σ', 'ς', 'ǅ', '٣', '世', '\u00a0', '\u2028', '\u0301', 0x1F600, -1, 0x110000} {
		os.Stdout.WriteString(strconv.QuoteRune(r) + " ")
		println(unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsNumber(r), unicode.IsSpace(r), unicode.IsUpper(r), unicode.IsLower(r),
			unicode.IsTitle(r), unicode.IsPunct(r), unicode.IsSymbol(r), unicode.IsMark(r), unicode.IsPrint(r), unicode.IsGraphic(r), unicode.IsControl(r),
			unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r), unicode.SimpleFold(r))
	}
	s := "héllo, 世界 \xff!"
	println(len(s), utf8.RuneCountInString(s), utf8.ValidString(s), utf8.ValidString("ok"))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		println(i, r, size)
		i += size
	}
	r, size := utf8.DecodeLastRuneInString(s)
	println(r, size, utf8.RuneLen('世'), utf8.RuneLen(-1), utf8.ValidRune(0xD800), utf8.FullRune([]byte{0xe4, 0xb8}))
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, '€')
	println(n, buf[0], buf[1], buf[2], string(utf8.AppendRune([]byte("x"), 'ü')), utf8.RuneStart(0x80))
}
