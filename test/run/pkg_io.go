package main

import (
	"errors"
	"io"
	"os"
	"strings"
)

type upper struct{ w io.Writer }

func (u upper) Write(p []byte) (int, error) {
	return io.WriteString(u.w, strings.ToUpper(string(p)))
}

func main() {
	r := strings.NewReader("héllo, reader")
	buf := make([]byte, 4)
	n, err := io.ReadFull(r, buf)
	println(n, err == nil, string(buf), r.Len(), r.Size())
	ch, size, _ := r.ReadRune()
	println(ch, size, r.UnreadRune() == nil)
	w, err := io.Copy(upper{os.Stdout}, r)
	println(w, err == nil)
	os.Stdout.WriteString("\n")
	n, err = r.Read(buf)
	println(n, err == io.EOF, err.Error())
	r.Reset("abc")
	n, err = io.ReadFull(r, make([]byte, 5))
	println(n, err == io.ErrUnexpectedEOF, errors.Is(err, io.ErrUnexpectedEOF))
	r.Reset("all of it")
	data, err := io.ReadAll(r)
	println(string(data), err == nil)
	k, err := io.WriteString(io.Discard, "ignored")
	println(k, err == nil)
	var sw io.StringWriter = os.Stderr
	sw.WriteString("via StringWriter\n")
}
