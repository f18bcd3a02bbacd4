; misc.go (expected report from Go 1.19: go tool compile -m -l): globals, loads through params
; (content and level=1), recursion (summary fixpoint), two results, a box, a pointer to a pointer
; that stays local, and sizes over Go's stack limits.
; CHECK-M: misc.go:6:2: moved to heap: x
; CHECK-M: misc.go:12:14: leaking param: t to result ~r0 level=1
; CHECK-M: misc.go:16:18: leaking param content: t
; CHECK-M: misc.go:20:10: leaking param: p to result ~r0 level=0
; CHECK-M: misc.go:27:10: leaking param: p to result ~r1 level=0
; CHECK-M: misc.go:27:13: leaking param: q to result ~r0 level=0
; CHECK-M: misc.go:32:9: x escapes to heap
; CHECK-M: misc.go:43:6: moved to heap: a
; CHECK-M: misc.go:49:10: new([100000]byte) escapes to heap

%T = type { ptr }
%eface = type { ptr, ptr }

@misc.g = global ptr null
@type.int = external constant i8

define void @misc.storeGlobal() !llgo.func !0 {
entry:
  %x = call ptr @llgo.alloc.noscan(i64 8), !llgo.site !20
  store i64 1, ptr %x
  store ptr %x, ptr @misc.g
  ret void
}

define ptr @misc.content(ptr %t) !llgo.func !1 {
entry:
  %f = getelementptr %T, ptr %t, i32 0, i32 0
  %v = load ptr, ptr %f
  ret ptr %v
}

define void @misc.contentHeap(ptr %t) !llgo.func !2 {
entry:
  %f = getelementptr %T, ptr %t, i32 0, i32 0
  %v = load ptr, ptr %f
  store ptr %v, ptr @misc.g
  ret void
}

define ptr @misc.rec(ptr %p, i64 %n) !llgo.func !3 {
entry:
  %c = icmp eq i64 %n, 0
  br i1 %c, label %base, label %recur
base:
  ret ptr %p
recur:
  %n1 = sub i64 %n, 1
  %r = call ptr @misc.rec(ptr %p, i64 %n1)
  ret ptr %r
}

define { ptr, ptr } @misc.two(ptr %p, ptr %q) !llgo.func !4 {
entry:
  %a = insertvalue { ptr, ptr } undef, ptr %q, 0
  %b = insertvalue { ptr, ptr } %a, ptr %p, 1
  ret { ptr, ptr } %b
}

define %eface @misc.boxIt(i64 %x) !llgo.func !5 {
entry:
  %box = call ptr @llgo.alloc.noscan(i64 8), !llgo.site !21
  store i64 %x, ptr %box
  %a = insertvalue %eface undef, ptr @type.int, 0
  %b = insertvalue %eface %a, ptr %box, 1
  ret %eface %b
}

define i64 @misc.keepLocal() !llgo.func !6 {
entry:
  %x = call ptr @llgo.alloc.noscan(i64 8), !llgo.site !22
  store i64 5, ptr %x
  %y = call ptr @llgo.alloc(i64 8), !llgo.site !23
  store ptr %x, ptr %y
  %p = load ptr, ptr %y
  %v = load i64, ptr %p
  ret i64 %v
}

define i64 @misc.big() !llgo.func !7 {
entry:
  %a = call ptr @llgo.alloc.noscan(i64 20971520), !llgo.site !24
  ret i64 20971520
}

define i64 @misc.bigNew() !llgo.func !8 {
entry:
  %p = call ptr @llgo.alloc.noscan(i64 100000), !llgo.site !25
  ret i64 100000
}

declare ptr @llgo.alloc(i64)
declare ptr @llgo.alloc.noscan(i64)

!0 = !{!"misc.storeGlobal", !"misc.go", i32 5, i32 6, !{}, !{}}
!1 = !{!"misc.content", !"misc.go", i32 12, i32 6, !{!11}, !{!30}}
!2 = !{!"misc.contentHeap", !"misc.go", i32 16, i32 6, !{!12}, !{}}
!3 = !{!"misc.rec", !"misc.go", i32 20, i32 6, !{!13, !14}, !{!30}}
!4 = !{!"misc.two", !"misc.go", i32 27, i32 6, !{!15, !16}, !{!30, !31}}
!5 = !{!"misc.boxIt", !"misc.go", i32 31, i32 6, !{!17}, !{!30}}
!6 = !{!"misc.keepLocal", !"misc.go", i32 35, i32 6, !{}, !{!30}}
!7 = !{!"misc.big", !"misc.go", i32 42, i32 6, !{}, !{!30}}
!8 = !{!"misc.bigNew", !"misc.go", i32 48, i32 6, !{}, !{!30}}
!11 = !{!"t", i32 12, i32 14, i32 0}
!12 = !{!"t", i32 16, i32 18, i32 0}
!13 = !{!"p", i32 20, i32 10, i32 0}
!14 = !{!"n", i32 20, i32 18, i32 1}
!15 = !{!"p", i32 27, i32 10, i32 0}
!16 = !{!"q", i32 27, i32 13, i32 1}
!17 = !{!"x", i32 31, i32 12, i32 0}
!20 = !{!"var", !"x", !"misc.go", i32 6, i32 2, i32 0}
!21 = !{!"box", !"x", !"misc.go", i32 32, i32 9, i32 0}
!22 = !{!"var", !"x", !"misc.go", i32 36, i32 2, i32 0}
!23 = !{!"var", !"y", !"misc.go", i32 37, i32 2, i32 0}
!24 = !{!"var", !"a", !"misc.go", i32 43, i32 6, i32 0}
!25 = !{!"new", !"new([100000]byte)", !"misc.go", i32 49, i32 10, i32 0}
!30 = !{!"~r0"}
!31 = !{!"~r1"}
