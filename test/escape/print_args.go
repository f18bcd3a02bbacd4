package escape

type T struct{ a, b int }

// println and print never make their arguments escape.
func printLocals(n int) {
	x := T{n, n}
	p := &x
	s := []int{1, 2, 3} // ERROR "\[\]int\{\.\.\.\} does not escape$"
	println(p, x.a, s, len(s))
	print(p.b, "\n")
}

var sink interface{}

func constToIface() {
	sink = 1 // ERROR "1 escapes to heap$"
	sink = "str" // ERROR ".str. escapes to heap$"
	sink = T{} // ERROR "T\{\} escapes to heap$"
}

func localIface(n int) int {
	var i interface{} = n // ERROR "n does not escape$"
	if v, ok := i.(int); ok {
		return v
	}
	return 0
}
