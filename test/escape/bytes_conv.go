package escape

func bytesLocal(s string) int { // ERROR "s does not escape$"
	b := []byte(s) // ERROR "\(\[\]byte\)\(s\) does not escape$"
	return len(b)
}

func bytesReturned(s string) []byte { // ERROR "s does not escape$"
	return []byte(s) // ERROR "\(\[\]byte\)\(s\) escapes to heap$"
}

func stringFromBytes(b []byte) string { // ERROR "b does not escape$"
	return string(b) // ERROR "string\(b\) escapes to heap$"
}

func stringFromBytesLocal(b []byte) int { // ERROR "b does not escape$"
	s := string(b) // ERROR "string\(b\) does not escape$"
	return len(s)
}

func runesLocal(s string) int { // ERROR "s does not escape$"
	r := []rune(s) // ERROR "\(\[\]rune\)\(s\) does not escape$"
	return len(r)
}
