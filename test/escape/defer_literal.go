package main

// `defer func(p *int) { ... }(&x)` is a call of the literal's body at the defer statement: outside
// a loop neither the literal nor x escapes unless the body leaks p; in a loop the deferred call's
// record outlives the iteration, and the literal and x go to the heap.

var sink *int

func once() {
	x := 0
	defer func(p *int) { // ERROR "p does not escape$" "func literal does not escape$"
		*p = 1
	}(&x)
}

func leaks() {
	x := 0 // ERROR "moved to heap: x$"
	defer func(p *int) { // ERROR "leaking param: p$" "func literal does not escape$"
		sink = p
	}(&x)
}

func result() {
	x := 0
	defer func(p *int) *int { // ERROR "leaking param: p to result ~r0 level=0$" "func literal does not escape$"
		return p
	}(&x)
}

func inLoop(n int) {
	for i := 0; i < n; i++ {
		x := i // ERROR "moved to heap: x$"
		defer func(p *int) { // ERROR "p does not escape$" "func literal escapes to heap$"
			println(*p)
		}(&x)
	}
}

func main() {
	once()
	leaks()
	result()
	inLoop(3)
	println(*sink)
}
