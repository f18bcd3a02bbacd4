package escape

var g string

func concatLocal(a, b string) int { // ERROR "a does not escape$" "b does not escape$"
	s := a + b // ERROR "a \+ b does not escape$"
	return len(s)
}

func concatReturned(a, b string) string { // ERROR "a does not escape$" "b does not escape$"
	return a + b // ERROR "a \+ b escapes to heap$"
}

func concatGlobal(a string) { // ERROR "a does not escape$"
	g = a + "!" // ERROR "a \+ .!. escapes to heap$"
}

func concatLoop(parts []string) int { // ERROR "parts does not escape$"
	r := ""
	for _, p := range parts {
		r += p
	}
	return len(r)
}

func substr(s string) string { // ERROR "leaking param: s to result ~r0 level=0$"
	return s[1:3]
}
