// fasta: generate DNA sequences as the Benchmarks Game's fasta does: a repeated copy of the ALU
// sequence, then two random sequences drawn from weighted alphabets with its linear congruential
// generator, in 60-column lines. The bytes go through a line buffer into an FNV-1a hash instead of
// stdout (no imports), and the program prints the hash and the byte count.
package main

const size = 6000000 // smoke: 1000

const lineWidth = 60

const alu = "GGCCGGGCGCGGTGGCTCACGCCTGTAATCCCAGCACTTTGG" +
	"GAGGCCGAGGCGGGCGGATCACCTGAGGTCAGGAGTTCGAGA" +
	"CCAGCCTGGCCAACATGGTGAAACCCCGTCTCTACTAAAAAT" +
	"ACAAAAATTAGCCGGGCGTGGTGGCGCGCGCCTGTAATCCCA" +
	"GCTACTCGGGAGGCTGAGGCAGGAGAATCGCTTGAACCCGGG" +
	"AGGCGGAGGTTGCAGTGAGCCGAGATCGCGCCACTGCACTCC" +
	"AGCCTGGGCGACAGAGCGAGACTCCGTCTCAAAAA"

type acid struct {
	c    byte
	prob float64
}

// output hashes everything the program would write.
type output struct {
	hash  uint64
	count int
}

func (o *output) write(b []byte) {
	h := o.hash
	for _, c := range b {
		h = (h ^ uint64(c)) * 1099511628211
	}
	o.hash = h
	o.count += len(b)
}

func (o *output) writeString(s string) {
	o.write([]byte(s))
}

var seed uint32 = 42

func random(max float64) float64 {
	seed = (seed*3877 + 29573) % 139968
	return max * float64(seed) / 139968
}

func repeatFasta(out *output, s string, n int) {
	line := make([]byte, lineWidth+1)
	pos := 0
	for n > 0 {
		w := lineWidth
		if n < w {
			w = n
		}
		for i := 0; i < w; i++ {
			line[i] = s[pos]
			pos++
			if pos == len(s) {
				pos = 0
			}
		}
		line[w] = '\n'
		out.write(line[:w+1])
		n -= w
	}
}

func randomFasta(out *output, table []acid, n int) {
	cum := 0.0
	for i := range table {
		cum += table[i].prob
		table[i].prob = cum
	}
	line := make([]byte, lineWidth+1)
	for n > 0 {
		w := lineWidth
		if n < w {
			w = n
		}
		for i := 0; i < w; i++ {
			r := random(1.0)
			k := 0
			for k < len(table)-1 && r >= table[k].prob {
				k++
			}
			line[i] = table[k].c
		}
		line[w] = '\n'
		out.write(line[:w+1])
		n -= w
	}
}

func main() {
	iub := []acid{
		{'a', 0.27}, {'c', 0.12}, {'g', 0.12}, {'t', 0.27},
		{'B', 0.02}, {'D', 0.02}, {'H', 0.02}, {'K', 0.02},
		{'M', 0.02}, {'N', 0.02}, {'R', 0.02}, {'S', 0.02},
		{'V', 0.02}, {'W', 0.02}, {'Y', 0.02},
	}
	homoSapiens := []acid{
		{'a', 0.3029549426680}, {'c', 0.1979883004921},
		{'g', 0.1975473066391}, {'t', 0.3015094502008},
	}
	out := &output{hash: 14695981039346656037}
	out.writeString(">ONE Homo sapiens alu\n")
	repeatFasta(out, alu, 2*size)
	out.writeString(">TWO IUB ambiguity codes\n")
	randomFasta(out, iub, 3*size)
	out.writeString(">THREE Homo sapiens frequency\n")
	randomFasta(out, homoSapiens, 5*size)
	println("bytes:", out.count, "hash:", out.hash)
}
