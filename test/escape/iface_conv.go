package escape

var sink interface{}

func toIfaceLocal(x int) bool {
	var i interface{} = x // ERROR "x does not escape$"
	return i == nil
}

func toIfaceGlobal(x int) {
	sink = x // ERROR "x escapes to heap$"
}

func toIfaceReturned(x int) interface{} {
	return x // ERROR "x escapes to heap$"
}

type T struct{ a, b int }

func structToIface(t T) interface{} {
	return t // ERROR "t escapes to heap$"
}

func ptrToIface(p *T) interface{} { // ERROR "leaking param: p to result ~r0 level=0$"
	return p
}
