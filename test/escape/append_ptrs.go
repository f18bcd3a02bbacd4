package escape

func appendLocal() int {
	var s []int
	for i := 0; i < 4; i++ {
		s = append(s, i)
	}
	return len(s)
}

func appendParam(s []*int, p *int) []*int { // ERROR "leaking param content: s$" "leaking param: s to result ~r0 level=0$" "leaking param: p$"
	return append(s, p)
}

func appendAddr(s []*int) []*int { // ERROR "leaking param content: s$" "leaking param: s to result ~r0 level=0$"
	x := 1 // ERROR "moved to heap: x$"
	return append(s, &x)
}

func appendVariadic(a, b []int) []int { // ERROR "leaking param: a to result ~r0 level=0$" "b does not escape$"
	return append(a, b...)
}
