/*
 * esc_report.c: the -m report in the words of Go 1.19's `go build -gcflags='-m -l'`, sorted by
 * position (file, line, column, then the order Go prints lines at one position).
 *
 *   sites:  `moved to heap: x` (variables and parameters; nothing when they stay), and for every
 *           other site `<go text> escapes to heap` or `<go text> does not escape`
 *   params: `x does not escape`, `leaking param: x`, `leaking param content: x`,
 *           `leaking param: x to result ~r0 level=0` (pointer-carrying, named parameters only;
 *           a result leak at least as deep as the heap leak is dropped, as Go's leaks.Optimize does)
 * Sites without Go text ("" or "?") are not reported.
 * With -m=2 each heap decision and each leak is preceded by Go's explanation (`x escapes to heap:`,
 * `  flow: {heap} = &x:`, `parameter p leaks to ~r0 with derefs=1:`, `  flow: ~r0 = *p:`), with the
 * `    from ... (spill|non-constant size|too large for stack) at` steps the pass knows the position of,
 * then the steps of the statements on the path (`from &x (address-of)`, `from gp = p (assign)`,
 * `from return &x (return)`, `from f(&x) (call parameter)`: the !llgo.from tags of site.h rule 9
 * on the edges the solver's walk took, esc_graph.c). The flow is the site's straight to the root
 * that made it escape (Go names each variable on the way; SSA values have no Go names).
 * Ours, with -m=2 only: `llgo: x stays on the stack: ...` after Go's line for each site Go puts on
 * the heap that llgo keeps on the stack (the whole-program analysis, escape.c, which also knows the
 * sizes Go does not: `n := 32; make([]int, n)`).
 */
#include "esc_internal.h"

#include <stdlib.h>
#include <string.h>

typedef struct EscLine {
	const char *file;
	int line, col, seq;
	char *msg;
	char *explain;   /* -m=2 lines before msg, '\n'-separated, without the position prefix */
} EscLine;

typedef struct EscLines {
	EscLine *v;
	int n, cap;
} EscLines;

static void esc_line(EscLines *ls, const char *file, int line, int col, char *explain, char *msg)
{
	if (ls->n == ls->cap) {
		ls->cap = ls->cap ? 2 * ls->cap : 64;
		ls->v = realloc(ls->v, sizeof(EscLine) * (size_t)ls->cap);
	}
	ls->v[ls->n] = (EscLine){ file, line, col, ls->n, msg, explain };
	ls->n++;
}

static int esc_line_cmp(const void *a, const void *b)
{
	const EscLine *x = a, *y = b;
	int c = strcmp(x->file, y->file);
	if (c == 0)
		c = x->line - y->line;
	if (c == 0)
		c = x->col - y->col;
	return c ? c : x->seq - y->seq;
}

/* A box of 8 bytes holding a pointer is a pointer-shaped type (a struct or array of one pointer):
 * Go stores those in the interface directly and reports no conversion. */
static bool esc_box_is_pointer_shaped(const EscSite *s)
{
	LLVMValueRef size = LLVMGetOperand(s->call, 0);
	return !s->noscan && LLVMIsAConstantInt(size) && LLVMConstIntGetZExtValue(size) == 8;
}

/* The string operand i of metadata node ops as a terminated copy (into buf). */
static const char *esc_note_str(LLVMValueRef *ops, int i, char *buf, size_t cap)
{
	unsigned len = 0;
	const char *s = LLVMGetMDString(ops[i], &len);
	snprintf(buf, cap, "%.*s", s ? (int)len : 0, s ? s : "");
	return buf;
}

static int esc_md_int_at(LLVMValueRef *ops, int i)
{
	return LLVMIsAConstantInt(ops[i]) ? (int)LLVMConstIntGetSExtValue(ops[i]) : 0;
}

/* Appends `    from &x (address-of) at` (when addr names the `&x` the path starts with) and
 * `    from <statement> (<kind>) at` for one !llgo.from note (site.h rule 9). */
static char *esc_explain_note(const EscCtx *ctx, char *out, LLVMValueRef inst, const char *file, const char *addr)
{
	LLVMValueRef md = LLVMGetMetadata(inst, ctx->from_md);
	unsigned n = md ? LLVMGetMDNodeNumOperands(md) : 0;
	if (n < 4)
		return out;
	LLVMValueRef *ops = calloc(n, sizeof *ops);
	LLVMGetMDNodeOperands(md, ops);
	char kind[64], text[512], a[512], *more = NULL;
	for (unsigned i = 4; addr && i < n; i++) {
		LLVMValueRef st[3];
		if (LLVMGetMDNodeNumOperands(ops[i]) != 3)
			continue;
		LLVMGetMDNodeOperands(ops[i], st);
		if (strcmp(esc_note_str(st, 0, a, sizeof a), addr) != 0 && strcmp(a, addr + 1) != 0)
			continue;
		if (asprintf(&more, "%s\n    from %s (address-of) at %s:%d:%d", out, a, file, esc_md_int_at(st, 1),
			esc_md_int_at(st, 2)) >= 0)
			free(out), out = more;
		break;
	}
	if (asprintf(&more, "%s\n    from %s (%s) at %s:%d:%d", out, esc_note_str(ops, 1, text, sizeof text),
		esc_note_str(ops, 0, kind, sizeof kind), file, esc_md_int_at(ops, 2), esc_md_int_at(ops, 3)) >= 0)
		free(out), out = more;
	free(ops);
	return out;
}

/* Appends the notes of a path; var names the variable whose address starts it (or NULL). */
static char *esc_explain_notes(const EscCtx *ctx, char *out, const EscNotes *notes, const char *file, const char *var)
{
	char addr[512];
	snprintf(addr, sizeof addr, "&%s", var ? var : "");  /* `x` alone: x.m() for a pointer method */
	for (int i = 0; out && i < notes->n; i++)
		out = esc_explain_note(ctx, out, notes->v[i], file, i == 0 && var ? addr : NULL);
	return out;
}

/* Go's -m=2 explanation of a heap site. */
static char *esc_explain_site(const EscCtx *ctx, const EscSite *s)
{
	bool var = s->kind == SITE_VAR || s->kind == SITE_PARAM;
	const char *to = s->forced || !s->flow_to ? "{heap}" : s->flow_to;
	char *flow = NULL, *out = NULL;
	int r;
	if (var && !s->forced)
		r = asprintf(&flow, "  flow: %s = &%s:", to, s->text);
	else if (var)
		r = asprintf(&flow, "  flow: %s = &%s:\n    from %s (%s) at %s:%d:%d", to, s->text, s->text, s->reason,
			s->file, s->line, s->col);
	else
		r = asprintf(&flow, "  flow: %s = &{storage for %s}:\n    from %s (%s) at %s:%d:%d", to, s->text, s->text,
			s->forced ? s->reason : "spill", s->file, s->line, s->col);
	if (r < 0)
		return NULL;
	if (!s->forced)
		flow = esc_explain_notes(ctx, flow, &s->notes, s->file, var ? s->text : NULL);
	if (!flow)
		return NULL;
	/* a parameter's address leaking is first a leak of the parameter (Go's walk explains both) */
	if (s->kind == SITE_PARAM && !s->forced)
		r = asprintf(&out, "parameter %s leaks to %s with derefs=0:\n%s\n%s escapes to heap:\n%s", s->text, to, flow,
			s->text, flow);
	else
		r = asprintf(&out, "%s escapes to heap:\n%s", s->text, flow);
	free(flow);
	return r < 0 ? NULL : out;
}

static void esc_report_site(EscLines *ls, const EscCtx *ctx, const EscSite *s)
{
	char *msg = NULL;
	/* Go has no site for some of ours (`s += t` is an assignment there): lowering gives them no
	 * text ("" or "?"), and they are not reported */
	if (s->line <= 0 || !s->text[0] || strcmp(s->text, "?") == 0)
		return;
	switch (s->kind) {
	case SITE_VAR:
	case SITE_PARAM:
		if (!s->heap)
			return;
		if (asprintf(&msg, "moved to heap: %s", s->text) < 0)
			return;
		break;
	case SITE_BOX:
		if (esc_box_is_pointer_shaped(s))
			return;
		if (asprintf(&msg, "%s %s", s->text, s->heap ? "escapes to heap" : "does not escape") < 0)
			return;
		break;
	case SITE_COMPOSITE: case SITE_NEW: case SITE_MAKE_SLICE: case SITE_MAKE_MAP: case SITE_SLICE_LIT:
	case SITE_CLOSURE: case SITE_CONCAT: case SITE_CONVERT: case SITE_VARIADIC:
	case SITE_DEFER:
		if (asprintf(&msg, "%s %s", s->text, s->heap ? "escapes to heap" : "does not escape") < 0)
			return;
		break;
	case SITE__COUNT:
		return;
	}
	esc_line(ls, s->file, s->line, s->col, s->heap ? esc_explain_site(ctx, s) : NULL, msg);
}

/* -m=2: a site Go sends to the heap that the whole-program analysis keeps on the stack (ours). */
static void esc_report_win(EscLines *ls, const EscCtx *ctx, const EscSite *s)
{
	char *msg = NULL;
	/* a sized site's stack buffer holds only small sizes (esc_rewrite.c): not a stack site */
	if (ctx->opt->report_level < 2 || !s->heap || !s->whole_stack || s->sized || s->line <= 0 || !s->text[0] ||
		strcmp(s->text, "?") == 0 || (s->kind == SITE_BOX && esc_box_is_pointer_shaped(s)))
		return;
	bool sized = s->go_dynamic && s->reason && strcmp(s->reason, "non-constant size") == 0;
	if (asprintf(&msg, "llgo: %s stays on the stack: %s", s->text, sized ?
		"its size is a constant once the program is compiled" :
		"every possible target of the calls through interfaces and func values it reaches keeps it") >= 0)
		esc_line(ls, s->file, s->line, s->col, NULL, msg);
}

/* Go's -m=2 explanation of a parameter's leak to `to` with `derefs` dereferences (slot: its notes in
 * f->leak_notes). */
static char *esc_explain_leak(const EscCtx *ctx, const EscFunc *f, int slot, const char *name, const char *to,
	int derefs)
{
	char stars[16] = "";
	for (int i = 0; i < derefs && i < 15; i++)
		stars[i] = '*', stars[i + 1] = 0;
	char *out = NULL;
	if (asprintf(&out, "parameter %s leaks to %s with derefs=%d:\n  flow: %s = %s%s:", name, to, derefs, to, stars,
		name) < 0)
		return NULL;
	return f->leak_notes ? esc_explain_notes(ctx, out, &f->leak_notes[slot], f->file, NULL) : out;
}

/* A parameter moved to the heap is reported as such only (Go says nothing about its leaks). */
static bool esc_param_moved(const EscCtx *ctx, const EscFunc *f, const EscParam *p)
{
	for (int i = f->site_first; i < f->site_first + f->site_count; i++) {
		const EscSite *s = &ctx->sites[i];
		if (s->kind == SITE_PARAM && s->heap && s->line == p->line && s->col == p->col)
			return true;
	}
	return false;
}

static void esc_report_param(EscLines *ls, const EscCtx *ctx, const EscFunc *f, const EscParam *p)
{
	if (esc_param_moved(ctx, f, p))
		return;
	if (!p->name[0] || strcmp(p->name, "_") == 0 || p->name[0] == '~' || p->arg < 0 || p->arg >= f->nargs)
		return;
	if (!esc_type_has_ptr(LLVMTypeOf(LLVMGetParam(f->fn, (unsigned)p->arg))))
		return;
	int heap = f->leak_heap[p->arg], slot = p->arg * (1 + f->nresults);
	bool any = heap < ESC_INF;
	char *msg = NULL;
	if (heap == 0 && asprintf(&msg, "leaking param: %s", p->name) >= 0)
		esc_line(ls, f->file, p->line, p->col,
			esc_explain_leak(ctx, f, slot, p->name, "{heap}", heap), msg);
	else if (heap < ESC_INF && asprintf(&msg, "leaking param content: %s", p->name) >= 0)
		esc_line(ls, f->file, p->line, p->col,
			esc_explain_leak(ctx, f, slot, p->name, "{heap}", heap), msg);
	for (int k = 0; k < f->nresults; k++) {
		int d = f->leak_result[p->arg * f->nresults + k];
		if (d >= heap)
			continue;
		any = true;
		const char *res = f->result_names ? f->result_names[k] : "~r0";
		if (asprintf(&msg, "leaking param: %s to result %s level=%d", p->name, res, d) >= 0)
			esc_line(ls, f->file, p->line, p->col,
				esc_explain_leak(ctx, f, slot + 1 + k, p->name, res, d), msg);
	}
	if (!any && asprintf(&msg, "%s does not escape", p->name) >= 0)
		esc_line(ls, f->file, p->line, p->col, NULL, msg);
}

/* Go reports only on the package being compiled: the files the driver names, when it names any.
 * file has len bytes (metadata strings are not terminated). */
bool esc_reported_file(const EscOptions *o, const char *file, size_t len)
{
	if (!o->report_files)
		return true;
	for (int i = 0; i < o->nreport_files; i++)
		if (strlen(o->report_files[i]) == len && memcmp(o->report_files[i], file, len) == 0)
			return true;
	return false;
}

/* `f ignoring self-assignment in x.a = x.b` from !llgo.selfassign (site.h rule 6): Go's name of
 * the function without its package, then the statement. */
static void esc_report_self_assigns(EscLines *ls, EscCtx *ctx)
{
	unsigned n = LLVMGetNamedMetadataNumOperands(ctx->mod, "llgo.selfassign");
	LLVMValueRef *nodes = calloc((size_t)n + 1, sizeof *nodes);
	LLVMGetNamedMetadataOperands(ctx->mod, "llgo.selfassign", nodes);
	for (unsigned i = 0; i < n; i++) {
		LLVMValueRef ops[5] = {0};
		if (LLVMGetMDNodeNumOperands(nodes[i]) != 5)
			continue;
		LLVMGetMDNodeOperands(nodes[i], ops);
		EscFunc *f = ops[0] && LLVMIsAFunction(ops[0]) ? esc_func_of(ctx, ops[0]) : NULL;
		unsigned tl = 0;
		const char *text = LLVMGetMDString(ops[1], &tl), *file = esc_md_string(ctx, ops[2]);
		if (!f || !f->name || !text)
			continue;
		const char *dot = strchr(f->name, '.');
		char *msg = NULL;
		if (asprintf(&msg, "%s ignoring self-assignment in %.*s", dot ? dot + 1 : f->name, (int)tl, text) < 0)
			continue;
		esc_line(ls, file, esc_md_int_at(ops, 3), esc_md_int_at(ops, 4), NULL, msg);
	}
	free(nodes);
}

void esc_report(EscCtx *ctx)
{
	EscLines ls = {0};
	esc_report_self_assigns(&ls, ctx);
	for (int i = 0; i < ctx->nsites; i++) {
		esc_report_site(&ls, ctx, &ctx->sites[i]);
		esc_report_win(&ls, ctx, &ctx->sites[i]);
	}
	for (int i = 0; i < ctx->nfuncs; i++) {
		const EscFunc *f = &ctx->funcs[i];
		for (int p = 0; f->reported && p < f->nparams; p++)
			esc_report_param(&ls, ctx, f, &f->params[p]);
	}
	if (ls.n > 0)
		qsort(ls.v, (size_t)ls.n, sizeof *ls.v, esc_line_cmp);
	for (int i = 0; i < ls.n; i++) {
		const EscLine *l = &ls.v[i];
		if (!esc_reported_file(ctx->opt, l->file, strlen(l->file))) {
			free(l->msg);
			free(l->explain);
			continue;
		}
		for (const char *e = l->explain; ctx->opt->report_level >= 2 && e && *e;) {
			size_t n = strcspn(e, "\n");
			fprintf(ctx->opt->report, "%s:%d:%d: %.*s\n", l->file, l->line, l->col, (int)n, e);
			e += n + (e[n] == '\n');
		}
		fprintf(ctx->opt->report, "%s:%d:%d: %s\n", l->file, l->line, l->col, l->msg);
		free(l->msg);
		free(l->explain);
	}
	free(ls.v);
}
