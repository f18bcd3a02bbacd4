package escape

func doublePtr() int {
	x := 1
	p := &x
	pp := &p
	**pp = 2
	return x
}

func doublePtrReturned() **int {
	x := 1 // ERROR "moved to heap: x$"
	p := &x // ERROR "moved to heap: p$"
	return &p
}

func swapPtrs(a, b **int) { // ERROR "leaking param content: a$" "leaking param content: b$"
	*a, *b = *b, *a
}
