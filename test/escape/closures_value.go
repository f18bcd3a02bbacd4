package escape

func callNow(x int) int {
	f := func() int { return x * 2 } // ERROR "func literal does not escape$"
	return f()
}

func immediate(x int) int {
	return func() int { return x + 1 }() // ERROR "func literal does not escape$"
}

func apply(f func(int) int, v int) int { // ERROR "f does not escape$"
	return f(v)
}

func passed(y int) int {
	return apply(func(v int) int { return v + y }, 3) // ERROR "func literal does not escape$"
}
