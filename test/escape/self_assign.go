package main

// Go ignores an assignment between two fields or elements of the same operand (`p.a = p.b`):
// nothing new flows into *p, so p does not leak. An index with a call in it is an
// ordinary assignment through a pointer.

type Pair struct {
	a, b *int
}

type Box struct {
	pair  Pair
	pairs [2]Pair
}

var sink interface{}

func zero() int { return 0 }

func fields(p *Pair) { // ERROR "p does not escape$"
	p.a = p.b // ERROR "fields ignoring self-assignment in p\.a = p\.b$"
}

func nested(b *Box) { // ERROR "b does not escape$"
	b.pair.a = b.pair.b // ERROR "nested ignoring self-assignment in b\.pair\.a = b\.pair\.b$"
}

func elements(b *Box) { // ERROR "b does not escape$"
	b.pairs[0] = b.pairs[1] // ERROR "elements ignoring self-assignment in b\.pairs\[0\] = b\.pairs\[1\]$"
}

func swap(p *Pair) { // ERROR "p does not escape$"
	p.a, p.b = p.b, p.a // ERROR "swap ignoring self-assignment in p\.a, p\.b = p\.b, p\.a$"
}

func callInIndex(b *Box) { // ERROR "leaking param content: b$"
	b.pairs[zero()] = b.pairs[1]
}

func (p *Pair) method() { // ERROR "p does not escape$"
	p.b = p.a // ERROR "\(\*Pair\)\.method ignoring self-assignment in p\.b = p\.a$"
}

func main() {
	i, j := 1, 2
	p := Pair{&i, &j}
	fields(&p)
	swap(&p)
	p.method()
	var b Box
	nested(&b)
	elements(&b)
	callInIndex(&b)
	println(*p.a, *p.b)
}
