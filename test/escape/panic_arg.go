package escape

type E struct{ msg string }

func panicInt(n int) {
	if n < 0 {
		panic(n) // ERROR "n escapes to heap$"
	}
}

func panicStruct() {
	panic(E{"bad"}) // ERROR "E\{\.\.\.\} escapes to heap$"
}

func panicPtr() {
	panic(&E{"worse"}) // ERROR "&E\{\.\.\.\} escapes to heap$"
}

func panicString(s string) { // ERROR "s does not escape$"
	panic("error: " + s) // ERROR ".error: . \+ s escapes to heap$"
}
