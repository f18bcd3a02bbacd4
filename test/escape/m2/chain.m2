chain.go:11:2: i escapes to heap:
chain.go:11:2:   flow: p0 = &i:
chain.go:11:2: moved to heap: i
chain.go:12:2: p0 escapes to heap:
chain.go:12:2:   flow: p1 = &p0:
chain.go:12:2: moved to heap: p0
chain.go:13:2: p1 escapes to heap:
chain.go:13:2:   flow: p2 = &p1:
chain.go:13:2: moved to heap: p1
chain.go:14:2: p2 escapes to heap:
chain.go:14:2:   flow: {heap} = &p2:
chain.go:14:2: moved to heap: p2
chain.go:19:2: n escapes to heap:
chain.go:19:2:   flow: {storage for &Node{...}} = &n:
chain.go:19:2: moved to heap: n
chain.go:20:9: &Node{...} escapes to heap:
chain.go:20:9:   flow: {heap} = &{storage for &Node{...}}:
chain.go:20:9:     from &Node{...} (spill) at chain.go:20:9
chain.go:20:9: &Node{...} escapes to heap
