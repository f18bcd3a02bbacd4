package main

// Each runtime error Go reports as a panic, caught by recover and printed through its error: index
// and slice bounds of every form, division (and the MinInt / -1 case that must not trap), shifts, nil
// pointers, nil funcs, nil interfaces and nil maps, make with bad sizes; the last one is not caught.

type big struct {
	pad [1000]int
	x   int
}

type T struct{ v int }

func (t *T) Get() int { return t.v }

type Getter interface{ Get() int }

func try(name string, f func()) {
	defer func() {
		r := recover()
		if e, ok := r.(error); ok {
			println(name+":", e.Error())
		} else {
			println(name+":", "no runtime error")
		}
	}()
	f()
}

func main() {
	s := []int{1, 2, 3}
	str := "abc"
	var arr [4]int
	i, j, k := 5, 2, 7
	neg := -1
	try("slice index", func() { println(s[i]) })
	try("slice neg index", func() { println(s[neg]) })
	try("string index", func() { println(str[i]) })
	try("array index", func() { println(arr[i]) })
	try("slice high", func() { println(len(s[:i])) })
	try("slice low>high", func() { println(len(s[j:1])) })
	try("slice low", func() { println(len(s[i:])) })
	try("string high", func() { println(str[:i]) })
	try("string low>high", func() { println(str[j:1]) })
	try("3-index max", func() { println(len(s[0:1:k])) })
	try("3-index high>max", func() { println(len(s[0:3:j])) })
	try("3-index low>high", func() { println(len(s[j:1:3])) })
	try("int div", func() { println(k / (j - 2)) })
	try("int mod", func() { println(k % (j - 2)) })
	try("int8 div", func() { a := int8(k); b := int8(j - 2); println(a / b) })
	try("uint div", func() { a := uint(k); b := uint(j - 2); println(a / b) })
	try("minint div -1", func() { a := int64(-1 << 63); b := int64(neg); println(a/b, a%b) })
	try("minint32 div -1", func() { a := int32(-1 << 31); b := int32(neg); println(a/b, a%b) })
	try("negative shift", func() { println(1 << neg) })
	try("nil pointer field", func() { var p *T; println(p.v) })
	try("nil pointer write", func() { var p *T; p.v = 1 })
	try("nil big field", func() { var p *big; println(p.x) })
	try("nil method value recv", func() { var p *T; println(p.Get()) })
	try("nil iface method", func() { var g Getter; println(g.Get()) })
	try("nil func", func() { var f func() int; println(f()) })
	try("nil map write", func() { var m map[string]int; m["a"] = 1 })
	try("nil map read ok", func() { var m map[string]int; println(m["a"]) })
	try("nil slice index", func() { var z []int; println(z[0]) })
	try("nil array ptr index", func() { var p *[4]int; println(p[1]) })
	try("nil array ptr len", func() { var p *[4]int; println(len(p)) })
	try("make neg len", func() { println(len(make([]int, neg))) })
	try("make cap<len", func() { println(len(make([]int, k, j))) })
	try("custom panic", func() { panic("boom") })
	println(s[i])
}
