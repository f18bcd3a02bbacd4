// binary_trees: allocate and walk perfect binary trees (the Benchmarks Game's binary-trees, single
// threaded). Every node must reach the heap: the long-lived tree outlives the loops and the short-lived
// trees are built by a recursive function that returns them, so this measures the allocator and the
// collector more than the code.
package main

const size = 16 // smoke: 6

type node struct {
	left, right *node
}

// bottom_up builds a perfect tree of the given depth.
func bottomUp(depth int) *node {
	if depth <= 0 {
		return &node{}
	}
	return &node{bottomUp(depth - 1), bottomUp(depth - 1)}
}

// check counts the nodes of a tree.
func (n *node) check() int {
	if n.left == nil {
		return 1
	}
	return 1 + n.left.check() + n.right.check()
}

func main() {
	minDepth := 4
	maxDepth := size
	if maxDepth < minDepth+2 {
		maxDepth = minDepth + 2
	}
	stretch := maxDepth + 1
	println("stretch tree of depth", stretch, "check:", bottomUp(stretch).check())

	longLived := bottomUp(maxDepth)
	for depth := minDepth; depth <= maxDepth; depth += 2 {
		iterations := 1 << uint(maxDepth-depth+minDepth)
		sum := 0
		for i := 0; i < iterations; i++ {
			sum += bottomUp(depth).check()
		}
		println(iterations, "trees of depth", depth, "check:", sum)
	}
	println("long lived tree of depth", maxDepth, "check:", longLived.check())
}
