// Assigning a nil interface value to another interface type gives nil, not a panic (Go's
// test/interface/convert1.go); a non-nil one keeps its dynamic type and methods.
package main

type R interface{ R() int }
type RW interface {
	R() int
	W(int)
}

type file struct{ n int }

func (f *file) R() int  { return f.n }
func (f *file) W(n int) { f.n = n }

var e interface{}
var r R
var rw RW

func main() {
	r = rw
	e = r
	e = rw
	println(r == nil, e == nil)
	rw = &file{}
	rw.W(4)
	r = rw
	e = r
	println(r.R(), e.(RW).R(), e != nil)
	rw = nil
	r = rw
	println(r == nil)
	_ = r.R()
}
