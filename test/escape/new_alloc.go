package escape

type T struct{ a, b int }

func newLocal() int {
	p := new(int) // ERROR "new\(int\) does not escape$"
	*p = 3
	return *p
}

func newReturned() *int {
	return new(int) // ERROR "new\(int\) escapes to heap$"
}

func newStruct() *T {
	t := new(T) // ERROR "new\(T\) escapes to heap$"
	t.a = 1
	return t
}

func newLocalStruct() int {
	t := new(T) // ERROR "new\(T\) does not escape$"
	t.b = 2
	return t.a + t.b
}
