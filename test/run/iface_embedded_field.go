// Methods promoted from an embedded interface field satisfy interfaces, through values and pointers.
package main

type I interface{ M() int }

type X int

func (x X) M() int { return int(x) * 2 }

type T struct{ I }

type P struct {
	*T
	n int
}

func main() {
	var i I = T{X(21)}
	println(i.M())
	t := T{X(1)}
	println(t.M())
	var j I = &P{T: &T{X(5)}}
	println(j.M())
}
