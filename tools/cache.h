/*
 * cache.h: the compile cache. `llgo-lite run` and `build` (--emit=exe|obj) look up the object code of
 * a program by a key computed before compiling it; on a hit they skip the whole compile (check,
 * lower, escape, optimise, codegen) and hand the stored object to ORC or to the linker.
 *
 * The key is SHA-256 over everything that determines the object: the identity of this llgo-lite
 * executable (its version, LLVM's, and the device, inode, size and modification time of the file, so
 * a rebuilt compiler never reuses another build's objects), the target triple, the flags that shape
 * code (-O level, --no-escape, whether the entry point `main` is emitted), and the name and bytes
 * of every file of every package of the program, bundled ones and LLGO_PKGPATH ones included. The
 * files are found by load_scan_program, which reads only package clauses and imports, so computing
 * a key costs reading and hashing the sources (about a millisecond for a program importing fmt).
 *
 * Entries are DIR/KEY.o: the object, then a 48-byte trailer: "LLGOOBJ1", the object's length
 * (8 bytes, little-endian), and SHA-256 of the key followed by the object. A lookup checks all three,
 * so a truncated, corrupted or misnamed entry is a miss (and is recompiled and replaced), never a
 * crash. Entries are written to a temporary file and renamed, so concurrent compiles of the same
 * program (parallel tests) see either no entry or a whole one.
 *
 * Only successful compiles are stored, and only compiles that print nothing: the command uses the
 * cache only without -m and --dump, and errors stop a compile before it stores. A stored key is the
 * key of what was compiled (recomputed from the files the front end really loaded); if it differs
 * from the key looked up (a file changed meanwhile, or the scan and the loader disagree), nothing
 * is stored.
 *
 * A hit sets the entry's modification time; a store removes, at most once a day, the entries
 * unused for five days (as Go's build cache does).
 *
 * For `build` the unit is the whole program, compiled as one module: the escape pass analyses it
 * whole (bottom-up summaries across packages), globaldce drops what main does not reach of the
 * bundled packages, and the inliner works across them. `run` of a program that imports packages
 * (plan.split) stores two entries: the package object (driver_package_object: the imports alone,
 * every function kept, escape-analysed without knowing the command-line package; its key hashes
 * the configuration and the imports' files only) and the command-line package's object (the whole
 * program analysed, then the imports' code stripped; its key is the whole program's). Editing main
 * then recompiles main only: the front end, lowering and escape pass still see every package, for
 * the summaries, but optimisation and code generation see main alone. A run needs both entries;
 * when the package object is missing, the whole program is compiled again.
 *
 * DIR is $LLGO_CACHE, else $XDG_CACHE_HOME/llgo-lite, else $HOME/.cache/llgo-lite; LLGO_CACHE=off
 * turns the cache off. LLGODEBUG=cache=1 prints `cache: hit|miss|store|bad KEY` to stderr.
 */
#ifndef LLGO_CACHE_H
#define LLGO_CACHE_H

#include <stdbool.h>
#include <stddef.h>

#include "driver.h"

typedef struct CacheKey {
	unsigned char key[32];
	char hex[65];
} CacheKey;

typedef struct CachePlan {
	bool use;                   /* the cache applies to this compile and its key is known */
	bool entry;                 /* the object defines the C entry point (build --emit=exe) */
	bool split;                 /* run of a program with imports: a package object beside main's */
	CacheKey whole;             /* the object of the program (split: of its command-line package) */
	CacheKey packages;          /* split: the package object */
} CachePlan;

/* A stored object found by cache_lookup: malloc'd, the caller frees data. */
typedef struct CacheObject {
	const char *data;
	size_t len;
} CacheObject;

/* Decides whether the cache applies to this command (no -m, no --dump, LLGO_CACHE not off, the
 * program's files found by the import scan) and computes the key. Never reports anything. */
void cache_plan(const Options *o, bool entry, CachePlan *plan);
/* Finds a whole, uncorrupted entry for the plan's key (packages: the package object's). */
bool cache_lookup(const CachePlan *plan, bool packages, CacheObject *obj);
/* Stores the object of a successful compile, if the key of what `c` compiled is the plan's key
 * (packages: the package object, whose key covers the imports' files only).
 * Failures to write are silent: the cache is an optimisation. */
void cache_store(const CachePlan *plan, bool packages, const Compilation *c, const char *data, size_t len);

#endif
