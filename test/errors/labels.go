package main

func main() {
unused: // ERROR "label unused defined and not used"
	for i := 0; i < 2; i++ {
		println(i)
	}
	goto missing // ERROR "label missing not defined"
}
