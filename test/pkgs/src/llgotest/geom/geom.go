// Package geom is a test package for llgo-lite's import machinery: exported and unexported
// names, methods on imported types, package-level state initialised from another package.
package geom

import "llgotest/counter"

// Origin is initialised after counter's variables, since geom imports counter.
var Origin = Point{X: counter.Base, Y: counter.Next()}

type Point struct {
	X, Y   int
	hidden int
}

type Shape interface {
	Area() int
	Name() string
}

type Rect struct{ Min, Max Point }

func (r Rect) Area() int      { return (r.Max.X - r.Min.X) * (r.Max.Y - r.Min.Y) }
func (r Rect) Name() string   { return "rect" }
func (p *Point) Move(dx int)  { p.X += dx; p.hidden++ }
func (p Point) Moves() int    { return p.hidden }
func NewPoint(x, y int) *Point { return &Point{X: x, Y: y} }

func scale(p Point, k int) Point { return Point{X: p.X * k, Y: p.Y * k} }

// Double uses the unexported helper.
func Double(p Point) Point { return scale(p, 2) }

// Keep stores its argument in a package-level slice: it escapes.
var kept []*Point

func Keep(p *Point) int {
	kept = append(kept, p)
	return len(kept)
}

func init() {
	println("geom init", Origin.X, Origin.Y)
}
