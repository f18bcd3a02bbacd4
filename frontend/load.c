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
#include <stdio.h>
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

/* The .go files (not _test.go) of DIR/path, sorted by name, as "DIR/path/NAME.go" paths in *names;
 * returns their number (0 when the directory is missing or empty). The loader and the import scan
 * (load_scan_program) both list a package through here, so both see the same files by the same names. */
static int load_dir_names(Arena *a, const char *dir, const char *path, const char ***names)
{
    char *full = arena_printf(a, "%s/%s", dir, path);
    DIR *d = opendir(full);
    if (!d)
        return 0;
    const char **v = arena_alloc(a, sizeof *v * 256);
    int n = 0;
    struct dirent *e;
    while ((e = readdir(d)) && n < 256) {
        size_t len = strlen(e->d_name);
        if (len > 3 && strcmp(e->d_name + len - 3, ".go") == 0 && !strstr(e->d_name, "_test.go"))
            v[n++] = arena_printf(a, "%s/%s", full, e->d_name);
    }
    closedir(d);
    qsort(v, (size_t)n, sizeof v[0], cmp_names);
    *names = v;
    return n;
}

/* Parses DIR/path/NAME.go (not _test.go), sorted by name; returns the number of files, 0 if none. */
static int parse_dir_files(Loader *l, const char *dir, const char *path, AstFile ***files)
{
    const char **names = NULL;
    int n = load_dir_names(l->a, dir, path, &names);
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

/* ---- the import scan: the files of a program without parsing or checking them ----
 *
 * A compile cache key (tools/cache.c) must name every byte the code depends on, before the
 * compile it may skip. Go puts all imports right after the package clause, so reading the package
 * clause and the import declarations of each file is enough to follow the import graph. The
 * scanner below knows only that much syntax; anything it does not understand makes the scan fail
 * (the caller then compiles without the cache, and the real front end reports any error). It never
 * needs to be complete for valid files that it rejects, only right for the files it accepts. */

typedef enum { SCAN_IDENT, SCAN_STRING, SCAN_LPAREN, SCAN_RPAREN, SCAN_DOT, SCAN_OTHER, SCAN_EOF } ScanKind;

typedef struct Scanner {
    const char *p, *end;
    const char *text;   /* the identifier, or the string's contents without quotes */
    size_t len;
} Scanner;

/* Skips spaces, newlines, semicolons (explicit or not, they carry no meaning here) and comments. */
static void scan_skip(Scanner *s)
{
    while (s->p < s->end) {
        char c = *s->p;
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == ';')
            s->p++;
        else if (c == '/' && s->p + 1 < s->end && s->p[1] == '/')
            while (s->p < s->end && *s->p != '\n')
                s->p++;
        else if (c == '/' && s->p + 1 < s->end && s->p[1] == '*') {
            s->p += 2;
            while (s->p < s->end && !(*s->p == '*' && s->p + 1 < s->end && s->p[1] == '/'))
                s->p++;
            s->p = s->p < s->end ? s->p + 2 : s->end;
        } else
            return;
    }
}

static bool scan_is_ident_byte(unsigned char c)
{
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

/* A string literal without escapes or line breaks (an import path never needs them). */
static ScanKind scan_string(Scanner *s, char quote)
{
    const char *start = ++s->p;
    while (s->p < s->end && *s->p != quote) {
        if (*s->p == '\\' || *s->p == '\n' || *s->p == '\r')
            return SCAN_OTHER;
        s->p++;
    }
    if (s->p == s->end)
        return SCAN_OTHER;
    s->text = start;
    s->len = (size_t)(s->p++ - start);
    return SCAN_STRING;
}

static ScanKind scan_next(Scanner *s)
{
    scan_skip(s);
    if (s->p == s->end)
        return SCAN_EOF;
    unsigned char c = (unsigned char)*s->p;
    if (scan_is_ident_byte(c)) {
        s->text = s->p;
        while (s->p < s->end && scan_is_ident_byte((unsigned char)*s->p))
            s->p++;
        s->len = (size_t)(s->p - s->text);
        return SCAN_IDENT;
    }
    if (c == '"' || c == '`')
        return scan_string(s, (char)c);
    s->p++;
    return c == '(' ? SCAN_LPAREN : c == ')' ? SCAN_RPAREN : c == '.' ? SCAN_DOT : SCAN_OTHER;
}

static bool scan_is_word(const Scanner *s, ScanKind k, const char *word)
{
    return k == SCAN_IDENT && s->len == strlen(word) && memcmp(s->text, word, s->len) == 0;
}

/* The import paths of a program: a growing list of distinct paths, visited in order. */
typedef struct ScanPaths {
    const char **v;
    int n, cap;
} ScanPaths;

static void scan_add_path(Arena *a, ScanPaths *ps, const char *text, size_t len)
{
    char *path = arena_strndup(a, text, len);
    if (strcmp(path, "unsafe") == 0)
        return;
    for (int i = 0; i < ps->n; i++)
        if (strcmp(ps->v[i], path) == 0)
            return;
    if (ps->n == ps->cap) {
        int cap = ps->cap ? ps->cap * 2 : 32;
        ps->v = arena_realloc(a, ps->v, sizeof *ps->v * (size_t)ps->cap, sizeof *ps->v * (size_t)cap);
        ps->cap = cap;
    }
    ps->v[ps->n++] = path;
}

/* ImportSpec = [ "." | PackageName ] ImportPath, with the first token already read as k. */
static bool scan_import_spec(Arena *a, Scanner *s, ScanKind k, ScanPaths *ps)
{
    if (k == SCAN_IDENT || k == SCAN_DOT)
        k = scan_next(s);
    if (k != SCAN_STRING)
        return false;
    scan_add_path(a, ps, s->text, s->len);
    return true;
}

/* SourceFile = PackageClause ";" { ImportDecl ";" } ...: adds the file's import paths to ps. */
static bool scan_file_imports(Arena *a, const char *data, size_t len, ScanPaths *ps)
{
    Scanner s = { data, data + len, NULL, 0 };
    if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0)
        s.p += 3;
    if (!scan_is_word(&s, scan_next(&s), "package") || scan_next(&s) != SCAN_IDENT)
        return false;
    for (;;) {
        ScanKind k = scan_next(&s);
        if (!scan_is_word(&s, k, "import"))
            return true; /* the declarations begin: the imports are complete */
        k = scan_next(&s);
        if (k != SCAN_LPAREN) {
            if (!scan_import_spec(a, &s, k, ps))
                return false;
            continue;
        }
        while ((k = scan_next(&s)) != SCAN_RPAREN)
            if (!scan_import_spec(a, &s, k, ps))
                return false;
    }
}

/* The files of a program, growing. */
typedef struct ScanFiles {
    LoadFile *v;
    int n, cap;
} ScanFiles;

static void scan_add_file(Arena *a, ScanFiles *fs, LoadFile f)
{
    if (fs->n == fs->cap) {
        int cap = fs->cap ? fs->cap * 2 : 64;
        fs->v = arena_realloc(a, fs->v, sizeof *fs->v * (size_t)fs->cap, sizeof *fs->v * (size_t)cap);
        fs->cap = cap;
    }
    fs->v[fs->n++] = f;
}

static bool scan_read(Arena *a, const char *path, const char **data, size_t *len)
{
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return false;
    size_t cap = 4096, n = 0, got;
    char *buf = arena_alloc(a, cap);
    while ((got = fread(buf + n, 1, cap - n, fp)) > 0) {
        n += got;
        if (n == cap) {
            buf = arena_realloc(a, buf, cap, cap * 2);
            cap *= 2;
        }
    }
    bool ok = !ferror(fp);
    fclose(fp);
    *data = buf;
    *len = n;
    return ok;
}

/* Adds the files of the package with import path `path` (found as find_package finds it) and their
 * imports; returns false when it is not found or a file cannot be read or scanned. */
static bool scan_package(Arena *a, const char *path, ScanFiles *fs, ScanPaths *ps)
{
    const char **names = NULL;
    int n = 0, before = fs->n;
    const char *env = getenv("LLGO_PKGPATH");
    if (env && *env) {
        char *dirs = arena_printf(a, "%s", env), *save = NULL;
        for (char *dir = strtok_r(dirs, ":", &save); dir && !n; dir = strtok_r(NULL, ":", &save))
            n = load_dir_names(a, dir, path, &names);
    }
    for (int i = 0; i < n; i++) {
        LoadFile f = { path, names[i], NULL, 0 };
        if (!scan_read(a, names[i], &f.data, &f.len) || !scan_file_imports(a, f.data, f.len, ps))
            return false;
        scan_add_file(a, fs, f);
    }
    for (int i = 0; i < llgo_bundled_count && !n; i++) {
        const BundledFile *b = &llgo_bundled_files[i];
        if (strcmp(b->path, path) != 0)
            continue;
        LoadFile f = { path, arena_printf(a, LLGO_BUNDLED_PREFIX "%s/%s", b->path, b->name),
                       (const char *)b->data, b->len };
        if (!scan_file_imports(a, f.data, f.len, ps))
            return false;
        scan_add_file(a, fs, f);
    }
    return fs->n > before;
}

/* Orders the imported packages' files by import path, then by file name (the command line's come
 * first, in their order, as both lists put them). */
static int cmp_load_files(const void *x, const void *y)
{
    const LoadFile *a = x, *b = y;
    int c = strcmp(a->pkg, b->pkg);
    return c ? c : strcmp(a->name, b->name);
}

bool load_scan_program(Arena *a, const char *const *paths, int npaths, LoadFile **out, int *nout)
{
    ScanFiles fs = {0};
    ScanPaths ps = {0};
    for (int i = 0; i < npaths; i++) {
        LoadFile f = { "", paths[i], NULL, 0 };
        if (!scan_read(a, paths[i], &f.data, &f.len) || !scan_file_imports(a, f.data, f.len, &ps))
            return false;
        scan_add_file(a, &fs, f);
    }
    for (int i = 0; i < ps.n; i++) /* ps grows while it is walked */
        if (!scan_package(a, ps.v[i], &fs, &ps))
            return false;
    qsort(fs.v + npaths, (size_t)(fs.n - npaths), sizeof *fs.v, cmp_load_files);
    *out = fs.v;
    *nout = fs.n;
    return true;
}

void load_program_files(Arena *a, Package **pkgs, int npkgs, LoadFile **out, int *nout)
{
    ScanFiles fs = {0};
    for (int p = npkgs - 1; p >= 0; p--) { /* the command-line package is last */
        for (int i = 0; i < pkgs[p]->nfiles; i++) {
            const SourceFile *src = pkgs[p]->files[i]->src;
            LoadFile f = { p == npkgs - 1 ? "" : pkgs[p]->path, src->path, src->bytes, src->length };
            scan_add_file(a, &fs, f);
        }
    }
    int nmain = npkgs ? pkgs[npkgs - 1]->nfiles : 0;
    qsort(fs.v + nmain, (size_t)(fs.n - nmain), sizeof *fs.v, cmp_load_files);
    *out = fs.v;
    *nout = fs.n;
}
