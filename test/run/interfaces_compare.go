package main

type T struct{ a int }

type E struct{}

func (E) Error() string { return "E" }

func mayFail(fail bool) error {
	var p *E
	if fail {
		return p
	}
	return nil
}

// Interface comparison: dynamic type and value; a nil pointer in an interface is not nil.
func main() {
	var a, b interface{}
	println(a == nil, a == b)
	a = 1
	b = 1
	println(a == b, a != nil)
	b = int64(1)
	println(a == b)
	a = "x"
	b = "x"
	println(a == b)
	a = T{1}
	b = T{1}
	println(a == b)
	b = T{2}
	println(a == b)
	t := &T{1}
	a = t
	b = t
	println(a == b)
	b = &T{1}
	println(a == b)
	err := mayFail(true)
	println(err == nil, err != nil)
	err = mayFail(false)
	println(err == nil)
	var x interface{} = 3
	println(x == 3, x == "3", x == 3.0)
	var e1, e2 error = E{}, E{}
	println(e1 == e2)
	var p *T
	var iface interface{} = p
	println(iface == nil, iface == (*T)(nil))
}
