// -m=2 statement steps: each escape here is one flow straight to its root, which Go explains with
// the statements llgo-lite tags (site.h rule 9): assign, return, call parameter, address-of.
package p

var gp *int
var gf func() int
var gt *T

type T struct{ v int }

func (t *T) Keep() { gt = t }

func (t T) Copy() *T { return &t }

func leak(p *int) { gp = p }

func retAddr(x int) *int {
	return &x
}

func retNew() *int {
	return new(int)
}

func retLit() *T {
	return &T{v: 1}
}

func pair(a, b int) (*int, *int) {
	return &a, &b
}

func main() {
	a := 1
	leak(&a)
	var t T
	t.Keep()
	c := 5
	gf = func() int { return c }
	gp = new(int)
	gt = &T{v: 2}
	u := T{v: 3}
	gt = u.Copy()
	var n int
	gp = &n
}
