package main

// Maps of maps, maps of slices and maps of structs; map values are not addressable, so update by copy.
type Account struct {
	owner   string
	balance int
}

func main() {
	graph := map[string]map[string]int{}
	add := func(a, b string, w int) {
		if graph[a] == nil {
			graph[a] = map[string]int{}
		}
		graph[a][b] = w
	}
	add("a", "b", 1)
	add("a", "c", 4)
	add("b", "c", 2)
	add("c", "a", 7)
	println(len(graph), len(graph["a"]), graph["a"]["c"], graph["b"]["c"], graph["x"]["y"])
	total := 0
	for _, edges := range graph {
		for _, w := range edges {
			total += w
		}
	}
	println(total)
	accts := map[int]Account{1: {"ann", 100}}
	a := accts[1]
	a.balance += 50
	accts[1] = a
	println(accts[1].owner, accts[1].balance)
	ptrs := map[int]*Account{2: {"bob", 10}}
	ptrs[2].balance *= 3
	println(ptrs[2].balance)
	lists := map[string][]int{}
	for i := 0; i < 10; i++ {
		k := "odd"
		if i%2 == 0 {
			k = "even"
		}
		lists[k] = append(lists[k], i)
	}
	println(len(lists["even"]), lists["even"][4], lists["odd"][0])
	ref := graph["a"]
	ref["z"] = 26
	println(graph["a"]["z"], len(graph["a"]))
	delete(graph, "a")
	println(len(graph), len(ref))
}
