// Code generated from algo.go by gen_func.sh.txt; DO NOT EDIT.

// algo_func.go: the algorithms of algo.go over a lessSwap, for Slice and SliceStable.
package sort

func insertionSort_func(data lessSwap, a, b int) {
	for i := a + 1; i < b; i++ {
		for j := i; j > a && data.Less(j, j-1); j-- {
			data.Swap(j, j-1)
		}
	}
}

// heapSort sorts data[a:b] with a max-heap kept in place at offset a.
func heapSort_func(data lessSwap, a, b int) {
	n := b - a
	for root := (n - 1) / 2; root >= 0; root-- {
		siftDown_func(data, a, root, n)
	}
	for end := n - 1; end > 0; end-- {
		data.Swap(a, a+end)
		siftDown_func(data, a, 0, end)
	}
}

// siftDown restores the heap property below root in the heap data[base:base+n].
func siftDown_func(data lessSwap, base, root, n int) {
	for {
		child := 2*root + 1
		if child >= n {
			return
		}
		if child+1 < n && data.Less(base+child, base+child+1) {
			child++
		}
		if !data.Less(base+root, base+child) {
			return
		}
		data.Swap(base+root, base+child)
		root = child
	}
}

// medianOf3 moves the median of data[x], data[y], data[z] to index y.
func medianOf3_func(data lessSwap, x, y, z int) {
	if data.Less(y, x) {
		data.Swap(y, x)
	}
	if data.Less(z, y) {
		data.Swap(z, y)
		if data.Less(y, x) {
			data.Swap(y, x)
		}
	}
}

// partition chooses a pivot for data[a:b], moves it to a, and partitions the rest around it
// (Hoare's scheme: elements equal to the pivot may go either way, which keeps runs of equal
// elements balanced). It returns the pivot's final index.
func partition_func(data lessSwap, a, b int) int {
	m := a + (b-a)/2
	if b-a > 40 {
		s := (b - a) / 8
		medianOf3_func(data, a, a+s, a+2*s)
		medianOf3_func(data, m-s, m, m+s)
		medianOf3_func(data, b-1-2*s, b-1-s, b-1)
		medianOf3_func(data, a+s, m, b-1-s)
	} else {
		medianOf3_func(data, a, m, b-1)
	}
	data.Swap(a, m)
	i, j := a+1, b-1
	for {
		for i <= j && data.Less(i, a) {
			i++
		}
		for i <= j && data.Less(a, j) {
			j--
		}
		if i >= j {
			break
		}
		data.Swap(i, j)
		i++
		j--
	}
	data.Swap(a, j)
	return j
}

// quickSort sorts data[a:b]; depth bounds the recursion before falling back to heapSort.
func quickSort_func(data lessSwap, a, b, depth int) {
	for b-a > 12 {
		if depth == 0 {
			heapSort_func(data, a, b)
			return
		}
		depth--
		p := partition_func(data, a, b)
		if p-a < b-p {
			quickSort_func(data, a, p, depth)
			a = p + 1
		} else {
			quickSort_func(data, p+1, b, depth)
			b = p
		}
	}
	insertionSort_func(data, a, b)
}

// stable: insertion-sorted blocks, then bottom-up merges of doubling width.
func stable_func(data lessSwap, n int) {
	const block = 20
	a := 0
	for ; a+block <= n; a += block {
		insertionSort_func(data, a, a+block)
	}
	insertionSort_func(data, a, n)
	for width := block; width < n; width *= 2 {
		for a = 0; a+width < n; a += 2 * width {
			b := a + 2*width
			if b > n {
				b = n
			}
			symMerge_func(data, a, a+width, b)
		}
	}
}

// symMerge merges the sorted ranges data[a:m] and data[m:b] in place.
func symMerge_func(data lessSwap, a, m, b int) {
	if a >= m || m >= b {
		return
	}
	if m-a == 1 {
		// binary-search the place of data[a] in data[m:b] and rotate it there
		i := lowerBound_func(data, m, b, a, false)
		for k := a; k < i-1; k++ {
			data.Swap(k, k+1)
		}
		return
	}
	if b-m == 1 {
		i := lowerBound_func(data, a, m, m, true)
		for k := m; k > i; k-- {
			data.Swap(k, k-1)
		}
		return
	}
	mid := int(uint(a+b) >> 1)
	n := mid + m
	var start, r int
	if m > mid {
		start = n - b
		r = mid
	} else {
		start = a
		r = m
	}
	p := n - 1
	for start < r {
		c := int(uint(start+r) >> 1)
		if !data.Less(p-c, c) {
			start = c + 1
		} else {
			r = c
		}
	}
	end := n - start
	if start < m && m < end {
		rotate_func(data, start, m, end)
	}
	symMerge_func(data, a, start, mid)
	symMerge_func(data, mid, end, b)
}

// lowerBound returns the index in [lo, hi) where element x of the neighbouring run belongs so
// that the merge is stable: past the elements less than data[x] when x comes from the left run
// (after == false), past the elements not greater than data[x] when it comes from the right run.
func lowerBound_func(data lessSwap, lo, hi, x int, after bool) int {
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		var goRight bool
		if after {
			goRight = !data.Less(x, h) // data[h] <= data[x]: x goes after it
		} else {
			goRight = data.Less(h, x) // data[h] < data[x]: x goes after it
		}
		if goRight {
			lo = h + 1
		} else {
			hi = h
		}
	}
	return lo
}

// rotate exchanges the ranges data[a:m] and data[m:b] by block swaps.
func rotate_func(data lessSwap, a, m, b int) {
	i := m - a
	j := b - m
	for i != j {
		if i > j {
			swapRange_func(data, m-i, m, j)
			i -= j
		} else {
			swapRange_func(data, m-i, m+j-i, i)
			j -= i
		}
	}
	swapRange_func(data, m-i, m, i)
}

func swapRange_func(data lessSwap, a, b, n int) {
	for i := 0; i < n; i++ {
		data.Swap(a+i, b+i)
	}
}
