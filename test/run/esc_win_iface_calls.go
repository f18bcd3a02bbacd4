// esc_win_iface_calls: llgo-lite summarises an interface method call over every method of that name
// and signature in the whole program: when none of them keeps the receiver or an argument, the
// boxed value or the pointer passed stays on the stack, where Go 1.19 sends it to the heap. When one
// possible target keeps it, it must reach the heap: the program keeps such pointers, reuses the stack
// through deep recursion, and reads them back.
package main

type Shape interface{ Area() int }

type Sq struct{ s int }

func (q *Sq) Area() int { return q.s * q.s }

type Rect struct{ w, h int }

func (r Rect) Area() int { return r.w * r.h }

type Thing interface{ Touch() int }

type Safe struct{ v int }

func (s *Safe) Touch() int { return s.v }

type Leaky struct{ v int }

var kept []*Leaky

func (l *Leaky) Touch() int {
	kept = append(kept, l)
	return l.v
}

type Sink interface{ Put(p *int) int }

type Reader struct{}

func (Reader) Put(p *int) int { return *p }

type Holder struct{}

var held []*int

func (Holder) Put(p *int) int {
	held = append(held, p)
	return *p
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

func shapes() int {
	sq := &Sq{3}
	var s Shape = sq
	sq.s = 10
	t := s.Area()
	r := Rect{1, 2}
	s = r
	r.w = 100
	return t + s.Area()
}

func things(k int) int {
	var t Thing = &Safe{k}
	n := t.Touch()
	t = &Leaky{k + 1}
	return n + t.Touch()
}

// mixed: the interface holds either type, so &Safe{} may reach Leaky.Touch's store: heap
func mixed(k int) int {
	var t Thing = &Safe{k}
	if k > 5 {
		t = &Leaky{k}
	}
	return t.Touch()
}

func sinks(k int, hold bool) int {
	var s Sink = Reader{}
	if hold {
		s = Holder{}
	}
	x := k
	return s.Put(&x)
}

func main() {
	println(shapes(), clobber(3))
	println(things(1), things(10))
	println(mixed(2), mixed(20), mixed(30))
	println(sinks(5, false), sinks(6, true), sinks(7, true))
	clobber(50)
	println(len(kept), kept[0].v, kept[1].v, kept[2].v, kept[3].v, len(held), *held[0], *held[1])
}
