package main

type Acc struct{ total int }

func (a *Acc) Add(n int) int { a.total += n; return a.total }
func (a Acc) Peek() int       { return a.total }

type Op func(int, int) int

func apply(f func(int) int, xs []int) int {
	r := 0
	for _, x := range xs {
		r = f(x)
	}
	return r
}

// Method values bind their receiver; method expressions take it as the first argument.
func main() {
	a := &Acc{}
	add := a.Add
	add(1)
	add(2)
	println(a.total, apply(add, []int{10, 20}))
	v := Acc{7}
	peek := v.Peek
	v.total = 100
	println(peek(), v.Peek())
	pe := Acc.Peek
	println(pe(Acc{3}))
	ad := (*Acc).Add
	b := &Acc{1}
	println(ad(b, 4), b.total)
	fs := []func() int{v.Peek, a.Peek}
	for _, f := range fs {
		println(f())
	}
	var plus Op = func(x, y int) int { return x + y }
	println(plus(2, 3))
	pp := (*Acc).Peek
	println(pp(b))
}
