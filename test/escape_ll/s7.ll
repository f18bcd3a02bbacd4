; s7.go (seed scenario 7): stores into a value parameter stay local; stores through a pointer
; parameter go to the heap.
; CHECK-M: s7.go:8:2: moved to heap: i
; CHECK-M: s7.go:15:16: y does not escape
; CHECK-M: s7.go:18:9: x does not escape
; CHECK-M: s7.go:18:17: y does not escape
; CHECK-M: s7.go:21:9: moved to heap: x
; CHECK-M: s7.go:21:16: y does not escape
; CHECK-M: s7.go:24:9: leaking param: x
; CHECK-M: s7.go:24:17: y does not escape

%S = type { ptr }

define void @del.f1() !llgo.func !0 {
entry:
  %i = call ptr @llgo.alloc.noscan(i64 8), !llgo.site !20
  store i64 123, ptr %i
  %s = call ptr @llgo.alloc(i64 8), !llgo.site !21
  %iv = load i64, ptr %i
  %sv = load %S, ptr %s
  call void @del.f2(i64 %iv, %S %sv)
  call void @del.f3(ptr %i, %S %sv)
  call void @del.f4(i64 %iv, ptr %s)
  call void @del.f5(ptr %i, ptr %s)
  ret void
}

define void @del.f2(i64 %x, %S %y) !llgo.func !1 {
entry:
  %xs = call ptr @llgo.alloc.noscan(i64 8), !llgo.site !22
  store i64 %x, ptr %xs
  %ys = alloca %S
  store %S %y, ptr %ys
  store ptr %xs, ptr %ys
  ret void
}

define void @del.f3(ptr %x, %S %y) !llgo.func !4 {
entry:
  %ys = alloca %S
  store %S %y, ptr %ys
  store ptr %x, ptr %ys
  ret void
}

define void @del.f4(i64 %x, ptr %y) !llgo.func !7 {
entry:
  %xs = call ptr @llgo.alloc.noscan(i64 8), !llgo.site !23
  store i64 %x, ptr %xs
  store ptr %xs, ptr %y
  ret void
}

define void @del.f5(ptr %x, ptr %y) !llgo.func !10 {
entry:
  store ptr %x, ptr %y
  ret void
}

declare ptr @llgo.alloc(i64)
declare ptr @llgo.alloc.noscan(i64)

!0 = !{!"del.f1", !"s7.go", i32 7, i32 6, !{}, !{}}
!1 = !{!"del.f2", !"s7.go", i32 15, i32 6, !{!2, !3}, !{}}
!2 = !{!"x", i32 15, i32 9, i32 0}
!3 = !{!"y", i32 15, i32 16, i32 1}
!4 = !{!"del.f3", !"s7.go", i32 18, i32 6, !{!5, !6}, !{}}
!5 = !{!"x", i32 18, i32 9, i32 0}
!6 = !{!"y", i32 18, i32 17, i32 1}
!7 = !{!"del.f4", !"s7.go", i32 21, i32 6, !{!8, !9}, !{}}
!8 = !{!"x", i32 21, i32 9, i32 0}
!9 = !{!"y", i32 21, i32 16, i32 1}
!10 = !{!"del.f5", !"s7.go", i32 24, i32 6, !{!11, !12}, !{}}
!11 = !{!"x", i32 24, i32 9, i32 0}
!12 = !{!"y", i32 24, i32 17, i32 1}
!20 = !{!"var", !"i", !"s7.go", i32 8, i32 2, i32 0}
!21 = !{!"var", !"s", !"s7.go", i32 9, i32 6, i32 0}
!22 = !{!"param", !"x", !"s7.go", i32 15, i32 9, i32 0}
!23 = !{!"param", !"x", !"s7.go", i32 21, i32 9, i32 0}
