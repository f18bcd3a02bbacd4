package main

// make([]T, n, C) with a constant capacity is a constant-size allocation, whatever its length:
// Go keeps it on the stack when it does not escape; only a non-constant capacity (or a length
// without a capacity) makes the size non-constant.

var sink []int

func constCap(n int) int {
	s := make([]int, n, 8) // ERROR "make\(\[\]int, n, 8\) does not escape$"
	s = append(s, n)
	return len(s) + cap(s)
}

func constCapEscapes(n int) {
	sink = make([]int, n, 4) // ERROR "make\(\[\]int, n, 4\) escapes to heap$"
}

func varCap(n int) int {
	s := make([]int, 2, n) // ERROR "make\(\[\]int, 2, n\) escapes to heap$"
	return len(s)
}

func varLen(n int) int {
	s := make([]int, n) // ERROR "make\(\[\]int, n\) escapes to heap$"
	return len(s)
}

func main() {
	println(constCap(3), varCap(5), varLen(2))
	constCapEscapes(1)
}
