package main

func main() {
	var a [3]int
	println(a[5]) // ERROR "index 5 out of bounds"
	s := "abc"
	println(s[-1]) // ERROR "index -1 .*must not be negative"
}
