package main

func f() int { return 1 }

func main() {
	x := 2
	x + 1 // ERROR "is not used"
	f // ERROR "is not used"
}
