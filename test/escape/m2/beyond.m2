beyond.go:15:7: r does not escape
beyond.go:17:11: parameter s leaks to {heap} with derefs=0:
beyond.go:17:11:   flow: {heap} = s:
beyond.go:17:11: leaking param: s
beyond.go:23:13: sq escapes to heap:
beyond.go:23:13:   flow: {heap} = &{storage for sq}:
beyond.go:23:13:     from sq (spill) at beyond.go:23:13
beyond.go:23:13: sq escapes to heap
beyond.go:23:25: &Rect{...} escapes to heap:
beyond.go:23:25:   flow: {heap} = &{storage for &Rect{...}}:
beyond.go:23:25:     from &Rect{...} (spill) at beyond.go:23:25
beyond.go:23:25: &Rect{...} escapes to heap
beyond.go:26:12: f does not escape
beyond.go:27:2: k escapes to heap:
beyond.go:27:2:   flow: {heap} = &k:
beyond.go:27:2: moved to heap: k
beyond.go:32:15: func literal does not escape
beyond.go:32:20: p does not escape
beyond.go:37:29: &Acc{} escapes to heap:
beyond.go:37:29:   flow: ~r0 = &{storage for &Acc{}}:
beyond.go:37:29:     from &Acc{} (spill) at beyond.go:37:29
beyond.go:37:29: &Acc{} escapes to heap
