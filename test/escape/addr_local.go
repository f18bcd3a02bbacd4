package escape

func use(p *int) int { return *p + 1 } // ERROR "p does not escape$"

func noEscape() int {
	x := 1
	return use(&x)
}

func returned() *int {
	x := 2 // ERROR "moved to heap: x$"
	return &x
}

func addrOfParam(n int) *int { // ERROR "moved to heap: n$"
	return &n
}

func localOnly() int {
	x := 3
	p := &x
	*p = 4
	return x
}
