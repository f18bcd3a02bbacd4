package main

type Shape interface {
	Area() int
	Perimeter() int
}

type Named interface{ Name() string }

type NamedShape interface {
	Shape
	Named
}

type Rect struct{ w, h int }
type Square struct{ s int }

func (r Rect) Area() int       { return r.w * r.h }
func (r Rect) Perimeter() int  { return 2 * (r.w + r.h) }
func (r Rect) Name() string    { return "rect" }
func (s *Square) Area() int    { return s.s * s.s }
func (s *Square) Perimeter() int { return 4 * s.s }
func (s *Square) Name() string { return "square" }

func total(shapes []Shape) int {
	t := 0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

// Dynamic dispatch, embedded interfaces, interface-to-interface assignment.
func main() {
	shapes := []Shape{Rect{2, 3}, &Square{4}, Rect{1, 1}}
	println(total(shapes))
	var ns NamedShape = &Square{2}
	println(ns.Name(), ns.Area(), ns.Perimeter())
	var s Shape = ns
	println(s.Perimeter())
	var n Named = Rect{5, 5}
	println(n.Name())
	for _, sh := range shapes {
		if nm, ok := sh.(Named); ok {
			println(nm.Name(), sh.Area())
		}
	}
	sq := &Square{3}
	s = sq
	sq.s = 10
	println(s.Area())
	r := Rect{1, 2}
	s = r
	r.w = 100
	println(s.Area())
}
