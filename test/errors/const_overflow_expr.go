package main

const max = 9223372036854775807

func main() {
	x := max + 1 // ERROR "overflows"
	var u uint = -1 // ERROR "-1 .*overflows"
	println(x, u)
}
