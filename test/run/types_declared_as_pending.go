// Named types declared as another named type while that one's own declaration is being checked
// (type T2 T1 where T1 refers to T2 through a pointer): T2's underlying type is T1's, known once
// T1's declaration ends, so T2{...} literals, methods on T2 and conversions all work (Go's
// fixedbugs/bug336.go).
package main

type T1 struct {
	next *T2
	v    int
}

type T2 T1

func (t *T2) Get() int { return t.v }

// a chain of declarations back to the struct
type T3 struct{ next *T4 }
type T4 T5
type T5 T6
type T6 T3

// through a pointer type and an interface
type P *Q
type Q P

type I interface{ M() J }
type J I

type S struct{ i int }

func (s S) M() J {
	if s.i > 0 {
		return S{s.i - 1}
	}
	return nil
}

func main() {
	t := &T2{&T2{nil, 2}, 1}
	println(t.Get(), t.next.Get(), (*T1)(t).v, T1(*t.next).v)
	x := T4{&T4{nil}}
	y := T6(x)
	println(y.next != nil, T3(y).next.next == nil)
	var q Q
	q = &q
	println(q == *q)
	var j J = S{2}
	n := 0
	for j != nil {
		j = j.M()
		n++
	}
	println("steps", n)
}
