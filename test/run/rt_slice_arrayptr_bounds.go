package main

// Slicing an array (or a pointer to one) past its end reports the array's length, as Go's
// panicSliceAlen does ("with length 4"), not a capacity.
func main() {
	var arr [4]int
	p := &arr
	i := 5
	println(len(p[1:3]))
	println(len(p[1:i]))
}
