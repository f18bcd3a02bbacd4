decisions_optimised.go:13:11: leaking param: scratch to result ~r0 level=1
decisions_optimised.go:13:27: leaking param content: vs
decisions_optimised.go:25:17: make([]*vec, 3) does not escape
decisions_optimised.go:28:12: ... argument does not escape
decisions_optimised.go:28:22: &vec{...} escapes to heap
decisions_optimised.go:28:34: &vec{...} escapes to heap
decisions_optimised.go:28:46: &vec{...} escapes to heap
decisions_optimised.go:34:17: make([]*vec, 1) does not escape
decisions_optimised.go:38:24: []*vec{...} does not escape
decisions_optimised.go:38:25: &vec{...} escapes to heap
