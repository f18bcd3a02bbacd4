; s4.go (seed scenario 4) as lowering emits it after stage 1 (mem2reg): `s` is address-taken (site),
; f2 returns its parameter, f3 returns the address of its local y.
; CHECK-M: s4.go:13:9: leaking param: x to result ~r0 level=0
; CHECK-M: s4.go:18:9: x does not escape
; CHECK-M: s4.go:19:2: moved to heap: y

define void @del.f1() !llgo.func !0 {
entry:
  %s = call ptr @llgo.alloc.noscan(i64 8), !llgo.site !10
  store i64 1, ptr %s
  %r = call ptr @del.f2(ptr %s)
  %v = load i64, ptr %r
  %r2 = call ptr @del.f3(ptr %s)
  %v2 = load i64, ptr %r2
  ret void
}

define ptr @del.f2(ptr %x) !llgo.func !1 {
entry:
  ret ptr %x
}

define ptr @del.f3(ptr %x) !llgo.func !4 {
entry:
  %y = call ptr @llgo.alloc.noscan(i64 8), !llgo.site !11
  %l = load i64, ptr %x
  store i64 %l, ptr %y
  ret ptr %y
}

declare ptr @llgo.alloc.noscan(i64)

!0 = !{!"del.f1", !"s4.go", i32 7, i32 6, !{}, !{}}
!1 = !{!"del.f2", !"s4.go", i32 13, i32 6, !{!2}, !{!3}}
!2 = !{!"x", i32 13, i32 9, i32 0}
!3 = !{!"~r0"}
!4 = !{!"del.f3", !"s4.go", i32 18, i32 6, !{!5}, !{!3}}
!5 = !{!"x", i32 18, i32 9, i32 0}
!10 = !{!"var", !"s", !"s4.go", i32 8, i32 2, i32 0}
!11 = !{!"var", !"y", !"s4.go", i32 19, i32 2, i32 0}
