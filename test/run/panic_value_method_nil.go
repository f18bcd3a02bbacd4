// Calling value method T.F through an interface holding a nil *T panics with Go's wrapper message,
// "value method main.T.F called using nil *T pointer" (its fixedbugs/issue19040.go), a
// runtime.Error; a pointer method may take the nil receiver.
package main

import "runtime"

type T int

func (t T) F() int { return int(t) }

type I interface{ F() int }

type P struct{ n int }

func (p *P) F() int { return 7 }

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRuntime := r.(runtime.Error)
		println(name, r.(error).Error(), isRuntime)
	}()
	f()
}

func main() {
	var t *T
	var i I = t
	try("value", func() { i.F() })
	var p *P
	i = p
	println(i.F())
	u := T(3)
	i = &u
	println(i.F())
	i = t
	i.F()
}
