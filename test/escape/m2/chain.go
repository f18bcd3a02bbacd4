package main

// -m=2 when a variable's address is stored in another variable that is itself on the heap: the
// flow names that variable (`flow: p1 = &p0:`), or the storage of a literal.

var sink interface{}

type Node struct{ next *Node }

func chain() {
	i := 0
	p0 := &i
	p1 := &p0
	p2 := &p1
	sink = &p2
}

func literal() {
	n := Node{}
	sink = &Node{next: &n}
}

func main() {
	chain()
	literal()
}
