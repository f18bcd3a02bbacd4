/*
 * cache.c: the compile cache (see cache.h for the key, the entry format and the rules).
 */
#include "cache.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "arena.h"
#include "checker.h"
#include "load.h"
#include "sha256.h"

#define CACHE_MAGIC "LLGOOBJ1"
#define CACHE_TRAILER (8 + 8 + 32)

static bool cache_debug(void)
{
	const char *dbg = getenv("LLGODEBUG");
	return dbg && strstr(dbg, "cache=1");
}

static void cache_note(const char *what, const CacheKey *key)
{
	if (cache_debug())
		fprintf(stderr, "cache: %s %s\n", what, key->hex);
}

/* The cache directory, or NULL when the cache is off or no directory can be named. */
static char *cache_dir(void)
{
	static char buf[4096];
	const char *env = getenv("LLGO_CACHE");
	if (env && strcmp(env, "off") == 0)
		return NULL;
	const char *xdg = getenv("XDG_CACHE_HOME"), *home = getenv("HOME");
	int n;
	if (env && *env)
		n = snprintf(buf, sizeof buf, "%s", env);
	else if (xdg && *xdg)
		n = snprintf(buf, sizeof buf, "%s/llgo-lite", xdg);
	else if (home && *home)
		n = snprintf(buf, sizeof buf, "%s/.cache/llgo-lite", home);
	else
		return NULL;
	return n > 0 && (size_t)n < sizeof buf - 80 ? buf : NULL;
}

/* Hashes a length-prefixed string, so consecutive fields cannot run into each other. */
static void cache_hash_bytes(Sha256 *s, const void *data, size_t len)
{
	uint64_t n = len;
	sha256_update(s, &n, sizeof n);
	sha256_update(s, data, len);
}

static void cache_hash_str(Sha256 *s, const char *str)
{
	cache_hash_bytes(s, str, strlen(str));
}

/* Everything but the sources: this executable, the target and the flags that shape the code. */
static bool cache_hash_config(Sha256 *s, const Options *o, bool entry, bool split)
{
	struct stat st;
	if (stat("/proc/self/exe", &st) != 0)
		return false;
	char id[256];
	snprintf(id, sizeof id, "llgo-lite %s LLVM %d.%d exe %ju:%ju:%jd:%jd.%09ld", LLGO_VERSION,
	         LLVM_VERSION_MAJOR_, LLVM_VERSION_MINOR_, (uintmax_t)st.st_dev, (uintmax_t)st.st_ino,
	         (intmax_t)st.st_size, (intmax_t)st.st_mtim.tv_sec, (long)st.st_mtim.tv_nsec);
	cache_hash_str(s, id);
	char *host = o->target ? NULL : LLVMGetDefaultTargetTriple();
	cache_hash_str(s, o->target ? o->target : host);
	LLVMDisposeMessage(host);
	char flags[128];
	snprintf(flags, sizeof flags, "%s %s O%d noescape=%d jam=%d divpair=%d entry=%d split=%d", o->command,
	         strcmp(o->command, "build") == 0 ? o->emit : "-", o->opt_level, o->no_escape,
	         driver_jam_enabled(), driver_divpair_enabled(), entry, split);
	cache_hash_str(s, flags);
	return true;
}

/* The files of the program (imports_only: of its imported packages, the package object's). */
static void cache_hash_files(Sha256 *s, const LoadFile *files, int n, bool imports_only)
{
	if (imports_only)
		cache_hash_str(s, "package object");
	for (int i = 0; i < n; i++) {
		if (imports_only && !*files[i].pkg)
			continue;
		cache_hash_str(s, files[i].pkg);
		cache_hash_str(s, files[i].name);
		cache_hash_bytes(s, files[i].data, files[i].len);
	}
}

static void cache_set_key(CacheKey *key, Sha256 *s)
{
	sha256_final(s, key->key);
	for (int i = 0; i < 32; i++)
		snprintf(key->hex + 2 * i, 3, "%02x", key->key[i]);
}

/* Whether the program has files of imported packages (the command line's have no package path). */
static bool cache_has_imports(const LoadFile *files, int n)
{
	for (int i = 0; i < n; i++)
		if (*files[i].pkg)
			return true;
	return false;
}

/* The key of the program's files under the plan's configuration (imports_only: the package object's). */
static bool cache_key_of(const CachePlan *plan, const Options *o, const LoadFile *files, int n,
                         bool imports_only, CacheKey *key)
{
	Sha256 s;
	sha256_init(&s);
	if (!cache_hash_config(&s, o, plan->entry, plan->split))
		return false;
	cache_hash_files(&s, files, n, imports_only);
	cache_set_key(key, &s);
	return true;
}

void cache_plan(const Options *o, bool entry, CachePlan *plan)
{
	memset(plan, 0, sizeof *plan);
	plan->entry = entry;
	if (o->report || o->dump || !cache_dir())
		return;
	Arena a = {0};
	LoadFile *files = NULL;
	int n = 0;
	if (load_scan_program(&a, o->files, o->nfiles, &files, &n)) {
		plan->split = strcmp(o->command, "run") == 0 && cache_has_imports(files, n);
		plan->use = cache_key_of(plan, o, files, n, false, &plan->whole) &&
		            (!plan->split || cache_key_of(plan, o, files, n, true, &plan->packages));
	}
	arena_free_all(&a);
}

static void cache_entry_path(const CacheKey *key, const char *suffix, char *buf, size_t size)
{
	snprintf(buf, size, "%s/%s.o%s", cache_dir(), key->hex, suffix);
}

/* The trailer that follows the object in an entry (see cache.h). */
static void cache_seal(const CacheKey *key, const char *data, size_t len, unsigned char trailer[CACHE_TRAILER])
{
	memcpy(trailer, CACHE_MAGIC, 8);
	for (int i = 0; i < 8; i++)
		trailer[8 + i] = (unsigned char)((uint64_t)len >> (8 * i));
	Sha256 s;
	sha256_init(&s);
	sha256_update(&s, key->key, sizeof key->key);
	sha256_update(&s, data, len);
	sha256_final(&s, trailer + 16);
}

static bool cache_read_all(int fd, char *buf, size_t len)
{
	while (len > 0) {
		ssize_t got = read(fd, buf, len);
		if (got < 0 && errno == EINTR)
			continue;
		if (got <= 0)
			return false;
		buf += got;
		len -= (size_t)got;
	}
	return true;
}

bool cache_lookup(const CachePlan *plan, bool packages, CacheObject *obj)
{
	if (!plan->use || (packages && !plan->split))
		return false;
	const CacheKey *key = packages ? &plan->packages : &plan->whole;
	char path[4200];
	cache_entry_path(key, "", path, sizeof path);
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	struct stat st;
	if (fd < 0 || fstat(fd, &st) != 0) {
		if (fd >= 0)
			close(fd);
		cache_note("miss", key);
		return false;
	}
	size_t size = st.st_size > 0 ? (size_t)st.st_size : 0;
	char *buf = size >= CACHE_TRAILER ? malloc(size) : NULL;
	unsigned char seal[CACHE_TRAILER];
	bool ok = buf && cache_read_all(fd, buf, size);
	close(fd);
	if (ok) {
		cache_seal(key, buf, size - CACHE_TRAILER, seal);
		ok = memcmp(seal, buf + size - CACHE_TRAILER, CACHE_TRAILER) == 0;
	}
	if (!ok) {
		free(buf);
		cache_note("bad", key);
		return false;
	}
	obj->data = buf;
	obj->len = size - CACHE_TRAILER;
	utimensat(AT_FDCWD, path, NULL, 0); /* the modification time says when the entry was last used */
	cache_note("hit", key);
	return true;
}

/* mkdir -p */
static bool cache_make_dirs(const char *dir)
{
	char path[4096];
	snprintf(path, sizeof path, "%s", dir);
	for (char *p = path + 1; *p; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(path, 0777) != 0 && errno != EEXIST)
			return false;
		*p = '/';
	}
	return mkdir(path, 0777) == 0 || errno == EEXIST;
}

static bool cache_write_all(int fd, const void *data, size_t len)
{
	const char *p = data;
	while (len > 0) {
		ssize_t n = write(fd, p, len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return false;
		p += n;
		len -= (size_t)n;
	}
	return true;
}

/* Whether `c` compiled exactly the files the key (packages: the package object's) was computed from. */
static bool cache_same_program(const CachePlan *plan, bool packages, const Compilation *c)
{
	Arena a = {0};
	Package **pkgs = arena_alloc(&a, sizeof *pkgs * (size_t)(c->npackages ? c->npackages : 1));
	for (int i = 0; i < c->npackages; i++)
		pkgs[i] = c->packages[i]->pkg;
	LoadFile *files = NULL;
	int n = 0;
	load_program_files(&a, pkgs, c->npackages, &files, &n);
	CacheKey done;
	bool ok = cache_key_of(plan, c->opt, files, n, packages, &done);
	arena_free_all(&a);
	const CacheKey *key = packages ? &plan->packages : &plan->whole;
	return ok && memcmp(done.key, key->key, sizeof done.key) == 0;
}

/* Removes the entries (and stray temporary files) unused for CACHE_TRIM_AGE seconds, at most once
 * every CACHE_TRIM_EVERY seconds (the mtime of DIR/trimmed says when it last ran), as Go's build
 * cache trims itself. */
#define CACHE_TRIM_AGE (5 * 24 * 3600)
#define CACHE_TRIM_EVERY (24 * 3600)

static void cache_trim(const char *dir)
{
	char path[4200];
	snprintf(path, sizeof path, "%s/trimmed", dir);
	struct stat st;
	time_t now = time(NULL);
	if (stat(path, &st) == 0 && now - st.st_mtime < CACHE_TRIM_EVERY)
		return;
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
	if (fd >= 0)
		close(fd);
	DIR *d = opendir(dir);
	if (!d)
		return;
	struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		if (strlen(e->d_name) < 66 || e->d_name[64] != '.')
			continue; /* not KEY.o or KEY.o.tmpPID */
		snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
		if (stat(path, &st) == 0 && now - st.st_mtime > CACHE_TRIM_AGE)
			unlink(path);
	}
	closedir(d);
}

void cache_store(const CachePlan *plan, bool packages, const Compilation *c, const char *data, size_t len)
{
	if (!plan->use || (packages && !plan->split))
		return;
	const CacheKey *key = packages ? &plan->packages : &plan->whole;
	if (!cache_same_program(plan, packages, c)) {
		cache_note("changed", key);
		return;
	}
	char tmp[4200], path[4200], suffix[64];
	snprintf(suffix, sizeof suffix, ".tmp%ld", (long)getpid());
	cache_entry_path(key, suffix, tmp, sizeof tmp);
	cache_entry_path(key, "", path, sizeof path);
	unsigned char seal[CACHE_TRAILER];
	cache_seal(key, data, len, seal);
	int fd = cache_make_dirs(cache_dir()) ? open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644) : -1;
	if (fd < 0)
		return;
	bool ok = cache_write_all(fd, data, len) && cache_write_all(fd, seal, sizeof seal);
	ok = close(fd) == 0 && ok && rename(tmp, path) == 0;
	if (!ok)
		unlink(tmp);
	cache_note(ok ? "store" : "unwritable", key);
	cache_trim(cache_dir());
}
