package del

type S struct {
	x int
}

func f1() {
	x := S{1}
	_ = f2(x)
}

func f2(x S) *S {
	y := x // ERROR "moved to heap: y$"
	return &y
}
