package main

func main() {
	var b byte = 256 // ERROR "256 .*overflows"
	var i8 int8 = -129 // ERROR "-129 .*overflows"
	const big = 1 << 70
	var n int = big // ERROR "big .*overflows"
	println(b, i8, n)
}
