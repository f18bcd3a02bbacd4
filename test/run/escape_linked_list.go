package main

type Node struct {
	val  int
	next *Node
}

func build(n int) *Node {
	var head *Node
	for i := n; i > 0; i-- {
		node := Node{i, head}
		head = &node
	}
	return head
}

func reverse(h *Node) *Node {
	var prev *Node
	for h != nil {
		next := h.next
		h.next = prev
		prev = h
		h = next
	}
	return prev
}

func length(h *Node) int {
	n := 0
	for ; h != nil; h = h.next {
		n++
	}
	return n
}

// A linked list built in a loop from loop-local nodes, then reversed and walked.
func main() {
	l := build(1000)
	println(length(l), l.val, l.next.val)
	r := reverse(l)
	println(r.val, r.next.val, length(r))
	var tail *Node
	for i := 0; i < 3; i++ {
		x := Node{val: i * 100}
		x.next = tail
		tail = &x
	}
	for n := tail; n != nil; n = n.next {
		print(n.val, " ")
	}
	println()
	sum := 0
	for i := 0; i < 200; i++ {
		h := build(50)
		sum += length(h) + h.val
	}
	println(sum)
}
