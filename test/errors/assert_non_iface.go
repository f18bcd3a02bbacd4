package main

func main() {
	x := 5
	s := x.(string) // ERROR "x .* is not an interface"
	println(s)
}
