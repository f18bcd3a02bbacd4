// alloc_closures: closures made in a loop. Each iteration captures loop variables in function values
// that are passed to higher-order helpers, returned by a constructor, or kept in a small local table
// of functions; none outlives its iteration.
package main

const size = 12500000 // smoke: 1000

func apply(n int, f func(int) int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += f(i)
	}
	return s
}

func adder(k int) func(int) int {
	return func(x int) int { return x + k }
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return f(g(x)) }
}

func main() {
	total := 0
	for i := 0; i < size; i++ {
		k := i & 255
		total += apply(4, func(x int) int { return x*k + i })
		h := compose(adder(k), adder(i))
		total += h(3)
		table := []func() int{
			func() int { return k },
			func() int { return i >> 3 },
		}
		for _, f := range table {
			total += f()
		}
		counter := 0
		bump := func() { counter += k }
		bump()
		bump()
		total += counter
	}
	println(total)
}
