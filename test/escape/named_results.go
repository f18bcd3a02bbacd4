package escape

func namedAddr() (r int) {
	p := &r
	*p = 5
	return
}

func namedReturnedAddr() (r int, p *int) { // ERROR "moved to heap: r$"
	p = &r
	return
}

func namedPtr(x *int) (out *int) { // ERROR "leaking param: x to result out level=0$"
	out = x
	return
}
