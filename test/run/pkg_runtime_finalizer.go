package main

import "runtime"

type T struct{ a [4]int }

var count int

func alloc(n int) {
	for i := 0; i < n; i++ {
		t := &T{}
		t.a[0] = i
		runtime.SetFinalizer(t, func(p *T) { count++ })
	}
}

func main() {
	alloc(1000)
	for i := 0; i < 5; i++ {
		runtime.GC()
	}
	println(count > 500, count <= 1000)
	x := new(int)
	runtime.SetFinalizer(x, func(*int) { panic("removed finalizer ran") })
	runtime.SetFinalizer(x, nil)
	x = nil
	runtime.GC()
	println("done")
}
