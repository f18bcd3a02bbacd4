package main

// make([]T, len, cap) with a sane length but a capacity whose byte size passes the 48-bit allocation
// limit (or overflows) panics with "makeslice: cap out of range"; so does a make whose result is unused
// (the check is not an allocation an optimiser may drop).
func try(name string, f func()) {
	defer func() {
		r := recover()
		if e, ok := r.(error); ok {
			println(name+":", e.Error())
		} else {
			println(name+":", "no runtime error")
		}
	}()
	f()
}

var keep []int64

func main() {
	n := 1 << 60
	try("unused result", func() { println(len(make([]int64, n))) })
	try("cap overflows", func() { keep = make([]int64, 1, n+5); println(len(keep)) })
	println(len(make([]int64, 1, 1<<46)))
}
