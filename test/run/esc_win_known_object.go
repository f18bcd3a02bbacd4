// esc_win_known_object: a store through a pointer that llgo-lite knows points into one local object
// (`n := &Node{}; n.next = &Node{}`) is a store into that object, not into unknown memory: when the
// object stays on the stack, so does what is stored in it. Go 1.19 sends every `p.f = &x` through a
// pointer to the heap. The neighbours must still reach the heap: the same store when the object is
// returned or published, through a parameter, and a list built in a loop; the program reads every
// list back after deep recursion has reused the stack.
package main

type Node struct {
	v    int
	next *Node
}

type Reg struct {
	items map[string]int
	first *Node
}

func walk(n *Node) int {
	t := 0
	for c := n; c != nil; c = c.next {
		t = t*10 + c.v
	}
	return t
}

func clobber(d int) int {
	var pad [64]int
	for i := range pad {
		pad[i] = -d - 1
	}
	if d == 0 {
		return pad[3]
	}
	return clobber(d-1) + pad[5]
}

// local: the three nodes stay on the stack (a win)
func local(a int) int {
	n := &Node{a, nil}
	n.next = &Node{a + 1, nil}
	n.next.next = &Node{a + 2, nil}
	clobber(10)
	return walk(n)
}

// returned: the object escapes, so what is stored in it must too
func returned(a int) *Node {
	n := &Node{a, nil}
	n.next = &Node{a + 1, nil}
	n.next.next = &Node{a + 2, nil}
	return n
}

var published *Node

func publish(a int) {
	n := &Node{a, nil}
	published = n
	n.next = &Node{a + 1, nil}
}

// attach stores through a parameter: the node must go to the heap
func attach(p *Node, v int) {
	p.next = &Node{v, nil}
}

func build(k int) *Node {
	var head *Node
	for i := 0; i < k; i++ {
		head = &Node{i, head}
	}
	return head
}

func main() {
	println(local(1), local(4))
	r := returned(5)
	publish(7)
	root := &Node{1, nil}
	attach(root, 2)
	keep := &Node{3, nil}
	attach(keep, 4)
	published.next.next = keep
	h := build(6)
	clobber(40)
	println(walk(r), walk(published), walk(root), walk(h))
	reg := Reg{}
	reg.items = map[string]int{}
	reg.items["a"] = 1
	reg.first = &Node{9, nil}
	reg.first.next = &Node{8, nil}
	clobber(20)
	println(len(reg.items), reg.items["a"], walk(reg.first))
}
