package escape

type Item struct{ v int }

func rangeAddr(items []Item) *Item { // ERROR "leaking param: items to result ~r0 level=0$"
	var best *Item
	for i := range items {
		if best == nil || items[i].v > best.v {
			best = &items[i]
		}
	}
	return best
}

func rangeValueAddr(items []Item) int { // ERROR "leaking param content: items$"
	var ps []*Item
	for _, it := range items { // ERROR "moved to heap: it$"
		ps = append(ps, &it)
	}
	return len(ps)
}

func rangeArray() int {
	arr := [4]int{1, 2, 3, 4}
	t := 0
	for i := range arr {
		p := &arr[i]
		t += *p
	}
	return t
}
