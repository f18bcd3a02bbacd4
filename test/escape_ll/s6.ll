; s6.go (seed scenario 6): S holds a pointer. f2 takes the address of its int parameter x (a param
; site), f3 returns a struct holding its pointer parameter, f4 returns &y where y holds x.
; CHECK-M: s6.go:8:2: moved to heap: i
; CHECK-M: s6.go:14:9: moved to heap: x
; CHECK-M: s6.go:15:2: moved to heap: y
; CHECK-M: s6.go:19:9: leaking param: x to result ~r0 level=0
; CHECK-M: s6.go:24:9: leaking param: x
; CHECK-M: s6.go:25:2: moved to heap: y

%S = type { ptr }

define void @del.f1() !llgo.func !0 {
entry:
  %i = call ptr @llgo.alloc.noscan(i64 8), !llgo.site !10
  store i64 123, ptr %i
  %ival = load i64, ptr %i
  %r = call ptr @del.f2(i64 %ival)
  %a = load %S, ptr %r
  %b = call %S @del.f3(ptr %i)
  %c = call ptr @del.f4(ptr %i)
  %d = load %S, ptr %c
  ret void
}

define ptr @del.f2(i64 %x) !llgo.func !1 {
entry:
  %xs = call ptr @llgo.alloc.noscan(i64 8), !llgo.site !11
  store i64 %x, ptr %xs
  %y = call ptr @llgo.alloc(i64 8), !llgo.site !12
  %v = insertvalue %S zeroinitializer, ptr %xs, 0
  store %S %v, ptr %y
  ret ptr %y
}

define %S @del.f3(ptr %x) !llgo.func !4 {
entry:
  %v = insertvalue %S zeroinitializer, ptr %x, 0
  ret %S %v
}

define ptr @del.f4(ptr %x) !llgo.func !6 {
entry:
  %y = call ptr @llgo.alloc(i64 8), !llgo.site !13
  %f = getelementptr %S, ptr %y, i32 0, i32 0
  store ptr %x, ptr %f
  ret ptr %y
}

declare ptr @llgo.alloc(i64)
declare ptr @llgo.alloc.noscan(i64)

!0 = !{!"del.f1", !"s6.go", i32 7, i32 6, !{}, !{}}
!1 = !{!"del.f2", !"s6.go", i32 14, i32 6, !{!2}, !{!3}}
!2 = !{!"x", i32 14, i32 9, i32 0}
!3 = !{!"~r0"}
!4 = !{!"del.f3", !"s6.go", i32 19, i32 6, !{!5}, !{!3}}
!5 = !{!"x", i32 19, i32 9, i32 0}
!6 = !{!"del.f4", !"s6.go", i32 24, i32 6, !{!7}, !{!3}}
!7 = !{!"x", i32 24, i32 9, i32 0}
!10 = !{!"var", !"i", !"s6.go", i32 8, i32 2, i32 0}
!11 = !{!"param", !"x", !"s6.go", i32 14, i32 9, i32 0}
!12 = !{!"var", !"y", !"s6.go", i32 15, i32 2, i32 0}
!13 = !{!"var", !"y", !"s6.go", i32 25, i32 2, i32 0}
