flows.go:12:2: x escapes to heap:
flows.go:12:2:   flow: ~r0 = &x:
flows.go:12:2: moved to heap: x
flows.go:17:2: y escapes to heap:
flows.go:17:2:   flow: {heap} = &y:
flows.go:17:2: moved to heap: y
flows.go:21:12: parameter q leaks to {heap} with derefs=0:
flows.go:21:12:   flow: {heap} = q:
flows.go:21:12: leaking param: q
flows.go:25:13: parameter p leaks to ~r0 with derefs=0:
flows.go:25:13:   flow: ~r0 = p:
flows.go:25:13: leaking param: p to result ~r0 level=0
flows.go:29:14: parameter p leaks to ~r0 with derefs=1:
flows.go:29:14:   flow: ~r0 = *p:
flows.go:29:14: leaking param: p to result ~r0 level=1
flows.go:33:18: parameter p leaks to {heap} with derefs=1:
flows.go:33:18:   flow: {heap} = *p:
flows.go:33:18: leaking param content: p
flows.go:39:2: v escapes to heap:
flows.go:39:2:   flow: {heap} = &{storage for v}:
flows.go:39:2:     from v (spill) at flows.go:39:2
flows.go:39:2: v escapes to heap
flows.go:43:9: &T{} escapes to heap:
flows.go:43:9:   flow: ~r0 = &{storage for &T{}}:
flows.go:43:9:     from &T{} (spill) at flows.go:43:9
flows.go:43:9: &T{} escapes to heap
flows.go:47:9: &T{} escapes to heap:
flows.go:47:9:   flow: {heap} = &{storage for &T{}}:
flows.go:47:9:     from &T{} (spill) at flows.go:47:9
flows.go:47:9: &T{} escapes to heap
flows.go:52:9: func literal escapes to heap:
flows.go:52:9:   flow: ~r0 = &{storage for func literal}:
flows.go:52:9:     from func literal (spill) at flows.go:52:9
flows.go:52:9: func literal escapes to heap
flows.go:56:11: make([]int, n) escapes to heap:
flows.go:56:11:   flow: {heap} = &{storage for make([]int, n)}:
flows.go:56:11:     from make([]int, n) (non-constant size) at flows.go:56:11
flows.go:56:11: make([]int, n) escapes to heap
flows.go:63:2: i escapes to heap:
flows.go:63:2:   flow: {heap} = &i:
flows.go:63:2: moved to heap: i
