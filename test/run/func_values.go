package main

type BinOp func(int, int) int

func apply(op BinOp, a, b int) int { return op(a, b) }

func add(a, b int) int { return a + b }
func mul(a, b int) int { return a * b }

func mapInts(xs []int, f func(int) int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func reduce(xs []int, init int, f func(int, int) int) int {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

// Functions as values: named function types, tables of functions, nil function values.
func main() {
	println(apply(add, 3, 4), apply(mul, 3, 4))
	ops := map[string]BinOp{"+": add, "*": mul, "-": func(a, b int) int { return a - b }}
	println(ops["+"](10, 5), ops["*"](10, 5), ops["-"](10, 5))
	xs := []int{1, 2, 3, 4}
	sq := mapInts(xs, func(x int) int { return x * x })
	println(reduce(sq, 0, add), reduce(xs, 1, mul))
	var f func()
	println(f == nil)
	f = func() { println("called f") }
	println(f != nil)
	f()
	table := []struct {
		name string
		fn   func(int) bool
	}{
		{"even", func(n int) bool { return n%2 == 0 }},
		{"pos", func(n int) bool { return n > 0 }},
	}
	for _, t := range table {
		println(t.name, t.fn(-4), t.fn(3))
	}
	g := add
	g = mul
	println(g(6, 7))
	func(msg string) { println(msg) }("immediate")
}
