/* test_parser.c: Check suite for the parser and AST (frontend/parse*.c, ast.c, ast_dump.c).
 *
 * Valid programs are parsed and their trees inspected (shapes and the positions Go reports at);
 * invalid ones must give exactly the first error Go 1.19 gives (`go tool compile` on the same
 * source, checked when these cases were written). Malformed input must never crash or hang. */
/* Check's own header by path: frontend/check.h (the type checker) shadows <check.h> on the
 * include path that llgo_frontend exports. */
#include </usr/include/check.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "diag.h"
#include "parse.h"
#include "source.h"

static Arena arena;

static AstFile *parse_src(const char *src)
{
    diag_reset();
    SourceFile *f = source_from_string("p.go", src, strlen(src));
    return parse_file(&arena, f);
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

static void expect_ok(const char *src)
{
    parse_src(src);
    ck_assert_msg(diag_count() == 0, "%s\n=> %s", src, first_error());
}

/* `body` is the body of a function on line 2; errors are "2:C: ..." */
static void expect_error(const char *src, const char *want)
{
    parse_src(src);
    ck_assert_msg(strcmp(first_error(), want) == 0, "%s\n=> got  %s\n   want %s", src, first_error(), want);
}

static int line_col(Pos p)
{
    PosInfo pi = pos_info(p);
    return pi.line * 1000 + pi.col;
}

/* Body statements of the first function declaration. */
static NodeList *first_body(AstFile *f)
{
    for (int i = 0; i < f->decls.len; i++)
        if (f->decls.items[i]->kind == ND_FUNC_DECL)
            return &f->decls.items[i]->func_decl.body->block.stmts;
    ck_abort_msg("no function");
    return NULL;
}

static void setup(void)
{
}

static void teardown(void)
{
    arena_free_all(&arena);
    diag_reset();
    source_reset();
}

START_TEST(test_declarations)
{
    AstFile *f = parse_src("package main\n"
                           "import (\n\t\"fmt\"\n\tstr \"strings\"\n\t. \"os\"\n)\n"
                           "const (\n\tA = iota * 2\n\tB\n\tC, D = 1, 2\n)\n"
                           "var x, y = 1, 2.5\n"
                           "type T struct {\n\ta, b int\n\t*U\n\tfmt.Stringer `tag`\n}\n"
                           "type A = T\n"
                           "func (t *T) M(p int, q ...string) (r int, err error) { return }\n"
                           "func decl()\n");
    ck_assert_int_eq(diag_count(), 0);
    ck_assert_str_eq(f->package_name->ident.name, "main");
    ck_assert_int_eq(f->imports.len, 3);
    ck_assert_str_eq(f->imports.items[1]->import.path_value, "strings");
    ck_assert_str_eq(f->imports.items[1]->import.name->ident.name, "str");
    ck_assert_str_eq(f->imports.items[2]->import.name->ident.name, ".");
    ck_assert_int_eq(f->decls.len, 8);
    Node *b = f->decls.items[1];
    ck_assert_int_eq(b->kind, ND_CONST_SPEC);
    ck_assert_int_eq(b->value_spec.iota, 1);
    ck_assert(b->value_spec.implicit);
    ck_assert_int_eq(b->value_spec.values.len, 1);
    ck_assert_ptr_ne(b->value_spec.values.items[0], f->decls.items[0]->value_spec.values.items[0]);
    ck_assert_int_eq(b->value_spec.group, f->decls.items[0]->value_spec.group);
    ck_assert_int_eq(f->decls.items[2]->value_spec.iota, 2);
    Node *st = f->decls.items[4]->type_spec.type;
    ck_assert_int_eq(st->kind, ND_STRUCT_TYPE);
    ck_assert_int_eq(st->struct_type.fields.len, 4);
    ck_assert_ptr_eq(st->struct_type.fields.items[0]->field.type, st->struct_type.fields.items[1]->field.type);
    ck_assert(st->struct_type.fields.items[2]->field.embedded);
    ck_assert_int_eq(st->struct_type.fields.items[2]->field.type->kind, ND_STAR);
    ck_assert_ptr_nonnull(st->struct_type.fields.items[3]->field.tag);
    ck_assert(f->decls.items[5]->type_spec.alias);
    Node *m = f->decls.items[6];
    ck_assert_str_eq(m->func_decl.recv->field.name->ident.name, "t");
    ck_assert_str_eq(m->func_decl.name->ident.name, "M");
    Node *ft = m->func_decl.type;
    ck_assert(ft->func_type.variadic);
    ck_assert_int_eq(ft->func_type.params.len, 2);
    ck_assert_int_eq(ft->func_type.results.len, 2);
    ck_assert_int_eq(line_col(ft->func_type.params.items[1]->pos), 19022);  /* q: a param at its name */
    ck_assert_ptr_null(f->decls.items[7]->func_decl.body);
}
END_TEST

START_TEST(test_param_lists)
{
    AstFile *f = parse_src("package p\nfunc f(int, string) (a, b int)\nfunc g(a, b int, c string)\n"
                           "func h(x pkg.T, y ...int)\nfunc k(func(int) bool, []int) func() int\n");
    ck_assert_msg(diag_count() == 0, "%s", first_error());
    NodeList *ps = &f->decls.items[0]->func_decl.type->func_type.params;
    ck_assert_ptr_null(ps->items[0]->field.name);
    ck_assert_str_eq(ps->items[1]->field.type->ident.name, "string");
    ps = &f->decls.items[1]->func_decl.type->func_type.params;
    ck_assert_int_eq(ps->len, 3);
    ck_assert_str_eq(ps->items[0]->field.name->ident.name, "a");
    ck_assert_str_eq(ps->items[0]->field.type->ident.name, "int");
    ck_assert_int_eq(f->decls.items[3]->func_decl.type->func_type.results.len, 1);
    expect_error("package p\nfunc f(a, b int, c) {}", "2:18: syntax error: mixed named and unnamed parameters");
    expect_error("package p\nfunc f(a ...) {}", "2:13: syntax error: ... is missing type");
}
END_TEST

START_TEST(test_expressions_and_positions)
{
    AstFile *f = parse_src("package p\nfunc f() {\n"
                           "\tp := &T{a: 1, b: {2}}\n"            /* line 3 */
                           "\tm := make([]int, n)\n"              /* line 4 */
                           "\tfn := func(x int) int { return x }\n" /* line 5 */
                           "\ts := []int{1, 2}[1:2:3]\n"          /* line 6 */
                           "\tv := a + b*c - -d\n"                /* line 7 */
                           "\tw := x.(T).f[i](y...)\n"            /* line 8 */
                           "\tz := (*T)(nil)\n"                   /* line 9 */
                           "}\n");
    ck_assert_msg(diag_count() == 0, "%s", first_error());
    NodeList *body = first_body(f);
    Node *amp = body->items[0]->assign.rhs.items[0];
    ck_assert_int_eq(amp->kind, ND_UNARY);
    ck_assert_int_eq(line_col(amp->pos), 3007);
    Node *lit = amp->unary.x;
    ck_assert_int_eq(lit->kind, ND_COMPOSITE_LIT);
    ck_assert_int_eq(line_col(lit->pos), 3009);           /* at '{' */
    ck_assert_int_eq(line_col(ast_start_pos(lit)), 3008); /* at T */
    ck_assert_int_eq(lit->composite.elts.items[1]->key_value.value->kind, ND_COMPOSITE_LIT);
    ck_assert_ptr_null(lit->composite.elts.items[1]->key_value.value->composite.type);
    Node *mk = body->items[1]->assign.rhs.items[0];
    ck_assert_int_eq(mk->kind, ND_CALL);
    ck_assert_int_eq(line_col(mk->pos), 4011);            /* at '(' */
    Node *fl = body->items[2]->assign.rhs.items[0];
    ck_assert_int_eq(fl->kind, ND_FUNC_LIT);
    ck_assert_int_eq(line_col(fl->pos), 4000 + 1000 + 8);
    Node *sl = body->items[3]->assign.rhs.items[0];
    ck_assert_int_eq(sl->kind, ND_SLICE_EXPR);
    ck_assert(sl->slice.full);
    Node *bin = body->items[4]->assign.rhs.items[0];
    ck_assert_int_eq(bin->binary.op, TK_SUB);
    ck_assert_int_eq(bin->binary.x->binary.op, TK_ADD);
    ck_assert_int_eq(bin->binary.x->binary.y->binary.op, TK_MUL);
    Node *call = body->items[5]->assign.rhs.items[0];
    ck_assert(call->call.has_dots);
    ck_assert_int_eq(call->call.fun->kind, ND_INDEX);
    Arena a = {0};
    ck_assert_str_eq(ast_expr_text(&a, amp), "&T{...}");
    ck_assert_str_eq(ast_expr_text(&a, mk), "make([]int, n)");
    ck_assert_str_eq(ast_expr_text(&a, fl), "func literal");
    ck_assert_str_eq(ast_expr_text(&a, call), "x.(T).f[i](y...)");
    ck_assert_str_eq(ast_expr_text(&a, body->items[6]->assign.rhs.items[0]), "(*T)(nil)");
    /* texts as Go 1.19 prints them in -m lines for the same expressions */
    f = parse_src("package p\nfunc h() {\n\tg = &T{}\n\tg = map[string]int{\"a\": 1}\n\tg = s + \"x\"\n"
                  "\tg = []byte(s)\n\tg = make([]int, n, 2*n)\n\tg = struct{ x int }{1}\n\tg = [2]int{1, 2}\n"
                  "\tg = interface{}(nil)\n}\n");
    ck_assert_int_eq(diag_count(), 0);
    const char *want[] = {"&T{}", "map[string]int{...}", "s + \"x\"", "([]byte)(s)", "make([]int, n, 2 * n)",
                          "struct { x int }{...}", "[2]int{...}", "(interface {})(nil)"};
    body = first_body(f);
    for (int i = 0; i < 8; i++)
        ck_assert_str_eq(ast_expr_text(&a, body->items[i]->assign.rhs.items[0]), want[i]);
    arena_free_all(&a);
}
END_TEST

START_TEST(test_statements)
{
    AstFile *f = parse_src("package p\nfunc f() {\n"
                           "\tfor i := 0; i < n; i++ { continue }\n"
                           "\tfor k, v := range m { _ = k; _ = v }\n"
                           "\tfor range 10 { break }\n"
                           "\tfor i = range n {}\n"
                           "\tfor cond {}\n"
                           "\tfor {}\n"
                           "\tif x := g(); x > 0 { } else if y { } else { }\n"
                           "\tswitch t := v.(type) { case int, string: fallthrough; default: }\n"
                           "\tswitch x := 1; { case x > 0: }\n"
                           "L:\n\tfor { break L }\n"
                           "\tgoto L\n"
                           "\tdefer f()\n"
                           "\tx += 2; x++; a, b = b, a\n"
                           "\tvar z int; const c = 1; type U int\n"
                           "\tif v == (T{}) {}\n"
                           "\tfor _, e := range []T{{1}, {2}} {}\n"
                           "\t{ return }\n"
                           "}\n");
    ck_assert_msg(diag_count() == 0, "%s", first_error());
    NodeList *b = first_body(f);
    NodeKind kinds[] = {ND_FOR, ND_RANGE, ND_RANGE, ND_RANGE, ND_FOR, ND_FOR, ND_IF, ND_TYPE_SWITCH, ND_SWITCH,
                        ND_LABELED, ND_BRANCH, ND_DEFER_STMT, ND_ASSIGN, ND_INC_DEC, ND_ASSIGN, ND_DECL_STMT,
                        ND_DECL_STMT, ND_DECL_STMT, ND_IF, ND_RANGE, ND_BLOCK};
    int n = (int)(sizeof kinds / sizeof kinds[0]);
    ck_assert_int_eq(b->len, n);
    for (int i = 0; i < n; i++)
        ck_assert_msg(b->items[i]->kind == kinds[i], "stmt %d: %s", i, ast_kind_name(b->items[i]->kind));
    ck_assert(b->items[1]->range_stmt.define);
    ck_assert_ptr_nonnull(b->items[1]->range_stmt.value);
    ck_assert_ptr_null(b->items[2]->range_stmt.key);
    ck_assert(!b->items[3]->range_stmt.define);
    ck_assert_ptr_null(b->items[4]->for_stmt.init);
    ck_assert_ptr_nonnull(b->items[4]->for_stmt.cond);
    Node *ifs = b->items[6];
    ck_assert_ptr_nonnull(ifs->if_stmt.init);
    ck_assert_int_eq(ifs->if_stmt.els->kind, ND_IF);
    Node *ts = b->items[7];
    ck_assert_str_eq(ts->switch_stmt.bind->ident.name, "t");
    ck_assert_int_eq(ts->switch_stmt.tag->kind, ND_TYPE_ASSERT);
    ck_assert_int_eq(ts->switch_stmt.clauses.len, 2);
    ck_assert(ts->switch_stmt.clauses.items[1]->case_clause.is_default);
    ck_assert_ptr_null(b->items[8]->switch_stmt.tag);
    ck_assert_int_eq(b->items[12]->assign.op, TK_ADD_ASSIGN);
}
END_TEST

START_TEST(test_syntax_errors)
{
    /* expected texts from `go tool compile` (Go 1.19) on the same sources */
    expect_error("package p\nfunc f() { x := 1 +; }", "2:20: syntax error: unexpected semicolon, expecting expression");
    expect_error("package p\nfunc f() { if x { } else for {} }", "2:26: syntax error: else must be followed by if or statement block");
    expect_error("package p\nfunc f() { for i := 0; i < 3; i := 1 {} }", "2:33: syntax error: cannot declare in post statement of for loop");
    expect_error("package p\nfunc f() { if { } }", "2:15: syntax error: missing condition in if statement");
    expect_error("package p\nfunc f() { if x := 1; { } }", "2:21: syntax error: missing condition in if statement");
    expect_error("package p\nfunc f() { a, b }", "2:17: syntax error: unexpected }, expecting := or = or comma");
    expect_error("package p\nx := 1", "2:1: syntax error: non-declaration statement outside function body");
    expect_error("package p\nfunc f()\n{\n}", "3:1: syntax error: unexpected semicolon or newline before {");
    expect_error("package p\nfunc f( { }", "2:9: syntax error: unexpected {, expecting )");
    expect_error("package p\nfunc f() { var x = []int{1,2 }\n", "3:1: syntax error: unexpected EOF, expecting }");
    expect_error("package p\ntype T struct { a int b int }", "2:23: syntax error: unexpected b in struct type; possibly missing semicolon or newline or }");
    expect_error("package p\nfunc f() { if x = 1 { } }", "2:17: syntax error: cannot use assignment (x) = (1) as value");
    expect_error("package p\nfunc f() { defer (f()) }", "2:18: expression in defer must not be parenthesized");
    expect_error("package p\nfunc f() { x = T{}.a; if x == T{} {} }", "2:35: syntax error: unexpected { at end of statement");
    expect_error("package p\nvar x = f(a...,b)", "2:16: syntax error: unexpected b, expecting )");
    expect_error("package p\nfunc f() { s[1:2:] }", "2:18: final index required in 3-index slice");
    expect_error("package p\nfunc f() { s[::3] }", "2:15: middle index required in 3-index slice");
    expect_error("func f() {}", "1:1: syntax error: package statement must be first");
    expect_error("package p\nfunc f() {}\nimport \"x\"", "3:1: syntax error: imports must appear before other declarations");
    expect_error("package p\nfunc f() {\n\tif x\n\t{}\n}", "3:6: syntax error: unexpected newline, expecting { after if clause");
}
END_TEST

START_TEST(test_rejections)
{
    expect_error("package p\nfunc f[T any](x T) {}", "2:7: generics are not supported");
    expect_error("package p\ntype L[T any] struct{}", "2:7: generics are not supported");
    expect_error("package p\ntype I interface{ ~int | string }", "2:19: generics are not supported");
    expect_error("package p\nfunc f() { go g() }", "2:12: goroutines are not supported");
    expect_error("package p\nvar c chan int", "2:7: channels are not supported");
    expect_error("package p\nfunc f() { x := <-c }", "2:17: channels are not supported");
    expect_error("package p\nfunc f() { c <- 1 }", "2:14: channels are not supported");
    expect_error("package p\nfunc f() { select { case <-c: } }", "2:12: channels are not supported");
    expect_error("package p\nvar x = 1i", "2:9: complex numbers are not supported");
    /* array types are not mistaken for type parameters */
    expect_ok("package p\ntype A [N]int\ntype B [2*N]int\ntype S []int\ntype E [...]int");
}
END_TEST

START_TEST(test_too_many_and_deep)
{
    char src[4096] = "package p\n";
    for (int i = 0; i < 30; i++)
        strcat(src, "func f() { a, b }\n");
    parse_src(src);
    ck_assert_int_eq(diag_count(), 10);
    ck_assert(diag_too_many());
    size_t n = 20000;
    char *deep = malloc(n * 2 + 64);
    strcpy(deep, "package p\nvar x = ");
    size_t len = strlen(deep);
    for (size_t i = 0; i < n; i++)
        deep[len++] = '(';
    deep[len++] = '1';
    for (size_t i = 0; i < n; i++)
        deep[len++] = ')';
    deep[len] = 0;
    parse_src(deep);
    ck_assert_int_eq(diag_count(), 1);
    ck_assert(strstr(first_error(), "too deeply nested") != NULL);
    strcpy(deep, "package p\nvar x = a");   /* a left-deep selector chain is limited too */
    len = strlen(deep);
    for (int i = 0; i < 12000; i++, len += 2)
        memcpy(deep + len, ".b", 3);
    parse_src(deep);
    ck_assert(strstr(first_error(), "too deeply nested") != NULL);
    free(deep);
}
END_TEST

static int count_nodes(Node *n, void *ctx)
{
    (void)n;
    (*(int *)ctx)++;
    return 1;
}

static bool count_visit(Node *n, void *ctx)
{
    return count_nodes(n, ctx) != 0;
}

START_TEST(test_walk_and_clone)
{
    AstFile *f = parse_src("package p\nfunc f(a int) int { if a > 0 { return a * 2 }; return g(a)[0] }\n");
    ck_assert_int_eq(diag_count(), 0);
    Node *fn = f->decls.items[0];
    int count = 0;
    ast_walk(fn, count_visit, &count);
    ck_assert_int_gt(count, 15);
    Node *copy = ast_clone(&arena, fn);
    int count2 = 0;
    ast_walk(copy, count_visit, &count2);
    ck_assert_int_eq(count, count2);
    ck_assert_uint_ne(copy->id, fn->id);
    ck_assert_ptr_ne(copy->func_decl.body, fn->func_decl.body);
    ck_assert_uint_ge(ast_node_count(), copy->id);
    char *out = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&out, &len);
    ast_dump_file(mem, f);
    fclose(mem);
    ck_assert(strstr(out, "FuncDecl 2:1") != NULL);
    ck_assert(strstr(out, "Binary 2:41 *") != NULL);
    free(out);
}
END_TEST

START_TEST(test_malformed_input)
{
    const char *prog = "package main\nimport \"fmt\"\ntype T struct{ a []int; m map[string]*T }\n"
                       "func (t *T) f(xs ...int) (n int) {\n\tfor i, x := range xs { n += i * x }\n"
                       "\tswitch v := interface{}(t).(type) { case *T: _ = v }\n\treturn len(t.a[1:]) }\n"
                       "func main() { fmt.Println(T{}, func() { }, []int{1}) }\n";
    size_t len = strlen(prog);
    for (size_t cut = 0; cut <= len; cut++) {   /* every truncation */
        diag_reset();
        SourceFile *f = source_from_string("t.go", prog, cut);
        parse_file(&arena, f);
    }
    srand(7);
    char buf[512];
    for (int round = 0; round < 500; round++) {   /* random bytes and random edits */
        size_t n;
        if (round % 2) {
            n = (size_t)(rand() % (int)sizeof buf);
            for (size_t i = 0; i < n; i++)
                buf[i] = (char)(rand() % 256);
        } else {
            memcpy(buf, prog, len);
            n = len;
            for (int k = 0; k < 5; k++)
                buf[rand() % (int)n] = "{}()[];:=,.*&\"'`/\n\\0"[rand() % 20];
        }
        diag_reset();
        SourceFile *f = source_from_string("r.go", buf, n);
        parse_file(&arena, f);
    }
}
END_TEST

static Suite *parser_suite(void)
{
    Suite *s = suite_create("parser");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_declarations);
    tcase_add_test(tc, test_param_lists);
    tcase_add_test(tc, test_expressions_and_positions);
    tcase_add_test(tc, test_statements);
    tcase_add_test(tc, test_syntax_errors);
    tcase_add_test(tc, test_rejections);
    tcase_add_test(tc, test_too_many_and_deep);
    tcase_add_test(tc, test_walk_and_clone);
    tcase_add_test(tc, test_malformed_input);
    tcase_set_timeout(tc, 60);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(parser_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
