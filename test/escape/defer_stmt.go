package escape

func deferSimple() (r int) {
	x := 1
	defer func() { r = x }() // ERROR "func literal does not escape$"
	return 0
}

func deferInLoop(n int) int {
	total := 0 // ERROR "moved to heap: total$"
	for i := 0; i < n; i++ {
		defer func() { total++ }() // ERROR "func literal escapes to heap$"
	}
	return total
}

func deferCall(p *int) { // ERROR "p does not escape$"
	defer reset(p)
}

func reset(p *int) { *p = 0 } // ERROR "p does not escape$"
