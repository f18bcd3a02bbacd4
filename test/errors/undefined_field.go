package main

type Point struct{ X, Y int }

func main() {
	p := Point{1, 2}
	println(p.Z) // ERROR "p\.Z undefined"
	p.Move() // ERROR "p\.Move undefined"
}
