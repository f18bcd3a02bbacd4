package main

func main() {
	x := 1 +
	println(x)
	y := ) // ERROR "syntax error: unexpected \)"
}
