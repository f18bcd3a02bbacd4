package main

type Shape interface{ Area() int }

type Sq struct{}

func (q *Sq) Area() int { return 0 }

func main() {
	var s Shape = &Sq{}
	v := s.(Sq) // ERROR "impossible type assertion"
	println(v.Area())
}
