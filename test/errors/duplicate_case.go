package main

func main() {
	x := 1
	switch x {
	case 1:
		println("one")
	case 2, 1: // ERROR "duplicate case 1"
		println("again")
	}
}
