package main

var calls int

func t(name string) bool {
	calls++
	println("t", name)
	return true
}

func f(name string) bool {
	calls++
	println("f", name)
	return false
}

// Booleans, comparison results and short-circuit evaluation.
func main() {
	a, b := true, false
	println(a, b, !a, !b, a && b, a || b, a == b, a != b)
	println(f("1") && t("2"))
	println(t("3") || f("4"))
	println(t("5") && f("6") || t("7"))
	println(calls)
	x, y := 3, 5
	println(x < y, x > y, x <= 3, y >= 6, x == 3 && y == 5)
	var z bool
	println(z)
	z = x < y
	if z {
		println("z true")
	}
	m := map[bool]int{true: 1, false: 0}
	println(m[true], m[false], len(m))
	type pair struct{ p, q bool }
	println(pair{true, false} == pair{true, false}, pair{} == pair{true, false})
}
