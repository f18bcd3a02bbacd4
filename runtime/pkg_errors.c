/*
 * pkg_errors.c: the C hooks of the bundled package errors (runtime/pkg/errors/errors.go).
 *
 * errors.Is and errors.As need two things the Go subset cannot say without reflection: whether a
 * dynamic type is comparable, and "if err's dynamic type is assignable to the type target points to,
 * store err there". Both read the type descriptors (abi.h). Assignability is Go's for the types an
 * error chain holds: the identical type, or an interface type the dynamic type implements (its itab
 * comes from rt_getitab, so the method matching is the same as for a conversion).
 */
#include <string.h>

#include "rt_internal.h"

int32_t errors_comparable(void *type, void *data)
{
	(void)data;
	const TypeDesc *t = type;
	return t != NULL && (t->flags & TDF_COMPARABLE) != 0;
}

/* Reports whether t's method set has `Error() string`, i.e. t implements error. */
static int errors_has_error_method(const TypeDesc *t)
{
	for (uint32_t i = 0; i < t->nmethods; i++) {
		const MethodDesc *m = &t->methods[i];
		if (m->name.len == 5 && memcmp(m->name.ptr, "Error", 5) == 0 &&
		    m->sig.len == 9 && memcmp(m->sig.ptr, "() string", 9) == 0)
			return 1;
	}
	return 0;
}

int64_t errors_check_target(void *type, void *data)
{
	const TypeDesc *t = type;
	if (t == NULL || t->kind != GK_POINTER || data == NULL)
		return 1;
	if (t->elem->kind == GK_INTERFACE || errors_has_error_method(t->elem))
		return 0;
	return 2;
}

int32_t errors_assign(void *itab, void *edata, void *ttype, void *tdata)
{
	if (itab == NULL)
		return 0;
	const TypeDesc *dyn = ((const Itab *)itab)->type;
	const TypeDesc *want = ((const TypeDesc *)ttype)->elem;
	if (want->kind == GK_INTERFACE) {
		if (want->len == 0) {
			*(GoEface *)tdata = (GoEface){ dyn, edata };
			return 1;
		}
		void *it = rt_getitab((void *)want, (void *)dyn, NULL, 1);
		if (it == NULL)
			return 0;
		*(GoIface *)tdata = (GoIface){ it, edata };
		return 1;
	}
	if (dyn != want)
		return 0;
	if (dyn->flags & TDF_DIRECT)
		*(void **)tdata = edata;
	else
		memcpy(tdata, edata, (size_t)dyn->size);
	return 1;
}
