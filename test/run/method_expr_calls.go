// Method expressions called directly: value and pointer receivers, methods promoted through
// embedded values and pointers, variadic methods.
package main

type T struct{ x int }

func (t *T) Sum(args ...int) int {
	s := 0
	for _, a := range args {
		s += a
	}
	return s
}

type U struct{ *T }

func (t T) Val(k int) int { return t.x + k }

func main() {
	println((*T).Sum(nil, 1, 3, 5, 6))
	println(T.Val(T{2}, 3))
	println((*U).Sum(&U{}, 1, 3))
	println(U.Sum(U{}, 1, 3, 5, 1))
}
