// Variables over Go's MaxStackVarSize (10 MB) and literals that large must not be built in the
// frame (the main thread's stack is 8 MB): they are heap sites.
package main

func hugeVar(x *string) *string {
	b := [4000000]*string{x}
	_ = b
	return b[0]
}

func hugeZero(k int) int {
	var big [2000000]int
	big[k] = 3
	return big[k] + big[k+1]
}

func main() {
	s := "kept"
	println(*hugeVar(&s), hugeZero(7))
}
