/* parse.h: the Go parser (recursive descent over lex.h tokens, building ast.h nodes).
 *
 * parse_file needs a registered SourceFile and an Arena that outlives the AST; it produces an
 * AstFile even for broken input (bad parts become ND_BAD nodes) and reports syntax errors through
 * diag_error in Go's wording ("syntax error: unexpected X, expecting Y"). It stops parsing once
 * diag_too_many(). Constructs outside llgo-lite's subset are parsed far enough to be rejected with
 * a positioned message: generics, goroutines, channels and select. */
#ifndef LLGO_PARSE_H
#define LLGO_PARSE_H

#include "arena.h"
#include "ast.h"
#include "source.h"

AstFile *parse_file(Arena *a, SourceFile *src);

/* Groups parsed files into a Package by package name; reports
 * "found packages a (x.go) and b (y.go)" style errors when they disagree. Returns NULL if nfiles is 0. */
Package *parse_package(Arena *a, AstFile **files, int nfiles, const char *path);

#endif
