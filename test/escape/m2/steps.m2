steps.go:11:7: parameter t leaks to {heap} with derefs=0:
steps.go:11:7:   flow: {heap} = t:
steps.go:11:7:     from gt = t (assign) at steps.go:11:25
steps.go:11:7: leaking param: t
steps.go:13:7: parameter t leaks to ~r0 with derefs=0:
steps.go:13:7:   flow: ~r0 = &t:
steps.go:13:7:     from &t (address-of) at steps.go:13:31
steps.go:13:7:     from return &t (return) at steps.go:13:24
steps.go:13:7: t escapes to heap:
steps.go:13:7:   flow: ~r0 = &t:
steps.go:13:7:     from &t (address-of) at steps.go:13:31
steps.go:13:7:     from return &t (return) at steps.go:13:24
steps.go:13:7: moved to heap: t
steps.go:15:11: parameter p leaks to {heap} with derefs=0:
steps.go:15:11:   flow: {heap} = p:
steps.go:15:11:     from gp = p (assign) at steps.go:15:24
steps.go:15:11: leaking param: p
steps.go:17:14: parameter x leaks to ~r0 with derefs=0:
steps.go:17:14:   flow: ~r0 = &x:
steps.go:17:14:     from &x (address-of) at steps.go:18:9
steps.go:17:14:     from return &x (return) at steps.go:18:2
steps.go:17:14: x escapes to heap:
steps.go:17:14:   flow: ~r0 = &x:
steps.go:17:14:     from &x (address-of) at steps.go:18:9
steps.go:17:14:     from return &x (return) at steps.go:18:2
steps.go:17:14: moved to heap: x
steps.go:22:12: new(int) escapes to heap:
steps.go:22:12:   flow: ~r0 = &{storage for new(int)}:
steps.go:22:12:     from new(int) (spill) at steps.go:22:12
steps.go:22:12:     from return new(int) (return) at steps.go:22:2
steps.go:22:12: new(int) escapes to heap
steps.go:26:9: &T{...} escapes to heap:
steps.go:26:9:   flow: ~r0 = &{storage for &T{...}}:
steps.go:26:9:     from &T{...} (spill) at steps.go:26:9
steps.go:26:9:     from return &T{...} (return) at steps.go:26:2
steps.go:26:9: &T{...} escapes to heap
steps.go:29:11: parameter a leaks to ~r0 with derefs=0:
steps.go:29:11:   flow: ~r0 = &a:
steps.go:29:11:     from &a (address-of) at steps.go:30:9
steps.go:29:11:     from return &a, &b (return) at steps.go:30:2
steps.go:29:11: a escapes to heap:
steps.go:29:11:   flow: ~r0 = &a:
steps.go:29:11:     from &a (address-of) at steps.go:30:9
steps.go:29:11:     from return &a, &b (return) at steps.go:30:2
steps.go:29:11: moved to heap: a
steps.go:29:14: parameter b leaks to ~r1 with derefs=0:
steps.go:29:14:   flow: ~r1 = &b:
steps.go:29:14:     from &b (address-of) at steps.go:30:13
steps.go:29:14:     from return &a, &b (return) at steps.go:30:2
steps.go:29:14: b escapes to heap:
steps.go:29:14:   flow: ~r1 = &b:
steps.go:29:14:     from &b (address-of) at steps.go:30:13
steps.go:29:14:     from return &a, &b (return) at steps.go:30:2
steps.go:29:14: moved to heap: b
steps.go:34:2: a escapes to heap:
steps.go:34:2:   flow: {heap} = &a:
steps.go:34:2:     from &a (address-of) at steps.go:35:7
steps.go:34:2:     from leak(&a) (call parameter) at steps.go:35:6
steps.go:34:2: moved to heap: a
steps.go:36:6: t escapes to heap:
steps.go:36:6:   flow: {heap} = &t:
steps.go:36:6:     from t (address-of) at steps.go:37:3
steps.go:36:6:     from (*T).Keep(t) (call parameter) at steps.go:37:8
steps.go:36:6: moved to heap: t
steps.go:39:7: func literal escapes to heap:
steps.go:39:7:   flow: {heap} = &{storage for func literal}:
steps.go:39:7:     from func literal (spill) at steps.go:39:7
steps.go:39:7:     from gf = func literal (assign) at steps.go:39:5
steps.go:39:7: func literal escapes to heap
steps.go:40:10: new(int) escapes to heap:
steps.go:40:10:   flow: {heap} = &{storage for new(int)}:
steps.go:40:10:     from new(int) (spill) at steps.go:40:10
steps.go:40:10:     from gp = new(int) (assign) at steps.go:40:5
steps.go:40:10: new(int) escapes to heap
steps.go:41:7: &T{...} escapes to heap:
steps.go:41:7:   flow: {heap} = &{storage for &T{...}}:
steps.go:41:7:     from &T{...} (spill) at steps.go:41:7
steps.go:41:7:     from gt = &T{...} (assign) at steps.go:41:5
steps.go:41:7: &T{...} escapes to heap
steps.go:44:6: n escapes to heap:
steps.go:44:6:   flow: {heap} = &n:
steps.go:44:6:     from &n (address-of) at steps.go:45:7
steps.go:44:6:     from gp = &n (assign) at steps.go:45:5
steps.go:44:6: moved to heap: n
