/* source.c: the process-wide table of source files and position arithmetic.
 *
 * Files are read whole into memory (with a trailing NUL so the lexer may peek one byte past the
 * end) and get a line-start table at load, so pos_info is a binary search. */
#include "source.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static SourceFile **source_table;
static int source_len, source_cap;

static void source_build_lines(SourceFile *f)
{
    int n = 1;
    for (size_t i = 0; i < f->length; i++)
        n += f->bytes[i] == '\n';
    f->line_starts = malloc(sizeof(int32_t) * (size_t)n);
    f->line_starts[0] = 0;
    int k = 1;
    for (size_t i = 0; i < f->length; i++)
        if (f->bytes[i] == '\n')
            f->line_starts[k++] = (int32_t)(i + 1);
    f->line_count = n;
}

static SourceFile *source_register(const char *name, const char *path, char *bytes, size_t length)
{
    SourceFile *f = calloc(1, sizeof *f);
    f->name = strdup(name);
    f->path = strdup(path);
    f->bytes = bytes;
    f->length = length;
    source_build_lines(f);
    if (source_len == source_cap) {
        source_cap = source_cap ? source_cap * 2 : 16;
        source_table = realloc(source_table, sizeof(SourceFile *) * (size_t)source_cap);
    }
    f->index = source_len;
    source_table[source_len++] = f;
    return f;
}

SourceFile *source_from_string(const char *name, const char *text, size_t length)
{
    char *bytes = malloc(length + 1);
    memcpy(bytes, text, length);
    bytes[length] = 0;
    return source_register(name, name, bytes, length);
}

SourceFile *source_load(const char *path)
{
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return NULL;
    size_t cap = 4096, len = 0;
    char *buf = malloc(cap);
    size_t got;
    while ((got = fread(buf + len, 1, cap - len - 1, fp)) > 0) {
        len += got;
        if (cap - len - 1 == 0) {
            cap *= 2;
            buf = realloc(buf, cap);
        }
    }
    int err = ferror(fp);
    fclose(fp);
    if (err) {
        free(buf);
        errno = EIO;
        return NULL;
    }
    buf[len] = 0;
    return source_register(path, path, buf, len);
}

SourceFile *source_get(int index)
{
    if (index < 0 || index >= source_len)
        return NULL;
    return source_table[index];
}

int source_count(void)
{
    return source_len;
}

void source_reset(void)
{
    for (int i = 0; i < source_len; i++) {
        SourceFile *f = source_table[i];
        free((char *)f->name);
        free((char *)f->path);
        free((char *)f->bytes);
        free(f->line_starts);
        free(f);
    }
    free(source_table);
    source_table = NULL;
    source_len = source_cap = 0;
}

Pos pos_make(const SourceFile *f, size_t offset)
{
    return (Pos){f->index, (int32_t)offset};
}

bool pos_valid(Pos p)
{
    return p.file >= 0 && p.file < source_len;
}

PosInfo pos_info(Pos p)
{
    PosInfo info = {"<unknown>", 0, 0};
    SourceFile *f = source_get(p.file);
    if (!f)
        return info;
    int lo = 0, hi = f->line_count - 1;
    while (lo < hi) {   /* last line start <= offset */
        int mid = (lo + hi + 1) / 2;
        if (f->line_starts[mid] <= p.offset)
            lo = mid;
        else
            hi = mid - 1;
    }
    info.file = f->name;
    info.line = lo + 1;
    info.col = p.offset - f->line_starts[lo] + 1;
    return info;
}

int pos_compare(Pos a, Pos b)
{
    if (a.file != b.file)
        return a.file < b.file ? -1 : 1;
    if (a.offset != b.offset)
        return a.offset < b.offset ? -1 : 1;
    return 0;
}

bool pos_same_line(Pos a, Pos b)
{
    if (a.file != b.file || !pos_valid(a))
        return false;
    return pos_info(a).line == pos_info(b).line;
}

const char *pos_format(Pos p, char *buf, size_t size)
{
    PosInfo info = pos_info(p);
    if (info.line == 0)
        snprintf(buf, size, "%s", info.file);
    else
        snprintf(buf, size, "%s:%d:%d", info.file, info.line, info.col);
    return buf;
}
