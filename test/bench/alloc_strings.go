// alloc_strings: string building. Each iteration formats integers into byte buffers, concatenates
// strings with +, converts between string and []byte, and compares the result; the strings are
// dropped at the end of the iteration.
package main

const size = 3000000 // smoke: 1000

// itoa writes the decimal digits of v (>= 0) into a fresh string.
func itoa(v int) string {
	var buf [20]byte
	i := len(buf)
	for {
		i--
		buf[i] = byte('0' + v%10)
		v /= 10
		if v == 0 {
			break
		}
	}
	return string(buf[i:])
}

func join(parts []string, sep string) string {
	s := ""
	for i, p := range parts {
		if i > 0 {
			s += sep
		}
		s += p
	}
	return s
}

func main() {
	total := 0
	hash := uint32(2166136261)
	for i := 0; i < size; i++ {
		a := itoa(i)
		b := itoa(i * 7)
		s := "key-" + a + "/" + b
		parts := []string{a, b, s}
		j := join(parts, ",")
		bs := []byte(j)
		bs[0] = 'x'
		t := string(bs)
		if t != j {
			total++
		}
		for k := 0; k < len(t); k++ {
			hash = (hash ^ uint32(t[k])) * 16777619
		}
		total += len(s)
	}
	println(total, hash)
}
