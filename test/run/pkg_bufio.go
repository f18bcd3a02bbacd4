// bufio: Scanner (lines from an empty stdin, words, runes, a token too long), Reader (ReadString,
// ReadRune, ReadLine), Writer (strings, bytes, runes, Flush at exit through defer).
package main

import (
	"bufio"
	"os"
	"strings"
)

func main() {
	in := bufio.NewScanner(os.Stdin)
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	lines := 0
	for in.Scan() {
		lines++
		w.WriteString(strings.ToUpper(in.Text()))
		w.WriteByte('\n')
	}
	ws := bufio.NewScanner(strings.NewReader("  the quick\tbrown  fox\n jumps "))
	ws.Split(bufio.ScanWords)
	for ws.Scan() {
		w.WriteString("[" + ws.Text() + "]")
	}
	w.WriteRune('é')
	w.WriteString("\n")
	r := bufio.NewReader(strings.NewReader("alpha,beta,gamma"))
	for {
		s, err := r.ReadString(',')
		w.WriteString(s + "|")
		if err != nil {
			w.WriteString(err.Error() + "\n")
			break
		}
	}
	rr := bufio.NewReader(strings.NewReader("héllo\r\nworld"))
	c, sz, _ := rr.ReadRune()
	c2, sz2, _ := rr.ReadRune()
	line, pre, _ := rr.ReadLine()
	println(c, sz, c2, sz2, string(line), pre, lines)
	rs := bufio.NewScanner(strings.NewReader("aé"))
	rs.Split(bufio.ScanRunes)
	for rs.Scan() {
		println(rs.Text(), len(rs.Bytes()))
	}
	long := bufio.NewScanner(strings.NewReader(strings.Repeat("x", 100) + "\n"))
	long.Buffer(make([]byte, 10), 50)
	for long.Scan() {
	}
	println(long.Err().Error())
}
