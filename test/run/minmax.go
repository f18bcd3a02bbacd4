package main

// The min and max builtins over ints, floats and strings, with constants and variables.
func main() {
	a, b, c := 3, -7, 12
	println(min(a, b, c), max(a, b, c), min(a), max(b, c))
	x, y := 1.5, -2.25
	println(min(x, y), max(x, y, 0))
	println(min("pear", "apple", "fig"), max("pear", "apple", "fig"))
	const k = min(10, 20.5)
	println(k)
	var u8 uint8 = 200
	println(max(u8, 100), min(u8, 255))
	lo, hi := 1<<62, -1<<62
	for _, v := range []int{5, 9, -4, 17, 0} {
		lo = min(lo, v)
		hi = max(hi, v)
	}
	println(lo, hi)
	clamp := func(v, l, h int) int { return max(l, min(v, h)) }
	println(clamp(50, 0, 10), clamp(-5, 0, 10), clamp(5, 0, 10))
}
