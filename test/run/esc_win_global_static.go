// esc_win_global_static: literals of package-level initialisers live in static objects (as in Go),
// not on the heap. Those objects hold the only pointers to heap objects made at init (mk), so the
// collector must scan them: the program allocates a lot, then reads everything back, and checks
// that the static objects are distinct and writable.
package main

type T struct {
	a int
	p *T
	s string
}

//go:noinline
func mk(a int) *T { return &T{a: a, s: string(rune('a'+a%26)) + "x"} }

var ptrs = []*T{mk(1), mk(2), {a: 3, p: mk(4)}}
var head = &T{a: 10, p: mk(11)}
var grid = [2][]*T{{mk(20)}, {mk(21), mk(22)}}
var boxed interface{} = T{a: 30, p: mk(31)}
var boxes = []interface{}{T{a: 40, p: mk(41)}, []*T{mk(42)}}
var other = []*T{mk(1), mk(2), {a: 3, p: mk(4)}}

var sink []*T

func churn(n int) int {
	t := 0
	for i := 0; i < n; i++ {
		x := mk(i)
		if i%100 == 0 {
			sink = append(sink, x)
		}
		t += x.a
	}
	return t
}

func main() {
	println(churn(30000))
	println(ptrs[0].a, ptrs[0].s, ptrs[1].a, ptrs[2].a, ptrs[2].p.a, ptrs[2].p.s)
	println(head.a, head.p.a, head.p.s)
	println(grid[0][0].a, grid[1][0].a, grid[1][1].a, grid[1][1].s)
	b := boxed.(T)
	println(b.a, b.p.a, b.p.s)
	println(boxes[0].(T).p.a, boxes[1].([]*T)[0].a, boxes[1].([]*T)[0].s)
	ptrs[2].a = 99
	other[0] = mk(5)
	println(ptrs[2].a, other[2].a, ptrs[0].a, other[0].a, &ptrs[0] != &other[0])
	println(churn(20000), len(sink), sink[5].a)
}
