// esc_win_concat_operand: a string made only to be an operand of another concatenation
// (`u += string(rune(c))`, `s += x.String() + ";"`) is copied by that concatenation, so llgo-lite
// keeps it on the stack; Go 1.19 sends it to the heap. Results that outlive their statement must
// still reach the heap: the program keeps them across loop iterations and in a global slice, reuses
// the stack through deep recursion and reads them again.
package main

type Stringer interface{ String() string }

type Color int

func (c Color) String() string {
	if c == 0 {
		return "red"
	}
	return "blue"
}

type Point struct{ x, y int }

func (p Point) String() string { return "(" + string(rune('0'+p.x)) + "," + string(rune('0'+p.y)) + ")" }

var kept []string

func clobber(d int) int {
	var pad [64]int
	for i := range pad {
		pad[i] = -d - 1
	}
	if d == 0 {
		return pad[3]
	}
	return clobber(d-1) + pad[5]
}

func letters(n int) string {
	u := ""
	for i := 0; i < n; i++ {
		u += string(rune('a' + i))
		clobber(3)
	}
	return u
}

func joined(list []Stringer) string {
	s := ""
	for _, x := range list {
		s += x.String() + ";"
		part := x.String() + "!"
		kept = append(kept, part)
	}
	return s
}

func main() {
	a := letters(6)
	b := joined([]Stringer{Color(0), Point{1, 2}, Color(1)})
	clobber(60)
	println(a, b)
	for _, k := range kept {
		print(k, " ")
	}
	println()
}
