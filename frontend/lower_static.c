/*
 * lower_static.c: the literals of package-level initialisers that Go allocates statically.
 *
 * Go's static initialiser (cmd/compile/internal/staticinit) gives `var s = []T{...}`,
 * `var p = &T{...}`, a func literal and a value boxed into an interface, when they stand in a
 * package-level initialiser, an object of their own in the data segment: they never reach the heap,
 * and `-m` prints nothing about them. Lowered as allocation sites they would go to the heap (the
 * escape pass sees them stored in a global) and be reported where Go reports nothing.
 *
 * So before one initialiser is lowered, lower_static_mark walks the places Go treats statically:
 * the initialiser itself and, through slice, array and struct literals and &-literals, their
 * elements; not map literals, calls, operators or conversions (Go initialises those at run time,
 * with sites like ours). It records a (site kind, position) pair for each literal there, and
 * lower_static_site hands out a zeroed private global for a marked site instead of a site call,
 * registered as a GC root when it holds pointers (the collector scans no data segment it is not
 * told about). An initialiser runs once, so the program cannot tell the two apart, except that the
 * object is not on the heap. lower_static_clear drops the marks after the initialiser.
 */
#include "lower_internal.h"

#include <string.h>

static void static_add(Lower *L, SiteKind kind, Pos pos)
{
	if (L->nstatic_marks == L->capstatic_marks) {
		int cap = L->capstatic_marks ? 2 * L->capstatic_marks : 16;
		L->static_marks = arena_realloc(&L->arena, L->static_marks,
			sizeof *L->static_marks * (size_t)L->capstatic_marks, sizeof *L->static_marks * (size_t)cap);
		L->capstatic_marks = cap;
	}
	L->static_marks[L->nstatic_marks++] = (struct StaticMark){ kind, pos };
}

static void static_mark_value(Lower *L, Node *n, Type *dst);

/* The elements of composite literal n of (underlying) type u, each stored into its element type. */
static void static_mark_elems(Lower *L, Node *n, Type *u)
{
	for (int i = 0; i < n->composite.elts.len; i++) {
		Node *e = n->composite.elts.items[i], *v = e;
		Type *et = NULL;
		if (e->kind == ND_KEY_VALUE)
			v = e->key_value.value;
		if (u->kind == TY_SLICE)
			et = u->slice.elem;
		else if (u->kind == TY_ARRAY)
			et = u->array.elem;
		else if (e->kind == ND_KEY_VALUE) {
			for (int f = 0; f < u->strct.nfields; f++)
				if (strcmp(u->strct.fields[f].name, e->key_value.key->ident.name) == 0)
					et = u->strct.fields[f].type;
		} else if (i < u->strct.nfields)
			et = u->strct.fields[i].type;
		if (et)
			static_mark_value(L, v, et);
	}
}

/* Composite literal n whose value (not address) is stored: its backing array when it is a slice
 * literal, and its elements unless it is a map literal. */
static void static_mark_composite(Lower *L, Node *n, Type *t)
{
	Type *u = type_underlying(t);
	if (u->kind == TY_SLICE)
		static_add(L, SITE_SLICE_LIT, n->pos);
	if (u->kind == TY_SLICE || u->kind == TY_ARRAY || u->kind == TY_STRUCT)
		static_mark_elems(L, n, u);
}

/* Value n stored into a destination of type dst (NULL: its own type) in a static place. */
static void static_mark_value(Lower *L, Node *n, Type *dst)
{
	Node *u = ast_unparen(n);
	if (!u->type)
		return;
	if (dst && type_is_interface(dst) && !type_is_interface(u->type)) {
		static_add(L, SITE_BOX, n->pos);   /* lower_to_iface reports the box at the stored node */
		static_mark_value(L, n, NULL);
		return;
	}
	if (u->kind == ND_FUNC_LIT) {
		static_add(L, SITE_CLOSURE, u->pos);
	} else if (u->kind == ND_UNARY && u->unary.op == TK_AND && ast_unparen(u->unary.x)->kind == ND_COMPOSITE_LIT) {
		Node *x = ast_unparen(u->unary.x);
		static_add(L, SITE_COMPOSITE, u->pos);
		static_mark_composite(L, x, x->type);
	} else if (u->kind == ND_COMPOSITE_LIT && type_underlying(u->type)->kind == TY_POINTER) {
		/* an elided &T{...} in a literal of pointers */
		static_add(L, SITE_COMPOSITE, u->pos);
		static_mark_composite(L, u, type_underlying(u->type)->pointer.elem);
	} else if (u->kind == ND_COMPOSITE_LIT) {
		static_mark_composite(L, u, u->type);
	}
}

/* Marks the static places of initialiser rhs, stored into a variable of type dst. */
void lower_static_mark(Lower *L, Node *rhs, Type *dst)
{
	L->nstatic_marks = 0;
	static_mark_value(L, rhs, dst);
}

void lower_static_clear(Lower *L)
{
	L->nstatic_marks = 0;
}

/* A private zeroed global for a marked site of constant size, or NULL when the site is not marked. */
LLVMValueRef lower_static_site(Lower *L, SiteKind kind, LLVMValueRef size, bool scan, Pos pos)
{
	int i = 0;
	while (i < L->nstatic_marks && !(L->static_marks[i].kind == kind && L->static_marks[i].pos.file == pos.file &&
	                                 L->static_marks[i].pos.offset == pos.offset))
		i++;
	if (i == L->nstatic_marks || !LLVMIsAConstantInt(size))
		return NULL;
	L->static_marks[i] = L->static_marks[--L->nstatic_marks]; /* one object per literal */
	LLVMTypeRef t = LLVMArrayType2(L->t_i8, LLVMConstIntGetZExtValue(size));
	LLVMValueRef gv = LLVMAddGlobal(L->mod, t, "static.lit");
	LLVMSetLinkage(gv, LLVMInternalLinkage);
	LLVMSetInitializer(gv, LLVMConstNull(t));
	LLVMSetAlignment(gv, 16);
	if (scan) {
		LLVMValueRef end = LLVMBuildGEP2(L->b, L->t_i8, gv, &size, 1, "");
		lower_rt(L, RT_rt_add_roots, (LLVMValueRef[]){ gv, end }, 2);
	}
	return gv;
}
