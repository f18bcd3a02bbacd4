package escape

func elemsLocal() int {
	a, b := 1, 2
	ps := []*int{&a, &b} // ERROR "\[\]\*int\{\.\.\.\} does not escape$"
	return *ps[0] + *ps[1]
}

func elemsReturned() []*int {
	a := 1 // ERROR "moved to heap: a$"
	return []*int{&a} // ERROR "\[\]\*int\{\.\.\.\} escapes to heap$"
}

func storeElem(s []*int, p *int) { // ERROR "s does not escape$" "leaking param: p$"
	s[0] = p
}

func readElem(s []*int) int { // ERROR "s does not escape$"
	return *s[0]
}

func elemOfParam(s []int) *int { // ERROR "leaking param: s to result ~r0 level=0$"
	return &s[0]
}
