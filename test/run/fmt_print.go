// fmt_print: Print, Println and Sprint spacing, Sprintln, Fprint/Fprintln/Fprintf to a Writer,
// byte counts, and output interleaving of Printf on stdout.
package main

import "fmt"

type Buffer struct {
	data   []byte
	writes int
}

func (b *Buffer) Write(p []byte) (int, error) {
	b.data = append(b.data, p...)
	b.writes++
	return len(p), nil
}

type failing struct{}

func (failing) Write(p []byte) (int, error) { return 0, fmt.Errorf("cannot write %d bytes", len(p)) }

type Name string

func main() {
	fmt.Print("a", "b", 1, 2, "c", 3, "\n")
	fmt.Print(1, 2, 3, "\n")
	fmt.Print(Name("x"), 1, Name("y"), "\n")
	fmt.Print(nil, nil, 1.5, true, "\n")
	fmt.Println("a", "b", 1, 2, nil, 'x', 2.5)
	fmt.Println()
	fmt.Print()
	s := fmt.Sprint("x", 1, 2, "y") + "|" + fmt.Sprintln("x", 1) + "|" + fmt.Sprint()
	fmt.Println(s, len(s))
	var b Buffer
	n1, err1 := fmt.Fprint(&b, "hello", 42)
	n2, err2 := fmt.Fprintln(&b, "world", 1.5)
	n3, err3 := fmt.Fprintf(&b, "%d-%s|", 7, "z")
	fmt.Println(n1, err1, n2, err2, n3, err3, b.writes)
	fmt.Printf("%q\n", b.data)
	n, err := fmt.Fprintf(failing{}, "abc%d", 12)
	fmt.Println(n, err)
	n, err = fmt.Println("count me")
	fmt.Println(n, err)
	n, err = fmt.Printf("%s=%d\n", "k", 100)
	fmt.Println(n, err)
	fmt.Printf("%s\n", fmt.Appendf(fmt.Append([]byte("<"), 1, 2, "x"), "%03d", 7))
	fmt.Printf("%q\n", fmt.Appendln(nil, "a", 1))
	n, err = fmt.Print("xyz\n")
	fmt.Println(n, err)
	for i := 0; i < 3; i++ {
		fmt.Printf("line %d of %d\n", i+1, 3)
	}
	msg := fmt.Sprintf("%s has %d items costing %.2f", "cart", 3, 9.5)
	fmt.Println(msg)
}
