// The whole-program analysis (beyond Go): an argument of a call through an interface or a func value
// stays on the stack only when every possible target keeps it. Here one target of each call keeps
// what it gets (in a global), so those arguments must reach the heap; scribble then overwrites the
// stack, and the kept values must still read back whole. The other calls' arguments may stay.
package main

type Taker interface{ Take(p *[4]int) int }

type Sum struct{}

func (Sum) Take(p *[4]int) int { return p[0] + p[1] + p[2] + p[3] }

type Hold struct{ n int }

var held []*[4]int

func (h *Hold) Take(p *[4]int) int {
	held = append(held, p)
	h.n++
	return h.n
}

type Name struct{ s string }

func (n Name) String() string { return "name:" + n.s }

type Stringer interface{ String() string }

func show(s Stringer) string { return s.String() }

func use(k Taker, v int) int {
	x := [4]int{v, v + 1, v + 2, v + 3}
	return k.Take(&x)
}

var kept []*int

func apply(f func(*int) int, v int) int {
	y := v
	return f(&y)
}

func scribble(n int) int {
	var a [32]int
	for i := range a {
		a[i] = n*31 + i
	}
	if n == 0 {
		return a[5]
	}
	return scribble(n-1) + a[n%32]
}

func main() {
	s := 0
	for i := 0; i < 4; i++ {
		s += use(Sum{}, i)
		s += use(&Hold{}, i*10)
		s += apply(func(p *int) int { return *p * 2 }, i)
		s += apply(func(p *int) int { kept = append(kept, p); return 1 }, i*100)
	}
	println(show(Name{"a"}), show(Name{"bc"}))
	println(scribble(40))
	for _, p := range held {
		println(p[0], p[1], p[2], p[3])
	}
	for _, p := range kept {
		println(*p)
	}
	println(s)
}
