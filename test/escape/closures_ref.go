package escape

func counter() func() int {
	n := 0 // ERROR "moved to heap: n$"
	return func() int { // ERROR "func literal escapes to heap$"
		n++
		return n
	}
}

func modifyLocal() int {
	x := 0
	inc := func() { x++ } // ERROR "func literal does not escape$"
	inc()
	inc()
	return x
}

var saved func()

func saveClosure(x int) {
	saved = func() { println(x) } // ERROR "func literal escapes to heap$"
}

func returnsValueCapture(v int) func() int {
	return func() int { return v } // ERROR "func literal escapes to heap$"
}
