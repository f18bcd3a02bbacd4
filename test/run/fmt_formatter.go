// fmt_formatter: values with a Format method control their output for every verb; State reports
// the width, precision and flags, and Fprintf can write to the State.
package main

import "fmt"

type Money struct {
	Cents int
}

func (m Money) Format(f fmt.State, verb rune) {
	fmt.Fprintf(f, "[%c", verb)
	if w, ok := f.Width(); ok {
		fmt.Fprintf(f, " w=%d", w)
	}
	if p, ok := f.Precision(); ok {
		fmt.Fprintf(f, " p=%d", p)
	}
	for _, c := range "-+# 0" {
		if f.Flag(int(c)) {
			fmt.Fprintf(f, " %c", c)
		}
	}
	fmt.Fprintf(f, "] $%d.%02d", m.Cents/100, m.Cents%100)
}

type Loud string

func (l Loud) Format(f fmt.State, verb rune) {
	f.Write([]byte(string(l) + "!"))
}

type Bad struct{}

func (Bad) Format(f fmt.State, verb rune) { panic("no format") }

func main() {
	m := Money{1234}
	fmt.Printf("%v|%d|%s|%+v|%#v|%-8.2f|%08x|% q\n", m, m, m, m, m, m, m, m)
	fmt.Println(m, Loud("hey"), []Loud{"a", "b"}, map[string]Money{"k": {5}})
	fmt.Printf("%v %s %d\n", &m, Loud("x"), []Money{{1}, {250}})
	fmt.Printf("%v|%T\n", Bad{}, m)
	s := fmt.Sprint(Loud("s"), 1)
	fmt.Println(s, len(s))
}
