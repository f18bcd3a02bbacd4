; test/escape/recursion.go (insert) and string_concat.go (concatLocal, concatReturned): a
; self-recursive call flows through the function's own parameter and result locations, as Go does
; (so t leaks to the heap, not only its content); a concatenation of non-constant size is reported
; by its flows (Go uses a stack buffer for small ones) and still allocated on the heap; copying
; bytes into it moves no pointers; a memcpy marked !llgo.noscan moves none either.
; CHECK-M: recursion.go:15:13: leaking param: t
; CHECK-M: recursion.go:17:10: &Tree{...} escapes to heap
; CHECK-M: string_concat.go:5:18: a does not escape
; CHECK-M: string_concat.go:5:21: b does not escape
; CHECK-M: string_concat.go:6:9: a + b does not escape
; CHECK-M: string_concat.go:10:21: a does not escape
; CHECK-M: string_concat.go:10:24: b does not escape
; CHECK-M: string_concat.go:11:11: a + b escapes to heap
; CHECK-M: x.go:3:10: p does not escape

%Tree = type { ptr, ptr, i64 }
%str = type { ptr, i64 }

define ptr @escape.insert(ptr %t, i64 %v) !llgo.func !0 {
entry:
  %isnil = icmp eq ptr %t, null
  br i1 %isnil, label %new, label %walk
new:
  %n = call ptr @llgo.alloc(i64 24), !llgo.site !10
  %nv = getelementptr %Tree, ptr %n, i32 0, i32 2
  store i64 %v, ptr %nv
  ret ptr %n
walk:
  %tv = getelementptr %Tree, ptr %t, i32 0, i32 2
  %k = load i64, ptr %tv
  %lt = icmp slt i64 %v, %k
  br i1 %lt, label %left, label %right
left:
  %l = load ptr, ptr %t
  %nl = call ptr @escape.insert(ptr %l, i64 %v)
  store ptr %nl, ptr %t
  br label %done
right:
  %rp = getelementptr %Tree, ptr %t, i32 0, i32 1
  %r = load ptr, ptr %rp
  %nr = call ptr @escape.insert(ptr %r, i64 %v)
  store ptr %nr, ptr %rp
  br label %done
done:
  ret ptr %t
}

define i64 @escape.concatLocal(%str %a, %str %b) !llgo.func !1 {
entry:
  %la = extractvalue %str %a, 1
  %lb = extractvalue %str %b, 1
  %n = add i64 %la, %lb
  %s = call ptr @llgo.alloc.noscan(i64 %n), !llgo.site !11
  %pa = extractvalue %str %a, 0
  call void @llvm.memcpy.p0.p0.i64(ptr %s, ptr %pa, i64 %la, i1 false)
  %d = getelementptr i8, ptr %s, i64 %la
  %pb = extractvalue %str %b, 0
  call void @llvm.memcpy.p0.p0.i64(ptr %d, ptr %pb, i64 %lb, i1 false)
  ret i64 %n
}

define %str @escape.concatReturned(%str %a, %str %b) !llgo.func !2 {
entry:
  %la = extractvalue %str %a, 1
  %lb = extractvalue %str %b, 1
  %n = add i64 %la, %lb
  %s = call ptr @llgo.alloc.noscan(i64 %n), !llgo.site !12
  %pa = extractvalue %str %a, 0
  call void @llvm.memcpy.p0.p0.i64(ptr %s, ptr %pa, i64 %la, i1 false)
  %d = getelementptr i8, ptr %s, i64 %la
  %pb = extractvalue %str %b, 0
  call void @llvm.memcpy.p0.p0.i64(ptr %d, ptr %pb, i64 %lb, i1 false)
  %r0 = insertvalue %str undef, ptr %s, 0
  %r1 = insertvalue %str %r0, i64 %n, 1
  ret %str %r1
}

; copy(dst, p[:8]) of ints into memory the pass cannot see: marked pointer-free
define void @x.copyInts(ptr %dst, ptr %p) !llgo.func !3 {
entry:
  call void @llvm.memcpy.p0.p0.i64(ptr %dst, ptr %p, i64 64, i1 false), !llgo.noscan !20
  ret void
}

declare ptr @llgo.alloc(i64)
declare ptr @llgo.alloc.noscan(i64)
declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)

!0 = !{!"escape.insert", !"recursion.go", i32 15, i32 6, !{!4, !5}, !{!30}}
!1 = !{!"escape.concatLocal", !"string_concat.go", i32 5, i32 6, !{!6, !7}, !{!30}}
!2 = !{!"escape.concatReturned", !"string_concat.go", i32 10, i32 6, !{!8, !9}, !{!30}}
!3 = !{!"x.copyInts", !"x.go", i32 3, i32 6, !{!13}, !{}}
!4 = !{!"t", i32 15, i32 13, i32 0}
!5 = !{!"v", i32 15, i32 22, i32 1}
!6 = !{!"a", i32 5, i32 18, i32 0}
!7 = !{!"b", i32 5, i32 21, i32 1}
!8 = !{!"a", i32 10, i32 21, i32 0}
!9 = !{!"b", i32 10, i32 24, i32 1}
!13 = !{!"p", i32 3, i32 10, i32 1}
!10 = !{!"composite", !"&Tree{...}", !"recursion.go", i32 17, i32 10, i32 0}
!11 = !{!"concat", !"a + b", !"string_concat.go", i32 6, i32 9, i32 0}
!12 = !{!"concat", !"a + b", !"string_concat.go", i32 11, i32 11, i32 0}
!20 = !{}
!30 = !{!"~r0"}
