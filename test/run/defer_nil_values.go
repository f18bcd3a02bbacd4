package main

// Deferring a nil func value panics when the deferred call runs, at the function's exit; deferring
// a method of a nil interface panics at the defer statement, where x.M is evaluated. A type declared
// inside a function is a type of its own, even with the name of a package-level type.

type Closer interface{ Close() }

type T struct{ a, b int }

var x = 0

func deferNilFunc() {
	var nilf func()
	defer nilf()
	x = 1
}

func deferNilIface() {
	var c Closer
	defer c.Close()
	x = 2
}

func shouldPanic(f func()) {
	defer func() {
		r := recover()
		println("recovered:", r != nil, "x =", x)
	}()
	f()
}

func local(v interface{}) interface{} {
	type T struct{ a, b int }
	if v == nil {
		return T{2, 3}
	}
	t, ok := v.(T)
	println("local T:", ok, t.a, t.b)
	return v
}

func main() {
	shouldPanic(deferNilFunc)
	shouldPanic(deferNilIface)
	local(local(nil))
	local(T{5, 7})
}
