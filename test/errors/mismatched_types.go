package main

func main() {
	x := 1
	y := "two"
	z := 1.5
	println(x + y) // ERROR "mismatched types int and string"
	println(x * z) // ERROR "mismatched types int and float64"
}
