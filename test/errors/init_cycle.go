package main

var a = b + 1 // ERROR "initialization (loop|cycle)"
var b = c + 1
var c = a + 1

func main() {
	println(a, b, c)
}
