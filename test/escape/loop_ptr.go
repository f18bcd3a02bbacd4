package escape

func keepLast() int {
	var last *int
	for i := 0; i < 10; i++ {
		v := i // ERROR "moved to heap: v$"
		last = &v
	}
	return *last
}

func perIteration() int {
	t := 0
	for i := 0; i < 10; i++ {
		v := i
		p := &v
		t += *p
	}
	return t
}

type Node struct {
	next *Node
	v    int
}

func buildList(n int) *Node {
	var head *Node
	for i := 0; i < n; i++ {
		head = &Node{head, i} // ERROR "&Node\{\.\.\.\} escapes to heap$"
	}
	return head
}
