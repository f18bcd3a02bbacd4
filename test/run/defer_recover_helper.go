// `defer recover()` stops a panic only in a function that a deferred call calls directly: deferred
// in a helper that the deferred function calls, it is a no-op, as any recover there (Go 1.19).
package main

func h() {
	defer recover()
}

func try(tag string, f func()) {
	defer func() {
		r := recover()
		println(tag, "outer sees", r != nil)
	}()
	f()
}

func main() {
	try("helper-defer-recover", func() {
		defer func() { h() }()
		panic(1)
	})
	try("direct-defer-recover", func() {
		defer func() { defer recover() }()
		panic(2)
	})
}
