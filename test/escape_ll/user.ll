; user.go (the seed article): println of &u does not make u escape; returning &u does.
; Strings are {ptr, i64} aggregates; rt_print_* take their pointers as 'n'.
; CHECK-M: user.go:19:2: moved to heap: u

%user = type { { ptr, i64 }, { ptr, i64 } }

@.str.bill = private constant [4 x i8] c"Bill"
@.str.v1 = private constant [2 x i8] c"V1"

define %user @main.createUserV1() !llgo.func !0 {
entry:
  %u = call ptr @llgo.alloc(i64 32), !llgo.site !10
  %name = insertvalue { ptr, i64 } { ptr @.str.bill, i64 4 }, i64 4, 1
  store { ptr, i64 } %name, ptr %u
  call void @rt_print_string(ptr @.str.v1, i64 2)
  call void @rt_print_space()
  call void @rt_print_pointer(ptr %u)
  call void @rt_print_nl()
  %v = load %user, ptr %u
  ret %user %v
}

define ptr @main.createUserV2() !llgo.func !1 {
entry:
  %u = call ptr @llgo.alloc(i64 32), !llgo.site !11
  store { ptr, i64 } { ptr @.str.bill, i64 4 }, ptr %u
  call void @rt_print_pointer(ptr %u)
  ret ptr %u
}

define void @main.main() !llgo.func !2 {
entry:
  %u1 = call ptr @llgo.alloc(i64 32), !llgo.site !12
  %a = call %user @main.createUserV1()
  store %user %a, ptr %u1
  %u2 = call ptr @main.createUserV2()
  call void @rt_print_pointer(ptr %u1)
  call void @rt_print_pointer(ptr %u2)
  ret void
}

declare ptr @llgo.alloc(i64)
declare void @rt_print_string(ptr, i64)
declare void @rt_print_space()
declare void @rt_print_pointer(ptr)
declare void @rt_print_nl()

!0 = !{!"main.createUserV1", !"user.go", i32 8, i32 6, !{}, !{!30}}
!1 = !{!"main.createUserV2", !"user.go", i32 18, i32 6, !{}, !{!30}}
!2 = !{!"main.main", !"user.go", i32 28, i32 6, !{}, !{}}
!10 = !{!"var", !"u", !"user.go", i32 9, i32 2, i32 0}
!11 = !{!"var", !"u", !"user.go", i32 19, i32 2, i32 0}
!12 = !{!"var", !"u1", !"user.go", i32 29, i32 2, i32 0}
!30 = !{!"~r0"}
