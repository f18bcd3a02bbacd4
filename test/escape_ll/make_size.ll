; test/escape/make_size.go: constant-size makes stay, non-constant ones go to the heap, a returned
; one escapes, and a map header (constant size) stays even with a non-constant hint.
; CHECK-M: make_size.go:4:11: make([]int, 10) does not escape
; CHECK-M: make_size.go:9:11: make([]int, n) escapes to heap
; CHECK-M: make_size.go:19:13: make([]int, 4) escapes to heap
; CHECK-M: make_size.go:23:11: make(map[int]int, n) does not escape

@type.map.int.int = external constant i8

define i64 @escape.makeConst() !llgo.func !0 {
entry:
  %s = call ptr @llgo.alloc.noscan(i64 80), !llgo.site !10
  ret i64 10
}

define i64 @escape.makeNonConst(i64 %n) !llgo.func !1 {
entry:
  %size = mul i64 %n, 8
  %s = call ptr @llgo.alloc.noscan(i64 %size), !llgo.site !11
  ret i64 %n
}

define { ptr, i64, i64 } @escape.makeReturned() !llgo.func !2 {
entry:
  %s = call ptr @llgo.alloc.noscan(i64 32), !llgo.site !12
  %a = insertvalue { ptr, i64, i64 } undef, ptr %s, 0
  %b = insertvalue { ptr, i64, i64 } %a, i64 4, 1
  %c = insertvalue { ptr, i64, i64 } %b, i64 4, 2
  ret { ptr, i64, i64 } %c
}

define i64 @escape.makeMap(i64 %n) !llgo.func !3 {
entry:
  %m = call ptr @llgo.alloc(i64 48), !llgo.site !13
  call void @rt_map_init(ptr %m, ptr @type.map.int.int, i64 %n)
  %l = call i64 @rt_map_len(ptr %m)
  ret i64 %l
}

declare ptr @llgo.alloc(i64)
declare ptr @llgo.alloc.noscan(i64)
declare void @rt_map_init(ptr, ptr, i64)
declare i64 @rt_map_len(ptr)

!0 = !{!"escape.makeConst", !"make_size.go", i32 3, i32 6, !{}, !{!20}}
!1 = !{!"escape.makeNonConst", !"make_size.go", i32 8, i32 6, !{}, !{!20}}
!2 = !{!"escape.makeReturned", !"make_size.go", i32 18, i32 6, !{}, !{!20}}
!3 = !{!"escape.makeMap", !"make_size.go", i32 22, i32 6, !{}, !{!20}}
!10 = !{!"make_slice", !"make([]int, 10)", !"make_size.go", i32 4, i32 11, i32 0}
!11 = !{!"make_slice", !"make([]int, n)", !"make_size.go", i32 9, i32 11, i32 0}
!12 = !{!"make_slice", !"make([]int, 4)", !"make_size.go", i32 19, i32 13, i32 0}
!13 = !{!"make_map", !"make(map[int]int, n)", !"make_size.go", i32 23, i32 11, i32 0}
!20 = !{!"~r0"}
