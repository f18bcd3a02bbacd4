package main

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func join(sep string, parts ...string) string {
	r := ""
	for i, p := range parts {
		if i > 0 {
			r += sep
		}
		r += p
	}
	return r
}

func count(xs ...interface{}) int { return len(xs) }

func modify(xs ...int) {
	if len(xs) > 0 {
		xs[0] = 99
	}
}

// Variadic parameters: no arguments, several, and a slice passed with ...
func main() {
	println(sum(), sum(1), sum(1, 2, 3))
	s := []int{4, 5, 6}
	println(sum(s...))
	println(join(", ", "a", "b", "c"), join("-"), join("+", "x"))
	parts := []string{"p", "q"}
	println(join("/", parts...))
	println(count(), count(1, "a", nil, 2.5), count(nil))
	modify(s...)
	println(s[0])
	modify(1, 2)
	var nilslice []int
	println(sum(nilslice...))
	f := sum
	println(f(10, 20))
	iface := []interface{}{1, 2}
	println(count(iface...))
}
