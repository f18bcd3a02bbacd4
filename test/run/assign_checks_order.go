// In a, b = x, y Go stores left to right, and a target's nil or bounds check is part of its own
// store: a[...] = ... to a map happens before a later target through a nil pointer (*p, p.f, p[i] of
// a nil *[N]T) or a slice index out of range panics (Go's fixedbugs/issue23017.go).
package main

type P struct{ i int }

func try(name string, f func(m map[int]int)) {
	m := map[int]int{}
	defer func() {
		r := recover()
		println(name, r != nil, len(m), m[2])
	}()
	f(m)
}

var calls int

func idx() int {
	calls++
	return 1
}

func main() {
	try("star", func(m map[int]int) {
		var p *int
		m[2], *p = 42, 2
	})
	try("field", func(m map[int]int) {
		var p *P
		m[2], p.i = 3, 2
	})
	try("slice", func(m map[int]int) {
		p := []int{}
		m[2], p[1] = 2, 2
	})
	try("array", func(m map[int]int) {
		var p *[3]int
		m[2], p[idx()] = 4, 2
	})
	try("later", func(m map[int]int) {
		var p *P
		p.i, m[2] = 1, 5
	})
	println(calls)
	var a [3]int
	q := &a
	q[idx()], self(q)[0] = 7, 8
	println(a[0], a[1], calls)
}

func self(p *[3]int) *[3]int {
	calls += 10
	return p
}
