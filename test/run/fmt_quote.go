// fmt_quote: %q, %+q, %#q, %x and %#U over runes Go escapes and runes it prints as they are:
// spaces other than ' ', format characters, combining marks, unassigned and private-use code
// points, surrogate halves, invalid UTF-8, and the edges of the Unicode range.
package main

import "fmt"

func main() {
	runes := []rune{0, 7, ' ', '~', 0x7f, 0x80, 0x9f, 0xa0, 0xa1, 0xad, 0x300, 0x378, 0x61c, 0x1680,
		0x200b, 0x2028, 0x2029, 0x202f, 0x3000, 0x4e16, 0xd800, 0xe000, 0xfeff, 0xfffd, 0xfffe,
		0x1f600, 0xe0001, 0xe0100, 0xf0000, 0x10ffff, 0x110000, -1}
	for _, r := range runes {
		fmt.Printf("%q|%+q|%#U|%c|", r, r, r, r)
		s := string(r)
		fmt.Printf("%q|%+q|%#q|%x\n", s, s, s, s)
	}
	fmt.Printf("%q|%+q|%#q\n", "\xff\xfe\xc0\x80 ok", "\xed\xa0\x80", "tab\tok")
	fmt.Printf("%q|%#q|%#q|%#q\n", "\u00e9\u0301", "\ufeffbom", "del\x7f", "é")
	fmt.Printf("%s|%10q|%-10q|%.3q|\n", []string{"é\u200b"}, "ab", "cd", "abcdef")
}
