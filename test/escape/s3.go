package del

type S struct {
	x int
}

func f1() {
	s := S{1}
	_ = f2(&s)
}

func f2(x *S) S { // ERROR "x does not escape$"
	y := *x
	return y
}
