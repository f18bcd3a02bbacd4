package main

import (
	"llgotest/counter"
	"llgotest/nosuch" // ERROR "not in GOROOT|cannot find package"
)

func main() {
	println(counter.Next())
}
