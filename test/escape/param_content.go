package escape

var sink *int

func leakContent(pp **int) { // ERROR "leaking param content: pp$"
	sink = *pp
}

func leakSliceContent(s []*int) { // ERROR "leaking param content: s$"
	sink = s[0]
}

type Wrapper struct{ p *int }

var wsink Wrapper

func leakStruct(w *Wrapper) { // ERROR "leaking param content: w$"
	wsink = *w
}

func noLeak(pp **int) int { // ERROR "pp does not escape$"
	return **pp
}
