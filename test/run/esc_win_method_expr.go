// esc_win_method_expr: a call through a function value that holds a method expression or a
// package-level function known at the call is analysed as a direct call; for the pointer wrapper of
// a value method (`pp := (*Acc).Peek; pp(b)`) llgo-lite keeps b on the stack where Go 1.19 sends it
// to the heap. When the function value may be one that keeps its argument, the argument must reach
// the heap: the program keeps such pointers, reuses the stack through deep recursion, and reads them
// back.
package main

type Acc struct{ total int }

func (a *Acc) Add(n int) int {
	a.total += n
	return a.total
}

func (a Acc) Peek() int { return a.total }

var saved []*Acc

func (a *Acc) Save(n int) int {
	saved = append(saved, a)
	a.total += n
	return a.total
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

func known(k int) int {
	ad := (*Acc).Add
	b := &Acc{k}
	return ad(b, 4) + b.total
}

// wrapped: (*Acc).Peek is the pointer wrapper of a value method; b stays on the stack
func wrapped(k int) int {
	pp := (*Acc).Peek
	b := &Acc{k}
	b.total++
	clobber(4)
	return pp(b)
}

func chosen(k int) int {
	f := (*Acc).Add
	if k%2 == 1 {
		f = (*Acc).Save
	}
	b := &Acc{k}
	return f(b, 1)
}

func apply(f func(*Acc, int) int, k int) int {
	c := &Acc{k}
	return f(c, 2)
}

func main() {
	println(known(1), known(2), wrapped(7))
	println(chosen(2), chosen(3), chosen(5))
	println(apply((*Acc).Add, 10), apply((*Acc).Save, 20))
	clobber(50)
	println(len(saved), saved[0].total, saved[1].total, saved[2].total)
}
