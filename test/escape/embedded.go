package escape

type Base struct{ id *int }

func (b *Base) ID() *int { return b.id } // ERROR "leaking param: b to result ~r0 level=1$"

type Derived struct {
	Base
	name string
}

func promoted(d *Derived) *int { // ERROR "leaking param: d to result ~r0 level=1$"
	return d.ID()
}

func build(x *int) Derived { // ERROR "leaking param: x to result ~r0 level=0$"
	return Derived{Base{x}, "d"}
}

func buildPtr() *Derived {
	v := 1 // ERROR "moved to heap: v$"
	return &Derived{Base: Base{&v}} // ERROR "&Derived\{\.\.\.\} escapes to heap$"
}
