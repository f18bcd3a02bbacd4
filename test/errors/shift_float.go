package main

func main() {
	f := 1.5
	println(f << 2) // ERROR "shifted operand f .*must be integer"
	var s string
	println(s >> 1) // ERROR "shifted operand s .*must be integer"
}
