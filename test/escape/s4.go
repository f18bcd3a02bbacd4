package del

type S struct {
	x int
}

func f1() {
	s := S{1}
	_ = *f2(&s)
	_ = *f3(&s)
}

func f2(x *S) *S { // ERROR "leaking param: x to result ~r0 level=0$"
	y := x
	return y
}

func f3(x *S) *S { // ERROR "x does not escape$"
	y := *x // ERROR "moved to heap: y$"
	return &y
}
