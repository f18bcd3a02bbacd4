package main

import (
	"bytes"
	"io"
	"os"
	"strconv"
	"unicode"
)

func show(name string, xs [][]byte) {
	var b bytes.Buffer
	b.WriteString(name)
	b.WriteString(" ")
	b.WriteString(strconv.Itoa(len(xs)))
	b.WriteString(" [")
	for i, x := range xs {
		if i > 0 {
			b.WriteByte('|')
		}
		b.Write(x)
		if i < len(xs)-1 {
			b.WriteString(":" + strconv.Itoa(cap(x)-len(x)))
		}
	}
	b.WriteString("]\n")
	os.Stdout.Write(b.Bytes())
}

func q(b []byte) string {
	if b == nil {
		return "nil"
	}
	return strconv.Quote(string(b))
}

func main() {
	strs := []string{"", "a", "a,b,c", ",a,,b,", "héllo wörld", "  \t spaced  out \n", "\xffab\xfe", "ababab", "xxhixx"}
	seps := []string{"", ",", "a", "ab", "ö", " ", "x"}
	for _, s := range strs {
		b := []byte(s)
		println(q(bytes.ToUpper(b)), q(bytes.ToLower(b)), q(bytes.TrimSpace(b)), len(bytes.Runes(b)), q(bytes.Repeat(b, 2)))
		show("fields", bytes.Fields(b))
		for _, sep := range seps {
			p := []byte(sep)
			println(bytes.Index(b, p), bytes.LastIndex(b, p), bytes.Contains(b, p), bytes.Count(b, p), bytes.HasPrefix(b, p), bytes.HasSuffix(b, p), bytes.IndexAny(b, sep), bytes.LastIndexAny(b, sep), bytes.Equal(b, p), bytes.Compare(b, p), bytes.EqualFold(b, p))
			show("split", bytes.Split(b, p))
			show("splitn2", bytes.SplitN(b, p, 2))
			show("splitafter", bytes.SplitAfter(b, p))
			println(q(bytes.Replace(b, p, []byte("<>"), -1)), q(bytes.Replace(b, p, []byte("_"), 1)), q(bytes.ReplaceAll(b, p, nil)))
			println(q(bytes.Trim(b, sep)), q(bytes.TrimLeft(b, sep)), q(bytes.TrimRight(b, sep)), q(bytes.TrimPrefix(b, p)), q(bytes.TrimSuffix(b, p)))
			bf, af, ok := bytes.Cut(b, p)
			println(q(bf), q(af), ok)
		}
		for _, r := range []rune{'a', 'ö', 0xFFFD, -1} {
			println(bytes.IndexRune(b, r), bytes.ContainsRune(b, r))
		}
		println(bytes.IndexByte(b, 'b'), bytes.LastIndexByte(b, 'b'), bytes.IndexFunc(b, unicode.IsSpace), bytes.LastIndexFunc(b, unicode.IsLetter))
		println(q(bytes.TrimFunc(b, unicode.IsLetter)), q(bytes.TrimLeftFunc(b, unicode.IsSpace)), q(bytes.TrimRightFunc(b, unicode.IsSpace)))
		println(q(bytes.Map(func(r rune) rune {
			if r == 'a' {
				return -1
			}
			return unicode.ToUpper(r)
		}, b)))
	}
	println(q(bytes.Join(nil, []byte(","))), q(bytes.Join([][]byte{[]byte("x")}, []byte(","))), q(bytes.Join([][]byte{[]byte("x"), []byte("y")}, []byte(", "))))

	var buf bytes.Buffer
	println(buf.Len(), buf.String() == "", q(buf.Bytes()))
	buf.WriteString("hello\nworld\nend")
	buf.WriteByte('!')
	buf.WriteRune('é')
	println(buf.Len(), buf.String())
	line, err := buf.ReadString('\n')
	println(q([]byte(line)), err == nil)
	lb, err := buf.ReadBytes('\n')
	println(q(lb), err == nil, buf.UnreadByte() == nil)
	c, _ := buf.ReadByte()
	println(c, buf.UnreadRune() != nil)
	rest, err := buf.ReadString('\n')
	println(q([]byte(rest)), err == io.EOF)
	_, err = buf.ReadByte()
	println(err == io.EOF)
	buf.Reset()
	buf.Grow(100)
	println(buf.Cap() >= 100)
	for i := 0; i < 200; i++ {
		buf.WriteString(strconv.Itoa(i))
	}
	println(buf.Len(), string(buf.Next(5)))
	p := make([]byte, 10)
	n, _ := buf.Read(p)
	println(n, string(p))
	buf.Truncate(3)
	println(buf.String())
	r, sz, _ := bytes.NewBufferString("ü!").ReadRune()
	println(r, sz)
	var b2 bytes.Buffer
	m, err := b2.ReadFrom(bytes.NewReader([]byte("from reader")))
	println(m, err == nil, b2.String())
	w, err := b2.WriteTo(os.Stdout)
	println()
	println(w, err == nil, b2.Len())
	var nilbuf *bytes.Buffer
	println(nilbuf.String())
	br := bytes.NewReader([]byte("héllo"))
	ch, size, _ := br.ReadRune()
	ch2, size2, _ := br.ReadRune()
	println(ch, size, ch2, size2, br.Len(), br.Size(), br.UnreadRune() == nil)
	pos, _ := br.Seek(-2, io.SeekEnd)
	all, _ := io.ReadAll(br)
	println(pos, string(all))
	defer func() { println(recover().(string)) }()
	buf.Truncate(100)
}
