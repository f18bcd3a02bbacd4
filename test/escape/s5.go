package del

type S struct {
	x int
}

func f1() {
	i := 123
	_ = *f2(i)
	_ = f3(&i)
	_ = *f4(&i)
}

func f2(x int) *S {
	y := S{x} // ERROR "moved to heap: y$"
	return &y
}

func f3(x *int) S { // ERROR "x does not escape$"
	y := S{*x}
	return y
}

func f4(x *int) *S { // ERROR "x does not escape$"
	y := S{*x} // ERROR "moved to heap: y$"
	return &y
}
