package escape

func mapLocal() int {
	m := make(map[string]int) // ERROR "make\(map\[string\]int\) does not escape$"
	m["a"] = 1
	return m["a"]
}

func mapReturned() map[int]int {
	return make(map[int]int) // ERROR "make\(map\[int\]int\) escapes to heap$"
}

func mapPtrValue(m map[int]*int) { // ERROR "m does not escape$"
	x := 1 // ERROR "moved to heap: x$"
	m[0] = &x
}

func mapPtrKey(m map[*int]bool, p *int) { // ERROR "m does not escape$" "leaking param: p$"
	m[p] = true
}

func mapLit() int {
	m := map[string]int{"a": 1, "b": 2} // ERROR "map\[string\]int\{\.\.\.\} does not escape$"
	return len(m)
}

func mapRead(m map[string]*int) *int { // ERROR "m does not escape$"
	return m["x"]
}
