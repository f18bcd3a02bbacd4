package escape

type Reader interface {
	Read(p []byte) int
}

func readAll(r Reader) int { // ERROR "leaking param: r$"
	buf := make([]byte, 16) // ERROR "make\(\[\]byte, 16\) escapes to heap$"
	return r.Read(buf)
}

type Adder interface {
	Add(p *int)
}

func addTo(a Adder) int { // ERROR "leaking param: a$"
	x := 5 // ERROR "moved to heap: x$"
	a.Add(&x)
	return x
}

type impl struct{ last *int }

func (i *impl) Add(p *int) { i.last = p } // ERROR "i does not escape$" "leaking param: p$"
