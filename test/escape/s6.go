package del

type S struct {
	x *int
}

func f1() {
	i := 123 // ERROR "moved to heap: i$"
	_ = *f2(i)
	_ = f3(&i)
	_ = *f4(&i)
}

func f2(x int) *S { // ERROR "moved to heap: x$"
	y := S{&x} // ERROR "moved to heap: y$"
	return &y
}

func f3(x *int) S { // ERROR "leaking param: x to result ~r0 level=0$"
	y := S{x}
	return y
}

func f4(x *int) *S { // ERROR "leaking param: x$"
	y := S{x} // ERROR "moved to heap: y$"
	return &y
}
