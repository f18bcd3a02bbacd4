package main

// Method expressions of interface types (I.m, interface{ m() }.m): func values taking the interface
// value first, called directly, stored, and deferred.

type Val interface{ val() int }

type I int

func (i I) val() int { return int(i) }

type S struct{ n int }

func (s S) m1(x string) { println("m1", s.n, x) }

func main() {
	var i I = 3
	println(Val.val(i))
	f := Val.val
	println(f(I(4)))
	interface{ m1(string) }.m1(S{5}, "direct")
	g := interface{ m1(string) }.m1
	g(S{6}, "value")
	defer Val.val(i)
	defer interface{ m1(string) }.m1(S{7}, "deferred")
}
