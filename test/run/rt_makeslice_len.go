package main

// make([]T, n) whose byte size passes the 48-bit allocation limit, or overflows 64 bits, panics with
// "makeslice: len out of range" before allocating anything.
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
	try("len overflows", func() { keep = make([]int64, n+5); println(len(keep)) })
	try("len past limit", func() { keep = make([]int64, 1<<46); println(len(keep)) })
	try("len and cap past limit", func() { keep = make([]int64, 1<<46, 1<<47); println(len(keep)) })
	keep = make([]int64, n)
	println(len(keep))
}
