package escape

func collect(n int) []*int {
	var out []*int
	for i := 0; i < n; i++ {
		p := new(int) // ERROR "new\(int\) escapes to heap$"
		*p = i
		out = append(out, p)
	}
	return out
}

func scratch(n int) int {
	t := 0
	for i := 0; i < n; i++ {
		p := new(int) // ERROR "new\(int\) does not escape$"
		*p = i
		t += *p
	}
	return t
}
