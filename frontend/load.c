/* load.c: the package loader (see load.h).
 *
 * A depth-first walk over the import graph from the command-line package: each package is found
 * (LLGO_PKGPATH directories first, then the bundled table), parsed once, its imports visited, and
 * then appended to the result, so the result lists every package after everything it imports.
 * A package met again while it is still being visited closes an import cycle, which Go rejects.
 * `unsafe` is left to the checker, which reports it as unsupported.
 */
#include "load.h"

#include <dirent.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "parse.h"
#include "source.h"

typedef enum { LOAD_VISITING, LOAD_DONE } LoadState;

typedef struct Loaded {
    const char *path;
    Package *pkg;
    LoadState state;
} Loaded;

typedef struct Loader {
    Arena *a;
    Loaded *v;
    int n, cap;
    Package **order;
    int norder;
    Node *chain[128];   /* the imports being visited, from the command-line package's down */
    int depth;
} Loader;

static Loaded *loader_find(Loader *l, const char *path)
{
    for (int i = 0; i < l->n; i++)
        if (strcmp(l->v[i].path, path) == 0)
            return &l->v[i];
    return NULL;
}

static int cmp_names(const void *x, const void *y)
{
    return strcmp(*(const char *const *)x, *(const char *const *)y);
}

/* Parses DIR/path/NAME.go (not _test.go), sorted by name; returns the number of files, 0 if none. */
static int parse_dir_files(Loader *l, const char *dir, const char *path, AstFile ***files)
{
    char *full = arena_printf(l->a, "%s/%s", dir, path);
    DIR *d = opendir(full);
    if (!d)
        return 0;
    const char *names[256];
    int n = 0;
    struct dirent *e;
    while ((e = readdir(d)) && n < 256) {
        size_t len = strlen(e->d_name);
        if (len > 3 && strcmp(e->d_name + len - 3, ".go") == 0 && !strstr(e->d_name, "_test.go"))
            names[n++] = arena_printf(l->a, "%s/%s", full, e->d_name);
    }
    closedir(d);
    qsort(names, (size_t)n, sizeof names[0], cmp_names);
    *files = arena_alloc(l->a, sizeof(AstFile *) * (size_t)(n ? n : 1));
    for (int i = 0; i < n; i++) {
        SourceFile *src = source_load(names[i]);
        if (!src)
            return 0;
        (*files)[i] = parse_file(l->a, src);
    }
    return n;
}

static int parse_bundled_files(Loader *l, const char *path, AstFile ***files)
{
    int n = 0;
    for (int i = 0; i < llgo_bundled_count; i++)
        if (strcmp(llgo_bundled_files[i].path, path) == 0)
            n++;
    if (!n)
        return 0;
    *files = arena_alloc(l->a, sizeof(AstFile *) * (size_t)n);
    int k = 0;
    for (int i = 0; i < llgo_bundled_count; i++) {
        const BundledFile *b = &llgo_bundled_files[i];
        if (strcmp(b->path, path) != 0)
            continue;
        const char *name = arena_printf(l->a, LLGO_BUNDLED_PREFIX "%s/%s", b->path, b->name);
        (*files)[k++] = parse_file(l->a, source_from_string(name, (const char *)b->data, b->len));
    }
    return n;
}

/* Finds and parses the package with this import path, or returns NULL. */
static Package *find_package(Loader *l, const char *path)
{
    AstFile **files = NULL;
    int n = 0;
    const char *env = getenv("LLGO_PKGPATH");
    if (env && *env) {
        char *dirs = arena_printf(l->a, "%s", env), *save = NULL;
        for (char *dir = strtok_r(dirs, ":", &save); dir && !n; dir = strtok_r(NULL, ":", &save))
            n = parse_dir_files(l, dir, path, &files);
    }
    if (!n)
        n = parse_bundled_files(l, path, &files);
    if (!n)
        return NULL;
    return parse_package(l->a, files, n, path);
}

static void visit_package(Loader *l, Package *pkg);

static void visit_import(Loader *l, Node *imp)
{
    const char *path = imp->import.path_value;
    if (!path || strcmp(path, "unsafe") == 0)
        return;
    Pos pos = imp->import.path->pos;
    Loaded *seen = loader_find(l, path);
    if (seen) {
        if (seen->state == LOAD_VISITING) /* reported where the chain leaves the command line's package */
            diag_error(l->depth ? l->chain[0]->import.path->pos : pos, "import cycle not allowed");
        return;
    }
    if (l->n == l->cap) {
        int cap = l->cap ? l->cap * 2 : 16;
        l->v = arena_realloc(l->a, l->v, sizeof(Loaded) * (size_t)l->cap, sizeof(Loaded) * (size_t)cap);
        l->cap = cap;
    }
    int idx = l->n++;
    l->v[idx] = (Loaded){ path, NULL, LOAD_VISITING };
    Package *pkg = find_package(l, path);
    if (!pkg) {
        diag_error(pos, "package %s is not in GOROOT", path);
        l->v[idx].state = LOAD_DONE;
        return;
    }
    l->v[idx].pkg = pkg;
    if (l->depth == (int)(sizeof l->chain / sizeof l->chain[0])) {
        diag_error(pos, "imports nested too deeply");
        return;
    }
    l->chain[l->depth++] = imp;
    visit_package(l, pkg);
    l->depth--;
    l->v[idx].state = LOAD_DONE;
}

static void visit_package(Loader *l, Package *pkg)
{
    for (int f = 0; f < pkg->nfiles; f++)
        for (int i = 0; i < pkg->files[f]->imports.len; i++)
            visit_import(l, pkg->files[f]->imports.items[i]);
    l->order = arena_realloc(l->a, l->order, sizeof(Package *) * (size_t)l->norder,
                             sizeof(Package *) * (size_t)(l->norder + 1));
    l->order[l->norder++] = pkg;
}

bool load_program(Arena *a, Package *main_pkg, Package ***out, int *nout)
{
    Loader l = { .a = a };
    int errors_before = diag_count();
    /* the command-line package is on the path while its imports are visited */
    l.v = arena_alloc(a, sizeof(Loaded) * 16);
    l.cap = 16;
    l.v[l.n++] = (Loaded){ main_pkg->path, main_pkg, LOAD_VISITING };
    visit_package(&l, main_pkg);
    *out = l.order;
    *nout = l.norder;
    return diag_count() == errors_before;
}

int load_bundled_paths(const char **paths, int max)
{
    int n = 0;
    for (int i = 0; i < llgo_bundled_count; i++) {
        bool have = false;
        for (int j = 0; j < n && !have; j++)
            have = strcmp(paths[j], llgo_bundled_files[i].path) == 0;
        if (!have && n < max)
            paths[n++] = llgo_bundled_files[i].path;
    }
    qsort(paths, (size_t)n, sizeof paths[0], cmp_names);
    return n;
}
