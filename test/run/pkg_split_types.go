// run's package object and the command-line package's object meet in the JIT (tools/cache.h,
// split): package types asserted and switched on in main, main's methods called from package code
// through interfaces (fmt, sort, io), errors made in either object compared in the other, and
// interface values of both objects' types as map keys. Each needs one type descriptor per type
// and one copy of each package variable across the two objects.
package main

import (
	"errors"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
)

type celsius float64

func (c celsius) String() string { return strconv.FormatFloat(float64(c), 'f', 1, 64) + "C" }

type upper struct {
	w io.Writer
	n int
}

func (u *upper) Write(p []byte) (int, error) {
	u.n += len(p)
	return u.w.Write([]byte(strings.ToUpper(string(p))))
}

var errLocal = errors.New("local")

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	_, err := strconv.Atoi("12x")
	var ne *strconv.NumError
	if errors.As(err, &ne) {
		fmt.Println("NumError", ne.Func, ne.Num, ne.Err == strconv.ErrSyntax)
	}
	switch e := err.(type) {
	case *strconv.NumError:
		fmt.Println("switch: NumError", e.Err)
	default:
		fmt.Println("switch: other")
	}
	fmt.Printf("%T %T %T\n", err, celsius(0), &upper{})

	fmt.Println(celsius(21.5), []fmt.Stringer{celsius(1), celsius(-3)})
	var sb strings.Builder
	u := &upper{w: &sb}
	fmt.Fprintf(u, "x=%d %v %s\n", 42, celsius(2), "done")
	fmt.Print(sb.String(), u.n, "\n")

	wrapped := fmt.Errorf("wrap: %w", errLocal)
	fmt.Println(errors.Is(wrapped, errLocal), errors.Unwrap(wrapped) == errLocal, wrapped)

	names := byLen{"ccc", "a", "bb"}
	sort.Sort(names)
	fmt.Println(names)
	m := map[interface{}]int{celsius(1): 1, strconv.ErrRange: 2, "s": 3}
	fmt.Println(m[celsius(1)], m[strconv.ErrRange], m["s"], len(m))
	var w io.Writer = u
	if _, ok := w.(io.StringWriter); !ok {
		fmt.Println("upper is no StringWriter")
	}
	if _, ok := interface{}(&sb).(io.StringWriter); ok {
		fmt.Println("Builder is a StringWriter")
	}
}
