package main

func main() {
	var n int
	n = "text" // ERROR "cannot use .* as int value in assignment"
	var s string = 5 // ERROR "cannot use .* as string value in variable declaration"
	var f float64 = "x" // ERROR "cannot use .* as float64 value in variable declaration"
	println(n, s, f)
}
