// reverse-complement in the style of the Benchmarks Game: fasta records read from stdin with a
// bufio.Reader, each written back reverse-complemented in 60-column lines through a bufio.Writer.
package main

import (
	"bufio"
	"io"
	"os"
)

var complement [256]byte

func init() {
	from, to := "ACGTUMRWSYKVHDBNacgtumrwsykvhdbn", "TGCAAKYWSRMBDHVNTGCAAKYWSRMBDHVN"
	for i := range complement {
		complement[i] = byte(i)
	}
	for i := 0; i < len(from); i++ {
		complement[from[i]] = to[i]
	}
}

func flush(out *bufio.Writer, header []byte, seq []byte) {
	if header == nil {
		return
	}
	out.Write(header)
	for i, j := 0, len(seq)-1; i <= j; i, j = i+1, j-1 {
		seq[i], seq[j] = complement[seq[j]], complement[seq[i]]
	}
	for i := 0; i < len(seq); i += 60 {
		end := i + 60
		if end > len(seq) {
			end = len(seq)
		}
		out.Write(seq[i:end])
		out.WriteByte('\n')
	}
}

func main() {
	in := bufio.NewReader(os.Stdin)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	var header, seq []byte
	for {
		line, err := in.ReadBytes('\n')
		if len(line) > 0 {
			if line[0] == '>' {
				flush(out, header, seq)
				header = append([]byte(nil), line...)
				seq = seq[:0]
			} else {
				for _, c := range line {
					if c != '\n' {
						seq = append(seq, c)
					}
				}
			}
		}
		if err == io.EOF {
			break
		}
	}
	flush(out, header, seq)
}
