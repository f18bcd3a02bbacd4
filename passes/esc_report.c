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
 * With -m=2 each heap decision is followed by an indented line with its reason.
 */
#include "esc_internal.h"

#include <stdlib.h>
#include <string.h>

typedef struct EscLine {
	const char *file;
	int line, col, seq;
	char *msg;
	const char *reason;
} EscLine;

typedef struct EscLines {
	EscLine *v;
	int n, cap;
} EscLines;

static void esc_line(EscLines *ls, const char *file, int line, int col, const char *reason, char *msg)
{
	if (ls->n == ls->cap) {
		ls->cap = ls->cap ? 2 * ls->cap : 64;
		ls->v = realloc(ls->v, sizeof(EscLine) * (size_t)ls->cap);
	}
	ls->v[ls->n] = (EscLine){ file, line, col, ls->n, msg, reason };
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

static void esc_report_site(EscLines *ls, const EscSite *s)
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
	case SITE_COMPOSITE: case SITE_NEW: case SITE_MAKE_SLICE: case SITE_MAKE_MAP: case SITE_SLICE_LIT:
	case SITE_CLOSURE: case SITE_BOX: case SITE_CONCAT: case SITE_CONVERT: case SITE_VARIADIC:
	case SITE_DEFER:
		if (asprintf(&msg, "%s %s", s->text, s->heap ? "escapes to heap" : "does not escape") < 0)
			return;
		break;
	case SITE__COUNT:
		return;
	}
	esc_line(ls, s->file, s->line, s->col, s->heap ? s->reason : NULL, msg);
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
	int heap = f->leak_heap[p->arg];
	bool any = heap < ESC_INF;
	char *msg = NULL;
	if (heap == 0 && asprintf(&msg, "leaking param: %s", p->name) >= 0)
		esc_line(ls, f->file, p->line, p->col, "flows to heap", msg);
	else if (heap < ESC_INF && asprintf(&msg, "leaking param content: %s", p->name) >= 0)
		esc_line(ls, f->file, p->line, p->col, "content flows to heap", msg);
	for (int k = 0; k < f->nresults; k++) {
		int d = f->leak_result[p->arg * f->nresults + k];
		if (d >= heap)
			continue;
		any = true;
		const char *res = f->result_names ? f->result_names[k] : "~r0";
		if (asprintf(&msg, "leaking param: %s to result %s level=%d", p->name, res, d) >= 0)
			esc_line(ls, f->file, p->line, p->col, NULL, msg);
	}
	if (!any && asprintf(&msg, "%s does not escape", p->name) >= 0)
		esc_line(ls, f->file, p->line, p->col, NULL, msg);
}

/* Go reports only on the package being compiled: the files the driver names, when it names any. */
static bool esc_reported_file(const EscOptions *o, const char *file)
{
	if (!o->report_files)
		return true;
	for (int i = 0; i < o->nreport_files; i++)
		if (strcmp(o->report_files[i], file) == 0)
			return true;
	return false;
}

void esc_report(EscCtx *ctx)
{
	EscLines ls = {0};
	for (int i = 0; i < ctx->nsites; i++)
		esc_report_site(&ls, &ctx->sites[i]);
	for (int i = 0; i < ctx->nfuncs; i++) {
		const EscFunc *f = &ctx->funcs[i];
		for (int p = 0; f->reported && p < f->nparams; p++)
			esc_report_param(&ls, ctx, f, &f->params[p]);
	}
	if (ls.n > 0)
		qsort(ls.v, (size_t)ls.n, sizeof *ls.v, esc_line_cmp);
	for (int i = 0; i < ls.n; i++) {
		const EscLine *l = &ls.v[i];
		if (!esc_reported_file(ctx->opt, l->file)) {
			free(l->msg);
			continue;
		}
		fprintf(ctx->opt->report, "%s:%d:%d: %s\n", l->file, l->line, l->col, l->msg);
		if (ctx->opt->report_level >= 2 && l->reason)
			fprintf(ctx->opt->report, "%s:%d:%d:   reason: %s\n", l->file, l->line, l->col, l->reason);
		free(l->msg);
	}
	free(ls.v);
}
