// fmt_verbs: integer, string, rune and bool verbs with every flag, widths, precisions, `*` and
// [n] argument indexes, and the %!verb(...) reports for bad verbs and bad argument lists.
package main

import "fmt"

func main() {
	fmt.Printf("%d|%5d|%-5d|%05d|%+d|% d|%x|%X|%#x|%#X|%o|%#o|%O|%b|%#b\n", 42, 42, 42, -42, 42, 42, 255, 255, 255, 255, 8, 8, 8, 5, 5)
	fmt.Printf("%.3d|%8.3d|%08.3d|%.0d|%5.0d|%-08d|%+05d|% 05d|%-+5d|%x\n", 7, 7, 7, 0, 0, 3, 3, 3, 3, -255)
	fmt.Printf("%d|%d|%d|%d|%d\n", int8(-128), int16(-32768), int32(-2147483648), int64(-9223372036854775808), uint64(18446744073709551615))
	fmt.Printf("%v|%v|%v|%v|%v|%v\n", uint8(200), uint16(65535), uint32(4294967295), uint(7), uintptr(0x1000), int(-1))
	fmt.Printf("%#v|%#v|%#v|%#v\n", 42, uint(42), uint8(10), int64(-3))
	fmt.Printf("%c|%c|%c|%q|%+q|%#q|%q|%q\n", 65, 0x4E16, -1, 120, 0x4E16, 'x', 10, 0x110000)
	fmt.Printf("%U|%#U|%#U|%08U|%.6U|%#U|%-10U|\n", 0x1F600, 65, 0x1F600, 66, 0x41, 10, 0x263A)
	fmt.Printf("%s|%10s|%-10s|%.2s|%5.1s|%.0s|%q|%+q|%#q|%#q\n", "hi", "hi", "hi", "héllo", "héllo", "x", "a\"b\n", "héllo", "raw", "has`tick")
	fmt.Printf("%x|%X|% x|%#x|%# X|%10.4x|% -10X|%.1x|%x|%5x|\n", "hi", "hi", "abc", "abc", "abc", "abcdef", "ab", "xyz", "", "")
	fmt.Printf("%q|%+q|%q|%q\n", "\x00\x07\x7f\xff", "\u00e9\U0001F600", "tab\there", `back\slash`)
	fmt.Printf("%t|%v|%6t|%-6t|\n", true, false, true, false)
	fmt.Printf("%08q|%-8q|%8c|%x|%X\n", "a", 'b', 'c', "héllo", []string{"ab", "cd"})
	fmt.Printf("%v %v %v %d %s\n", 1, "x", nil, nil, nil)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2, "x", nil)
	fmt.Printf("%z|%s|%t|%d|%q\n", 3, 4, "s", true, 1.5)
	fmt.Printf("%*d|%-*d|%.*d|%*d|%*d\n", 5, 1, 5, 2, 3, 4, "x", 5, -4, 6)
	fmt.Printf("%[2]d %[1]d|%[3]d|%[0]d|%[x]d|%[2]*[1]d|%d\n", 1, 2)
	fmt.Printf("%.*d|%.*s|%*.*f|\n", -1, 5, 2, "abcdef", 8, 2, 3.14159)
	fmt.Printf("%d %d %[1]d %d\n", 10, 20)
	fmt.Printf("100%%|%5%|%-5%|%c\n", 'z')
	fmt.Printf("%!|%ü|%")
	fmt.Println()
	fmt.Printf("%[1]d|%[1]", 1)
	fmt.Println(fmt.Sprintf("%1000000000d", 1))
	fmt.Printf("%T %T %T %T %T %T\n", 1, "s", nil, 2.5, true, []int{})
	fmt.Printf("%5T|%-6v|%6v|%-4d|\n", 1, nil, nil, nil)
	fmt.Printf("%v %x %X %o %b %d\n", -1, -1, -255, -8, -5, -0)
}
