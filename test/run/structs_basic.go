package main

type Point struct {
	X, Y int
}

type Rect struct {
	Min, Max Point
	Name     string
}

func area(r Rect) int { return (r.Max.X - r.Min.X) * (r.Max.Y - r.Min.Y) }

func grow(r Rect) Rect {
	r.Max.X++
	r.Max.Y++
	return r
}

// Struct literals, nested fields, copies on assignment and call, comparison.
func main() {
	p := Point{1, 2}
	q := Point{Y: 5}
	println(p.X, p.Y, q.X, q.Y)
	r := Rect{Point{0, 0}, Point{3, 4}, "r"}
	println(area(r), r.Name)
	g := grow(r)
	println(area(r), area(g))
	c := r
	c.Min.X = -1
	println(r.Min.X, c.Min.X, r == c, r != c)
	c.Min.X = 0
	println(r == c)
	var z Rect
	println(z.Name == "", z.Max.X, z == Rect{})
	pp := &p
	pp.X = 10
	(*pp).Y = 20
	println(p.X, p.Y)
	anon := struct {
		a int
		b string
	}{1, "x"}
	println(anon.a, anon.b)
	pts := []Point{{1, 1}, {2, 2}}
	for _, pt := range pts {
		pt.X = 100
	}
	println(pts[0].X)
	for i := range pts {
		pts[i].X = 100
	}
	println(pts[0].X, pts[1].X)
	type wrapper struct{ arr [3]int }
	w1 := wrapper{[3]int{1, 2, 3}}
	w2 := w1
	w2.arr[0] = 9
	println(w1.arr[0], w2.arr[0], w1 == w2)
}
