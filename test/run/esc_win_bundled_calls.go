// esc_win_bundled_calls: llgo-lite analyses the bundled standard packages with the program, so a
// value passed to one of their functions that does not keep it stays on the stack: a string
// concatenation written with os.Stdout.WriteString or a bufio.Writer, a slice boxed for sort.Slice.
// Go 1.19 sends those to the heap. Functions that do keep their argument (errors.New, a map store,
// strings.Builder growing, fmt.Errorf) must still get heap values: the program keeps them, reuses
// the stack through deep recursion and many allocations, and prints them again.
package main

import (
	"bufio"
	"errors"
	"os"
	"sort"
	"strconv"
)

type person struct {
	name string
	age  int
}

func clobber(d int) int {
	var pad [64]int
	for i := range pad {
		pad[i] = -d - 1
	}
	if d == 0 {
		return pad[3]
	}
	return clobber(d-1) + pad[5]
}

var errs []error
var names = map[string]int{}

func round(i int) {
	n := strconv.Itoa(i)
	os.Stdout.WriteString("line " + n + "\n")
	errs = append(errs, errors.New("error "+n))
	names["name-"+n] = i
	people := []person{{"carol" + n, 35}, {"alice" + n, 30}, {"bob" + n, 25}}
	sort.Slice(people, func(a, b int) bool { return people[a].age < people[b].age })
	w := bufio.NewWriter(os.Stdout)
	w.WriteString(people[0].name + "|" + people[2].name + "\n")
	w.Flush()
}

func main() {
	for i := 0; i < 5; i++ {
		round(i)
		clobber(30)
	}
	t := ""
	for i := 0; i < 2000; i++ {
		t = strconv.Itoa(i)
	}
	clobber(60)
	for _, e := range errs {
		os.Stdout.WriteString(e.Error() + ";")
	}
	os.Stdout.WriteString(t + "\n")
	keys := make([]string, 0, len(names))
	for k := range names {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		os.Stdout.WriteString(k + "=" + strconv.Itoa(names[k]) + " ")
	}
	os.Stdout.WriteString("\n")
}
