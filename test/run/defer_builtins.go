// Deferred calls of builtins: panic, delete, copy, recover, print and println. Their operands are
// evaluated at the defer statement; the builtin runs when the function returns or panics.
// `defer recover()` is a no-op in the panicking function itself ("too early") but recovers when it
// is deferred by a deferred function that the panic runs.
package main

func deferPanic(v int) (r int) {
	defer func() {
		r = recover().(int) * 10
	}()
	defer panic(v) // v evaluated now
	v = 99
	return 1
}

func deferDelete() int {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	k := "a"
	func() {
		defer delete(m, k) // deletes "a", not "b"
		k = "b"
		println("inside, len", len(m))
	}()
	_, a := m["a"]
	_, b := m["b"]
	println("after: a present", a, "b present", b)
	return len(m)
}

type pair struct {
	x int
	s string
}

func deferDeleteStructKey() {
	m := map[pair]bool{{1, "x"}: true, {2, "y"}: true}
	p := pair{1, "x"}
	func() {
		defer delete(m, p)
		p.x = 2
	}()
	println("struct keys left", len(m), m[pair{2, "y"}])
	var nilmap map[int]int
	func() {
		defer delete(nilmap, 3) // deleting from a nil map is a no-op
	}()
	println("nil map delete ok")
}

func deferCopy() {
	dst := make([]int, 3)
	src := []int{7, 8, 9, 10}
	func() {
		defer copy(dst, src) // the slices as they are now
		src = []int{1, 1, 1}
		src2 := src
		_ = src2
		println("before copy", dst[0], dst[1], dst[2])
	}()
	println("after copy", dst[0], dst[1], dst[2])
	b := make([]byte, 5)
	func() {
		defer copy(b, "hello, world")
	}()
	println(string(b))
}

func mustRecover(x interface{}) {
	v := recover()
	if v == nil {
		println("missing recover")
		return
	}
	println("recovered", v.(int), "want", x.(int))
}

func mustNotRecover() {
	v := recover()
	if v != nil {
		println("spurious recover", v.(int))
	}
}

func tooEarly() {
	defer mustRecover(2)
	defer recover() // recover is the deferred call itself: it does not stop the panic
	panic(2)
}

func squelch() {
	defer mustNotRecover()
	defer func() {
		defer recover() // deferred by a deferred call the panic runs: it stops the panic
	}()
	panic(4)
}

func noPanic() {
	defer recover() // nothing to recover
	println("noPanic returns")
}

func deferPrint(n int) {
	defer println("println at exit", n, "two")
	defer print("print at exit ", n, "\n")
	n = 0
}

func main() {
	println("deferPanic", deferPanic(5))
	println("deferDelete", deferDelete())
	deferDeleteStructKey()
	deferCopy()
	tooEarly()
	squelch()
	noPanic()
	deferPrint(3)
	defer println("main's deferred println runs before the panic is printed")
	defer panic("deferred panic at the end of main")
	println("main returns")
}
