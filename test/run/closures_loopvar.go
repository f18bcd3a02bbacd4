package main

// Go 1.22 semantics: every loop iteration has its own variable, so closures see distinct values.
func main() {
	var fs []func() int
	for i := 0; i < 4; i++ {
		fs = append(fs, func() int { return i * i })
	}
	for _, f := range fs {
		print(f(), " ")
	}
	println()
	var gs []func() string
	for _, s := range []string{"a", "b", "c"} {
		gs = append(gs, func() string { return s })
	}
	for _, g := range gs {
		print(g())
	}
	println()
	var ps []*int
	for i := 0; i < 3; i++ {
		ps = append(ps, &i)
	}
	println(*ps[0], *ps[1], *ps[2])
	var hs []func()
	for i := 0; i < 3; i++ {
		hs = append(hs, func() { i += 10; println("i", i) })
		i++
	}
	for _, h := range hs {
		h()
	}
}
