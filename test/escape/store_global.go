package escape

var global *int
var globalSlice []*int

func storeLocal() {
	x := 1 // ERROR "moved to heap: x$"
	global = &x
}

func storeParam(p *int) { // ERROR "leaking param: p$"
	global = p
}

func appendGlobal(p *int) { // ERROR "leaking param: p$"
	globalSlice = append(globalSlice, p)
}

func readGlobal() int {
	return *global
}
