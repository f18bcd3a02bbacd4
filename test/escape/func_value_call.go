package escape

func callWith(f func(*int) int) int { // ERROR "f does not escape$"
	x := 1 // ERROR "moved to heap: x$"
	return f(&x)
}

func callPtr(f func(*int), p *int) { // ERROR "f does not escape$" "leaking param: p$"
	f(p)
}

func direct(p *int) int { // ERROR "p does not escape$"
	return *p
}

func callDirect() int {
	x := 2
	return direct(&x)
}
