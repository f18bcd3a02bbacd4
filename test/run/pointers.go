package main

type Node struct {
	val  int
	next *Node
}

func inc(p *int) { *p++ }

func swap(a, b *int) { *a, *b = *b, *a }

// Pointers to locals, fields and elements; new; pointer comparison (never printed).
func main() {
	x := 1
	p := &x
	inc(p)
	inc(&x)
	println(x, *p, p == &x)
	y := 10
	swap(&x, &y)
	println(x, y)
	q := new(int)
	println(*q, q != nil, q == p)
	*q = 5
	pp := &q
	**pp = 6
	println(*q)
	arr := [3]int{1, 2, 3}
	e := &arr[1]
	*e = 20
	println(arr[1])
	s := []int{1, 2, 3}
	f := &s[2]
	s[2] = 30
	println(*f)
	n := &Node{1, nil}
	n.next = &Node{2, nil}
	n.next.next = &Node{3, nil}
	sum := 0
	for c := n; c != nil; c = c.next {
		sum += c.val
	}
	println(sum)
	var np *Node
	println(np == nil, n.next.next.next == nil)
	fp := &n.val
	*fp = 100
	println(n.val)
	a, b := new(int), new(int)
	println(a == b, *a == *b)
	type pair struct{ a, b int }
	pr := &pair{1, 2}
	pr2 := pr
	pr2.a = 9
	println(pr.a)
}
