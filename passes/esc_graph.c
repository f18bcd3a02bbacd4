/*
 * esc_graph.c: one function's escape graph and its solver.
 *
 * Locations and weighted edges are described in escape.c. The solver is Go's walkAll/walkOne: every
 * location is a root once (and again whenever it starts to escape); from a root, walk the incoming
 * edges backwards keeping for each location the fewest dereferences on a path to the root (a
 * Bellman-Ford relaxation; counts below zero are clamped to zero after an address is taken, since an
 * address of an address is not a thing). A location whose address reaches a root that outlives it
 * escapes; a parameter that reaches the heap or a result records a leak in its function's summary.
 */
#include "esc_internal.h"

#include <stdlib.h>
#include <string.h>

void esc_graph_init(EscGraph *g, EscCtx *ctx, EscFunc *f)
{
	memset(g, 0, sizeof *g);
	g->ctx = ctx;
	g->func = f;
	g->capmap = 256;
	g->keys = calloc((size_t)g->capmap, sizeof *g->keys);
	g->vals = calloc((size_t)g->capmap, sizeof *g->vals);
	int heap = esc_loc_new(g, LOC_HEAP, 0, -1);
	g->locs[heap].escapes = true;
	g->locs[heap].reason = "flows to heap";
}

void esc_graph_free(EscGraph *g)
{
	for (int i = 0; i < g->nlocs; i++) {
		free(g->locs[i].edges);
		free(g->locs[i].notes.v);
	}
	free(g->locs);
	free(g->keys);
	free(g->vals);
	free(g->blocks);
	free(g->block_depth);
	free(g->block_header);
}

int esc_loc_new(EscGraph *g, EscLocKind kind, int depth, int index)
{
	if (g->nlocs == g->caplocs) {
		g->caplocs = g->caplocs ? 2 * g->caplocs : 64;
		g->locs = realloc(g->locs, sizeof(EscLoc) * (size_t)g->caplocs);
	}
	EscLoc *l = &g->locs[g->nlocs];
	memset(l, 0, sizeof *l);
	l->kind = kind;
	l->depth = depth;
	l->index = index;
	return g->nlocs++;
}

/* dst = *^derefs src */
void esc_edge(EscGraph *g, int dst, int src, int derefs)
{
	if (dst < 0 || src < 0 || dst == src)
		return;
	EscLoc *l = &g->locs[dst];
	if (l->nedges == l->capedges) {
		l->capedges = l->capedges ? 2 * l->capedges : 4;
		l->edges = realloc(l->edges, sizeof(EscEdge) * (size_t)l->capedges);
	}
	l->edges[l->nedges++] = (EscEdge){ src, derefs, g->note };
}

unsigned esc_hash(LLVMValueRef v, int cap)
{
	uintptr_t x = (uintptr_t)v;
	x ^= x >> 17;
	x *= 0x9E3779B1u;
	return (unsigned)(x % (uintptr_t)cap);
}

int esc_map_get(EscGraph *g, LLVMValueRef v)
{
	for (unsigned h = esc_hash(v, g->capmap);; h = (h + 1) % (unsigned)g->capmap) {
		if (!g->keys[h])
			return -1;
		if (g->keys[h] == v)
			return g->vals[h];
	}
}

static void esc_map_grow(EscGraph *g)
{
	LLVMValueRef *keys = g->keys;
	int *vals = g->vals, cap = g->capmap;
	g->capmap *= 2;
	g->keys = calloc((size_t)g->capmap, sizeof *g->keys);
	g->vals = calloc((size_t)g->capmap, sizeof *g->vals);
	g->nmap = 0;
	for (int i = 0; i < cap; i++)
		if (keys[i])
			esc_map_put(g, keys[i], vals[i]);
	free(keys);
	free(vals);
}

void esc_map_put(EscGraph *g, LLVMValueRef v, int loc)
{
	if ((g->nmap + 1) * 2 >= g->capmap)
		esc_map_grow(g);
	unsigned h = esc_hash(v, g->capmap);
	while (g->keys[h] && g->keys[h] != v)
		h = (h + 1) % (unsigned)g->capmap;
	g->nmap += !g->keys[h];
	g->keys[h] = v;
	g->vals[h] = loc;
}

/* Does root hold values longer than l lives? */
static const char *esc_outlives(EscLoc *root, EscLoc *l)
{
	if (root->escapes)
		return root->kind == LOC_HEAP ? "flows to heap" : "flows to a location that escapes";
	if (root->kind == LOC_RESULT)
		return "returned";
	if (root->depth < l->depth)
		return "outlives its loop iteration";
	return NULL;
}

/* Replaces dst's notes with src (taking them). */
void esc_notes_set(EscNotes *dst, EscNotes src)
{
	free(dst->v);
	*dst = src;
}

/* -m=2: the notes of the edges the walk from root took to reach li, from li on. */
static EscNotes esc_path_notes(EscGraph *g, int li, int root)
{
	EscNotes out = {0};
	if (g->ctx->opt->report_level < 2)
		return out;
	for (int cur = li, steps = 0; cur != root && steps < g->nlocs; steps++) {
		int p = g->locs[cur].walk_from;
		if (p < 0)
			break;
		LLVMValueRef note = g->locs[p].edges[g->locs[cur].walk_edge].note;
		if (note && (out.n == 0 || out.v[out.n - 1] != note)) {
			out.v = realloc(out.v, sizeof *out.v * (size_t)(out.n + 1));
			out.v[out.n++] = note;
		}
		cur = p;
	}
	return out;
}

static void esc_leak_to(EscGraph *g, int root_i, int li, int derefs)
{
	EscLoc *root = &g->locs[root_i], *l = &g->locs[li];
	EscFunc *f = l->owner ? l->owner : g->func;
	int arg = l->index;
	if (l->owner) {
		if (root->escapes && derefs < f->leak_heap[arg]) {
			f->leak_heap[arg] = derefs;
			g->ctx->other_changed = true;
		}
		return;
	}
	if (!root->escapes && root->kind == LOC_RESULT) {
		int *slot = &f->leak_result[arg * f->nresults + root->index];
		if (derefs < *slot) {
			*slot = derefs;
			if (f->leak_notes)
				esc_notes_set(&f->leak_notes[arg * (1 + f->nresults) + 1 + root->index],
					esc_path_notes(g, li, root_i));
		}
		return;
	}
	if (derefs < f->leak_heap[arg]) {
		f->leak_heap[arg] = derefs;
		if (f->leak_notes)
			esc_notes_set(&f->leak_notes[arg * (1 + f->nresults)], esc_path_notes(g, li, root_i));
	}
}

typedef struct EscStack {
	int *v;
	int n, cap;
} EscStack;

static void esc_push(EscStack *s, int x)
{
	if (s->n == s->cap) {
		s->cap = s->cap ? 2 * s->cap : 64;
		s->v = realloc(s->v, sizeof(int) * (size_t)s->cap);
	}
	s->v[s->n++] = x;
}

static void esc_walk_one(EscGraph *g, int root_i, int gen, EscStack *roots, bool *queued)
{
	EscStack todo = {0};
	EscLoc *root = &g->locs[root_i];
	root->walk_gen = gen;
	root->walk_derefs = 0;
	root->walk_from = -1;
	esc_push(&todo, root_i);
	while (todo.n > 0) {
		int li = todo.v[--todo.n];
		EscLoc *l = &g->locs[li];
		int derefs = l->walk_derefs;
		bool address = derefs < 0;
		if (address)
			derefs = 0;
		const char *why = esc_outlives(root, l);
		if (why && li != root_i) {
			if (l->kind == LOC_PARAM)
				esc_leak_to(g, root_i, li, derefs);
			if (address && !l->escapes) {
				l->escapes = true;
				l->reason = why;
				l->cause = root_i;
				esc_notes_set(&l->notes, esc_path_notes(g, li, root_i));
				if (!queued[li]) {
					queued[li] = true;
					esc_push(roots, li);
				}
				continue;
			}
		}
		for (int e = 0; e < l->nedges; e++) {
			EscLoc *src = &g->locs[l->edges[e].src];
			int d = derefs + l->edges[e].derefs;
			if (src->escapes)
				continue;
			if (src->walk_gen != gen || src->walk_derefs > d) {
				src->walk_gen = gen;
				src->walk_derefs = d;
				src->walk_from = li;
				src->walk_edge = e;
				esc_push(&todo, l->edges[e].src);
			}
		}
	}
	free(todo.v);
}

/* Go's name of a site as a flow's destination: the variable, or `{storage for TEXT}`. */
static const char *esc_flow_name(EscCtx *ctx, const EscSite *s)
{
	if (s->kind == SITE_VAR || s->kind == SITE_PARAM)
		return s->text;
	size_t n = strlen(s->text) + 16;
	char *name = malloc(n);
	snprintf(name, n, "{storage for %s}", s->text);
	if (ctx->nstrings == ctx->capstrings) {
		ctx->capstrings = ctx->capstrings ? 2 * ctx->capstrings : 64;
		ctx->strings = realloc(ctx->strings, sizeof(char *) * (size_t)ctx->capstrings);
	}
	return ctx->strings[ctx->nstrings++] = name;
}

/* Solves the graph, then records each site's decision. */
void esc_solve(EscGraph *g)
{
	EscStack roots = {0};
	bool *queued = calloc((size_t)g->nlocs + 1, sizeof *queued);
	for (int i = g->nlocs - 1; i >= 0; i--) {
		queued[i] = true;
		esc_push(&roots, i);
	}
	int gen = 0;
	while (roots.n > 0) {
		int r = roots.v[--roots.n];
		queued[r] = false;
		esc_walk_one(g, r, ++gen, &roots, queued);
	}
	free(roots.v);
	free(queued);
	for (int i = 0; i < g->nlocs; i++) {
		EscLoc *l = &g->locs[i];
		if (l->kind != LOC_OBJECT || l->index < 0)
			continue;
		EscSite *s = &g->ctx->sites[l->index];
		s->heap = s->forced || l->escapes;
		esc_notes_set(&s->notes, l->notes);
		l->notes = (EscNotes){0};
		if (!s->forced)
			s->reason = l->escapes ? l->reason : NULL;
		s->flow_to = "{heap}";
		EscLoc *root = l->escapes && !s->forced ? &g->locs[l->cause] : NULL;
		if (root && root->kind == LOC_RESULT && !root->escapes)
			s->flow_to = g->func->result_names ? g->func->result_names[root->index] : "~r0";
		else if (root && root->kind == LOC_OBJECT && root->index >= 0)
			s->flow_to = esc_flow_name(g->ctx, &g->ctx->sites[root->index]);
	}
}
