package main

func main() {
	x := 5
	println(x()) // ERROR "cannot call non-function x"
}
