package escape

func storeInto(pp **int, p *int) { // ERROR "pp does not escape$" "leaking param: p$"
	*pp = p
}

func storeLocalInto(pp **int) { // ERROR "pp does not escape$"
	x := 5 // ERROR "moved to heap: x$"
	*pp = &x
}

func readThrough(pp **int) int { // ERROR "pp does not escape$"
	return **pp
}

func caller() int {
	var p *int
	y := 7 // ERROR "moved to heap: y$"
	storeInto(&p, &y)
	return *p
}
