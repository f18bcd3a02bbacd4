/* diag.h: user diagnostics and internal compiler errors.
 *
 * User errors (bad programs) accumulate during a stage with diag_error; the driver prints them
 * with diag_print after the stage and stops if diag_count() > 0. The rules are Go's (cmd/compile,
 * base.ErrorfAt + FlushErrors):
 *   - a message starting with "syntax error" is dropped when a syntax error was already
 *     reported on the same line;
 *   - any other message is dropped when the previous non-syntax error had the same line and text;
 *   - after the 10th accepted error, further errors are ignored and diag_print ends with
 *     "file:L:C: too many errors" at the position of that 10th error (diag_too_many() turns true);
 *   - diag_print sorts by position (stable, so same-position errors keep report order) and drops
 *     exact duplicates (same position and text).
 * Messages are lower case with no trailing period, as Go's.
 *
 * Compiler bugs use diag_internal, which prints "internal compiler error: ..." with the C source
 * location and aborts. Never use diag_error for a compiler bug or diag_internal for a user error. */
#ifndef LLGO_DIAG_H
#define LLGO_DIAG_H

#include <stdbool.h>
#include <stdio.h>

#include "source.h"

#define DIAG_MAX_ERRORS 10

void diag_error(Pos pos, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Number of accepted errors so far (at most DIAG_MAX_ERRORS). */
int diag_count(void);
/* True once DIAG_MAX_ERRORS errors were accepted: a stage should stop soon after. */
bool diag_too_many(void);
/* Prints the accepted errors, sorted, one "file:L:C: message" per line. Does not clear them. */
void diag_print(FILE *out);
/* Forgets every error (tests; or a driver compiling several programs). */
void diag_reset(void);
/* Accessors for tests: the i-th error in sorted order. Returns false when i is out of range. */
bool diag_get(int i, Pos *pos, const char **message);

_Noreturn void diag_internal_at(const char *cfile, int cline, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
#define diag_internal(...) diag_internal_at(__FILE__, __LINE__, __VA_ARGS__)

#endif
