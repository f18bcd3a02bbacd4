package escape

type Acc struct{ n int }

func (a *Acc) Add(v int) { a.n += v } // ERROR "a does not escape$"
func (a Acc) Get() int   { return a.n }

func methodValueLocal() int {
	a := Acc{}
	add := a.Add // ERROR "a\.Add does not escape$"
	add(3)
	return a.n
}

var keep func(int)

func methodValueSaved(a *Acc) { // ERROR "leaking param: a$"
	keep = a.Add // ERROR "a\.Add escapes to heap$"
}

func methodExpr(a Acc) int {
	f := Acc.Get
	return f(a)
}
