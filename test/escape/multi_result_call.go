package main

// Each result of a call is its own location: the second result of pair is dropped, so only what
// feeds the first escapes.

var sink *int

func pair(p1, p2 *int) (*int, *int) { // ERROR "leaking param: p1 to result ~r0 level=0$" "leaking param: p2 to result ~r1 level=0$"
	return p1, p2
}

func first() {
	i := 0 // ERROR "moved to heap: i$"
	j := 0
	sink, _ = pair(&i, &j)
}

func second() int {
	i := 0
	j := 0 // ERROR "moved to heap: j$"
	a, b := pair(&i, &j)
	sink = b
	return *a
}

func main() {
	first()
	println(second())
}
