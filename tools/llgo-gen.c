/*
 * llgo-gen.c: a random program generator for the Go subset, aimed at the escape pass (and, with
 * --loops, at the loop passes of stage 6: see `llgo-gen --loops` below).
 *
 * `llgo-gen SEED` prints one valid Go 1.19 program (package main, no imports) chosen by SEED alone:
 * the same seed gives the same program on every machine (our own splitmix64, no libc rand). The
 * program is a chain of functions f0..fN; each body is a random sequence of snippets, and every
 * snippet makes pointers to locals flow somewhere the escape pass must follow: into structs,
 * slices, maps, closures, interfaces, defers, method values, return values, globals, loops and
 * recursion. Every value a snippet computes goes into a checksum (mix), each function prints its
 * result, and main prints the checksum last, so any wrong stack allocation, lost store or
 * premature collection changes the output. tools/difftest.sh compares the output of each program
 * built in several ways (and by Go 1.19).
 *
 * Validity by construction: each snippet declares only fresh names (suffixed by a counter) and uses
 * every name it declares; no snippet takes the address of, or captures, a loop variable (Go 1.19
 * and llgo-lite's per-iteration loop variables would differ); map iteration only feeds sums (order
 * is random in Go); integer arithmetic wraps the same way on every implementation; no division.
 * Snippets may nest inside `if` and bounded `for` blocks. Functions call only earlier ones (plus
 * themselves with a decreasing depth), so every program terminates.
 */
#include <inttypes.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct Gen {
	uint64_t state;   /* splitmix64 state */
	int indent;       /* current indentation in tabs */
	int next_id;      /* suffix of the next fresh name */
	int func_index;   /* the function being written */
	int depth;        /* block nesting inside the function */
} Gen;

static uint64_t gen_next(Gen *g)
{
	uint64_t z = (g->state += 0x9e3779b97f4a7c15ULL);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

/* A number in [0, n). */
static int gen_below(Gen *g, int n)
{
	return (int)(gen_next(g) % (uint64_t)n);
}

/* One line of output at the current indentation. */
static void gen_line(Gen *g, const char *fmt, ...)
{
	for (int i = 0; i < g->indent; i++)
		putchar('\t');
	va_list ap;
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	putchar('\n');
}

/* The fixed part: types, helpers and the checksum every program shares. */
static void gen_prelude(void)
{
	fputs("package main\n\n"
	      "type S struct {\n\tp *int\n\tq *int\n\tv int\n}\n\n"
	      "type L struct {\n\tv    int\n\tnext *L\n}\n\n"
	      "type I interface{ Get() int }\n\n"
	      "type B struct{ p *int }\n\n"
	      "func (b B) Get() int { return *b.p }\n\n"
	      "type PB struct{ v int }\n\n"
	      "func (b *PB) Get() int { return b.v }\n\n"
	      "var sum int\nvar sink *int\nvar sinkS S\nvar sinkI I\n\n"
	      "func mix(x int) {\n\tsum = sum*31 + x\n\tsum ^= sum >> 17\n}\n\n"
	      "func newInt(v int) *int {\n\tx := v\n\treturn &x\n}\n\n"
	      "func wrap(p *int) S { return S{p: p, v: *p} }\n\n"
	      "func swap(a, b *int) { *a, *b = *b, *a }\n\n"
	      "func counter(start int) func() int {\n\tc := start\n\treturn func() int {\n\t\tc++\n\t\treturn c\n\t}\n}\n\n"
	      "func rec(p *int, d int) int {\n\tif d == 0 {\n\t\treturn *p\n\t}\n\tx := *p + d\n"
	      "\treturn rec(&x, d-1) + *p\n}\n\n"
	      "func sumPtrs(ps ...*int) int {\n\tt := 0\n\tfor _, p := range ps {\n\t\tt += *p\n\t}\n\treturn t\n}\n\n"
	      "func pick(s []*int, i int) *int { return s[(i%len(s)+len(s))%len(s)] }\n\n"
	      "func keep(p *int) *int {\n\tif *p%3 == 0 {\n\t\tsink = p\n\t}\n\treturn p\n}\n\n", stdout);
}

static void snip_struct(Gen *g, int id)
{
	gen_line(g, "x%d, y%d := n+%d, n*%d", id, id, gen_below(g, 9), 1 + gen_below(g, 5));
	gen_line(g, "s%d := S{p: &x%d, q: &y%d, v: %d}", id, id, id, gen_below(g, 7));
	gen_line(g, "*s%d.p += s%d.v", id, id);
	gen_line(g, "s%d.p, s%d.q = s%d.q, s%d.p", id, id, id, id);
	gen_line(g, "*s%d.q *= 3", id);
	if (gen_below(g, 3) == 0)
		gen_line(g, "sinkS = s%d", id);
	gen_line(g, "mix(x%d + y%d + *s%d.p)", id, id, id);
}

static void snip_slice(Gen *g, int id)
{
	gen_line(g, "a%d, b%d, c%d := n, n+1, n+%d", id, id, id, gen_below(g, 20));
	gen_line(g, "ps%d := []*int{&a%d, &b%d}", id, id, id);
	if (gen_below(g, 2))
		gen_line(g, "ps%d = append(ps%d, &c%d)", id, id, id);
	else
		gen_line(g, "ps%d[0] = &c%d", id, id);
	gen_line(g, "for _, p := range ps%d {", id);
	gen_line(g, "\t*p += %d", 1 + gen_below(g, 4));
	gen_line(g, "}");
	gen_line(g, "mix(a%d + b%d + c%d + *pick(ps%d, n))", id, id, id, id);
}

static void snip_map(Gen *g, int id)
{
	gen_line(g, "v%d, w%d := n+%d, n", id, id, gen_below(g, 11));
	gen_line(g, "m%d := map[int]*int{1: &v%d, 2: &w%d}", id, id, id);
	gen_line(g, "*m%d[1] *= %d", id, 2 + gen_below(g, 3));
	gen_line(g, "t%d := 0", id);
	gen_line(g, "for k, p := range m%d {", id);
	gen_line(g, "\tt%d += k * *p", id);
	gen_line(g, "}");
	gen_line(g, "mix(v%d + w%d + t%d + len(m%d))", id, id, id, id);
}

static void snip_closure(Gen *g, int id)
{
	gen_line(g, "c%d := n", id);
	gen_line(g, "inc%d := func(d int) int {", id);
	gen_line(g, "\tc%d += d", id);
	gen_line(g, "\treturn c%d", id);
	gen_line(g, "}");
	/* the calls and the read of c are separate statements: Go leaves their order within one
	 * expression unspecified */
	gen_line(g, "r%d := inc%d(%d)", id, id, gen_below(g, 5));
	gen_line(g, "r%d += inc%d(n)", id, id);
	gen_line(g, "mix(r%d + c%d)", id, id);
}

static void snip_iface(Gen *g, int id)
{
	gen_line(g, "v%d := n + %d", id, gen_below(g, 13));
	gen_line(g, "var i%d I = B{&v%d}", id, id);
	gen_line(g, "v%d++", id);
	gen_line(g, "var j%d I = &PB{v: n}", id);
	if (gen_below(g, 3) == 0)
		gen_line(g, "sinkI = i%d", id);
	gen_line(g, "var e%d interface{} = &v%d", id, id);
	gen_line(g, "if p, ok := e%d.(*int); ok {", id);
	gen_line(g, "\t*p += 2");
	gen_line(g, "}");
	gen_line(g, "mix(i%d.Get() + j%d.Get() + v%d)", id, id, id);
}

static void snip_return(Gen *g, int id)
{
	gen_line(g, "p%d := newInt(n + %d)", id, gen_below(g, 9));
	gen_line(g, "*p%d += 4", id);
	gen_line(g, "q%d := keep(p%d)", id, id);
	gen_line(g, "s%d := wrap(q%d)", id, id);
	gen_line(g, "*s%d.p += s%d.v", id, id);
	gen_line(g, "mix(*p%d + s%d.v)", id, id);
}

static void snip_loop(Gen *g, int id)
{
	gen_line(g, "var ptrs%d []*int", id);
	gen_line(g, "for i := 0; i < %d; i++ {", 2 + gen_below(g, 6));
	gen_line(g, "\tv := i*n + %d", gen_below(g, 5));
	gen_line(g, "\tptrs%d = append(ptrs%d, &v)", id, id);
	gen_line(g, "}");
	gen_line(g, "for _, p := range ptrs%d {", id);
	gen_line(g, "\tmix(*p)");
	gen_line(g, "}");
}

static void snip_recursion(Gen *g, int id)
{
	gen_line(g, "r%d := n %% %d", id, 5 + gen_below(g, 20));
	gen_line(g, "mix(rec(&r%d, %d) + r%d)", id, 1 + gen_below(g, 6), id);
}

static void snip_global(Gen *g, int id)
{
	gen_line(g, "g%d := n * %d", id, 1 + gen_below(g, 9));
	gen_line(g, "sink = &g%d", id);
	gen_line(g, "g%d++", id);
	gen_line(g, "mix(*sink)");
}

static void snip_list(Gen *g, int id)
{
	gen_line(g, "var head%d *L", id);
	gen_line(g, "for i := 0; i < %d; i++ {", 1 + gen_below(g, 6));
	gen_line(g, "\thead%d = &L{v: i + n, next: head%d}", id, id);
	gen_line(g, "}");
	gen_line(g, "for q := head%d; q != nil; q = q.next {", id);
	gen_line(g, "\tmix(q.v)");
	gen_line(g, "}");
}

static void snip_array(Gen *g, int id)
{
	gen_line(g, "arr%d := [3]int{n, n + 1, n + %d}", id, gen_below(g, 9));
	gen_line(g, "pa%d := &arr%d[%d]", id, id, gen_below(g, 3));
	gen_line(g, "*pa%d = %d", id, gen_below(g, 99));
	gen_line(g, "sl%d := arr%d[:]", id, id);
	gen_line(g, "sl%d[0] += *pa%d", id, id);
	gen_line(g, "mix(arr%d[0] + arr%d[1] + sl%d[2])", id, id, id);
}

static void snip_counter(Gen *g, int id)
{
	gen_line(g, "next%d := counter(n)", id);
	gen_line(g, "next%d()", id);
	gen_line(g, "mix(next%d() + next%d())", id, id);
}

static void snip_defer(Gen *g, int id)
{
	gen_line(g, "d%d := n", id);
	gen_line(g, "func() {");
	gen_line(g, "\tdefer func() { d%d *= 2 }()", id);
	gen_line(g, "\td%d += %d", id, 1 + gen_below(g, 7));
	gen_line(g, "}()");
	gen_line(g, "mix(d%d)", id);
}

static void snip_method_value(Gen *g, int id)
{
	gen_line(g, "b%d := &PB{v: n}", id);
	gen_line(g, "get%d := b%d.Get", id, id);
	gen_line(g, "b%d.v += %d", id, 1 + gen_below(g, 5));
	gen_line(g, "mix(get%d())", id);
}

static void snip_swap(Gen *g, int id)
{
	gen_line(g, "u%d, z%d := n, %d", id, id, gen_below(g, 50));
	gen_line(g, "swap(&u%d, &z%d)", id, id);
	gen_line(g, "mix(u%d - z%d)", id, id);
}

static void snip_heap_holder(Gen *g, int id)
{
	gen_line(g, "x%d := n + %d", id, gen_below(g, 9));
	gen_line(g, "h%d := &S{p: &x%d, v: %d}", id, id, gen_below(g, 5));
	gen_line(g, "var e%d I = B{h%d.p}", id, id);
	gen_line(g, "x%d += h%d.v", id, id);
	gen_line(g, "mix(e%d.Get() + *h%d.p)", id, id);
}

static void snip_func_slice(Gen *g, int id)
{
	gen_line(g, "var fs%d []func() int", id);
	gen_line(g, "for i := 0; i < %d; i++ {", 1 + gen_below(g, 4));
	gen_line(g, "\tv := i + n");
	gen_line(g, "\tfs%d = append(fs%d, func() int {", id, id);
	gen_line(g, "\t\tv += %d", 1 + gen_below(g, 3));
	gen_line(g, "\t\treturn v");
	gen_line(g, "\t})");
	gen_line(g, "}");
	gen_line(g, "for _, f := range fs%d {", id);
	gen_line(g, "\tmix(f() + f())");
	gen_line(g, "}");
}

static void snip_field_ptr(Gen *g, int id)
{
	gen_line(g, "st%d := S{v: n}", id);
	gen_line(g, "pv%d := &st%d.v", id, id);
	gen_line(g, "pp%d := &pv%d", id, id);
	gen_line(g, "**pp%d += %d", id, 1 + gen_below(g, 9));
	gen_line(g, "st%d.q = *pp%d", id, id);
	gen_line(g, "mix(st%d.v + *st%d.q + sumPtrs(pv%d, st%d.q))", id, id, id, id);
}

/* A call of an earlier function or of this one, always with a smaller depth (main starts at most at 2,
 * so the call tree stays small). */
static void snip_call(Gen *g, int id)
{
	int callee = g->func_index > 0 && gen_below(g, 2) ? gen_below(g, g->func_index) : g->func_index;
	gen_line(g, "if d > 0 {");
	gen_line(g, "\tk%d := n - %d", id, gen_below(g, 3));
	gen_line(g, "\tmix(f%d(k%d, d-1) + k%d)", callee, id, id);
	gen_line(g, "}");
}

typedef void (*Snippet)(Gen *g, int id);

static const Snippet gen_snippets[] = {
	snip_struct, snip_slice, snip_map, snip_closure, snip_iface, snip_return, snip_loop,
	snip_recursion, snip_global, snip_list, snip_array, snip_counter, snip_defer,
	snip_method_value, snip_swap, snip_call, snip_heap_holder, snip_func_slice, snip_field_ptr,
};

static void gen_stmts(Gen *g, int count);

/* A snippet, sometimes wrapped in an `if` or a bounded loop (whose variable is only read). */
static void gen_stmt(Gen *g)
{
	int id = g->next_id++;
	int wrap = g->depth < 2 ? gen_below(g, 6) : 5;
	if (wrap == 0 || wrap == 1) {
		if (wrap == 0)
			gen_line(g, "if n%%%d == 0 {", 2 + gen_below(g, 3));
		else
			gen_line(g, "for it%d := 0; it%d < %d; it%d++ {", id, id, 1 + gen_below(g, 3), id);
		g->indent++;
		g->depth++;
		if (wrap == 1)
			gen_line(g, "mix(it%d)", id);
		gen_stmts(g, 1 + gen_below(g, 2));
		g->depth--;
		g->indent--;
		gen_line(g, "}");
		return;
	}
	int n = (int)(sizeof gen_snippets / sizeof gen_snippets[0]);
	gen_snippets[gen_below(g, n)](g, id);
}

static void gen_stmts(Gen *g, int count)
{
	for (int i = 0; i < count; i++)
		gen_stmt(g);
}

static void gen_func(Gen *g, int index)
{
	g->func_index = index;
	g->depth = 0;
	printf("func f%d(n, d int) int {\n", index);
	g->indent = 1;
	gen_stmts(g, 2 + gen_below(g, 5));
	gen_line(g, "return sum & 1023");
	g->indent = 0;
	printf("}\n\n");
}

static void gen_main(Gen *g, int nfuncs)
{
	printf("func main() {\n");
	for (int i = 0; i < nfuncs; i++)
		printf("\tprintln(\"f%d\", f%d(%d, %d))\n", i, i, gen_below(g, 40) - 5, gen_below(g, 3));
	printf("\tprintln(\"checksum\", sum)\n}\n");
}

/*
 * `llgo-gen --loops SEED`: loop nests for stage 6 (passes/jam.c, passes/divpair.c). Each kernel is a
 * counted outer loop (2 to 16 steps, mostly an even number (the pass jams 2 or 4 at a time), counting
 * up or down, compared with <, <=, !=, > or >=) around an
 * early-exit loop over one to four float64 variables, whose statements are random arithmetic on
 * them (+, -, *, / by any value: infinities and NaN are results like others), and whose results an
 * epilogue folds into running sums; now and then the prologue or the inner loop reads a running sum
 * (which the pass must refuse to jam), the inner loop divides its counter by a constant, or a
 * slice loop divides twice per step. Results are printed as bits (math.Float64bits; NaN as 1, as
 * its sign and payload differ between machines), so a single rounding difference shows.
 */
static void gen_fexpr(Gen *g, int nvars, int depth)
{
	int pick = depth >= 2 ? gen_below(g, 3) : gen_below(g, 7);
	if (pick == 0 && nvars == 0)
		pick = 1;
	switch (pick) {
	case 0: printf("z%d", gen_below(g, nvars)); return;
	case 1: printf("%s", gen_below(g, 2) ? "cr" : "d"); return;
	case 2: printf("%d.%d", gen_below(g, 4), gen_below(g, 100)); return;
	default: break;
	}
	static const char ops[] = "+-*/+-*";
	printf("(");
	gen_fexpr(g, nvars, depth + 1);
	printf(" %c ", ops[gen_below(g, 7)]);
	gen_fexpr(g, nvars, depth + 1);
	printf(")");
}

static void gen_loop_kernel(Gen *g, int index)
{
	int nvars = 1 + gen_below(g, 4), step = 1 + gen_below(g, 3);
	int trips = gen_below(g, 5) ? 2 * (1 + gen_below(g, 8)) : 3 + 2 * gen_below(g, 6);   /* mostly even */
	int start = gen_below(g, 7) - 3, end = start + trips * step, form = gen_below(g, 5);
	bool taint_pro = gen_below(g, 10) == 0, taint_in = gen_below(g, 10) == 0;
	printf("func k%d(c, d float64) {\n\tacc, cnt, last := 0.0, 0, 0.0\n", index);
	switch (form) {
	case 0: printf("\tfor k := %d; k < %d; k += %d {\n", start, end, step); break;
	case 1: printf("\tfor k := %d; k <= %d; k += %d {\n", start, end - step, step); break;
	case 2: printf("\tfor k := %d; k != %d; k += %d {\n", start, end, step); break;
	case 3: printf("\tfor k := %d; k > %d; k -= %d {\n", end, start, step); break;
	default: printf("\tfor k := %d; k >= %d; k -= %d {\n", end, start + step, step); break;
	}
	printf("\t\tcr := float64(k)*%d.%d + c%s\n", gen_below(g, 2), gen_below(g, 100), taint_pro ? " + acc" : "");
	for (int v = 0; v < nvars; v++) {
		printf("\t\tz%d := ", v);
		gen_fexpr(g, 0, 2);   /* a constant, cr or d: no z yet */
		printf("\n");
	}
	int limit = 1 + gen_below(g, 1000), maxn = 1 + gen_below(g, 80);
	bool while_form = gen_below(g, 2), divide = gen_below(g, 4) == 0;
	printf("\t\tn := 0\n");
	if (while_form)
		printf("\t\tfor n < %d && z0*z0 < %d {\n", maxn, limit);
	else
		printf("\t\tfor {\n");
	for (int v = nvars - 1; v >= 0; v--) {   /* each variable carries itself: a real recurrence */
		printf("\t\t\tz%d = z%d %c ", v, v, "+-*"[gen_below(g, 3)]);
		gen_fexpr(g, nvars, 0);
		if (v == 0 && taint_in)
			printf(" + acc");
		printf("\n");
	}
	printf("\t\t\tn++\n");
	if (!while_form)
		printf("\t\t\tif n%s >= %d || z%d > %d || z%d < -%d {\n\t\t\t\tbreak\n\t\t\t}\n", divide ? "/3" : "",
		       maxn, gen_below(g, nvars), limit, gen_below(g, nvars), limit);
	printf("\t\t}\n");
	printf("\t\tacc = acc*0.5");   /* reads every variable: Go rejects one never read */
	for (int v = 0; v < nvars; v++)
		printf(" + z%d", v);
	printf("\n\t\tcnt += n * %d\n\t\tlast = z%d - cr\n", 1 + gen_below(g, 3), gen_below(g, nvars));
	printf("\t}\n\tprintln(\"k%d\", bits(acc), cnt, bits(last))\n}\n\n", index);
}

static void gen_div_kernel(Gen *g, int index)
{
	printf("func k%d(c, d float64) {\n\txs := []float64{c, d, c - d, c * d, 0, c / 3, -d, 1e300, 5e-324}\n", index);
	printf("\tqs := make([]float64, len(xs))\n\trs := make([]float64, len(xs))\n\ts := 0.0\n");
	printf("\tfor i, x := range xs {\n\t\tqs[i] = (x + %d.5) / (c - x)\n", gen_below(g, 5));
	printf("\t\trs[i] = %d.25 / (x*x - d)\n\t\ts += 1 / float64(i*i+%d)\n\t}\n", gen_below(g, 5), 1 + gen_below(g, 5));
	printf("\tfor i := range qs {\n\t\tprintln(\"k%d\", i, bits(qs[i]), bits(rs[i]))\n\t}\n", index);
	printf("\tprintln(\"k%d\", bits(s))\n}\n\n", index);
}

static void gen_loops_program(Gen *g)
{
	int nkernels = 2 + gen_below(g, 5);
	/* NaN's sign and payload differ between machines (x86-64 makes 0xFFF8..., AArch64 0x7FF8...) */
	printf("package main\n\nimport \"math\"\n\nfunc bits(x float64) uint64 {\n\tif x != x {\n\t\treturn 1\n\t}\n"
	       "\treturn math.Float64bits(x)\n}\n\n");
	for (int i = 0; i < nkernels; i++) {
		if (gen_below(g, 5) == 0)
			gen_div_kernel(g, i);
		else
			gen_loop_kernel(g, i);
	}
	printf("func main() {\n");
	for (int i = 0; i < nkernels; i++)
		for (int r = 0; r < 3; r++)
			printf("\tk%d(%d.%d, %s%d.%d)\n", i, gen_below(g, 3), gen_below(g, 1000), gen_below(g, 2) ? "-" : "",
			       gen_below(g, 3), gen_below(g, 1000));
	printf("}\n");
}

int main(int argc, char **argv)
{
	bool loops = argc == 3 && strcmp(argv[1], "--loops") == 0;
	if (argc != 2 && !loops) {
		fprintf(stderr, "usage: llgo-gen [--loops] SEED\n");
		return 2;
	}
	Gen g = { .state = strtoull(argv[argc - 1], NULL, 10) * 0x2545f4914f6cdd1dULL + 1 };
	if (loops) {
		gen_loops_program(&g);
		return 0;
	}
	int nfuncs = 2 + gen_below(&g, 6);
	gen_prelude();
	for (int i = 0; i < nfuncs; i++)
		gen_func(&g, i);
	gen_main(&g, nfuncs);
	return 0;
}
