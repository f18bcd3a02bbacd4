/*
 * replay_main.c: a main for fuzz_stage.c without libFuzzer, so that the harness is compiled (and its
 * inputs replayed) in every ordinary build: a harness that no longer compiles against the compiler's
 * headers shows up in the first `cmake --build`, not only in CI's fuzz step. Each argument is one
 * input file, run once through LLVMFuzzerTestOneInput; a crash is the failure.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char **argv)
{
	int runs = 0;
	for (int i = 1; i < argc; i++) {
		FILE *f = fopen(argv[i], "rb");
		if (!f) {
			fprintf(stderr, "fuzz_replay: cannot open %s\n", argv[i]);
			return 1;
		}
		size_t cap = 4096, len = 0;
		uint8_t *buf = malloc(cap);
		size_t got;
		while (buf && (got = fread(buf + len, 1, cap - len, f)) > 0) {
			len += got;
			if (len == cap) {
				cap *= 2;
				uint8_t *bigger = realloc(buf, cap);
				if (!bigger)
					free(buf);
				buf = bigger;
			}
		}
		fclose(f);
		if (!buf) {
			fprintf(stderr, "fuzz_replay: out of memory reading %s\n", argv[i]);
			return 1;
		}
		LLVMFuzzerTestOneInput(buf, len);
		free(buf);
		runs++;
	}
	printf("fuzz_replay: %d inputs ran\n", runs);
	return 0;
}
