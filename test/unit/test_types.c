/* test_types.c: Check suite for Go types and the type checker (frontend/types*.c, check*.c).
 *
 * Part one builds types through the types.h constructors and checks layout (64-bit target),
 * identity, assignability, comparability and Go's spelling. Part two checks small programs with
 * check_package and inspects what it produced: declared types, method sets, interface
 * satisfaction with Go's reason, constant values, selections, captures, and the exact first error
 * Go 1.19 reports (`go tool compile` on the same source, checked when these cases were written). */
/* Check's own header by path: the frontend's include path could shadow <check.h>. */
#include </usr/include/check.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "checker.h"
#include "constant.h"
#include "diag.h"
#include "parse.h"
#include "scope.h"
#include "source.h"
#include "types.h"

static Arena arena;

static void setup(void)
{
    types_init(&arena);
    const_init(&arena);
    universe_init(&arena);
}

static Type *T(TypeKind k) { return type_basic(k); }

static Type *struct_of(int n, const char **names, Type **types)
{
    Field *f = arena_alloc(&arena, sizeof(Field) * (size_t)n);
    for (int i = 0; i < n; i++) {
        f[i].name = names[i];
        f[i].type = types[i];
    }
    return type_new_struct(f, n);
}

/* ---- part one: the type algebra ---- */

START_TEST(basic_sizes)
{
    ck_assert_int_eq(type_size(T(TY_INT)), 8);
    ck_assert_int_eq(type_size(T(TY_INT8)), 1);
    ck_assert_int_eq(type_size(T(TY_UINT16)), 2);
    ck_assert_int_eq(type_size(T(TY_FLOAT32)), 4);
    ck_assert_int_eq(type_size(T(TY_BOOL)), 1);
    ck_assert_int_eq(type_size(T(TY_STRING)), 16);
    ck_assert_int_eq(type_size(type_new_slice(T(TY_INT))), 24);
    ck_assert_int_eq(type_size(type_new_pointer(T(TY_INT))), 8);
    ck_assert_int_eq(type_size(type_new_map(T(TY_STRING), T(TY_INT))), 8);
    ck_assert_int_eq(type_size(type_new_func(NULL, 0, NULL, 0, false)), 8);
    ck_assert_int_eq(type_size(type_new_interface(NULL, 0, NULL, 0)), 16);
    ck_assert_int_eq(type_size(type_new_array(T(TY_INT32), 5)), 20);
    ck_assert_int_eq(type_align(type_new_array(T(TY_INT32), 5)), 4);
    ck_assert_int_eq(type_size(type_new_array(T(TY_INT), 0)), 0);
}
END_TEST

START_TEST(struct_layout)
{
    /* struct { a int8; b int64; c int8 }: offsets 0 8 16, size 24 (unsafe.Sizeof in Go) */
    const char *n1[] = {"a", "b", "c"};
    Type *t1[] = {T(TY_INT8), T(TY_INT64), T(TY_INT8)};
    Type *s = struct_of(3, n1, t1);
    ck_assert_int_eq(type_size(s), 24);
    ck_assert_int_eq(type_align(s), 8);
    ck_assert_int_eq(s->strct.fields[1].offset, 8);
    ck_assert_int_eq(s->strct.fields[2].offset, 16);
    /* struct { a int8; b int16; c int8 }: 0 2 4, size 6, align 2 */
    Type *t2[] = {T(TY_INT8), T(TY_INT16), T(TY_INT8)};
    Type *s2 = struct_of(3, n1, t2);
    ck_assert_int_eq(type_size(s2), 6);
    ck_assert_int_eq(type_align(s2), 2);
    ck_assert_int_eq(s2->strct.fields[1].offset, 2);
    /* struct { a string; b bool }: 0 16, size 24 */
    const char *n3[] = {"a", "b"};
    Type *t3[] = {T(TY_STRING), T(TY_BOOL)};
    ck_assert_int_eq(type_size(struct_of(2, n3, t3)), 24);
    ck_assert_int_eq(type_size(struct_of(0, NULL, NULL)), 0);
}
END_TEST

START_TEST(has_pointers)
{
    const char *n[] = {"a", "b"};
    Type *flat[] = {T(TY_INT), T(TY_FLOAT64)};
    Type *ptr[] = {T(TY_INT), T(TY_STRING)};
    ck_assert(!type_has_pointers(T(TY_INT)));
    ck_assert(!type_has_pointers(struct_of(2, n, flat)));
    ck_assert(type_has_pointers(struct_of(2, n, ptr)));
    ck_assert(type_has_pointers(T(TY_STRING)));
    ck_assert(type_has_pointers(type_new_slice(T(TY_INT))));
    ck_assert(!type_has_pointers(type_new_array(T(TY_INT), 4)));
    ck_assert(type_has_pointers(type_new_array(type_new_pointer(T(TY_INT)), 4)));
    ck_assert(type_has_pointers(type_new_map(T(TY_INT), T(TY_INT))));
    ck_assert(type_has_pointers(type_new_interface(NULL, 0, NULL, 0)));
}
END_TEST

START_TEST(identity)
{
    ck_assert(type_identical(type_new_slice(T(TY_INT)), type_new_slice(T(TY_INT))));
    ck_assert(!type_identical(type_new_slice(T(TY_INT)), type_new_slice(T(TY_INT64))));
    ck_assert(type_identical(type_new_array(T(TY_INT), 3), type_new_array(T(TY_INT), 3)));
    ck_assert(!type_identical(type_new_array(T(TY_INT), 3), type_new_array(T(TY_INT), 4)));
    ck_assert(type_identical(type_byte, T(TY_UINT8)));
    ck_assert(type_identical(type_rune, T(TY_INT32)));
    Type *p1[] = {T(TY_INT)}, *r1[] = {T(TY_STRING)};
    Type *f1 = type_new_func(p1, 1, r1, 1, false), *f2 = type_new_func(p1, 1, r1, 1, false);
    ck_assert(type_identical(f1, f2));
    Type *sl[] = {type_new_slice(T(TY_INT))};
    ck_assert(!type_identical(type_new_func(sl, 1, NULL, 0, true), type_new_func(sl, 1, NULL, 0, false)));
    Type *n1 = type_new_named("main", "A", NULL), *n2 = type_new_named("main", "A", NULL);
    n1->named.underlying = n2->named.underlying = T(TY_INT);
    ck_assert(!type_identical(n1, n2));
    ck_assert(type_identical(n1, n1));
}
END_TEST

START_TEST(assignability)
{
    Type *named = type_new_named("main", "S", NULL);
    named->named.underlying = type_new_slice(T(TY_INT));
    /* unnamed []int <-> named S with underlying []int */
    ck_assert(type_assignable(type_new_slice(T(TY_INT)), named));
    ck_assert(type_assignable(named, type_new_slice(T(TY_INT))));
    Type *myint = type_new_named("main", "MyInt", NULL);
    myint->named.underlying = T(TY_INT);
    ck_assert(!type_assignable(myint, T(TY_INT))); /* int is a (predeclared) named type */
    ck_assert(!type_assignable(T(TY_INT), myint));
    ck_assert(type_convertible(myint, T(TY_INT)));
    ck_assert(type_convertible(T(TY_INT), T(TY_FLOAT64)));
    ck_assert(type_convertible(T(TY_INT), T(TY_STRING)));
    ck_assert(type_convertible(T(TY_STRING), type_new_slice(type_byte)));
    ck_assert(!type_convertible(T(TY_STRING), T(TY_INT)));
    /* anything to interface{} */
    Type *empty = type_new_interface(NULL, 0, NULL, 0);
    type_iface_complete(empty, NULL);
    ck_assert(type_assignable(T(TY_INT), empty));
    ck_assert(type_assignable(myint, empty));
    ck_assert(type_assignable(T(TY_UNTYPED_NIL), type_new_pointer(T(TY_INT))));
    ck_assert(!type_assignable(T(TY_UNTYPED_NIL), T(TY_INT)));
}
END_TEST

START_TEST(comparability)
{
    const char *n[] = {"a", "b"};
    Type *ok[] = {T(TY_INT), T(TY_STRING)};
    Type *bad[] = {T(TY_INT), type_new_slice(T(TY_INT))};
    ck_assert(type_is_comparable(T(TY_INT)));
    ck_assert(type_is_comparable(struct_of(2, n, ok)));
    ck_assert(!type_is_comparable(struct_of(2, n, bad)));
    ck_assert(!type_is_comparable(type_new_slice(T(TY_INT))));
    ck_assert(!type_is_comparable(type_new_map(T(TY_INT), T(TY_INT))));
    ck_assert(!type_is_comparable(type_new_func(NULL, 0, NULL, 0, false)));
    ck_assert(type_is_comparable(type_new_array(T(TY_INT), 2)));
    ck_assert(!type_is_comparable(type_new_array(type_new_slice(T(TY_INT)), 2)));
    ck_assert(type_is_comparable(type_new_pointer(T(TY_INT))));
    ck_assert(type_is_ordered(T(TY_STRING)));
    ck_assert(!type_is_ordered(T(TY_BOOL)));
}
END_TEST

START_TEST(defaults)
{
    ck_assert_int_eq(type_default(T(TY_UNTYPED_INT))->kind, TY_INT);
    ck_assert_int_eq(type_default(T(TY_UNTYPED_RUNE))->kind, TY_INT32);
    ck_assert_int_eq(type_default(T(TY_UNTYPED_FLOAT))->kind, TY_FLOAT64);
    ck_assert_int_eq(type_default(T(TY_UNTYPED_STRING))->kind, TY_STRING);
    ck_assert_int_eq(type_default(T(TY_UNTYPED_BOOL))->kind, TY_BOOL);
    ck_assert_int_eq(type_default(T(TY_INT8))->kind, TY_INT8);
}
END_TEST

/* types2's spelling, as Go 1.19 prints types in compile errors (`interface{}`, `struct{x int}`). */
START_TEST(spelling)
{
    ck_assert_str_eq(type_string(type_new_slice(T(TY_INT))), "[]int");
    ck_assert_str_eq(type_string(type_new_map(T(TY_STRING), T(TY_INT))), "map[string]int");
    ck_assert_str_eq(type_string(type_new_array(T(TY_INT), 3)), "[3]int");
    ck_assert_str_eq(type_string(type_new_pointer(type_new_slice(type_byte))), "*[]byte");
    Type *p[] = {T(TY_INT)}, *r[] = {T(TY_STRING)};
    ck_assert_str_eq(type_string(type_new_func(p, 1, r, 1, false)), "func(int) string");
    Type *r2[] = {T(TY_INT), type_error};
    ck_assert_str_eq(type_string(type_new_func(NULL, 0, r2, 2, false)), "func() (int, error)");
    Type *vp[] = {T(TY_STRING), type_new_slice(T(TY_INT))};
    ck_assert_str_eq(type_string(type_new_func(vp, 2, NULL, 0, true)), "func(string, ...int)");
    Type *empty = type_new_interface(NULL, 0, NULL, 0);
    type_iface_complete(empty, NULL);
    ck_assert_str_eq(type_string(empty), "interface{}");
    IfaceMethod m = {"M", type_new_func(NULL, 0, NULL, 0, false)};
    Type *im = type_new_interface(&m, 1, NULL, 0);
    type_iface_complete(im, NULL);
    ck_assert_str_eq(type_string(im), "interface{M()}");
    const char *n[] = {"x"};
    Type *t[] = {T(TY_INT)};
    ck_assert_str_eq(type_string(struct_of(1, n, t)), "struct{x int}");
    Type *named = type_new_named("main", "T", NULL);
    named->named.underlying = struct_of(1, n, t);
    ck_assert_str_eq(type_string(named), "main.T");
    ck_assert_str_eq(type_string(type_new_pointer(named)), "*main.T");
    ck_assert_str_eq(type_string(type_error), "error");
    ck_assert_str_eq(type_string(T(TY_UNTYPED_FLOAT)), "untyped float");
}
END_TEST

START_TEST(iface_sorted)
{
    IfaceMethod ms[] = {{"b", type_new_func(NULL, 0, NULL, 0, false)},
                        {"A", type_new_func(NULL, 0, NULL, 0, false)},
                        {"a", type_new_func(NULL, 0, NULL, 0, false)}};
    Type *it = type_new_interface(ms, 3, NULL, 0);
    const char *dup = NULL;
    ck_assert(type_iface_complete(it, &dup));
    ck_assert_int_eq(it->iface.nmethods, 3);
    /* Go sorts by name (exported before unexported by byte order) */
    ck_assert_str_eq(it->iface.methods[0].name, "A");
    ck_assert_str_eq(it->iface.methods[1].name, "a");
    ck_assert_str_eq(it->iface.methods[2].name, "b");
    /* embedding adds the embedded methods to the complete set */
    IfaceMethod c = {"C", type_new_func(NULL, 0, NULL, 0, false)};
    Type *emb[] = {it};
    Type *outer = type_new_interface(&c, 1, emb, 1);
    ck_assert(type_iface_complete(outer, &dup));
    ck_assert_int_eq(outer->iface.nmethods, 4);
    ck_assert_str_eq(outer->iface.methods[1].name, "C");
}
END_TEST

/* ---- part two: checked programs ---- */

static CheckedPackage *check_src(const char *src)
{
    diag_reset();
    source_reset();
    SourceFile *f = source_from_string("p.go", src, strlen(src));
    AstFile *af = parse_file(&arena, f);
    ck_assert_msg(diag_count() == 0, "parse error in %s", src);
    Package *pkg = parse_package(&arena, &af, 1, "main");
    CheckedPackage *cp = NULL;
    check_package(&arena, pkg, &cp);
    return cp;
}

static const char *first_error(void)
{
    static char buf[512];
    Pos pos;
    const char *msg;
    if (!diag_get(0, &pos, &msg))
        return "<none>";
    PosInfo pi = pos_info(pos);
    snprintf(buf, sizeof buf, "%d:%d: %s", pi.line, pi.col, msg);
    return buf;
}

static Symbol *global(CheckedPackage *cp, const char *name)
{
    Symbol *s = scope_lookup_local(cp->scope, name);
    ck_assert_msg(s != NULL, "no symbol %s", name);
    return s;
}

static void expect_clean(const char *src)
{
    check_src(src);
    ck_assert_msg(diag_count() == 0, "%s\n=> %s", src, first_error());
}

static void expect_error(const char *src, const char *want)
{
    check_src(src);
    ck_assert_msg(strstr(first_error(), want) != NULL, "%s\n=> got  %s\n   want %s", src, first_error(), want);
}

START_TEST(declared_types)
{
    CheckedPackage *cp = check_src("package main\n"
                                   "type P struct { x, y int }\n"
                                   "var a = []P{{1, 2}}\n"
                                   "var m = map[string][]int{}\n"
                                   "var f = func(s string, n ...int) (int, error) { return 0, nil }\n"
                                   "var p = &P{}\n"
                                   "const c = 1 << 62\n"
                                   "const big = 1 << 100 >> 98\n"
                                   "const s = \"a\" + \"b\"\n"
                                   "func main() {}\n");
    ck_assert_msg(diag_count() == 0, "%s", first_error());
    ck_assert_str_eq(type_string(global(cp, "a")->type), "[]main.P");
    ck_assert_str_eq(type_string(global(cp, "m")->type), "map[string][]int");
    ck_assert_str_eq(type_string(global(cp, "f")->type), "func(s string, n ...int) (int, error)");
    ck_assert_str_eq(type_string(global(cp, "p")->type), "*main.P");
    ck_assert_int_eq(type_size(global(cp, "P")->type), 16);
    Symbol *c = global(cp, "c");
    ck_assert_int_eq(c->type->kind, TY_UNTYPED_INT);
    ck_assert(const_to_int64(c->cval) == (int64_t)1 << 62);
    ck_assert_int_eq(const_to_int64(global(cp, "big")->cval), 4);
    ck_assert_str_eq(const_string_repr(global(cp, "s")->cval), "\"ab\"");
}
END_TEST

START_TEST(iota_and_typed_consts)
{
    CheckedPackage *cp = check_src("package main\n"
                                   "type Weekday int\n"
                                   "const (\n"
                                   "  Sun Weekday = iota\n"
                                   "  Mon\n"
                                   "  _\n"
                                   "  Wed\n"
                                   ")\n"
                                   "const (\n"
                                   "  KB = 1 << (10 * (iota + 1))\n"
                                   "  MB\n"
                                   ")\n"
                                   "func main() {}\n");
    ck_assert_msg(diag_count() == 0, "%s", first_error());
    ck_assert_int_eq(const_to_int64(global(cp, "Wed")->cval), 3);
    ck_assert_str_eq(type_string(global(cp, "Mon")->type), "main.Weekday");
    ck_assert_int_eq(const_to_int64(global(cp, "MB")->cval), 1 << 20);
}
END_TEST

START_TEST(method_sets_and_implements)
{
    CheckedPackage *cp = check_src("package main\n"
                                   "type I interface { M(); N() }\n"
                                   "type V struct{}\n"
                                   "func (V) M() {}\n"
                                   "func (*V) N() {}\n"
                                   "type E struct { V }\n"
                                   "type EP struct { *V }\n"
                                   "func main() {}\n");
    ck_assert_msg(diag_count() == 0, "%s", first_error());
    Type *I = global(cp, "I")->type, *V = global(cp, "V")->type;
    Type *E = global(cp, "E")->type, *EP = global(cp, "EP")->type;
    ck_assert_int_eq(type_method_set(V)->n, 1);
    ck_assert_int_eq(type_method_set(type_new_pointer(V))->n, 2);
    ck_assert_int_eq(type_method_set(E)->n, 1);
    ck_assert_int_eq(type_method_set(EP)->n, 2);
    const char *why = NULL;
    ck_assert(type_implements(type_new_pointer(V), I, &why));
    ck_assert(type_implements(EP, I, &why));
    ck_assert(!type_implements(V, I, &why));
    ck_assert_msg(why && strstr(why, "(N method has pointer receiver)"), "why: %s", why ? why : "NULL");
    ck_assert(!type_implements(T(TY_INT), I, &why));
    ck_assert_msg(why && strstr(why, "(missing M method)"), "why: %s", why ? why : "NULL");
    Selection sel;
    memset(&sel, 0, sizeof sel);
    ck_assert_int_eq(type_lookup(E, "N", &sel), LOOKUP_FOUND);
    ck_assert_int_eq(sel.kind, SEL_METHOD);
    ck_assert_int_eq(sel.npath, 1);
}
END_TEST

START_TEST(captures_and_flags)
{
    CheckedPackage *cp = check_src("package main\n"
                                   "func main() {\n"
                                   "  x := 1\n"
                                   "  y := 2\n"
                                   "  p := &y\n"
                                   "  f := func() int { return x }\n"
                                   "  x = 3\n"
                                   "  println(f(), *p)\n"
                                   "}\n");
    ck_assert_msg(diag_count() == 0, "%s", first_error());
    ck_assert_int_eq(cp->nlits, 1);
    FuncInfo *lit = cp->lits[0];
    ck_assert_int_eq(lit->ncaptures, 1);
    Symbol *x = lit->captures[0];
    ck_assert_str_eq(x->name, "x");
    ck_assert(x->captured);
    ck_assert(x->reassigned);
    Scope *where = NULL;
    (void)where;
    FuncInfo *mainfi = check_func_info(global(cp, "main")->decl);
    ck_assert_ptr_nonnull(mainfi);
}
END_TEST

START_TEST(init_order)
{
    CheckedPackage *cp = check_src("package main\n"
                                   "var a = b + 1\n"
                                   "var b = f()\n"
                                   "var c = 2\n"
                                   "func f() int { return c }\n"
                                   "func main() {}\n");
    ck_assert_msg(diag_count() == 0, "%s", first_error());
    ck_assert_int_eq(cp->ninits, 3);
    /* Go: c, b, a */
    ck_assert_str_eq(cp->inits[0].lhs[0]->name, "c");
    ck_assert_str_eq(cp->inits[1].lhs[0]->name, "b");
    ck_assert_str_eq(cp->inits[2].lhs[0]->name, "a");
}
END_TEST

START_TEST(valid_programs)
{
    expect_clean("package main\n"
                 "type Stack []int\n"
                 "func (s *Stack) Push(v int) { *s = append(*s, v) }\n"
                 "func main() {\n"
                 "  var s Stack\n"
                 "  s.Push(1)\n"
                 "  for i := range 3 { s.Push(i) }\n"
                 "  b := append([]byte(\"x\"), \"yz\"...)\n"
                 "  n := copy(b, \"ab\")\n"
                 "  var e interface{} = s\n"
                 "  switch v := e.(type) {\n"
                 "  case Stack: println(len(v))\n"
                 "  case nil: println(v)\n"
                 "  }\n"
                 "  m := map[string]int{\"a\": 1}\n"
                 "  if v, ok := m[\"a\"]; ok { println(v, n, min(1, 2), max(2.5, 1)) }\n"
                 "  clear(m)\n"
                 "  const k = len([3]int{})\n"
                 "  var arr [k]int\n"
                 "  _ = arr\n"
                 "}\n");
}
END_TEST

/* Valid Go the checker once rejected (cases from $GOROOT/test/fixedbugs). */
START_TEST(valid_corner_cases)
{
    /* issue11790: fields through a named pointer type */
    expect_clean("package main\ntype T0 struct{ x int }\ntype T2 struct{ *T0 }\ntype Q *T2\n"
                 "func main() {\n  t2 := T2{&T0{42}}\n  var q Q = &t2\n  println(q.x)\n}\n");
    /* issue48473: the operand of a conversion takes the target type */
    expect_clean("package main\nfunc main() {\n  a := uint64(0xffffffffffffff01)\n  _ = a\n}\n");
    /* issue15039: string(1<<100) is "\uFFFD" */
    expect_clean("package main\nconst huge = string(1 << 100)\nfunc main() {}\n");
    /* issue11370: "abc"[1] is not a constant, so -"abc"[1] is a byte */
    expect_clean("package main\nfunc main() {\n  println(-\"abc\"[1] >> 1)\n}\n");
    /* bug495: fallthrough behind a label */
    expect_clean("package main\nfunc F(i int) {\n  switch i {\n  case 0:\n    goto lab\n  lab:\n    fallthrough\n"
                 "  case 1:\n  }\n}\nfunc main() {}\n");
    /* issue7538b: blank labels are never "defined and not used" */
    expect_clean("package main\nfunc main() {\n_:\n}\n");
    /* divmod.go: a non-constant shift of an untyped constant takes its type from the other operand */
    expect_clean("package main\nfunc main() {\n  var s uint = 3\n  var u uint64 = 5\n  x := u | 1<<s\n  a := []int{1}\n"
                 "  _ = a[1<<s>>s-1]\n  println(x)\n}\n");
    /* issue15439, issue50439: tags "" and none are identical; conversions ignore tags */
    expect_clean("package main\nfunc main() {\n  var a *struct{ x int }\n  var b *struct{ x int \"\" }\n  a = b\n"
                 "  c := []struct{ F string `tag` }{}\n  d := ([]struct{ F string })(c)\n  println(a, len(d))\n}\n");
    /* bug398: interfaces referring to themselves through method signatures */
    expect_clean("package main\ntype I1 interface{ F() interface{ I1 } }\ntype I2 interface{ F() interface{ I2 } }\n"
                 "var V1 I1\nvar V2 I2\nfunc F() bool { return V1 == V2 }\nfunc main() {}\n");
}
END_TEST

/* First error messages as Go 1.19 prints them (go tool compile -e). */
START_TEST(go_errors)
{
    expect_error("package main\nfunc main() {\n\tvar b byte = 300\n\t_ = b\n}\n",
                 "3:15: cannot use 300 (untyped int constant) as byte value in variable declaration (overflows)");
    expect_error("package main\nfunc main() {\n\tx := 1\n}\n", "3:2: x declared but not used");
    expect_error("package main\nfunc main() {\n\tprintln(y)\n}\n", "3:10: undefined: y");
    expect_error("package main\nfunc f(a, b int) {}\nfunc main() {\n\tf(1)\n}\n",
                 "4:4: not enough arguments in call to f");
    expect_error("package main\nfunc f() int {\n\tfor false {}\n}\nfunc main() {}\n", "4:1: missing return");
    expect_error("package main\nfunc main() {\n\tx := 1\n\tx := 2\n\t_ = x\n}\n",
                 "4:4: no new variables on left side of :=");
    expect_error("package main\ntype T struct { t T }\nfunc main() {}\n", "2:6: invalid recursive type T");
    expect_error("package main\nfunc main() {\n\t_ = 1 / 0\n}\n", "3:10: invalid operation: division by zero");
    expect_error("package main\nfunc main() {\nL:\n\tfor {}\n}\n", "3:1: label L defined and not used");
    expect_error("package main\ntype MyInt int\nfunc main() {\n\tvar z int = MyInt(1)\n\t_ = z\n}\n",
                 "4:14: cannot use MyInt(1) (constant 1 of type MyInt) as type int in variable declaration");
    expect_error("package main\nconst b = 1 << 511\nconst c = b + b\nfunc main() {}\n", "3:13: constant addition overflow");
    expect_error("package main\nconst a = 1 << 2000\nfunc main() {}\n",
                 "2:16: invalid operation: invalid shift count 2000 (untyped int constant)");
    expect_error("package main\nfunc main() {\n\tvar s uint = 3\n\tvar f float64 = 1 << s\n\t_ = f\n}\n",
                 "4:18: invalid operation: 1 << s (shift of type float64)");
    expect_error("package main\nfunc main() {\n\tvar s uint = 3\n\tvar h int8 = 1000 << s\n\t_ = h\n}\n",
                 "4:15: 1000 (untyped int constant) overflows int8");
    expect_error("package main\ntype I4 interface {\n\tI4\n}\nfunc main() {}\n", "2:6: invalid recursive type I4");
    expect_error("package main\nfunc main() {\n\tswitch x := 1; x {\n\tcase 1:\n\tcase 2, 1:\n\t}\n}\n",
                 "5:10: duplicate case 1 (constant of type int) in expression switch");
    expect_error("package main\nfunc main() {\n\tvar n int = nil\n\t_ = n\n}\n",
                 "3:14: cannot use nil as int value in variable declaration");
    expect_error("package main\nfunc main() {\n\tvar y int = func(a int) {}\n\t_ = y\n}\n",
                 "(value of type func(a int)) as type int in variable declaration");
}
END_TEST

int main(void)
{
    Suite *s = suite_create("types");
    TCase *alg = tcase_create("algebra");
    tcase_add_checked_fixture(alg, setup, NULL);
    tcase_add_test(alg, basic_sizes);
    tcase_add_test(alg, struct_layout);
    tcase_add_test(alg, has_pointers);
    tcase_add_test(alg, identity);
    tcase_add_test(alg, assignability);
    tcase_add_test(alg, comparability);
    tcase_add_test(alg, defaults);
    tcase_add_test(alg, spelling);
    tcase_add_test(alg, iface_sorted);
    suite_add_tcase(s, alg);
    TCase *chk = tcase_create("checker");
    tcase_add_test(chk, declared_types);
    tcase_add_test(chk, iota_and_typed_consts);
    tcase_add_test(chk, method_sets_and_implements);
    tcase_add_test(chk, captures_and_flags);
    tcase_add_test(chk, init_order);
    tcase_add_test(chk, valid_programs);
    tcase_add_test(chk, valid_corner_cases);
    tcase_add_test(chk, go_errors);
    suite_add_tcase(s, chk);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    arena_free_all(&arena);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
