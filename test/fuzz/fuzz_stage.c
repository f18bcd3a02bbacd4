/*
 * fuzz_stage.c: one libFuzzer harness, compiled once per front-end depth (FUZZ_STAGE 1..4:
 * lexer, parser, checker, lowering+escape (rounds 1-3)+stage 6's passes+verify). The input bytes
 * are a Go source file of package main; the checker and lowering stages load and compile its
 * imports as the driver does, except that an input importing a big bundled package (fmt and what
 * it needs: seconds per input under the sanitizers) stops after parsing, so the fuzzer keeps its
 * pace; unknown paths and the small packages in fuzz_cheap_imports go through. Every input starts
 * from fresh global state (diag_reset, source_reset, arena freed) so that a crash replays from its
 * input alone.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <llvm-c/Analysis.h>
#include <llvm-c/Core.h>

#include "arena.h"
#include "ast.h"
#include "checker.h"
#include "diag.h"
#include "divpair.h"
#include "escape.h"
#include "jam.h"
#include "lex.h"
#include "load.h"
#include "lower.h"
#include "parse.h"
#include "source.h"

#ifndef FUZZ_STAGE
#define FUZZ_STAGE 1
#endif

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void fuzz_lex(SourceFile *src)
{
	Lexer lx;
	lex_init(&lx, src);
	for (;;) {
		Token t = lex_next(&lx);
		if (t.kind == TK_EOF)
			break;
	}
}

static void fuzz_back_end(CheckedPackage **cps, int n)
{
	LLVMContextRef ctx = LLVMContextCreate();
	LowerOptions lo = { .triple = "x86_64-pc-linux-gnu",
	                    .datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128",
	                    .emit_entry = true };
	LLVMModuleRef m = lower_program(cps, n, ctx, &lo);
	if (m && diag_count() == 0) {
		if (LLVMVerifyModule(m, LLVMPrintMessageAction, NULL))
			__builtin_trap();
		EscOptions eo = { .report_level = 0, .report = NULL };
		if (esc_run(m, &eo) && LLVMVerifyModule(m, LLVMPrintMessageAction, NULL))
			__builtin_trap();
		/* rounds 2 and 3 (slots, small buffers, append arenas) on the unoptimised module */
		if (esc_round2(m, &eo) && LLVMVerifyModule(m, LLVMPrintMessageAction, NULL))
			__builtin_trap();
		esc_round3(m, &eo);
		if (LLVMVerifyModule(m, LLVMPrintMessageAction, NULL))
			__builtin_trap();
		/* stage 6's passes look for their shapes in whatever they are given */
		jam_run(m);
		divpair_run(m);
		if (LLVMVerifyModule(m, LLVMPrintMessageAction, NULL))
			__builtin_trap();
	}
	if (m)
		LLVMDisposeModule(m);
	LLVMContextDispose(ctx);
}

static const char *const fuzz_cheap_imports[] = { "errors", "unicode/utf8", "math/bits" };

/* Whether every import of file is unknown or one of fuzz_cheap_imports. */
static bool fuzz_imports_cheap(const AstFile *file)
{
	static const char *bundled[256];
	static int nbundled = -1;
	if (nbundled < 0)
		nbundled = load_bundled_paths(bundled, 256);
	for (int i = 0; i < file->imports.len; i++) {
		const Node *path = file->imports.items[i]->import.path;
		if (path->kind != ND_BASIC_LIT || path->lit.len < 2)
			continue;
		const char *s = path->lit.text + 1;
		size_t n = (size_t)path->lit.len - 2;
		bool cheap = true;
		for (int k = 0; k < nbundled; k++)
			if (strlen(bundled[k]) == n && memcmp(bundled[k], s, n) == 0)
				cheap = false;
		for (size_t k = 0; k < sizeof fuzz_cheap_imports / sizeof *fuzz_cheap_imports; k++)
			if (strlen(fuzz_cheap_imports[k]) == n && memcmp(fuzz_cheap_imports[k], s, n) == 0)
				cheap = true;
		if (!cheap)
			return false;
	}
	return true;
}

static void fuzz_front_end(Arena *arena, SourceFile *src)
{
	AstFile *file = parse_file(arena, src);
	if (FUZZ_STAGE < 3 || diag_count() != 0 || !file || !fuzz_imports_cheap(file))
		return;
	Package *pkg = parse_package(arena, &file, 1, "main");
	if (!pkg || diag_count() != 0)
		return;
	Package **pkgs = NULL;
	int n = 0;
	if (!load_program(arena, pkg, &pkgs, &n) || diag_count() != 0)
		return;
	CheckedPackage **cps = arena_alloc(arena, sizeof *cps * (size_t)n);
	if (!check_program(arena, pkgs, n, cps) || diag_count() != 0)
		return;
	if (FUZZ_STAGE >= 4)
		fuzz_back_end(cps, n);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static Arena arena;
	diag_reset();
	source_reset();
	SourceFile *src = source_from_string("fuzz.go", (const char *)data, size);
	if (src) {
		if (FUZZ_STAGE == 1)
			fuzz_lex(src);
		else
			fuzz_front_end(&arena, src);
	}
	arena_free_all(&arena);
	diag_reset();
	source_reset();
	return 0;
}
