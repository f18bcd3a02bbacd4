package p

// Sites Go 1.19 sends to the heap that llgo-lite keeps on the stack (beyond.llgo): every target of
// the interface call and of the func-value call keeps what it gets; inlining leaves a constructor's
// object in its caller's frame.

type Shape interface{ Area() int }

type Sq struct{ side int }

func (s Sq) Area() int { return s.side * s.side }

type Rect struct{ w, h int }

func (r *Rect) Area() int { return r.w * r.h }

func area(s Shape) int {
	return s.Area()
}

func Areas() int {
	sq := Sq{3}
	return area(sq) + area(&Rect{2, 5})
}

func apply(f func(*int) int) int {
	k := 2
	return f(&k)
}

func Applied() int {
	return apply(func(p *int) int { return *p + 1 })
}

type Acc struct{ vals [8]int }

func newAcc() *Acc { return &Acc{} }

func Fill(n int) int {
	a := newAcc()
	for i := 0; i < n; i++ {
		a.vals[i%8] += i
	}
	t := 0
	for i := 0; i < 8; i++ {
		t += a.vals[(i*3)%8]
	}
	return t
}
