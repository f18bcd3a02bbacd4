package main

func main() {
	a := 1
	println(a + b) // ERROR "undefined: b"
	undefinedFunc(a) // ERROR "undefined: undefinedFunc"
}
