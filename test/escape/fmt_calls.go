package escape

import "fmt"

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprint(p.X, ",", p.Y) } // ERROR "\.\.\. argument does not escape$" "p\.X escapes to heap$" ".,. escapes to heap$" "p\.Y escapes to heap$"

func printLocals() {
	x := 42
	p := Point{1, 2} // ERROR "moved to heap: p$"
	s := []int{1, 2, 3} // ERROR "\[\]int\{\.\.\.\} escapes to heap$"
	fmt.Println(x, p, s) // ERROR "\.\.\. argument does not escape$" "x escapes to heap$" "p escapes to heap$" "s escapes to heap$"
	fmt.Printf("%d %v\n", x, &p) // ERROR "\.\.\. argument does not escape$" "x escapes to heap$"
}

func format(n int, name string) string { // ERROR "leaking param: name$"
	return fmt.Sprintf("%s=%d", name, n) // ERROR "\.\.\. argument does not escape$" "name escapes to heap$" "n escapes to heap$"
}

func wrap(err error) error { // ERROR "leaking param: err$"
	return fmt.Errorf("wrapped: %w", err) // ERROR "\.\.\. argument does not escape$"
}

func buffer() []byte {
	var b []byte
	b = fmt.Appendf(b, "%d", 7) // ERROR "\.\.\. argument does not escape$" "7 escapes to heap$"
	return b
}
