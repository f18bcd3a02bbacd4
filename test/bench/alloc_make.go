// alloc_make: small make calls in a loop. Each iteration makes a few short slices and a small map,
// some with a length known only at run time, fills them, reduces them and drops them.
package main

const size = 12000000 // smoke: 1000

func histogram(vals []int) int {
	counts := make([]int, 16)
	for _, v := range vals {
		counts[v&15]++
	}
	best := 0
	for i, c := range counts {
		if c > counts[best] {
			best = i
		}
	}
	return best
}

func main() {
	total := 0
	for i := 0; i < size; i++ {
		n := 4 + i&7
		vals := make([]int, n)
		for j := range vals {
			vals[j] = i*j + 7
		}
		total += histogram(vals)
		buf := make([]byte, 8, 32)
		for j := range buf {
			buf[j] = byte(i >> uint(j))
		}
		total += int(buf[3]) + cap(buf)
		if i%16 == 0 {
			m := make(map[int]int, 4)
			m[i&3] = i
			m[(i+1)&3] += 2
			total += len(m) + m[i&3]
		}
	}
	println(total)
}
