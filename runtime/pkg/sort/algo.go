// algo.go: the sorting algorithms over an Interface (see the package comment). algo_func.go is the
// same code over a lessSwap, generated from this file by gen_func.sh.txt; keep the two in step.
package sort

func insertionSort(data Interface, a, b int) {
	for i := a + 1; i < b; i++ {
		for j := i; j > a && data.Less(j, j-1); j-- {
			data.Swap(j, j-1)
		}
	}
}

// heapSort sorts data[a:b] with a max-heap kept in place at offset a.
func heapSort(data Interface, a, b int) {
	n := b - a
	for root := (n - 1) / 2; root >= 0; root-- {
		siftDown(data, a, root, n)
	}
	for end := n - 1; end > 0; end-- {
		data.Swap(a, a+end)
		siftDown(data, a, 0, end)
	}
}

// siftDown restores the heap property below root in the heap data[base:base+n].
func siftDown(data Interface, base, root, n int) {
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
func medianOf3(data Interface, x, y, z int) {
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
func partition(data Interface, a, b int) int {
	m := a + (b-a)/2
	if b-a > 40 {
		s := (b - a) / 8
		medianOf3(data, a, a+s, a+2*s)
		medianOf3(data, m-s, m, m+s)
		medianOf3(data, b-1-2*s, b-1-s, b-1)
		medianOf3(data, a+s, m, b-1-s)
	} else {
		medianOf3(data, a, m, b-1)
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
func quickSort(data Interface, a, b, depth int) {
	for b-a > 12 {
		if depth == 0 {
			heapSort(data, a, b)
			return
		}
		depth--
		p := partition(data, a, b)
		if p-a < b-p {
			quickSort(data, a, p, depth)
			a = p + 1
		} else {
			quickSort(data, p+1, b, depth)
			b = p
		}
	}
	insertionSort(data, a, b)
}

// stable: insertion-sorted blocks, then bottom-up merges of doubling width.
func stable(data Interface, n int) {
	const block = 20
	a := 0
	for ; a+block <= n; a += block {
		insertionSort(data, a, a+block)
	}
	insertionSort(data, a, n)
	for width := block; width < n; width *= 2 {
		for a = 0; a+width < n; a += 2 * width {
			b := a + 2*width
			if b > n {
				b = n
			}
			symMerge(data, a, a+width, b)
		}
	}
}

// symMerge merges the sorted ranges data[a:m] and data[m:b] in place.
func symMerge(data Interface, a, m, b int) {
	if a >= m || m >= b {
		return
	}
	if m-a == 1 {
		// binary-search the place of data[a] in data[m:b] and rotate it there
		i := lowerBound(data, m, b, a, false)
		for k := a; k < i-1; k++ {
			data.Swap(k, k+1)
		}
		return
	}
	if b-m == 1 {
		i := lowerBound(data, a, m, m, true)
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
		rotate(data, start, m, end)
	}
	symMerge(data, a, start, mid)
	symMerge(data, mid, end, b)
}

// lowerBound returns the index in [lo, hi) where element x of the neighbouring run belongs so
// that the merge is stable: past the elements less than data[x] when x comes from the left run
// (after == false), past the elements not greater than data[x] when it comes from the right run.
func lowerBound(data Interface, lo, hi, x int, after bool) int {
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
func rotate(data Interface, a, m, b int) {
	i := m - a
	j := b - m
	for i != j {
		if i > j {
			swapRange(data, m-i, m, j)
			i -= j
		} else {
			swapRange(data, m-i, m+j-i, i)
			j -= i
		}
	}
	swapRange(data, m-i, m, i)
}

func swapRange(data Interface, a, b, n int) {
	for i := 0; i < n; i++ {
		data.Swap(a+i, b+i)
	}
}
