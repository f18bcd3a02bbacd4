package main

import "llgotest/geom"

func main() {
	var p geom.Point
	println(p.X, p.hidden) // ERROR "p.hidden undefined \(type geom.Point has no field or method hidden\)"
	q := geom.Point{hidden: 1} // ERROR "unknown field"
	println(q.Moves())
}
