package main

var (
	a = c + b
	b = f("b")
	c = f("c")
	d = 3
)

var total = sum(a, b, c, d)

func f(name string) int {
	println("init var", name)
	d++
	return d
}

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	println("sum computed")
	return t
}

var registry = map[string]int{}

func init() {
	println("init 1", a, b, c, d)
	registry["first"] = 1
}

func init() {
	println("init 2", len(registry))
	registry["second"] = 2
}

// Package variables initialise in dependency order, then init functions in source order.
func main() {
	println("main", a, b, c, d, total, len(registry))
}
