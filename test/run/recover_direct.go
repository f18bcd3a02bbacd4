// recover answers only in a function that a deferred call calls directly (Go's rule): not in a
// helper that function calls, not in a function a deferred call's function calls normally. Every
// way of deferring a call reaches the function itself: a declared function with arguments, a method,
// a func literal, a func value of a declared function, a method value, a method expression, an
// interface method (value and pointer receivers, promoted through embedding), a closure made by
// another function.
package main

type I interface{ Rec(tag string) }

type V struct{ n int }

func (v V) Rec(tag string) { report(tag, recover()) }

type P struct{ n int }

func (p *P) Rec(tag string) { report(tag, recover()) }

type Outer struct{ V }

func report(tag string, r interface{}) {
	if r == nil {
		println(tag, "recover: nil")
		return
	}
	println(tag, "recovered:", r.(string))
}

func helper(tag string) { report(tag, recover()) }

func direct(tag string) { report(tag, recover()) }

func viaHelper(tag string) { helper(tag + " (helper)") }

func outer(tag string) {
	defer func() {
		if r := recover(); r != nil {
			println(tag, "caught by outer:", r.(string))
		}
	}()
	inner(tag)
}

func inner(tag string) {
	defer viaHelper(tag)
	panic(tag)
}

func try(tag string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			println(tag, "still panicking:", r.(string))
		}
	}()
	f()
}

func makeRec(tag string) func() {
	return func() { report(tag, recover()) }
}

func noDefer() int {
	if recover() != nil {
		return 1
	}
	return 0
}

func main() {
	try("declared", func() { defer direct("declared"); panic("declared") })
	try("helper", func() { defer viaHelper("helper"); panic("helper") })
	try("literal", func() { defer func() { report("literal", recover()) }(); panic("literal") })
	try("literal-helper", func() { defer func() { helper("literal-helper") }(); panic("literal-helper") })
	f := direct
	try("funcvalue", func() { defer f("funcvalue"); panic("funcvalue") })
	g := makeRec("closure")
	try("closure", func() { defer g(); panic("closure") })
	v := V{1}
	try("method", func() { defer v.Rec("method"); panic("method") })
	mv := v.Rec
	try("methodvalue", func() { defer mv("methodvalue"); panic("methodvalue") })
	me := V.Rec
	try("methodexpr", func() { defer me(v, "methodexpr"); panic("methodexpr") })
	var i I = v
	try("iface-value", func() { defer i.Rec("iface-value"); panic("iface-value") })
	i = &P{2}
	try("iface-pointer", func() { defer i.Rec("iface-pointer"); panic("iface-pointer") })
	i = Outer{V{3}}
	try("iface-promoted", func() { defer i.Rec("iface-promoted"); panic("iface-promoted") })
	im := i.Rec
	try("iface-methodvalue", func() { defer im("iface-methodvalue"); panic("iface-methodvalue") })
	outer("nested")
	println("noDefer", noDefer())
	defer viaHelper("main")
	panic("main")
}
