package escape

func pair() (*int, *int) {
	a, b := 1, 2 // ERROR "moved to heap: a$" "moved to heap: b$"
	return &a, &b
}

func pick(a, b *int, first bool) *int { // ERROR "leaking param: a to result ~r0 level=0$" "leaking param: b to result ~r0 level=0$"
	if first {
		return a
	}
	return b
}

func usePick() int {
	x, y := 1, 2
	return *pick(&x, &y, true)
}
