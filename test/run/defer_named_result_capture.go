// A deferred closure that reads a named result sees what `return v` stored there: the closure
// captures the result by reference, as `return v` assigns it (Go's fixedbugs/issue9738.go and
// issue32175.go); with a bare return it sees the last assignment.
package main

func F() (x int) {
	defer func() {
		println("F's deferred call sees", x)
	}()
	return 42
}

func G() (x int) {
	defer func() {
		println("G's deferred call sees", x)
	}()
	x = 1
	return
}

func H() (s string, n int) {
	defer func() func() {
		return func() {
			println("H's returned closure sees", s, n)
			n *= 2
		}
	}()()
	return "h", 21
}

func main() {
	println(F(), G())
	println(H())
}
