package main

func main() {
	x := 1 // ERROR "x declared but not used"
	y, z := 2, 3 // ERROR "z declared but not used"
	_ = y
}
