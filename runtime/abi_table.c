/*
 * abi_table.c: the address of every runtime entry point, indexed by RtId, generated from
 * runtime.def. The JIT hands these to ORC as absolute symbols (the C API cannot find symbols of the
 * host process by itself), so a new entry in runtime.def appears here without further edits.
 */
#include "llgo/runtime_abi.h"

void *const rt_abi_addresses[RT__COUNT] = {
#define RT(name, flags, ret, esc, ...) [RT_##name] = (void *)name,
#include "llgo/runtime.def"
#undef RT
};
