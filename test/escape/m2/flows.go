package main

// -m=2 explanations for one-step flows: address-of returned or stored in a global, a parameter
// returned or stored, composite literals, boxes, closures, sizes.

var sink interface{}
var gp *int

type T struct{ p *int }

func ret() *int {
	x := 1
	return &x
}

func global() {
	y := 2
	gp = &y
}

func param(q *int) {
	gp = q
}

func result(p *int) *int {
	return p
}

func content(p **int) *int {
	return *p
}

func contentHeap(p **int) {
	gp = *p
}

func box() {
	v := 4
	sink = v
}

func lit() *T {
	return &T{}
}

func litHeap() {
	sink = &T{}
}

func closure() func() int {
	x := 1
	return func() int { return x + 1 }
}

func sized(n int) []int {
	s := make([]int, n)
	return s
}

func main() {
	println(*ret())
	global()
	i := 3
	param(&i)
	println(*result(&i))
	p := &i
	println(*content(&p))
	contentHeap(&p)
	box()
	println(lit().p == nil)
	litHeap()
	println(closure()())
	println(len(sized(4)))
}
