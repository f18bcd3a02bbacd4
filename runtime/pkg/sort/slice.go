// slice.go: Slice, SliceStable and SliceIsSorted, which sort any slice through a less function.
// Swapping two elements of a slice whose element type is unknown needs reflection in Go; here two
// C hooks (runtime/pkg_sort.c) read the slice's length and swap elements by their size, taken from
// the slice's type descriptor. The sorting itself is algo_func.go's, over a lessSwap.
package sort

// lessSwap is Interface's Less and Swap as two function values, for Slice and SliceStable.
type lessSwap struct {
	Less func(i, j int) bool
	Swap func(i, j int)
}

// Slice sorts the slice x given the provided less function. It panics if x is not a slice. The sort
// is not stable.
func Slice(x any, less func(i, j int) bool) {
	n := sort_slice_len(x)
	swap := func(i, j int) { sort_slice_swap(x, i, j) }
	if n > 1 {
		quickSort_func(lessSwap{less, swap}, 0, n, maxDepth(n))
	}
}

// SliceStable sorts the slice x using the provided less function, keeping equal elements in their
// original order. It panics if x is not a slice.
func SliceStable(x any, less func(i, j int) bool) {
	n := sort_slice_len(x)
	swap := func(i, j int) { sort_slice_swap(x, i, j) }
	stable_func(lessSwap{less, swap}, n)
}

// SliceIsSorted reports whether the slice x is sorted according to the provided less function.
func SliceIsSorted(x any, less func(i, j int) bool) bool {
	n := sort_slice_len(x)
	for i := n - 1; i > 0; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}

// sort_slice_len returns the length of the slice in x; it panics if x does not hold a slice.
func sort_slice_len(x any) int

// sort_slice_swap swaps elements i and j of the slice in x.
func sort_slice_swap(x any, i, j int)
