; Closures (test/escape/closures_ref.go, func_value_call.go, defer_stmt.go; reports from Go 1.19).
; A closure is a site whose first word is the code pointer and whose captured variables follow;
; its body takes the environment as its first parameter. Calling a function value does not leak
; the value; deferring a closure in a loop (rt_defer_add 'f') sends it to the heap.
; CHECK-M: closures_ref.go:4:2: moved to heap: n
; CHECK-M: closures_ref.go:5:9: func literal escapes to heap
; CHECK-M: closures_ref.go:13:9: func literal does not escape
; CHECK-M: closures_ref.go:22:10: func literal escapes to heap
; CHECK-M: defer_stmt.go:10:2: moved to heap: total
; CHECK-M: defer_stmt.go:12:9: func literal escapes to heap
; CHECK-M: func_value_call.go:3:15: f does not escape
; CHECK-M: func_value_call.go:4:2: moved to heap: x
; CHECK-M: func_value_call.go:8:14: f does not escape
; CHECK-M: func_value_call.go:8:28: leaking param: p

@escape.saved = global ptr null

define ptr @escape.counter() !llgo.func !0 {
entry:
  %n = call ptr @llgo.alloc.noscan(i64 8), !llgo.site !10
  store i64 0, ptr %n
  %env = call ptr @llgo.alloc(i64 16), !llgo.site !11
  store ptr @escape.counter.func1, ptr %env
  %slot = getelementptr i8, ptr %env, i64 8
  store ptr %n, ptr %slot
  ret ptr %env
}

define i64 @escape.counter.func1(ptr %env) !llgo.func !1 {
entry:
  %slot = getelementptr i8, ptr %env, i64 8
  %n = load ptr, ptr %slot
  %v = load i64, ptr %n
  %v1 = add i64 %v, 1
  store i64 %v1, ptr %n
  ret i64 %v1
}

define i64 @escape.modifyLocal() !llgo.func !2 {
entry:
  %x = call ptr @llgo.alloc.noscan(i64 8), !llgo.site !12
  store i64 0, ptr %x
  %env = call ptr @llgo.alloc(i64 16), !llgo.site !13
  store ptr @escape.modifyLocal.func1, ptr %env
  %slot = getelementptr i8, ptr %env, i64 8
  store ptr %x, ptr %slot
  %fp = load ptr, ptr %env
  call void %fp(ptr %env)
  %fp2 = load ptr, ptr %env
  call void %fp2(ptr %env)
  %r = load i64, ptr %x
  ret i64 %r
}

define void @escape.modifyLocal.func1(ptr %env) !llgo.func !3 {
entry:
  %slot = getelementptr i8, ptr %env, i64 8
  %x = load ptr, ptr %slot
  %v = load i64, ptr %x
  %v1 = add i64 %v, 1
  store i64 %v1, ptr %x
  ret void
}

define void @escape.saveClosure(i64 %x) !llgo.func !4 {
entry:
  %env = call ptr @llgo.alloc.noscan(i64 16), !llgo.site !14
  store ptr @escape.saveClosure.func1, ptr %env
  %slot = getelementptr i8, ptr %env, i64 8
  store i64 %x, ptr %slot
  store ptr %env, ptr @escape.saved
  ret void
}

define void @escape.saveClosure.func1(ptr %env) !llgo.func !5 {
entry:
  %slot = getelementptr i8, ptr %env, i64 8
  %x = load i64, ptr %slot
  call void @rt_print_int(i64 %x)
  call void @rt_print_nl()
  ret void
}

define i64 @escape.deferInLoop(i64 %n) !llgo.func !6 {
entry:
  %frame = alloca [64 x i8]
  call void @rt_defer_push(ptr %frame)
  %total = call ptr @llgo.alloc.noscan(i64 8), !llgo.site !15
  store i64 0, ptr %total
  br label %cond
cond:
  %i = phi i64 [ 0, %entry ], [ %i1, %body ]
  %c = icmp slt i64 %i, %n
  br i1 %c, label %body, label %exit
body:
  %env = call ptr @llgo.alloc(i64 16), !llgo.site !16
  store ptr @escape.deferInLoop.func1, ptr %env
  %slot = getelementptr i8, ptr %env, i64 8
  store ptr %total, ptr %slot
  call void @rt_defer_add(ptr %frame, ptr %env)
  %i1 = add i64 %i, 1
  br label %cond
exit:
  call void @rt_defer_return(ptr %frame)
  %t = load i64, ptr %total
  ret i64 %t
}

define void @escape.deferInLoop.func1(ptr %env) !llgo.func !7 {
entry:
  %slot = getelementptr i8, ptr %env, i64 8
  %t = load ptr, ptr %slot
  %v = load i64, ptr %t
  %v1 = add i64 %v, 1
  store i64 %v1, ptr %t
  ret void
}

define i64 @escape.callWith(ptr %f) !llgo.func !8 {
entry:
  %x = call ptr @llgo.alloc.noscan(i64 8), !llgo.site !17
  store i64 1, ptr %x
  %fp = load ptr, ptr %f
  %r = call i64 %fp(ptr %f, ptr %x)
  ret i64 %r
}

define void @escape.callPtr(ptr %f, ptr %p) !llgo.func !9 {
entry:
  %fp = load ptr, ptr %f
  call void %fp(ptr %f, ptr %p)
  ret void
}

declare ptr @llgo.alloc(i64)
declare ptr @llgo.alloc.noscan(i64)
declare void @rt_print_int(i64)
declare void @rt_print_nl()
declare void @rt_defer_push(ptr)
declare void @rt_defer_add(ptr, ptr)
declare void @rt_defer_return(ptr)

!0 = !{!"escape.counter", !"closures_ref.go", i32 3, i32 6, !{}, !{!30}}
!1 = !{!"escape.counter.func1", !"closures_ref.go", i32 5, i32 9, !{}, !{!30}}
!2 = !{!"escape.modifyLocal", !"closures_ref.go", i32 11, i32 6, !{}, !{!30}}
!3 = !{!"escape.modifyLocal.func1", !"closures_ref.go", i32 13, i32 9, !{}, !{}}
!4 = !{!"escape.saveClosure", !"closures_ref.go", i32 21, i32 6, !{}, !{}}
!5 = !{!"escape.saveClosure.func1", !"closures_ref.go", i32 22, i32 10, !{}, !{}}
!6 = !{!"escape.deferInLoop", !"defer_stmt.go", i32 9, i32 6, !{}, !{!30}}
!7 = !{!"escape.deferInLoop.func1", !"defer_stmt.go", i32 12, i32 9, !{}, !{}}
!8 = !{!"escape.callWith", !"func_value_call.go", i32 3, i32 6, !{!20}, !{!30}}
!9 = !{!"escape.callPtr", !"func_value_call.go", i32 8, i32 6, !{!21, !22}, !{}}
!10 = !{!"var", !"n", !"closures_ref.go", i32 4, i32 2, i32 0}
!11 = !{!"closure", !"func literal", !"closures_ref.go", i32 5, i32 9, i32 0}
!12 = !{!"var", !"x", !"closures_ref.go", i32 12, i32 2, i32 0}
!13 = !{!"closure", !"func literal", !"closures_ref.go", i32 13, i32 9, i32 0}
!14 = !{!"closure", !"func literal", !"closures_ref.go", i32 22, i32 10, i32 0}
!15 = !{!"var", !"total", !"defer_stmt.go", i32 10, i32 2, i32 0}
!16 = !{!"defer", !"func literal", !"defer_stmt.go", i32 12, i32 9, i32 1}
!17 = !{!"var", !"x", !"func_value_call.go", i32 4, i32 2, i32 0}
!20 = !{!"f", i32 3, i32 15, i32 0}
!21 = !{!"f", i32 8, i32 14, i32 0}
!22 = !{!"p", i32 8, i32 28, i32 1}
!30 = !{!"~r0"}
