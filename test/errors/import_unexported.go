package main

import "llgotest/geom"

func main() {
	p := geom.Double(geom.Point{})
	println(p.X, geom.scale) // ERROR "scale not exported by package geom"
	println(geom.Missing)    // ERROR "undefined: geom.Missing"
}
