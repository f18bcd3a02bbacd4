package main

// Go reports an implicit conversion to an interface at the assignment's first target, or at the
// '(' of the call it is an argument of; a struct of one pointer goes into an interface unboxed.

var sink interface{}

type T struct{ a, b int }

type P struct{ p *int }

func take(x interface{}) {} // ERROR "x does not escape$"

func many(a ...interface{}) {} // ERROR "a does not escape$"

func conversions() {
	x, y := T{}, 1
	sink = x // ERROR "x escapes to heap$"
	take(x) // ERROR "x does not escape$"
	many(x, y) // ERROR "\.\.\. argument does not escape$" "x does not escape$" "y does not escape$"
	sink, _ = x, y // ERROR "x escapes to heap$"
}

func pointerShaped() {
	i := 0 // ERROR "moved to heap: i$"
	sink = P{&i}
}

func main() {
	conversions()
	pointerShaped()
}
