package escape

func identity(p *int) *int { // ERROR "leaking param: p to result ~r0 level=0$"
	return p
}

func deref(pp **int) *int { // ERROR "leaking param: pp to result ~r0 level=1$"
	return *pp
}

type Box struct{ p *int }

func unbox(b *Box) *int { // ERROR "leaking param: b to result ~r0 level=1$"
	return b.p
}

func unboxValue(b Box) *int { // ERROR "leaking param: b to result ~r0 level=0$"
	return b.p
}

func first(s []*int) *int { // ERROR "leaking param: s to result ~r0 level=1$"
	return s[0]
}
