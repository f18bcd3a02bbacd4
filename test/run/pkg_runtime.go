package main

import (
	"os"
	"runtime"
	"strings"
)

type node struct {
	next *node
	val  int
}

func main() {
	var head *node
	for i := 0; i < 1000; i++ {
		head = &node{head, i}
	}
	runtime.GC()
	sum := 0
	for n := head; n != nil; n = n.next {
		sum += n.val
	}
	runtime.KeepAlive(head)
	runtime.Gosched()
	println(sum, runtime.GOOS, runtime.GOARCH == "amd64" || runtime.GOARCH == "arm64", runtime.Compiler)
	println(runtime.NumCPU() >= 1, runtime.GOMAXPROCS(0) >= 1, runtime.NumGoroutine(), strings.HasPrefix(runtime.Version(), "go1.19"))
	defer func() {
		r := recover()
		err, ok := r.(error)
		os.Stdout.WriteString(err.Error() + "\n")
		println(ok)
	}()
	var xs []int
	_ = xs[5]
}
