package del

type S struct {
	x *int
}

func f1() {
	i := 123 // ERROR "moved to heap: i$"
	var s S
	f2(i, s)
	f3(&i, s)
	f4(i, &s)
	f5(&i, &s)
}
func f2(x int, y S) { // ERROR "y does not escape$"
	y.x = &x
}
func f3(x *int, y S) { // ERROR "x does not escape$" "y does not escape$"
	y.x = x
}
func f4(x int, y *S) { // ERROR "y does not escape$" "moved to heap: x$"
	y.x = &x
}
func f5(x *int, y *S) { // ERROR "leaking param: x$" "y does not escape$"
	y.x = x
}
