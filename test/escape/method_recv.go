package escape

type Buf struct {
	data []byte
	next *Buf
}

func (b *Buf) Len() int { return len(b.data) } // ERROR "b does not escape$"

func (b *Buf) Self() *Buf { return b } // ERROR "leaking param: b to result ~r0 level=0$"

func (b *Buf) Link(o *Buf) { b.next = o } // ERROR "b does not escape$" "leaking param: o$"

func (b Buf) Copy() Buf { return b } // ERROR "leaking param: b to result ~r0 level=0$"

func useBuf() int {
	var b Buf
	return b.Len()
}

func linkBufs() int {
	var a, b Buf // ERROR "moved to heap: b$"
	a.Link(&b)
	return a.Len()
}
