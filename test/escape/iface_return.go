package escape

type Shape interface{ Area() int }

type Sq struct{ s int }

func (q Sq) Area() int { return q.s * q.s }

type Rect struct{ w, h int }

func (r *Rect) Area() int { return r.w * r.h } // ERROR "r does not escape$"

func makeSq(n int) Shape {
	return Sq{n} // ERROR "Sq\{\.\.\.\} escapes to heap$"
}

func makeRect(w, h int) Shape {
	return &Rect{w, h} // ERROR "&Rect\{\.\.\.\} escapes to heap$"
}

func areaOf(s Shape) int { // ERROR "leaking param: s$"
	return s.Area()
}

func localShape() int {
	r := Rect{2, 3} // ERROR "moved to heap: r$"
	return areaOf(&r)
}
