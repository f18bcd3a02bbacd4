package main

func one() int {
	return 1, 2 // ERROR "too many return values"
}

func two() (int, int) {
	return 1 // ERROR "not enough return values"
}

func main() {
	a, b := one() // ERROR "assignment mismatch: 2 variables but one returns 1 value"
	println(a, b, two()) // ERROR "multiple-value two\(\).* in single-value context"
}
