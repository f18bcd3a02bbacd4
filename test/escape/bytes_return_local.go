package escape

func encode(n int) []byte {
	var buf [8]byte // ERROR "moved to heap: buf$"
	for i := range buf {
		buf[i] = byte(n >> (8 * i))
	}
	return buf[:]
}

func encodeLocal(n int) int {
	var buf [8]byte
	s := buf[:]
	s[0] = byte(n)
	return int(s[0])
}

func fill(dst []byte) { // ERROR "dst does not escape$"
	for i := range dst {
		dst[i] = 1
	}
}
