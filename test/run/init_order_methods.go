package main

// Package-level initialisation follows references through methods, called on values or through
// method expressions: dummy1 and dummy2 must be initialised after a and b.

type T int

func (r T) Method1() int { return a }
func (r *T) Method2() int { return b }

var t T
var dummy1 = T(0).Method1()
var dummy2 = (*T).Method2(&t)
var dummy3 = t.Method2()

var a = identity(1)
var b = identity(2)

func identity(x int) int {
	println("identity", x)
	return x
}

func main() {
	println(dummy1, dummy2, dummy3)
}
