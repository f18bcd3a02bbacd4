package escape

var keep []int

func sliceLocal() int {
	s := []int{1, 2, 3} // ERROR "\[\]int\{\.\.\.\} does not escape$"
	return s[0] + len(s)
}

func sliceReturned() []int {
	return []int{4, 5, 6} // ERROR "\[\]int\{\.\.\.\} escapes to heap$"
}

func sliceGlobal() {
	keep = []int{7, 8} // ERROR "\[\]int\{\.\.\.\} escapes to heap$"
}

func sliceSum(s []int) int { // ERROR "s does not escape$"
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

func sliceCaller() int {
	return sliceSum([]int{9, 10}) // ERROR "\[\]int\{\.\.\.\} does not escape$"
}
