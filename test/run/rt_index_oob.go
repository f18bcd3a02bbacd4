package main

func get(s []int, i int) int { return s[i] }

type ring struct {
	buf  []int
	head int
}

func (r *ring) push(v int) {
	r.buf[r.head%len(r.buf)] = v
	r.head++
}

// Indexing past the end panics: "index out of range [5] with length 3", exit status 2.
func main() {
	r := &ring{buf: make([]int, 3)}
	for i := 1; i <= 5; i++ {
		r.push(i * 10)
	}
	total := 0
	for i := 0; i < len(r.buf); i++ {
		total += get(r.buf, i)
	}
	println("total", total)
	defer println("deferred calls still run")
	idx := 5
	println(get(r.buf, idx))
	println("not reached")
}
