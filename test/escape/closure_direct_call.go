package main

// A func literal called where it is made is analysed with its maker, as Go does: what its result
// feeds decides how its parameters leak.

var sink interface{}
var psink *int

func direct() {
	x := 0 // ERROR "moved to heap: x$"
	psink = func(p *int) *int { // ERROR "leaking param: p$" "func literal does not escape$"
		return p
	}(&x)
}

func directContent() {
	x := 0 // ERROR "moved to heap: x$"
	p := &x
	psink = func(q **int) *int { // ERROR "leaking param content: q$" "func literal does not escape$"
		return *q
	}(&p)
}

func directDiscarded() {
	x := 0
	p := &x
	_ = func(q **int) *int { // ERROR "leaking param: q to result ~r0 level=1$" "func literal does not escape$"
		return *q
	}(&p)
}

func capturedSlice(a ...string) string { // ERROR "leaking param: a to result ~r0 level=1$"
	return func() string { // ERROR "func literal does not escape$"
		return a[0]
	}()
}

func main() {
	direct()
	directContent()
	directDiscarded()
	println(capturedSlice("a", "b")) // ERROR "\.\.\. argument does not escape$"
}
