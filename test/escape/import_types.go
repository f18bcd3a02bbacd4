package main

// Escape decisions for values of imported types and calls into other packages: the summaries of
// llgotest/geom's functions come from analysing that package, and -m speaks only of this file.

import "llgotest/geom"

func sum(p *geom.Point) int { return p.X + p.Y } // ERROR "p does not escape$"

func keepLocal() int {
	p := &geom.Point{X: 1, Y: 2} // ERROR "&geom\.Point\{\.\.\.\} escapes to heap$"
	return geom.Keep(p)
}

func local() int {
	q := geom.Point{X: 3}
	r := geom.Double(q)
	return sum(&q) + r.X
}

func viaIface(s geom.Shape) int { // ERROR "leaking param: s$"
	return s.Area()
}

func main() {
	println(keepLocal(), local(), viaIface(geom.Rect{}), sum(geom.NewPoint(1, 2))) // ERROR "geom\.Rect\{\} escapes to heap$"
}
