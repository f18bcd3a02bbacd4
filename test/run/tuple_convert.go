// A call's several results used where they must be converted: f(g()) with interface and variadic
// parameters (g's results boxed, or packed into f's ... argument), return g() into interface
// results, a, b = g() and var a, b T = g() into interface variables, and comma-ok values assigned
// to interface variables, package-level comma-ok ones included (Go 1.19 itself fails on a
// package-level var a, b I = g()). Each result takes its target's type (the
// verifier once rejected these).
package main

import "fmt"

type pair struct{ a, b int }

type Reader interface{ Read() int }

type Buffer int

func (b *Buffer) Read() int { return int(*b) }

func two() (int, string)        { return 7, "seven" }
func three() (int, pair, error) { return 3, pair{1, 2}, nil }
func ints() (int, int)          { return 4, 5 }
func name() (string, int, pair) { return "n", 1, pair{3, 4} }
func one() int                  { return 1 }

func consume(x int, a interface{}) { println(x, a.(string)) }

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func show(prefix string, vs ...interface{}) {
	println(prefix, len(vs))
	for _, v := range vs {
		switch v := v.(type) {
		case int:
			println(" int", v)
		case string:
			println(" string", v)
		case pair:
			println(" pair", v.a, v.b)
		}
	}
}

func opt(x int, rest ...string) { println(x, len(rest)) }

func buf() (*Buffer, bool) {
	b := Buffer(6)
	return &b, true
}

func reader() (r Reader, ok bool) { return buf() }

func boxed() (interface{}, interface{}) { return three2() }

func three2() (pair, int) { return pair{8, 9}, 10 }

var g1, g2 interface{}

var pc = pb
var pa, pb any = any(nil).(bool)

func main() {
	consume(two())
	println(sum(ints()), sum(one()))
	show(name())
	fmt.Println(three())
	fmt.Println(ints())
	fmt.Println(fmt.Sprint(ints()), fmt.Sprint(two()))
	opt(two())
	opt(one())

	r, ok := reader()
	println(r.Read(), ok)
	x, y := boxed()
	println(x.(pair).b, y.(int))

	var p, q interface{} = two()
	println(p.(int), q.(string))
	g1, g2 = ints()
	println(g1.(int) + g2.(int))

	m := map[string]pair{"k": {5, 6}}
	var v, found interface{}
	v, found = m["k"]
	println(v.(pair).a, found.(bool))
	v, found = m["absent"]
	println(v.(pair).a, found.(bool))
	var e interface{} = pair{1, 1}
	v, found = e.(pair)
	println(v.(pair).b, found.(bool))
	v, found = e.(int)
	println(v.(int), found.(bool))
	println(pa.(bool), pb.(bool), pc.(bool))
}
