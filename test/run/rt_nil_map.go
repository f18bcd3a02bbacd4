package main

type Registry struct {
	items map[string]int
}

func (r *Registry) Add(k string, v int) { r.items[k] = v }

func (r *Registry) Get(k string) (int, bool) {
	v, ok := r.items[k]
	return v, ok
}

// Writing to a nil map panics: "assignment to entry in nil map"; reading from one is fine.
func main() {
	r := &Registry{}
	v, ok := r.Get("x")
	println(len(r.items), v, ok)
	r.items = map[string]int{}
	r.Add("a", 1)
	println(r.items["a"])
	r.items = nil
	r.Add("b", 2)
	println("not reached")
}
