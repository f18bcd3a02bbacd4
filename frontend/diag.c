/* diag.c: error accumulation with Go's filtering rules (see diag.h), and internal errors.
 *
 * Errors are kept in report order; diag_print sorts a copy by position (stable) and drops exact
 * duplicates, as cmd/compile's FlushErrors does. */
#include "diag.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

typedef struct Diag {
    Pos pos;
    char *msg;
    int seq;
} Diag;

static Diag diag_list[DIAG_MAX_ERRORS];
static int diag_len;
static Pos diag_last_syntax = {-1, 0};
static Pos diag_last_other = {-1, 0};
static char *diag_last_msg;

static bool diag_filtered(Pos pos, const char *msg)
{
    if (strncmp(msg, "syntax error", 12) == 0) {
        if (pos_same_line(diag_last_syntax, pos))
            return true;
        diag_last_syntax = pos;
        return false;
    }
    if (pos_same_line(diag_last_other, pos) && diag_last_msg && strcmp(diag_last_msg, msg) == 0)
        return true;
    diag_last_other = pos;
    free(diag_last_msg);
    diag_last_msg = strdup(msg);
    return false;
}

void diag_error(Pos pos, const char *fmt, ...)
{
    if (diag_len >= DIAG_MAX_ERRORS)
        return;
    char buf[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (diag_filtered(pos, buf))
        return;
    diag_list[diag_len] = (Diag){pos, strdup(buf), diag_len};
    diag_len++;
}

int diag_count(void)
{
    return diag_len;
}

bool diag_too_many(void)
{
    return diag_len >= DIAG_MAX_ERRORS;
}

static int diag_cmp(const void *a, const void *b)
{
    const Diag *x = a, *y = b;
    int c = pos_compare(x->pos, y->pos);
    if (c)
        return c;
    return x->seq - y->seq;
}

/* The accepted errors sorted by position without exact duplicates; returns how many. */
static int diag_sorted(Diag *out)
{
    Diag tmp[DIAG_MAX_ERRORS];
    memcpy(tmp, diag_list, sizeof(Diag) * (size_t)diag_len);
    qsort(tmp, (size_t)diag_len, sizeof(Diag), diag_cmp);
    int n = 0;
    for (int i = 0; i < diag_len; i++) {
        if (n > 0 && pos_compare(out[n - 1].pos, tmp[i].pos) == 0 && strcmp(out[n - 1].msg, tmp[i].msg) == 0)
            continue;
        out[n++] = tmp[i];
    }
    return n;
}

void diag_print(FILE *out)
{
    Diag sorted[DIAG_MAX_ERRORS];
    int n = diag_sorted(sorted);
    char buf[512];
    for (int i = 0; i < n; i++)
        fprintf(out, "%s: %s\n", pos_format(sorted[i].pos, buf, sizeof buf), sorted[i].msg);
    if (diag_len >= DIAG_MAX_ERRORS)
        fprintf(out, "%s: too many errors\n", pos_format(diag_list[DIAG_MAX_ERRORS - 1].pos, buf, sizeof buf));
}

bool diag_get(int i, Pos *pos, const char **message)
{
    static Diag sorted[DIAG_MAX_ERRORS];
    int n = diag_sorted(sorted);
    if (i < 0 || i >= n)
        return false;
    if (pos)
        *pos = sorted[i].pos;
    if (message)
        *message = sorted[i].msg;
    return true;
}

void diag_reset(void)
{
    for (int i = 0; i < diag_len; i++)
        free(diag_list[i].msg);
    diag_len = 0;
    diag_last_syntax = diag_last_other = (Pos){-1, 0};
    free(diag_last_msg);
    diag_last_msg = NULL;
}

void diag_internal_at(const char *cfile, int cline, const char *fmt, ...)
{
    fflush(stdout);
    fprintf(stderr, "internal compiler error: ");
    va_list ap;
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fprintf(stderr, " [%s:%d]\n", cfile, cline);
    abort();
}
