package main

func main() {
	x := 1
	switch x {
	case 1:
		println("one")
	case 2:
		fallthrough // ERROR "cannot fallthrough final case in switch"
	}
}
