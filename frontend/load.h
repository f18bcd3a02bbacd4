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

/* One source file of a program, as a compile cache key names it: the import path of its package
 * ("" for the command-line package), the path positions name it by (LLGO_PKGPATH directory files:
 * DIR/<import path>/NAME.go; bundled files: $LLGO/<import path>/NAME.go), and its bytes. */
typedef struct LoadFile {
    const char *pkg;
    const char *name;
    const char *data;
    size_t len;
} LoadFile;

/* Contract: needs only the command-line file paths; reads them and every file of every package
 * they import, transitively, found as load_program finds them, but parses no more than each
 * file's package clause and import declarations. Returns the files in *out: the command line's
 * first, in its order, then the others by import path and name, exactly as load_program_files
 * lists a loaded program. Returns false (and reports nothing) when a file cannot be read, a
 * header is not understood or a package is missing: the caller compiles without a cache key. */
bool load_scan_program(Arena *a, const char *const *paths, int npaths, LoadFile **out, int *nout);

/* The files of a program load_program returned (packages in its order), listed as
 * load_scan_program lists them: the key of what was really compiled. */
void load_program_files(Arena *a, Package **pkgs, int npkgs, LoadFile **out, int *nout);

/* The import paths of the bundled packages, sorted, for `llgo-lite help` and tests. */
int load_bundled_paths(const char **paths, int max);

#endif
