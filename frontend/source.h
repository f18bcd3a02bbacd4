/* source.h: source files and positions.
 *
 * Every file the compiler reads is registered in one process-wide table and gets a small index.
 * A Pos is a value type (file index + byte offset) that costs 8 bytes to store in every node and
 * token; line and column are computed on demand from the file's line table. Columns are counted in
 * bytes from 1, as Go counts them (a tab is one column, a multi-byte UTF-8 character several).
 *
 * The name stored in a SourceFile is the name printed in diagnostics (`name:L:C: msg`). The driver
 * may overwrite `name` after loading (Go prints `./x.go` for `go build x.go`, for example). */
#ifndef LLGO_SOURCE_H
#define LLGO_SOURCE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* A position: file index into the source table and byte offset in that file.
 * POS_NONE (file == -1) means "no position" and prints as "<unknown>". */
typedef struct Pos {
    int32_t file;
    int32_t offset;
} Pos;

#define POS_NONE ((Pos){-1, 0})

typedef struct SourceFile {
    const char *name;       /* printed in diagnostics */
    const char *path;       /* path it was read from (or the name for in-memory sources) */
    const char *bytes;      /* contents; followed by a NUL that is not part of the file */
    size_t length;          /* number of bytes, not counting the trailing NUL */
    int32_t *line_starts;   /* byte offset where each line starts; line_starts[0] == 0 */
    int line_count;
    int index;              /* this file's index in the source table (Pos.file) */
} SourceFile;

/* Expanded position for printing. line and col start at 1; 0 when the position is unknown. */
typedef struct PosInfo {
    const char *file;
    int line;
    int col;
} PosInfo;

/* Reads a file and registers it. Returns NULL (errno set) when the file cannot be read. */
SourceFile *source_load(const char *path);
/* Registers an in-memory source (copied) under `name`; used by tests and by the bundled packages. */
SourceFile *source_from_string(const char *name, const char *text, size_t length);
/* The registered file with this index, or NULL. */
SourceFile *source_get(int index);
int source_count(void);
/* Forgets every registered file and frees their memory (tests call it between cases). */
void source_reset(void);

Pos pos_make(const SourceFile *f, size_t offset);
bool pos_valid(Pos p);
PosInfo pos_info(Pos p);
/* Orders by file index, then offset. Returns <0, 0 or >0. */
int pos_compare(Pos a, Pos b);
bool pos_same_line(Pos a, Pos b);
/* Writes "name:L:C" into buf (always NUL-terminated) and returns buf. */
const char *pos_format(Pos p, char *buf, size_t size);

#endif
