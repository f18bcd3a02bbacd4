package main

import (
	"llgotest/counter" // ERROR "imported and not used: .llgotest/counter."
	g "llgotest/geom"
)

func main() {
	println(g.Origin.X)
}
