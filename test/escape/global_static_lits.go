// global_static_lits: literals in package-level initialisers that Go allocates statically (slice
// and &-literals, nested ones, func literals, boxed values) get no -m line; the dynamic ones (map
// literals, new, literals passed to calls or append) are sites reported as usual.
package main

type T struct {
	a int
	p *T
}

func f() int { return 3 }

func g(x []int) []int { return x } // ERROR "leaking param: x to result ~r0 level=0$"

var s1 = []int{1, 2, 3}
var s2 = []int{f(), 2}
var p1 = &T{a: 1}
var p2 = &T{a: f(), p: &T{a: 2}}
var s3 = []*T{{a: 1}, &T{a: 2}}
var s4 = [][]int{{1}, {2, f()}}
var m1 = map[string]int{"a": 1} // ERROR "map\[string\]int\{\.\.\.\} escapes to heap$"
var s5 = g([]int{1}) // ERROR "\[\]int\{\.\.\.\} escapes to heap$"
var a1 = [2][]int{{1}, {2}}
var t1 = T{p: &T{a: 5}}
var n1 = new(T) // ERROR "new\(T\) escapes to heap$"
var i1 interface{} = T{a: 1}
var i2 = []interface{}{T{a: 2}, []int{f()}}
var fn = func() int { return 7 }
var ps = &[]int{4}

func main() {
	println(len(s1), len(s2), p1.a, p2.p.a, s3[1].a, s4[1][1], m1["a"], s5[0], a1[1][0], t1.p.a, n1.a)
	println(i1.(T).a, i2[0].(T).a, i2[1].([]int)[0], fn(), (*ps)[0])
}
