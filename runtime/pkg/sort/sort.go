// Package sort: sorting of slices and user-defined collections, and binary search.
//
// Sort is an introsort of our own: quicksort with a median-of-three pivot (ninther on long ranges),
// insertion sort below 12 elements, heapsort when the recursion gets too deep, so O(n log n) always.
// Go 1.19 uses pdqsort; both are unstable, and elements that compare equal may end in a different
// order than Go puts them (Go promises no order for them either). Stable is insertion sort on blocks
// of 20 followed by in-place merging by rotations (SymMerge, Kim and Kutzner 2004): O(n log n) Less
// calls and O(n log² n) swaps with no extra memory, which is what the Interface allows.
package sort

// An implementation of Interface can be sorted by the routines in this package. The methods refer
// to elements of the underlying collection by integer index.
type Interface interface {
	// Len is the number of elements in the collection.
	Len() int
	// Less reports whether the element with index i must sort before the element with index j.
	Less(i, j int) bool
	// Swap swaps the elements with indexes i and j.
	Swap(i, j int)
}

// Sort sorts data in ascending order as determined by the Less method. It makes one call to
// data.Len and O(n*log(n)) calls to data.Less and data.Swap. The sort is not stable.
func Sort(data Interface) {
	n := data.Len()
	if n <= 1 {
		return
	}
	quickSort(data, 0, n, maxDepth(n))
}

// IsSorted reports whether data is sorted.
func IsSorted(data Interface) bool {
	n := data.Len()
	for i := n - 1; i > 0; i-- {
		if data.Less(i, i-1) {
			return false
		}
	}
	return true
}

// Stable sorts data in ascending order as determined by the Less method, keeping the original
// order of equal elements.
func Stable(data Interface) {
	stable(data, data.Len())
}

// reverse wraps an Interface with Less reversed. (Go embeds the Interface; llgo-lite does not yet
// promote methods of an embedded interface field, so Len and Swap forward explicitly.)
type reverse struct {
	data Interface
}

func (r reverse) Len() int           { return r.data.Len() }
func (r reverse) Less(i, j int) bool { return r.data.Less(j, i) }
func (r reverse) Swap(i, j int)      { r.data.Swap(i, j) }

// Reverse returns the reverse order for data.
func Reverse(data Interface) Interface {
	return &reverse{data}
}

// maxDepth returns the recursion depth after which quickSort switches to heapSort: 2*ceil(lg(n+1)).
func maxDepth(n int) int {
	depth := 0
	for i := n; i > 0; i >>= 1 {
		depth++
	}
	return 2 * depth
}
