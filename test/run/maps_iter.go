package main

func sortStrings(a []string) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

// Iteration order is random, so the output only uses sums and sorted keys.
func main() {
	m := map[string]int{"pear": 3, "apple": 1, "fig": 7, "kiwi": 2, "banana": 5}
	sum := 0
	var keys []string
	for k, v := range m {
		sum += v
		keys = append(keys, k)
	}
	println(sum, len(keys))
	sortStrings(keys)
	for _, k := range keys {
		println(k, m[k])
	}
	n := 0
	for range m {
		n++
	}
	println(n)
	for k := range m {
		if len(k) <= 4 {
			delete(m, k)
		}
	}
	println(len(m), m["apple"], m["banana"])
	sq := map[int]int{}
	for i := 1; i <= 100; i++ {
		sq[i] = i * i
	}
	total := 0
	for k, v := range sq {
		total += k + v
	}
	println(total)
	for k := range sq {
		sq[k] = 0
	}
	total = 0
	for _, v := range sq {
		total += v
	}
	println(total, len(sq))
}
