// A function that defers returns its results' current values after a recovered panic, through
// the second return of its _setjmp, which LLVM's CFG does not show: stores to a result that
// nothing else reads must survive the optimiser (Go's fixedbugs/issue16095.go). Named results of
// several shapes are written before a panic, and an unnamed result is set by a return statement
// whose deferred calls panic and recover; each function is also called in a loop, where the
// inliner puts its body into the caller.
package main

type pt struct{ x, y int }

var sink *[4]byte

func arr() (x [4]byte) {
	for i := range x {
		x[i] = byte(i + 1)
	}
	sink = &x
	sink = nil
	defer func() {
		recover()
	}()
	panic("arr")
}

func scalar(n int) (r int) {
	defer func() {
		recover()
	}()
	r = n * 3
	if n >= 0 {
		panic("scalar")
	}
	return -1
}

func structs(n int) (a pt, b *pt) {
	defer func() {
		recover()
	}()
	a.x, a.y = n, n+1
	b = &pt{n * 10, n * 20}
	var m map[int]int
	m[0] = 1 // nil map write panics
	return pt{}, nil
}

func unnamed(n int) int {
	defer func() {
		recover()
	}()
	defer func() {
		panic("in defer")
	}()
	return n + 100
}

func divide(a, b int) (q int, err string) {
	defer func() {
		if r := recover(); r != nil {
			err = "recovered"
		}
	}()
	q = -7
	q = a / b
	return q, ""
}

func main() {
	x := arr()
	println(x[0], x[1], x[2], x[3])
	println(scalar(5))
	a, b := structs(2)
	println(a.x, a.y, b.x, b.y)
	println(unnamed(1))
	q, err := divide(7, 0)
	println(q, err)
	t := 0
	for i := 0; i < 3; i++ {
		x := arr()
		a, b := structs(i)
		q, _ := divide(i, 0)
		t += int(x[3]) + scalar(i) + a.y + b.y + unnamed(i) + q
	}
	println(t)
}
