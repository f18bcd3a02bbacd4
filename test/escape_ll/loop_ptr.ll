; test/escape/loop_ptr.go after mem2reg: a pointer carried round the loop in a header phi outlives
; the iteration (v moves to the heap); one used within its iteration does not.
; CHECK-M: loop_ptr.go:6:3: moved to heap: v
; CHECK-M: loop_ptr.go:30:10: &Node{...} escapes to heap

%Node = type { ptr, i64 }

define i64 @escape.keepLast() !llgo.func !0 {
entry:
  br label %cond
cond:
  %i = phi i64 [ 0, %entry ], [ %i1, %body ]
  %last = phi ptr [ null, %entry ], [ %v, %body ]
  %c = icmp slt i64 %i, 10
  br i1 %c, label %body, label %exit
body:
  %v = call ptr @llgo.alloc.noscan(i64 8), !llgo.site !10
  store i64 %i, ptr %v
  %i1 = add i64 %i, 1
  br label %cond
exit:
  %r = load i64, ptr %last
  ret i64 %r
}

define i64 @escape.perIteration() !llgo.func !1 {
entry:
  br label %cond
cond:
  %i = phi i64 [ 0, %entry ], [ %i1, %body ]
  %t = phi i64 [ 0, %entry ], [ %t1, %body ]
  %c = icmp slt i64 %i, 10
  br i1 %c, label %body, label %exit
body:
  %v = call ptr @llgo.alloc.noscan(i64 8), !llgo.site !11
  store i64 %i, ptr %v
  %pv = load i64, ptr %v
  %t1 = add i64 %t, %pv
  %i1 = add i64 %i, 1
  br label %cond
exit:
  ret i64 %t
}

define ptr @escape.buildList(i64 %n) !llgo.func !2 {
entry:
  br label %cond
cond:
  %i = phi i64 [ 0, %entry ], [ %i1, %body ]
  %head = phi ptr [ null, %entry ], [ %node, %body ]
  %c = icmp slt i64 %i, %n
  br i1 %c, label %body, label %exit
body:
  %node = call ptr @llgo.alloc(i64 16), !llgo.site !12
  store ptr %head, ptr %node
  %f = getelementptr %Node, ptr %node, i32 0, i32 1
  store i64 %i, ptr %f
  %i1 = add i64 %i, 1
  br label %cond
exit:
  ret ptr %head
}

declare ptr @llgo.alloc(i64)
declare ptr @llgo.alloc.noscan(i64)

!0 = !{!"escape.keepLast", !"loop_ptr.go", i32 3, i32 6, !{}, !{!20}}
!1 = !{!"escape.perIteration", !"loop_ptr.go", i32 12, i32 6, !{}, !{!20}}
!2 = !{!"escape.buildList", !"loop_ptr.go", i32 27, i32 6, !{}, !{!20}}
!10 = !{!"var", !"v", !"loop_ptr.go", i32 6, i32 3, i32 1}
!11 = !{!"var", !"v", !"loop_ptr.go", i32 15, i32 3, i32 1}
!12 = !{!"composite", !"&Node{...}", !"loop_ptr.go", i32 30, i32 10, i32 1}
!20 = !{!"~r0"}
