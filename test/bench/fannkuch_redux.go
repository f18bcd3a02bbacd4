// fannkuch_redux: for every permutation of 1..n, count the prefix reversals ("pancake flips") until 1
// comes first; print a checksum and the largest count (the Benchmarks Game's fannkuch-redux).
// Permutations are generated in the counting order with a small count array; small fixed arrays only.
package main

const size = 10 // smoke: 7

func fannkuch(n int) (int, int) {
	var perm, perm1, count [16]int
	for i := 0; i < n; i++ {
		perm1[i] = i
	}
	maxFlips, checksum, permIndex := 0, 0, 0
	r := n
	for {
		for ; r != 1; r-- {
			count[r-1] = r
		}
		perm = perm1
		flips := 0
		for k := perm[0]; k != 0; k = perm[0] {
			for i, j := 0, k; i < j; i, j = i+1, j-1 {
				perm[i], perm[j] = perm[j], perm[i]
			}
			flips++
		}
		if flips > maxFlips {
			maxFlips = flips
		}
		if permIndex%2 == 0 {
			checksum += flips
		} else {
			checksum -= flips
		}
		// Next permutation: rotate the first r+1 elements until a count does not wrap.
		for {
			if r == n {
				return checksum, maxFlips
			}
			first := perm1[0]
			for i := 0; i < r; i++ {
				perm1[i] = perm1[i+1]
			}
			perm1[r] = first
			count[r]--
			if count[r] > 0 {
				break
			}
			r++
		}
		permIndex++
	}
}

// rounds: fannkuch(10) alone is too short to time (about 0.3 s), fannkuch(11) too long (3 s).
const rounds = size / 3

func main() {
	checksum, flips := 0, 0
	for r := 0; r < rounds; r++ {
		checksum, flips = fannkuch(size)
	}
	println(checksum)
	println("Pfannkuchen(", size, ") =", flips)
}
