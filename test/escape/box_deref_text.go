package main

// Go writes a boxed dereference of a dereference with parentheses: `*(*p) escapes to heap`.

var sink interface{}

type V struct{ p **int }

func derefs(i **int) { // ERROR "i does not escape$"
	sink = **i // ERROR "\*\(\*i\) escapes to heap$"
}

func field(v *V) { // ERROR "v does not escape$"
	sink = **v.p // ERROR "\*\(\*v\.p\) escapes to heap$"
}

func main() {
	x := 1
	p := &x
	derefs(&p)
	field(&V{&p}) // ERROR "&V\{\.\.\.\} does not escape$"
	println(sink.(int))
}
