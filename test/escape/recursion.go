package escape

type Tree struct {
	l, r *Tree
	v    int
}

func depth(t *Tree) int { // ERROR "t does not escape$"
	if t == nil {
		return 0
	}
	return 1 + depth(t.l) + depth(t.r)
}

func insert(t *Tree, v int) *Tree { // ERROR "leaking param: t$"
	if t == nil {
		return &Tree{v: v} // ERROR "&Tree\{\.\.\.\} escapes to heap$"
	}
	if v < t.v {
		t.l = insert(t.l, v)
	} else {
		t.r = insert(t.r, v)
	}
	return t
}

func ping(p *int, n int) int { // ERROR "p does not escape$"
	if n == 0 {
		return *p
	}
	return pong(p, n-1)
}

func pong(p *int, n int) int { // ERROR "p does not escape$"
	return ping(p, n)
}
