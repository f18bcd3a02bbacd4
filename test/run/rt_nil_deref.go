package main

type Node struct {
	val  int
	next *Node
}

func last(n *Node) int {
	for n.next != nil {
		n = n.next
	}
	return n.val
}

// Dereferencing a nil pointer is a Go panic, not a bare crash.
func main() {
	list := &Node{1, &Node{2, &Node{3, nil}}}
	println(last(list))
	var empty *Node
	println("before")
	println(last(empty))
	println("not reached")
}
