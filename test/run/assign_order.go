// Assignment in Go's two phases (spec, Assignment statements): the left side's index and
// indirection operands and the right side's calls run first, left to right; then the stores run
// left to right, each with its own bounds, nil and map checks. Reading x[i] calls x's operand first.
package main

var trace string

func t(s string, v int) int {
	trace += s
	return v
}

func try(name string, f func()) {
	trace = ""
	defer func() {
		r := recover()
		println(name, trace, r != nil)
		if r != nil {
			println(" ", r.(error).Error())
		}
	}()
	f()
}

var g int

func sl() []int   { trace += "s"; return []int{1, 2, 3} }
func ar() *[3]int { trace += "a"; return &[3]int{4, 5, 6} }

func main() {
	a := []int{1, 2, 3}
	try("index-then-call", func() { a[t("i", 1)] = t("v", 7) })
	println(a[1])
	try("tuple", func() { a[t("i", 0)], a[t("j", 2)] = t("x", 5), t("y", 6) })
	println(a[0], a[2])
	try("bounds-after-calls", func() { g, a[t("i", 9)] = t("x", 1), t("y", 2) })
	println(g)
	try("bounds-first-target", func() { a[t("i", 9)], g = t("x", 3), t("y", 4) })
	println(g)
	var p *int
	try("nil-after-calls", func() { *p, g = t("x", 1), t("y", 5) })
	println(g)
	var nm map[string]int
	try("nilmap-after-calls", func() { nm[string(rune('a'+t("k", 0)))] = t("v", 1) })
	m := map[int]int{}
	for i := 0; i < 7; i++ {
		m[i] = i
	}
	try("two-keys", func() { m[t("a", 100)], m[t("b", 200)] = t("x", 1), t("y", 2) })
	println(len(m), m[100], m[200])
	arr := [3]int{}
	pa := &arr
	try("array-ptr", func() { pa[t("i", 2)], arr[t("j", 0)] = t("x", 8), t("y", 9) })
	println(arr[0], arr[2])
	s := []int{0, 0}
	i := 0
	try("swap-index", func() { i, s[i] = 1, 5 })
	println(i, s[0], s[1])
	try("read-index", func() { println(sl()[t("i", 1)], ar()[t("j", 2)], *&sl()[t("k", 0)]) })
}
