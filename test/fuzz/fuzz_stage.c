/*
 * fuzz_stage.c: one libFuzzer harness, compiled once per front-end depth (FUZZ_STAGE 1..4:
 * lexer, parser, checker, lowering+escape+verify). The input bytes are a Go source file of package
 * main; the checker and lowering stages load and compile its imports as the driver does. Every
 * input starts from fresh global state (diag_reset, source_reset, arena freed) so that a crash
 * replays from its input alone.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include <llvm-c/Analysis.h>
#include <llvm-c/Core.h>

#include "arena.h"
#include "ast.h"
#include "checker.h"
#include "diag.h"
#include "escape.h"
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
		EscOptions eo = { .report_level = 0, .report = NULL, .round = 1 };
		if (esc_run(m, &eo) && LLVMVerifyModule(m, LLVMPrintMessageAction, NULL))
			__builtin_trap();
	}
	if (m)
		LLVMDisposeModule(m);
	LLVMContextDispose(ctx);
}

static void fuzz_front_end(Arena *arena, SourceFile *src)
{
	AstFile *file = parse_file(arena, src);
	if (FUZZ_STAGE < 3 || diag_count() != 0 || !file)
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
