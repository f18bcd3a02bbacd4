package escape

type List struct {
	head *Elem
	n    int
}

type Elem struct {
	v    int
	next *Elem
}

func (l *List) Push(v int) { // ERROR "leaking param content: l$"
	l.head = &Elem{v, l.head} // ERROR "&Elem\{\.\.\.\} escapes to heap$"
	l.n++
}

func (l *List) Sum() int { // ERROR "l does not escape$"
	s := 0
	for e := l.head; e != nil; e = e.next {
		s += e.v
	}
	return s
}

func useList() int {
	var l List
	l.Push(1)
	l.Push(2)
	return l.Sum()
}
