package main

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func minmax(xs []int) (lo int, hi int) {
	lo, hi = xs[0], xs[0]
	for _, x := range xs[1:] {
		if x < lo {
			lo = x
		}
		if x > hi {
			hi = x
		}
	}
	return lo, hi
}

func three() (int, string, bool) { return 1, "two", true }

func pass() (int, int) { return divmod(17, 5) }

func named() (x int, s string) {
	x = 5
	s = "set"
	if x > 3 {
		return x * 2, s + "!"
	}
	return
}

func sum2(a, b int) int { return a + b }

// Multiple and named results, bare returns, passing results straight to a call.
func main() {
	q, r := divmod(17, 5)
	println(q, r)
	lo, hi := minmax([]int{3, -1, 8, 2})
	println(lo, hi)
	a, b, c := three()
	println(a, b, c)
	_, s, _ := three()
	println(s)
	println(pass())
	println(sum2(pass()))
	println(named())
	x, y := 1, 2
	x, y = y, x
	println(x, y)
	arr := []int{1, 2, 3}
	i := 0
	i, arr[i] = 1, 9
	println(i, arr[0], arr[1])
}
