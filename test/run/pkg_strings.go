package main

import (
	"os"
	"strings"
	"unicode"
)

func show(name string, xs []string) {
	var b strings.Builder
	b.WriteString(name)
	b.WriteString(" [")
	b.WriteString(strings.Join(xs, "|"))
	b.WriteString("]\n")
	os.Stdout.WriteString(b.String())
}

func main() {
	var b strings.Builder
	b.WriteString("héllo")
	b.WriteByte(' ')
	b.WriteRune('世')
	b.Write([]byte("!"))
	println(b.String(), b.Len())

	s := "  The quick brown fox jumps over the lazy dog  "
	show("fields", strings.Fields(s))
	show("split", strings.Split("a,b,,c", ","))
	show("splitn", strings.SplitN("a,b,c,d", ",", 2))
	show("splitafter", strings.SplitAfter("a,b,c", ","))
	show("explode", strings.Split("héllo", ""))
	show("fieldsfunc", strings.FieldsFunc("a1b22c333", unicode.IsDigit))
	println(strings.TrimSpace(s), strings.ToUpper(s), strings.ToLower("ÀÉÎ Straße"))
	println(strings.Contains(s, "fox"), strings.Contains(s, "cat"), strings.ContainsAny(s, "xyz"), strings.ContainsRune(s, 'q'))
	println(strings.Index(s, "o"), strings.LastIndex(s, "o"), strings.IndexByte(s, 'q'), strings.IndexRune("chicken", 'k'), strings.IndexAny("golang", "ny"), strings.LastIndexAny("golang", "go"))
	println(strings.HasPrefix(s, "  The"), strings.HasSuffix(s, "dog"), strings.Count("cheese", "e"), strings.Count("five", ""))
	println(strings.Repeat("ab", 3), strings.Replace("oink oink oink", "k", "ky", 2), strings.ReplaceAll("oink oink", "oink", "moo"))
	println(strings.Trim("xxhixx", "x"), strings.TrimLeft("xxhixx", "x"), strings.TrimRight("xxhixx", "x"), strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("body.go", ".go"))
	println(strings.TrimFunc("123abc456", unicode.IsDigit), strings.EqualFold("Go", "GO"), strings.EqualFold("Σ", "ς"), strings.Compare("a", "b"))
	println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return 'A'
		}
		if r == 'x' {
			return -1
		}
		return r
	}, "banana xx"))
	before, after, found := strings.Cut("key=value", "=")
	println(before, after, found)
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	println(r.Replace("<b>bold</b>"))
	println(strings.ToTitle("hello"), strings.IndexFunc("Hello, 世界", func(c rune) bool { return c > 127 }))
}
