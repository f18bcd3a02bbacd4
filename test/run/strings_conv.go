package main

// Conversions between strings, byte slices and rune slices.
func main() {
	s := "héllo"
	b := []byte(s)
	println(len(b), cap(b) >= len(b), b[0], b[1], b[2])
	b[0] = 'H'
	println(string(b), s)
	r := []rune(s)
	println(len(r), r[1])
	r[1] = 'e'
	println(string(r))
	println(string(b[1:3]))
	var nb []byte
	println(string(nb) == "", len(string(nb)))
	bs := []byte("abc")
	bs = append(bs, "def"...)
	println(string(bs), len(bs))
	x := string([]rune{0x41, 0x263a, 0x1f600})
	println(x, len(x))
	var by byte = 'z'
	println(string(rune(by)))
	n := 0
	for _, c := range []byte("hello") {
		n += int(c)
	}
	println(n)
	copy(b, "JJ")
	println(string(b))
	rs := []rune("日本語")
	for i := len(rs) - 1; i >= 0; i-- {
		print(string(rs[i]))
	}
	println()
}
