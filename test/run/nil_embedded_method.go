// A promoted pointer method called through a nil pointer to the outer struct panics, whatever the
// embedded field's offset (Go computes &x.M, which needs x: its test/nilptr2.go), and so does one
// reached through a nil embedded pointer; a nil receiver of the method itself is no fault.
package main

type M struct{}

func (m *M) F() int { return 0 }

type M1 struct{ M }

type M2 struct {
	x int
	M
}

type M3 struct{ *M }

type M4 struct{ M3 }

func try(name string, f func()) {
	defer func() {
		println(name, recover() != nil)
	}()
	f()
}

func main() {
	var m *M
	var m1 *M1
	var m2 *M2
	var m4 M4
	try("nil receiver", func() { println(m.F()) })
	try("offset 0", func() { println(m1.F()) })
	try("offset 8", func() { println(m2.F()) })
	try("explicit", func() { println(m2.M.F()) })
	try("embedded nil pointer", func() { println(m4.F()) })
	m4.M3.M = &M{}
	try("set", func() { println(m4.F()) })
}
