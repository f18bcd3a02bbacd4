package escape

func bigArray() int {
	var a [1 << 20]int
	a[5] = 1
	return a[5]
}

func bigMake() int {
	s := make([]byte, 1<<20) // ERROR "make\(\[\]byte, 1 << 20\) escapes to heap$"
	return len(s)
}

func smallMake() int {
	s := make([]byte, 1024) // ERROR "make\(\[\]byte, 1024\) does not escape$"
	return len(s)
}

func bigNew() int {
	p := new([200000]int64) // ERROR "new\(\[200000\]int64\) escapes to heap$"
	return len(p)
}
