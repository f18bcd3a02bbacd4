package escape

func makeFuncs() []func() int {
	var fs []func() int
	for i := 0; i < 3; i++ {
		v := i
		fs = append(fs, func() int { return v }) // ERROR "func literal escapes to heap$"
	}
	return fs
}

func sumInLoop() int {
	t := 0
	for i := 0; i < 3; i++ {
		f := func() int { return i * 2 } // ERROR "func literal does not escape$"
		t += f()
	}
	return t
}
