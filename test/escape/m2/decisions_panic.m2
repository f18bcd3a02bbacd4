decisions_panic.go:9:9: leaking param: s
decisions_panic.go:9:27: s escapes to heap
decisions_panic.go:10:18: "x" escapes to heap
decisions_panic.go:11:18: 1 + 2 escapes to heap
decisions_panic.go:12:22: t escapes to heap
decisions_panic.go:13:9: t does not escape
decisions_panic.go:13:23: t.a escapes to heap
decisions_panic.go:14:31: x + y escapes to heap
decisions_panic.go:15:20: T{...} escapes to heap
decisions_panic.go:16:20: g escapes to heap
decisions_panic.go:17:9: b does not escape
decisions_panic.go:17:33: string(b) escapes to heap
decisions_panic.go:17:34: string(b) escapes to heap
decisions_panic.go:19:14: g + 1 escapes to heap
decisions_panic.go:20:13: 7 escapes to heap
decisions_panic.go:21:14: g escapes to heap
