// small_objects: the runtime's and the escape pass's shortcuts for small objects must not be visible.
// Small maps keep their first table inside the map's own site (growth moves it out); string(b) of at
// most one byte comes from a constant table; local concatenations and conversions of run-time size
// use a stack buffer when they fit (so results kept across iterations must not share it); append
// rounds capacities up to Go's size classes.
package main

type pt struct{ x, y int }

func smallMap(n int) map[int]*pt {
	m := make(map[int]*pt)
	for i := 0; i < n; i++ {
		m[i] = &pt{i, -i}
	}
	return m
}

func mapIterGrow() int {
	m := map[int]int{1: 1, 2: 2, 3: 3}
	seen := 0
	for k := range m {
		if k < 100 {
			for j := 0; j < 20; j++ {
				m[100+k*100+j] = j
			}
		}
		seen++
	}
	return len(m)*1000 + seen
}

func bigValues() int {
	m := make(map[int][100]int, 2)
	for i := 0; i < 12; i++ {
		var v [100]int
		v[99] = i
		m[i] = v
	}
	t := 0
	for _, v := range m {
		t += v[99]
	}
	return t
}

func oneByte() uint32 {
	var b [256]byte
	for i := range b {
		b[i] = byte(255 - i)
	}
	h := uint32(2166136261)
	var keep []string
	for i := 0; i < 256; i++ {
		s := string(b[i : i+1])
		e := string(b[i:i])
		if len(s) != 1 || s[0] != b[i] || e != "" {
			println("bad one-byte string", i)
		}
		keep = append(keep, s)
	}
	for _, s := range keep {
		h = (h ^ uint32(s[0])) * 16777619
	}
	var nilb []byte
	if string(nilb) != "" {
		println("bad nil conversion")
	}
	return h
}

func keptAcrossIterations() string {
	var parts []string
	var bufs [][]byte
	for i := 0; i < 5; i++ {
		a := string(rune('a' + i))
		s := a + "-" + a
		parts = append(parts, s)
		bufs = append(bufs, []byte(s+s))
	}
	out := ""
	for i, p := range parts {
		out += p + string(bufs[i]) + ";"
	}
	return out
}

func localSizes() int {
	t := 0
	x := "0123456789abcdef"
	for n := 0; n < 8; n++ {
		s := x[:n*2] + x[:n*7%16] + x[:n]
		b := []byte(s)
		if len(b) > 0 {
			b[0] = 'Z'
		}
		c := string(b)
		if len(c) > 0 && c[0] != 'Z' {
			println("bad copy")
		}
		if s != "" && s[0] == 'Z' {
			println("conversion shares memory")
		}
		t += len(c)*10 + len(s)
	}
	return t
}

func caps() {
	var s []int
	last := -1
	for i := 0; i < 2000; i++ {
		s = append(s, i)
		if cap(s) != last {
			last = cap(s)
			print(last, " ")
		}
	}
	println()
	var b []byte
	for i := 0; i < 5000; i += 37 {
		b = append(b, make([]byte, 37)...)
		print(cap(b), " ")
	}
	println()
}

func main() {
	m := smallMap(5)
	m2 := smallMap(40)
	println(len(m), m[4].y, len(m2), m2[39].x)
	lit := map[string]int{"a": 1, "b": 2}
	lit["c"] = 3
	println(len(lit), lit["a"]+lit["b"]+lit["c"])
	println(mapIterGrow() > 3000, bigValues())
	println(oneByte())
	println(keptAcrossIterations())
	println(localSizes())
	caps()
}
