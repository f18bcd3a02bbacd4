/* load.h: finding, reading and parsing the packages a program imports.
 *
 * A program is the command-line package plus every package it imports, directly or not. Imports
 * name the bundled standard packages (runtime/pkg/<import path>/NAME.go, compiled into the command as
 * data by runtime/pkg/embed.cmake) or, for tests of the import machinery, packages in the
 * directories of the LLGO_PKGPATH environment variable (colon-separated; DIR/<import path>/NAME.go),
 * which are searched first. Bundled files are named `$LLGO/<import path>/<file>` in positions, so
 * the escape report (which only speaks of the command-line package, as Go's does) can tell them.
 */
#ifndef LLGO_LOAD_H
#define LLGO_LOAD_H

#include <stdbool.h>
#include <stddef.h>
#include "arena.h"
#include "ast.h"

/* One bundled package file: its import path, file name and contents. */
typedef struct BundledFile {
    const char *path;
    const char *name;
    const unsigned char *data;
    size_t len;
} BundledFile;

extern const BundledFile llgo_bundled_files[];
extern const int llgo_bundled_count;

#define LLGO_BUNDLED_PREFIX "$LLGO/"

/* Contract: needs the parsed command-line package; loads and parses every package it imports,
 * transitively, and returns them all in dependency order (each after the packages it imports, the
 * command-line package last) in *out / *nout. Reports unknown packages and import cycles at the
 * import's position (diag_error) and returns false then. */
bool load_program(Arena *a, Package *main_pkg, Package ***out, int *nout);

/* The import paths of the bundled packages, sorted, for `llgo-lite help` and tests. */
int load_bundled_paths(const char **paths, int max);

#endif
