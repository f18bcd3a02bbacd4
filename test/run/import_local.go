package main

// Imports of packages outside the standard library (test/pkgs/src, found through LLGO_PKGPATH by
// llgo-lite and GOPATH by Go): initialisation order across packages, renamed and blank imports,
// methods and interfaces of imported types, package-level variables of other packages.

import (
	"llgotest/counter"
	g "llgotest/geom"
)

var total = counter.Next() + g.Origin.X

func init() {
	println("main init", total)
}

func area(s g.Shape) int { return s.Area() }

func main() {
	p := g.NewPoint(1, 2)
	p.Move(3)
	p.Move(1)
	println(p.X, p.Y, p.Moves())
	d := g.Double(*p)
	println(d.X, d.Y)
	r := g.Rect{Min: g.Point{X: 1, Y: 1}, Max: g.Point{X: 4, Y: 5}}
	var s g.Shape = r
	println(area(s), s.Name(), area(r))
	for i := 0; i < 3; i++ {
		q := &g.Point{X: i}
		println("kept", g.Keep(q))
	}
	println(counter.Base, counter.Next(), g.Origin.Y)
	f := g.NewPoint
	println(f(7, 8).X)
}
