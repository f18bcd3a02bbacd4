package main

func main() {
	x := nil // ERROR "use of untyped nil"
	var n int = nil // ERROR "cannot use nil as int value"
	println(x, n)
}
