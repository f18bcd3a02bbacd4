// The second round after inlining (beyond Go): a constructor's object moves to the stack in the
// callers where, once inlined, its address stays in the frame and the loop iteration. Where it is
// kept (a global, a list carried from one iteration to the next, a result), it must stay on the
// heap: scribble overwrites the stack before the kept objects are read back.
package main

type Node struct {
	v    int
	next *Node
	pad  [6]int
}

func newNode(v int) *Node { return &Node{v: v} }

func local(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		p := newNode(i)
		p.pad[i%6] = i
		s += p.v + p.pad[i%6]
	}
	return s
}

func chain(n int) *Node {
	var head *Node
	for i := 0; i < n; i++ {
		p := newNode(i)
		p.next = head
		head = p
	}
	return head
}

var global *Node

func keep(v int) int {
	p := newNode(v)
	global = p
	return p.v
}

func last(n int) *Node {
	var prev *Node
	for i := 0; i < n; i++ {
		prev = newNode(i * 3)
	}
	return prev
}

type Buf struct {
	data [16]int
	n    int
}

func newBuf() *Buf { return &Buf{} }

func (b *Buf) push(v int) {
	b.data[b.n%16] = v
	b.n++
}

// fill's buffer moves to the stack once newBuf and push are inlined (the second round).
func fill(n int) int {
	b := newBuf()
	for i := 0; i < n; i++ {
		b.push(i * i)
	}
	s := 0
	for i := 0; i < 16; i++ {
		s += b.data[(i*7)%16]
	}
	return s + b.n
}

var bufs []*Buf

// kept's buffers are carried out of the loop in a slice: heap.
func kept(n int) int {
	for i := 0; i < n; i++ {
		b := newBuf()
		b.push(i)
		bufs = append(bufs, b)
	}
	return len(bufs)
}

func scribble(n int) int {
	var a [32]int
	for i := range a {
		a[i] = n*17 + i
	}
	if n == 0 {
		return a[3]
	}
	return scribble(n-1) + a[n%32]
}

func main() {
	total := 0
	for k := 0; k < 50; k++ {
		total += local(k) + fill(k)
	}
	total += kept(3)
	h := chain(5)
	total += keep(7)
	l := last(4)
	println(total, scribble(30))
	for p := h; p != nil; p = p.next {
		print(p.v, " ")
	}
	println()
	println(global.v, l.v)
	for _, b := range bufs {
		print(b.data[0], b.n, " ")
	}
	println()
}
