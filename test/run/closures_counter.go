package main

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return f(g(x)) }
}

func adder(base int) (func(int), func() int) {
	return func(d int) { base += d }, func() int { return base }
}

// Closures capture variables by reference; each call of the maker gets fresh variables.
func main() {
	c1 := counter()
	c2 := counter()
	println(c1(), c1(), c1(), c2())
	f := fibGen()
	for i := 0; i < 10; i++ {
		print(f(), " ")
	}
	println()
	double := func(x int) int { return x * 2 }
	inc := func(x int) int { return x + 1 }
	println(compose(double, inc)(5), compose(inc, double)(5))
	add, get := adder(10)
	add(5)
	add(-3)
	println(get())
	x := 1
	set := func() { x = 42 }
	set()
	println(x)
	var rec func(int) int
	rec = func(n int) int {
		if n == 0 {
			return 1
		}
		return n * rec(n-1)
	}
	println(rec(10))
	func() {
		x++
	}()
	println(x)
}
