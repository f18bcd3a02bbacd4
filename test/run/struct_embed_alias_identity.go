// struct{ int } and struct{ Int }, Int an alias of int, are different types: the embedded field is
// named after the alias (Go's fixedbugs/issue50190.go). Interface values of the two are unequal and
// a type switch tells them apart, though the runtime spells both "struct { int }".
package main

import "fmt"

type Int = int

type A = struct{ int }
type B = struct{ Int }

func kind(v interface{}) string {
	switch v.(type) {
	case A:
		return "A"
	case B:
		return "B"
	}
	return "other"
}

func main() {
	var x, y interface{} = A{1}, B{1}
	println(x == y, kind(x), kind(y))
	fmt.Printf("%T %T %v %v\n", x, y, x, y)
	m := map[interface{}]int{x: 1, y: 2}
	println(len(m), m[A{1}], m[B{1}])
}
