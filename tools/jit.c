/*
 * jit.c: `llgo-lite run`: the module runs in process through ORC LLJIT.
 *
 * The runtime is linked into llgo-lite itself; its entry points are handed to ORC explicitly as
 * absolute symbols from the table generated from runtime.def (rt_abi_addresses), so nothing depends
 * on the executable exporting its symbols. The C library comes from a process search generator.
 * The C API runs no static constructors: we look up main.init and main.main and hand both to
 * rt_run_main, which runs them on the large Go stack exactly as a built executable's `main` does.
 * ORC is given object code, not IR: the command compiles the module with its own target machine
 * (the one `build` uses), so a program's object can come from the compile cache (tools/cache.h).
 * A program that imports packages comes as two objects, its package object and the command-line
 * package's (driver_package_object); the type descriptors both define are linkonce_odr, and ORC
 * keeps one of each, so a type has one descriptor whichever object uses it.
 */
#include "driver.h"

#include <stdio.h>
#include <string.h>
#include <llvm-c/Error.h>
#include <llvm-c/LLJIT.h>
#include <llvm-c/Orc.h>
#include <llvm-c/Target.h>

#include "llgo/runtime_abi.h"

static bool jit_check(LLVMErrorRef err, const char *what)
{
	if (!err)
		return true;
	char *msg = LLVMGetErrorMessage(err);
	fprintf(stderr, "llgo-lite: jit: %s: %s\n", what, msg);
	LLVMDisposeErrorMessage(msg);
	return false;
}

static bool jit_define_runtime(LLVMOrcLLJITRef jit, LLVMOrcJITDylibRef jd)
{
	const RtEntry *entries = rt_abi_entries();
	LLVMOrcCSymbolMapPair pairs[RT__COUNT];
	for (int i = 0; i < RT__COUNT; i++) {
		pairs[i].Name = LLVMOrcLLJITMangleAndIntern(jit, entries[i].name);
		pairs[i].Sym.Address = (LLVMOrcExecutorAddress)(uintptr_t)rt_abi_addresses[i];
		pairs[i].Sym.Flags.GenericFlags = LLVMJITSymbolGenericFlagsExported |
		                                  LLVMJITSymbolGenericFlagsCallable;
		pairs[i].Sym.Flags.TargetFlags = 0;
	}
	LLVMOrcMaterializationUnitRef mu = LLVMOrcAbsoluteSymbols(pairs, RT__COUNT);
	return jit_check(LLVMOrcJITDylibDefine(jd, mu), "defining the runtime");
}

static bool jit_add_process(LLVMOrcLLJITRef jit, LLVMOrcJITDylibRef jd)
{
	LLVMOrcDefinitionGeneratorRef gen;
	LLVMErrorRef err = LLVMOrcCreateDynamicLibrarySearchGeneratorForProcess(
		&gen, LLVMOrcLLJITGetGlobalPrefix(jit), NULL, NULL);
	if (!jit_check(err, "searching the process"))
		return false;
	LLVMOrcJITDylibAddGenerator(jd, gen);
	return true;
}

typedef int32_t (*RunMain)(void *, void *, int32_t, void *);

int jit_run_objects(const JitObject *objs, int nobjs, int argc, char **argv)
{
	LLVMOrcLLJITRef jit;
	LLVMInitializeNativeTarget(); /* a cache hit compiled nothing: LLJIT still wants the host target */
	LLVMInitializeNativeAsmPrinter();
	if (!jit_check(LLVMOrcCreateLLJIT(&jit, NULL), "creating LLJIT"))
		return 1;
	LLVMOrcJITDylibRef jd = LLVMOrcLLJITGetMainJITDylib(jit);
	if (!jit_define_runtime(jit, jd) || !jit_add_process(jit, jd))
		return 1;
	for (int i = 0; i < nobjs; i++) {
		LLVMMemoryBufferRef obj = LLVMCreateMemoryBufferWithMemoryRange(objs[i].data, objs[i].len,
		                                                                i == nobjs - 1 ? "llgo-lite program" : "llgo-lite packages", 0);
		if (!jit_check(LLVMOrcLLJITAddObjectFile(jit, jd, obj), "adding the object"))
			return 1;
	}
	LLVMOrcExecutorAddress init_addr, main_addr;
	if (!jit_check(LLVMOrcLLJITLookup(jit, &init_addr, "main.init"), "looking up main.init") ||
	    !jit_check(LLVMOrcLLJITLookup(jit, &main_addr, "main.main"), "looking up main.main"))
		return 1;
	RunMain run = (RunMain)rt_abi_addresses[RT_rt_run_main];
	return run((void *)(uintptr_t)init_addr, (void *)(uintptr_t)main_addr, argc, argv);
}
