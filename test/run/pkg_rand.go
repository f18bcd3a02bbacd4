// math/rand: properties that hold for any good generator (llgo-lite's sequence is not Go's):
// ranges, permutations, determinism for a seed, Shuffle keeping the elements, panics on bad n.
package main

import (
	"fmt"
	"math/rand"
)

func inRange() bool {
	for i := 0; i < 1000; i++ {
		if v := rand.Intn(7); v < 0 || v >= 7 {
			return false
		}
		if f := rand.Float64(); f < 0 || f >= 1 {
			return false
		}
		if v := rand.Int63n(1 << 40); v < 0 || v >= 1<<40 {
			return false
		}
		if v := rand.Int31n(3); v < 0 || v >= 3 {
			return false
		}
	}
	return true
}

func isPerm(p []int) bool {
	seen := make([]bool, len(p))
	for _, v := range p {
		if v < 0 || v >= len(p) || seen[v] {
			return false
		}
		seen[v] = true
	}
	return true
}

func main() {
	fmt.Println("in range:", inRange())
	fmt.Println("perm:", isPerm(rand.Perm(50)), len(rand.Perm(0)))
	a, b := rand.New(rand.NewSource(42)), rand.New(rand.NewSource(42))
	same := true
	for i := 0; i < 100; i++ {
		same = same && a.Int63() == b.Int63()
	}
	fmt.Println("same seed, same sequence:", same)
	xs := []int{1, 2, 3, 4, 5, 6, 7, 8}
	rand.Shuffle(len(xs), func(i, j int) { xs[i], xs[j] = xs[j], xs[i] })
	sum := 0
	for _, x := range xs {
		sum += x
	}
	fmt.Println("shuffle keeps elements:", sum, isPerm(func() []int {
		p := make([]int, len(xs))
		for i, x := range xs {
			p[i] = x - 1
		}
		return p
	}()))
	buf := make([]byte, 13)
	n, err := rand.Read(buf)
	fmt.Println("read:", n, err)
	defer func() { fmt.Println("recovered:", recover()) }()
	rand.Intn(0)
}
