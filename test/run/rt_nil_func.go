package main

// Calling a nil func value faults at address 0 (pc 0 too): still Go's nil dereference panic, and the
// deferred calls run before the program dies.
type handler func(int) int

func apply(h handler, x int) int { return h(x) }

func main() {
	defer println("deferred")
	double := handler(func(x int) int { return 2 * x })
	println(apply(double, 21))
	var missing handler
	println(apply(missing, 1))
	println("not reached")
}
