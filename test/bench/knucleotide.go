// knucleotide: count the k-mers of a DNA sequence in hash maps and print the frequencies of the 1- and
// 2-mers, sorted, and the counts of five longer sequences (the Benchmarks Game's k-nucleotide). The
// sequence is the third part of fasta's output, generated here with the same generator (no stdin
// without imports), upper-cased. Exercises map[string]int with short string keys made from slices.
package main

const size = 200000 // smoke: 2000

var seed uint32 = 42

func random(max float64) float64 {
	seed = (seed*3877 + 29573) % 139968
	return max * float64(seed) / 139968
}

// sequence draws n bases with fasta's homo sapiens weights, after skipping the random numbers that
// fasta spends on its second section (3*size draws), so the text is fasta's ">THREE" section.
func sequence(n int) []byte {
	for i := 0; i < 3*size; i++ {
		random(1.0)
	}
	bases := []byte{'A', 'C', 'G', 'T'}
	cum := []float64{0.3029549426680, 0.1979883004921, 0.1975473066391, 0.3015094502008}
	for i := 1; i < len(cum); i++ {
		cum[i] += cum[i-1]
	}
	seq := make([]byte, n)
	for i := range seq {
		r := random(1.0)
		k := 0
		for k < len(cum)-1 && r >= cum[k] {
			k++
		}
		seq[i] = bases[k]
	}
	return seq
}

func count(seq []byte, k int) map[string]int {
	counts := make(map[string]int)
	for i := 0; i+k <= len(seq); i++ {
		counts[string(seq[i:i+k])]++
	}
	return counts
}

type kv struct {
	key   string
	count int
}

// frequencies prints each k-mer's share in percent, largest first (ties by key).
func frequencies(seq []byte, k int) {
	counts := count(seq, k)
	var list []kv
	total := 0
	for key, c := range counts {
		list = append(list, kv{key, c})
		total += c
	}
	for i := 1; i < len(list); i++ {
		for j := i; j > 0 && less(list[j], list[j-1]); j-- {
			list[j], list[j-1] = list[j-1], list[j]
		}
	}
	for _, e := range list {
		println(e.key, 100*float64(e.count)/float64(total))
	}
	println()
}

func less(a, b kv) bool {
	if a.count != b.count {
		return a.count > b.count
	}
	return a.key < b.key
}

func main() {
	seq := sequence(5 * size)
	frequencies(seq, 1)
	frequencies(seq, 2)
	for _, s := range []string{"GGT", "GGTA", "GGTATT", "GGTATTTTAATT", "GGTATTTTAATTTATAGT"} {
		println(count(seq, len(s))[s], s)
	}
}
