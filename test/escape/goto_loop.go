package escape

// A backward goto forms a loop: a pointer kept across its iterations must go to the heap.
func gotoLoop() int {
	var keep *int
	i := 0
again:
	v := i // ERROR "moved to heap: v$"
	if keep == nil {
		keep = &v
	}
	i++
	if i < 3 {
		goto again
	}
	return *keep
}

func forwardGoto(n int) int {
	x := n
	p := &x
	if n > 0 {
		goto done
	}
	*p = 1
done:
	return *p
}
