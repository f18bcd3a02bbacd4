package main

type Tree struct {
	left, right *Tree
	key         int
}

func insert(t *Tree, k int) *Tree {
	if t == nil {
		n := Tree{key: k}
		return &n
	}
	if k < t.key {
		t.left = insert(t.left, k)
	} else {
		t.right = insert(t.right, k)
	}
	return t
}

func walk(t *Tree, visit func(int)) {
	if t == nil {
		return
	}
	walk(t.left, visit)
	visit(t.key)
	walk(t.right, visit)
}

func height(t *Tree) int {
	if t == nil {
		return 0
	}
	return 1 + max2(height(t.left), height(t.right))
}

func max2(a, b int) int {
	if a > b {
		return a
	}
	return b
}

func full(d int) *Tree {
	if d == 0 {
		return nil
	}
	return &Tree{full(d - 1), full(d - 1), d}
}

// A binary search tree built by insertion in a loop, plus allocation-heavy full trees.
func main() {
	var root *Tree
	for i := 0; i < 20; i++ {
		root = insert(root, (i*37)%20)
	}
	walk(root, func(k int) { print(k, " ") })
	println()
	println(height(root))
	count := 0
	for i := 0; i < 20; i++ {
		t := full(10)
		walk(t, func(int) { count++ })
	}
	println(count)
}
