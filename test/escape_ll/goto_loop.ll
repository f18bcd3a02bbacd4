; test/escape/goto_loop.go: a loop made by a backward goto. The site's metadata says depth 0 here on
; purpose, so the pass must find the loop from the CFG's back edge (the header phi %keep carries v's
; address into the next iteration). forwardGoto has no loop: x stays.
; CHECK-M: goto_loop.go:8:2: moved to heap: v

define i64 @escape.gotoLoop() !llgo.func !0 {
entry:
  br label %again
again:
  %i = phi i64 [ 0, %entry ], [ %i1, %latch ]
  %keep = phi ptr [ null, %entry ], [ %keep2, %latch ]
  %v = call ptr @llgo.alloc.noscan(i64 8), !llgo.site !10
  store i64 %i, ptr %v
  %isnil = icmp eq ptr %keep, null
  br i1 %isnil, label %set, label %latch
set:
  br label %latch
latch:
  %keep2 = phi ptr [ %keep, %again ], [ %v, %set ]
  %i1 = add i64 %i, 1
  %c = icmp slt i64 %i1, 3
  br i1 %c, label %again, label %done
done:
  %r = load i64, ptr %keep2
  ret i64 %r
}

define i64 @escape.forwardGoto(i64 %n) !llgo.func !1 {
entry:
  %x = call ptr @llgo.alloc.noscan(i64 8), !llgo.site !11
  store i64 %n, ptr %x
  %c = icmp sgt i64 %n, 0
  br i1 %c, label %done, label %set
set:
  store i64 1, ptr %x
  br label %done
done:
  %r = load i64, ptr %x
  ret i64 %r
}

declare ptr @llgo.alloc.noscan(i64)

!0 = !{!"escape.gotoLoop", !"goto_loop.go", i32 4, i32 6, !{}, !{!30}}
!1 = !{!"escape.forwardGoto", !"goto_loop.go", i32 19, i32 6, !{}, !{!30}}
!10 = !{!"var", !"v", !"goto_loop.go", i32 8, i32 2, i32 0}
!11 = !{!"var", !"x", !"goto_loop.go", i32 20, i32 2, i32 0}
!30 = !{!"~r0"}
