/*
 * pkg_os.c: the C hooks of the bundled package os (runtime/pkg/os/os.go): the program's arguments,
 * the environment (read, set, unset), exit, and read/write on file descriptors.
 *
 * Strings handed to Go are copied into GC memory (gc_alloc_noscan), never pointed into argv or
 * environ. os_write and os_read return a byte count, or minus errno on failure; os_strerror gives
 * the message for an errno, with its first letter in lower case as Go's syscall.Errno spells them.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "rt_internal.h"

static GoString os_copy_cstr(const char *s)
{
	int64_t n = (int64_t)strlen(s);
	uint8_t *p = gc_alloc_noscan(n > 0 ? n : 1);
	memcpy(p, s, (size_t)n);
	return (GoString){ p, n };
}

GoSpan os_args(void)
{
	int64_t n = rt_argc > 0 ? rt_argc : 0;
	GoString *args = gc_alloc((n > 0 ? n : 1) * (int64_t)sizeof *args);
	for (int64_t i = 0; i < n; i++)
		args[i] = os_copy_cstr(rt_argv[i]);
	return (GoSpan){ args, n };
}

/* The value of the variable named by the Go string key, or NULL. */
static const char *os_env_lookup(void *key, int64_t len)
{
	char *name = gc_alloc_noscan(len + 1);
	if (len > 0)   /* an empty Go string may have a null pointer */
		memcpy(name, key, (size_t)len);
	name[len] = '\0';
	if (memchr(name, '\0', (size_t)len) != NULL)
		return NULL; /* a name with a NUL byte cannot be in the environment */
	return getenv(name);
}

GoString os_getenv(void *key, int64_t len)
{
	const char *v = os_env_lookup(key, len);
	return v == NULL ? (GoString){ NULL, 0 } : os_copy_cstr(v);
}

int32_t os_lookupenv(void *key, int64_t len)
{
	return os_env_lookup(key, len) != NULL;
}

GoSpan os_environ(void)
{
	int64_t n = 0;
	while (environ[n] != NULL)
		n++;
	GoString *vars = gc_alloc((n > 0 ? n : 1) * (int64_t)sizeof *vars);
	for (int64_t i = 0; i < n; i++)
		vars[i] = os_copy_cstr(environ[i]);
	return (GoSpan){ vars, n };
}

/* A NUL-terminated copy of a Go string in GC memory; NULL when the string holds a NUL byte. */
static char *os_cstr(void *p, int64_t len)
{
	char *c = gc_alloc_noscan(len + 1);
	if (len > 0)   /* an empty Go string may have a null pointer */
		memcpy(c, p, (size_t)len);
	c[len] = '\0';
	return memchr(c, '\0', (size_t)len) != NULL ? NULL : c;
}

/* 0, or EINVAL for what Go's syscall.Setenv rejects: an empty key, '=' or NUL in the key, NUL in
 * the value. */
int64_t os_setenv(void *key, int64_t klen, void *value, int64_t vlen)
{
	char *k = os_cstr(key, klen), *v = os_cstr(value, vlen);
	if (klen == 0 || k == NULL || v == NULL || strchr(k, '=') != NULL)
		return EINVAL;
	return setenv(k, v, 1) == 0 ? 0 : errno;
}

void os_unsetenv(void *key, int64_t len)
{
	char *k = os_cstr(key, len);
	if (k != NULL)
		unsetenv(k); /* Go ignores what the C library says */
}

void os_exit(int64_t code)
{
	rt_print_flush();
	exit((int)code);
}

int64_t os_write(int64_t fd, void *ptr, int64_t len, int64_t cap)
{
	(void)cap;
	int64_t done = 0;
	while (done < len) {
		ssize_t w = write((int)fd, (const char *)ptr + done, (size_t)(len - done));
		if (w < 0) {
			if (errno == EINTR)
				continue;
			return -(int64_t)errno;
		}
		done += w;
	}
	return done;
}

int64_t os_write_string(int64_t fd, void *ptr, int64_t len)
{
	return os_write(fd, ptr, len, len);
}

int64_t os_read(int64_t fd, void *ptr, int64_t len, int64_t cap)
{
	(void)cap;
	for (;;) {
		ssize_t r = read((int)fd, ptr, (size_t)len);
		if (r >= 0)
			return r;
		if (errno != EINTR)
			return -(int64_t)errno;
	}
}

GoString os_strerror(int64_t errnum)
{
	GoString s = os_copy_cstr(strerror((int)errnum));
	if (s.len > 0 && s.ptr[0] >= 'A' && s.ptr[0] <= 'Z')
		((uint8_t *)s.ptr)[0] = (uint8_t)(s.ptr[0] + ('a' - 'A'));
	return s;
}
