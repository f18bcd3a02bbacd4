package escape

// Variables larger than Go's MaxStackVarSize (10 MB) live on the heap, and a literal that large is
// not built in the frame either: lowering makes them sites, the pass sends them to the heap.

func hugeVar(x *string) *string { // ERROR "leaking param: x$"
	b := [4000000]*string{x} // ERROR "moved to heap: b$"
	_ = b
	return b[0]
}

func hugeZero() int {
	var big [2000000]int // ERROR "moved to heap: big$"
	big[7] = 3
	return big[7]
}

func bigButStack() int {
	var a [1000]int
	a[3] = 1
	return a[3]
}
