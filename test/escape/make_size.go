package escape

func makeConst() int {
	s := make([]int, 10) // ERROR "make\(\[\]int, 10\) does not escape$"
	return len(s)
}

func makeNonConst(n int) int {
	s := make([]int, n) // ERROR "make\(\[\]int, n\) escapes to heap$"
	return len(s)
}

func makeCap(n int) int {
	s := make([]byte, 0, n) // ERROR "make\(\[\]byte, 0, n\) escapes to heap$"
	return cap(s)
}

func makeReturned() []int {
	return make([]int, 4) // ERROR "make\(\[\]int, 4\) escapes to heap$"
}

func makeMap(n int) int {
	m := make(map[int]int, n) // ERROR "make\(map\[int\]int, n\) does not escape$"
	return len(m)
}
