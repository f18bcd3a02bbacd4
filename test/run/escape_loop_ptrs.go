package main

type Item struct {
	id   int
	name string
}

// Pointers to loop-local variables kept across iterations must each point to their own object.
func main() {
	var keep []*Item
	for i := 0; i < 5; i++ {
		it := Item{i, "item"}
		keep = append(keep, &it)
	}
	for _, p := range keep {
		print(p.id, " ")
	}
	println()
	var prev *int
	sum := 0
	for i := 0; i < 10; i++ {
		v := i * i
		if prev != nil {
			sum += *prev
		}
		prev = &v
	}
	println(sum, *prev)
	var best *Item
	for i := 0; i < 6; i++ {
		cand := Item{id: (i * 7) % 6}
		if best == nil || cand.id > best.id {
			best = &cand
		}
	}
	println(best.id)
	ptrs := make([]*int, 0, 4)
	for i := 0; i < 4; i++ {
		var x int
		x += i
		ptrs = append(ptrs, &x)
	}
	for _, p := range ptrs {
		*p *= 10
	}
	println(*ptrs[0], *ptrs[1], *ptrs[2], *ptrs[3])
	var local [3]int
	lp := &local
	for i := range lp {
		lp[i] = i + 1
	}
	println(local[0] + local[1] + local[2])
}
