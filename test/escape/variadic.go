package escape

func sum(xs ...int) int { // ERROR "xs does not escape$"
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func callSum() int {
	return sum(1, 2, 3) // ERROR "\.\.\. argument does not escape$"
}

var kept []int

func keepArgs(xs ...int) { // ERROR "leaking param: xs$"
	kept = xs
}

func callKeep() {
	keepArgs(4, 5) // ERROR "\.\.\. argument escapes to heap$"
}

func ptrs(ps ...*int) int { // ERROR "ps does not escape$"
	return *ps[0]
}

func callPtrs() int {
	a := 1
	return ptrs(&a) // ERROR "\.\.\. argument does not escape$"
}
