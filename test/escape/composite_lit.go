package escape

type Point struct{ X, Y int }

var sink *Point

func litLocal() int {
	p := &Point{1, 2} // ERROR "&Point\{\.\.\.\} does not escape$"
	return p.X + p.Y
}

func litReturned() *Point {
	return &Point{3, 4} // ERROR "&Point\{\.\.\.\} escapes to heap$"
}

func litGlobal() {
	sink = &Point{5, 6} // ERROR "&Point\{\.\.\.\} escapes to heap$"
}

func litValue() Point {
	p := Point{7, 8}
	return p
}
