package main

type Shape interface{ Area() int }

type Sq struct{ s int }

func (q Sq) Area() int { return q.s * q.s }

// A failed type assertion without comma-ok panics with an interface conversion error.
func main() {
	var x interface{} = "text"
	s := x.(string)
	println(s)
	_, ok := x.(int)
	println(ok)
	var sh Shape = Sq{3}
	println(sh.(Sq).Area())
	n := x.(int)
	println("not reached", n)
}
