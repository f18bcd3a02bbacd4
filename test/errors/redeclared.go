package main

func f() {}

func f() {} // ERROR "f redeclared"

func main() {
	x := 1
	var x int // ERROR "x redeclared"
	println(x)
}
