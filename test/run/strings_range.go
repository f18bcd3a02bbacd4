package main

// Ranging over strings decodes UTF-8, invalid bytes become U+FFFD.
func main() {
	s := "aé世😀"
	println(len(s))
	for i, r := range s {
		println(i, r, string(r))
	}
	bad := "a\xffb\xe4\xb8"
	for i, r := range bad {
		println(i, r)
	}
	n := 0
	for range s {
		n++
	}
	println(n)
	for i := range "xyz" {
		print(i, " ")
	}
	println()
	var last rune
	for _, r := range "héllo" {
		last = r
	}
	println(last)
	println(string(rune(0x4e16)), string(rune(-1)), string(rune(0x10ffff+1)) == "\ufffd")
}
