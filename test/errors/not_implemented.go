package main

type Shape interface{ Area() int }

type Circle struct{ r int }

func main() {
	var s Shape = Circle{1} // ERROR "cannot use Circle.* as (type )?Shape"
	println(s.Area())
}
