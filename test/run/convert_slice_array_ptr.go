// Conversions from a slice to an array pointer (Go 1.17): the pointer is the slice's own array, a
// nil slice gives nil, and a slice shorter than the array panics with Go's runtime error. The
// escape pass sees the pointer as the slice's array: an array returned or stored in a global
// lives on the heap.
package main

var sink *[4]int

func ret() *[4]int {
	s := make([]int, 4)
	return (*[4]int)(s)
}

func local() int {
	s := make([]int, 8)
	p := (*[4]int)(s)
	p[3] = 7
	return s[3]
}

func leak(s []int) {
	sink = (*[4]int)(s)
}

func scribble(n int) int {
	var buf [64]int
	for i := range buf {
		buf[i] = n
	}
	return buf[n%64]
}

type Slice []int
type Int4 [4]int
type PInt4 *[4]int

func try(f func()) {
	defer func() {
		if r := recover(); r != nil {
			println("recovered:", r.(error).Error())
		}
	}()
	f()
}

func main() {
	a := ret()
	b := ret()
	a[0], b[0] = 1, 2
	scribble(9)
	println(local(), a[0], b[0], a != b)

	leak(make([]int, 5))
	scribble(3)
	sink[1] = 11
	println(sink[0], sink[1])

	s := make([]byte, 8, 10)
	p := (*[8]byte)(s)
	p[7] = 'x'
	println(&p[0] == &s[0], s[7] == 'x')
	q := (*[2]byte)(s[6:])
	println(q[1] == 'x')

	var n []byte
	println((*[0]byte)(n) == nil)
	z := make([]byte, 0)
	println((*[0]byte)(z) != nil)

	ii := make(Slice, 4)
	ii[2] = 5
	println((*Int4)(ii)[2], PInt4(ii)[2])

	try(func() { _ = (*[9]byte)(s) })
	try(func() { _ = (*[1]byte)(n) })
	k := 3
	_ = (*[4]int)(make([]int, k))
}
