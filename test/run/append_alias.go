package main

func show(name string, s []int) {
	print(name, ":")
	for _, v := range s {
		print(" ", v)
	}
	println(" len", len(s), "cap", cap(s))
}

// append may or may not share the backing array: the result depends on the capacity, as in Go.
func main() {
	base := make([]int, 3, 4)
	a := append(base, 1)
	b := append(base, 2)
	show("a", a)
	show("b", b)
	c := append(a, 3)
	c[0] = 99
	show("a", a)
	show("c", c)
	s := []int{1, 2, 3}
	t := s[:2]
	t = append(t, 10)
	show("s", s)
	t = append(t, 20)
	t[0] = -1
	show("s", s)
	show("t", t)
	var acc []int
	for i := 0; i < 5; i++ {
		acc = append(acc[:i], i*i)
	}
	show("acc", acc)
	q := []int{}
	q = append(q, q...)
	show("q", q)
	r := append([]int(nil), s...)
	r[1] = 500
	show("s", s)
	show("r", r)
	stack := []int{}
	for i := 0; i < 6; i++ {
		stack = append(stack, i)
		if i%2 == 1 {
			stack = stack[:len(stack)-1]
		}
	}
	show("stack", stack)
}
