package main

func main() {
	x := 10
	println(x / 0) // ERROR "division by zero"
	println(1.5 / 0) // ERROR "division by zero"
}
