// Methods promoted through many levels of embedding are in the method set: an interface
// conversion of the outer value finds M 24 levels down, through values and through pointers
// (the lookup that built the method tables stopped at 16 levels, and the call jumped nowhere).
package main

type I interface{ M() int }

type J interface{ P() int }

type T24 struct{ v int }

func (t T24) M() int { return t.v + 7 }

func (t *T24) P() int { return t.v * 2 }

type T23 struct{ T24 }
type T22 struct{ *T23 }
type T21 struct{ T22 }
type T20 struct{ T21 }
type T19 struct{ T20 }
type T18 struct{ T19 }
type T17 struct{ *T18 }
type T16 struct{ T17 }
type T15 struct{ T16 }
type T14 struct{ T15 }
type T13 struct{ T14 }
type T12 struct{ *T13 }
type T11 struct{ T12 }
type T10 struct{ T11 }
type T9 struct{ T10 }
type T8 struct{ T9 }
type T7 struct{ *T8 }
type T6 struct{ T7 }
type T5 struct{ T6 }
type T4 struct{ T5 }
type T3 struct{ T4 }
type T2 struct{ *T3 }
type T1 struct{ T2 }
type T0 struct{ T1 }

// A cycle of embedded pointers is a valid type; its method set ends.
type Node struct {
	*Node
	val int
}

func (n *Node) Val() int { return n.val }

func main() {
	var t T0
	t.T1.T2.T3 = &T3{}
	t.T1.T2.T3.T4.T5.T6.T7.T8 = &T8{}
	t.T1.T2.T3.T4.T5.T6.T7.T8.T9.T10.T11.T12.T13 = &T13{}
	t.T1.T2.T3.T4.T5.T6.T7.T8.T9.T10.T11.T12.T13.T14.T15.T16.T17.T18 = &T18{}
	t.T1.T2.T3.T4.T5.T6.T7.T8.T9.T10.T11.T12.T13.T14.T15.T16.T17.T18.T19.T20.T21.T22.T23 = &T23{}
	t.T1.T2.T3.T4.T5.T6.T7.T8.T9.T10.T11.T12.T13.T14.T15.T16.T17.T18.T19.T20.T21.T22.T23.T24.v = 5
	println(t.M())
	var i I = t
	println(i.M())
	var j J = t
	println(j.P())
	n := &Node{val: 3}
	n.Node = &Node{val: 4}
	var v interface{ Val() int } = n
	println(v.Val(), n.Node.Val())
}
