package escape

func arrayLocal() int {
	var a [4]int
	p := &a[2]
	*p = 5
	return a[2]
}

func arrayReturnedSlice() []int {
	var a [4]int // ERROR "moved to heap: a$"
	return a[:]
}

func arrayOfPtrs() *int {
	x := 1 // ERROR "moved to heap: x$"
	arr := [2]*int{&x, nil}
	return arr[0]
}

func arrayValue(a [3]int) int {
	return a[0]
}

func arrayPtrParam(a *[3]int) int { // ERROR "a does not escape$"
	return a[1]
}
