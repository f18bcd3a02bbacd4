package main

type Obj struct {
	id   int
	data [8]int
	next *Obj
}

// Many short-lived allocations with a few long-lived survivors; the totals check nothing was lost.
func main() {
	var survivors []*Obj
	total := 0
	for i := 0; i < 20000; i++ {
		o := &Obj{id: i}
		o.data[i%8] = i
		if i%1000 == 0 {
			survivors = append(survivors, o)
		}
		total += o.data[i%8]
	}
	println(total, len(survivors))
	s := 0
	for _, o := range survivors {
		s += o.id + o.data[o.id%8]
	}
	println(s)
	var chainHead *Obj
	for i := 0; i < 5000; i++ {
		chainHead = &Obj{id: i, next: chainHead}
		_ = make([]byte, 100)
	}
	n := 0
	for o := chainHead; o != nil; o = o.next {
		n += o.id
	}
	println(n)
	strs := []string{}
	for i := 0; i < 300; i++ {
		strs = append(strs, string(rune('a'+i%26))+"xyz")
	}
	l := 0
	for _, st := range strs {
		l += len(st)
	}
	println(l, strs[27])
	big := make([]int, 1<<16)
	for i := range big {
		big[i] = i
	}
	println(big[65535], len(big))
}
