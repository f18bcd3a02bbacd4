package main

// append grows the backing array as Go's runtime does; len and cap are printed at each step.
func main() {
	var s []int
	println(len(s), cap(s), s == nil)
	for i := 0; i < 20; i++ {
		s = append(s, i)
		println(len(s), cap(s))
	}
	var b []byte
	for i := 0; i < 40; i++ {
		b = append(b, byte(i))
	}
	println(len(b), cap(b))
	s2 := append([]int(nil), 1, 2, 3, 4, 5)
	println(len(s2), cap(s2))
	s3 := append(s2, s2...)
	println(len(s3), cap(s3), s3[7])
	t := make([]int, 3, 10)
	u := append(t, 1)
	v := append(t, 2)
	println(u[3], v[3], len(t))
	type big struct{ a, b, c, d, e int64 }
	var bs []big
	for i := 0; i < 10; i++ {
		bs = append(bs, big{a: int64(i)})
		print(cap(bs), " ")
	}
	println()
	var ss []string
	for i := 0; i < 9; i++ {
		ss = append(ss, "x")
		print(cap(ss), " ")
	}
	println()
	w := make([]int, 0)
	println(len(w), cap(w), w == nil)
	w = append(w, make([]int, 1000)...)
	println(len(w), cap(w))
	w = append(w, 1)
	println(len(w), cap(w))
}
