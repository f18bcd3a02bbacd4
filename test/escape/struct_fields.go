package escape

type Holder struct {
	p   *int
	val int
}

func fieldLocal() int {
	x := 1
	h := Holder{p: &x}
	return *h.p
}

func fieldReturned() Holder {
	x := 1 // ERROR "moved to heap: x$"
	return Holder{p: &x}
}

func fieldParam(h *Holder, x *int) { // ERROR "h does not escape$" "leaking param: x$"
	h.p = x
}

func fieldValueParam(h Holder) *int { // ERROR "leaking param: h to result ~r0 level=0$"
	return h.p
}

func setVal(h *Holder) { // ERROR "h does not escape$"
	h.val = 3
}
