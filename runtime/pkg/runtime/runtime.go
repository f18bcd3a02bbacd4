// Package runtime: the small part of Go's runtime package that programs in the subset use: GC,
// SetFinalizer, KeepAlive, Gosched, GOMAXPROCS, NumCPU, NumGoroutine, the Error interface, and the GOOS, GOARCH,
// Compiler and Version identifiers. llgo-lite has one goroutine and Boehm's collector; GC runs a
// full collection through a C hook (runtime/pkg_runtime.c), which also names the architecture the
// runtime was built for. GOOS and GOARCH are variables here (Go has them as constants), since one
// bundled source serves both targets.
package runtime

// Compiler is the name of the compiler toolchain that built the running binary. Programs compare
// it with "gc" and "gccgo"; llgo-lite behaves as gc does.
const Compiler = "gc"

// GOOS is the running program's operating system target.
var GOOS = "linux"

// GOARCH is the running program's architecture target: "amd64" or "arm64".
var GOARCH = runtime_goarch()

// The Error interface identifies a run time error.
type Error interface {
	error
	// RuntimeError is a no-op function that serves to distinguish types that are run time
	// errors from ordinary errors.
	RuntimeError()
}

// GC runs a garbage collection, then the finalizers of the objects it found unreachable.
func GC() { runtime_gc() }

// SetFinalizer sets the finalizer associated with obj, a pointer to an object allocated by new,
// a composite literal or make, to the function finalizer, which takes obj's pointer type; a nil
// finalizer removes it. Finalizers run during a later runtime.GC call once obj is unreachable
// (Boehm's collector finds that; its conservative scan of stacks can keep an object alive longer).
// A nil or non-pointer obj is a fatal error, as in Go.
func SetFinalizer(obj any, finalizer any) {
	runtime_setfinalizer(obj, finalizer)
}

// Gosched yields the processor; with a single goroutine there is nothing to yield to.
func Gosched() {}

// KeepAlive marks its argument as currently reachable, so that it is not collected before the
// point of the call.
func KeepAlive(x any) { runtime_keepalive(x) }

// GOMAXPROCS sets the maximum number of CPUs that can be executing simultaneously and returns the
// previous setting; llgo-lite runs Go code on one thread, so the setting is always 1.
func GOMAXPROCS(n int) int { return 1 }

// NumCPU returns the number of logical CPUs usable by the current process.
func NumCPU() int { return runtime_numcpu() }

// NumGoroutine returns the number of goroutines that currently exist: always 1.
func NumGoroutine() int { return 1 }

// Version returns the Go tree's version string that the program's library follows.
func Version() string { return "go1.19" }

func runtime_gc()
func runtime_goarch() string
func runtime_numcpu() int
func runtime_keepalive(x any)
func runtime_setfinalizer(obj any, finalizer any)
