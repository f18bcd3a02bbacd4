package main

func show(s []int) {
	for _, v := range s {
		print(v, " ")
	}
	println(len(s))
}

// copy returns the number copied, handles overlap, and copies from strings.
func main() {
	a := []int{1, 2, 3, 4, 5}
	b := make([]int, 3)
	n := copy(b, a)
	println(n)
	show(b)
	n = copy(a[1:], a)
	println(n)
	show(a)
	a = []int{1, 2, 3, 4, 5}
	n = copy(a, a[2:])
	println(n)
	show(a)
	bs := make([]byte, 4)
	n = copy(bs, "hello")
	println(n, string(bs))
	var empty []int
	println(copy(empty, a), copy(a, empty))
	c := append([]int{}, a...)
	c[0] = 100
	println(a[0], c[0])
	d := a[:2]
	d = append(d, 42)
	show(a)
	e := a[:2:2]
	e = append(e, 43)
	show(a)
	show(e)
}
