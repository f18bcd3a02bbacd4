// fasta, k-nucleotide and reverse-complement in the style of the Benchmarks Game: fasta generates
// sequences with a linear congruential generator; k-nucleotide counts k-mers with maps and prints
// sorted frequencies with %.3f; reverse-complement reads the fasta back through bufio.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"sort"
	"strings"
)

const alu = "GGCCGGGCGCGGTGGCTCACGCCTGTAATCCCAGCACTTTGGGAGGCCGAGGCGGGCGGATCACCTGAGGTCAGGAGTTCGAGACCAGCCTGGCCAACATGGTGAAACCCCGTCTCTACTAAAAATACAAAAATTAGCCGGG"

type acid struct {
	c byte
	p float64
}

var iub = []acid{{'a', 0.27}, {'c', 0.12}, {'g', 0.12}, {'t', 0.27}, {'B', 0.02}, {'D', 0.02},
	{'H', 0.02}, {'K', 0.02}, {'M', 0.02}, {'N', 0.02}, {'R', 0.02}, {'S', 0.02}, {'V', 0.02},
	{'W', 0.02}, {'Y', 0.02}}

var seed uint32 = 42

func random(max float64) float64 {
	seed = (seed*3877 + 29573) % 139968
	return max * float64(seed) / 139968
}

func repeatFasta(w *bytes.Buffer, id, s string, n int) {
	fmt.Fprintf(w, ">%s\n", id)
	for i := 0; i < n; i += 60 {
		line := make([]byte, 0, 60)
		for j := i; j < i+60 && j < n; j++ {
			line = append(line, s[j%len(s)])
		}
		w.Write(line)
		w.WriteByte('\n')
	}
}

func randomFasta(w *bytes.Buffer, id string, acids []acid, n int) {
	fmt.Fprintf(w, ">%s\n", id)
	cum := 0.0
	for i := range acids {
		cum += acids[i].p
		acids[i].p = cum
	}
	for i := 0; i < n; i += 60 {
		for j := i; j < i+60 && j < n; j++ {
			r := random(1)
			for _, a := range acids {
				if r < a.p {
					w.WriteByte(a.c)
					break
				}
			}
		}
		w.WriteByte('\n')
	}
}

func frequencies(seq string, k int) {
	counts := map[string]int{}
	for i := 0; i+k <= len(seq); i++ {
		counts[seq[i:i+k]]++
	}
	keys := make([]string, 0, len(counts))
	for key := range counts {
		keys = append(keys, key)
	}
	sort.Slice(keys, func(i, j int) bool {
		if counts[keys[i]] != counts[keys[j]] {
			return counts[keys[i]] > counts[keys[j]]
		}
		return keys[i] < keys[j]
	})
	total := len(seq) - k + 1
	for _, key := range keys {
		fmt.Printf("%s %.3f\n", key, 100*float64(counts[key])/float64(total))
	}
	fmt.Println()
}

var complement = map[byte]byte{'A': 'T', 'C': 'G', 'G': 'C', 'T': 'A', 'a': 'T', 'c': 'G', 'g': 'C',
	't': 'A', 'B': 'V', 'D': 'H', 'H': 'D', 'K': 'M', 'M': 'K', 'N': 'N', 'R': 'Y', 'S': 'S',
	'V': 'B', 'W': 'W', 'Y': 'R'}

func main() {
	var fasta bytes.Buffer
	repeatFasta(&fasta, "ONE Homo sapiens alu", alu, 300)
	randomFasta(&fasta, "TWO IUB ambiguity codes", iub, 900)
	in := bufio.NewScanner(strings.NewReader(fasta.String()))
	var two strings.Builder
	var records [][]byte
	var cur []byte
	inTwo := false
	for in.Scan() {
		line := in.Text()
		if strings.HasPrefix(line, ">") {
			if cur != nil {
				records = append(records, cur)
			}
			cur = []byte{}
			inTwo = strings.HasPrefix(line, ">TWO")
			continue
		}
		cur = append(cur, line...)
		if inTwo {
			two.WriteString(strings.ToUpper(line))
		}
	}
	records = append(records, cur)
	seq := two.String()
	frequencies(seq, 1)
	frequencies(seq, 2)
	for _, frag := range []string{"GGT", "GGTA", "GGTATT"} {
		fmt.Printf("%d\t%s\n", strings.Count(seq, frag), frag)
	}
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for _, r := range records {
		for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
			r[i], r[j] = complement[r[j]], complement[r[i]]
		}
		if len(r)%2 == 1 {
			r[len(r)/2] = complement[r[len(r)/2]]
		}
		for i := 0; i < len(r); i += 60 {
			end := i + 60
			if end > len(r) {
				end = len(r)
			}
			out.Write(r[i:end])
			out.WriteByte('\n')
		}
	}
}
