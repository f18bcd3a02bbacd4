package main

// Go 1.19 reports the boxing of a call argument at the argument when it is an expression (a
// literal, a named constant, an operator at the operator, a selector at its '.', a call at its '('),
// and for a variable where it reported the argument before it (the call's '(' for the first).

var sink []interface{}

type P struct{ f int }

const K = 5

func keep(a ...interface{}) { sink = a } // ERROR "leaking param: a$"

func two(a, b interface{}) {} // ERROR "a does not escape$" "b does not escape$"

func str(s string, a ...interface{}) {} // ERROR "s does not escape$" "a does not escape$"

func main() {
	x, y := 1, 2
	p := P{3}
	s := "s"
	keep(x, y) // ERROR "\.\.\. argument escapes to heap$" "x escapes to heap$" "y escapes to heap$"
	keep(x, p.f, y) // ERROR "\.\.\. argument escapes to heap$" "x escapes to heap$" "p\.f escapes to heap$" "y escapes to heap$"
	keep(x+1, y, x) // ERROR "\.\.\. argument escapes to heap$" "x \+ 1 escapes to heap$" "y escapes to heap$" "x escapes to heap$"
	keep(K, x) // ERROR "\.\.\. argument escapes to heap$" "K escapes to heap$" "x escapes to heap$"
	keep(s, x, 7, y) // ERROR "\.\.\. argument escapes to heap$" "s escapes to heap$" "x escapes to heap$" "7 escapes to heap$" "y escapes to heap$"
	two(x, y) // ERROR "x does not escape$" "y does not escape$"
	two(p.f, y) // ERROR "p\.f does not escape$" "y does not escape$"
	str(s, x, y) // ERROR "\.\.\. argument does not escape$" "x does not escape$" "y does not escape$"
	str("lit", x, y) // ERROR "\.\.\. argument does not escape$" "x does not escape$" "y does not escape$"
	keep(p, x) // ERROR "\.\.\. argument escapes to heap$" "p escapes to heap$" "x escapes to heap$"
	keep(x, len(s), y) // ERROR "\.\.\. argument escapes to heap$" "x escapes to heap$" "len\(s\) escapes to heap$" "y escapes to heap$"
	keep((x), (y + 1), y) // ERROR "\.\.\. argument escapes to heap$" "x escapes to heap$" "y \+ 1 escapes to heap$" "y escapes to heap$"
}
