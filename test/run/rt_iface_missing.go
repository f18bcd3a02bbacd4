package main

type Shape interface{ Area() int }

type Circle struct{ r int }

type Square struct{ s int }

func (q Square) Area() int { return q.s * q.s }

// Asserting to an interface the dynamic type does not implement panics with the missing method.
func main() {
	things := []interface{}{Square{2}, Circle{2}, Square{3}}
	total := 0
	for _, t := range things {
		if s, ok := t.(Shape); ok {
			total += s.Area()
		}
	}
	println(total)
	var x interface{} = Circle{2}
	c := x.(Circle)
	println(c.r)
	s := x.(Shape)
	println(s.Area())
}
