package main

import "llgotest/cyca" // ERROR "import cycle not allowed"

func main() {
	println(cyca.A)
}
