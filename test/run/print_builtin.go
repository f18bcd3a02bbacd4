package main

type T struct{ a int }

// print writes its operands without separators; println separates with spaces and ends the line.
func main() {
	print("a", 1, true, 2.5, 'x', "\n")
	println("a", 1, true, 2.5, 'x')
	println()
	print()
	println("")
	var b byte = 255
	var i8 int8 = -5
	var u64 uint64 = 1 << 63
	print(b, i8, u64, "\n")
	println(b, i8, u64)
	var e error
	println(e == nil)
	var p *T
	println(p == nil)
	var s string
	println(s, len(s), "|"+s+"|")
	println("multi\nline", "tab\tsep")
	println(-0, -1, +1)
	println(true && !false, false || false)
	const big = 1 << 40
	println(big, big>>20)
	print(1, 2, 3)
	print("\n")
	println('\n', '\'', "\"quoted\"")
}
