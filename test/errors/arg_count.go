package main

func add(a, b int) int { return a + b }

func main() {
	println(add(1)) // ERROR "not enough arguments in call to add"
	println(add(1, 2, 3)) // ERROR "too many arguments in call to add"
}
