#!/usr/bin/env bash
# test/lib/late.sh LLGO: the passes of stage 6, unroll-and-jam (passes/jam.c) and division pairing
# (passes/divpair.c), apply where they should. The results of the programs they change are checked
# elsewhere (run/jam_loops and the benchmarks against Go 1.19's output in every mode, unit/test_late
# bit for bit against the IR before the passes); here, in the optimised IR of
#   - test/run/jam_loops.go: 6 nests are jammed (pixels, and roots and series where main inlines
#     them: roots four times in the unrolled loop over its inputs) and 3 groups of sibling loops
#     fused (seven's, which LLVM unrolls fully); chained, stores and collatz are left alone;
#   - test/bench/mandelbrot.go: its pixel loop is jammed (the benchmark's speed rests on it);
#   - either program with LLGODEBUG=jam=0: nothing is jammed, and -O1 jams nothing either;
#   - test/bench/spectral_norm.go: its four inner loops divide in pairs (`fdiv <2 x double>`), but
#     not with LLGODEBUG=divpair=0 nor for aarch64.
# A jammed nest or fused group ends its loop with one `br i1 %jam.any...`.
set -u
llgo=$1
. "$(dirname "$0")/common.sh"
test_tmpdir
root=$(cd "$(dirname "$0")/../.." && pwd)
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
export LLGO_CACHE=off

count() {   # count PATTERN FILE.go [FLAGS...]: lines of the optimised IR that match PATTERN
  local pattern=$1 src=$2
  shift 2
  "$llgo" build "$@" --emit=llvm -o "$TEST_TMP/out.ll" "$src" || { echo error; return; }
  grep -c -- "$pattern" "$TEST_TMP/out.ll"
}
jammed() { count 'br i1 %jam\.any' "$@"; }       # jammed or fused nests
paired() { count 'fdiv <2 x double>' "$@"; }     # two-lane divisions

n=$(jammed "$root/test/run/jam_loops.go")
[ "$n" = 9 ] || fail "jam_loops.go: $n nests jammed or fused, want 9"
n=$(jammed "$root/test/bench/mandelbrot.go")
[ "$n" = 1 ] || fail "mandelbrot.go: $n nests jammed, want 1"
n=$(LLGODEBUG=jam=0 jammed "$root/test/run/jam_loops.go")
[ "$n" = 0 ] || fail "jam_loops.go with LLGODEBUG=jam=0: $n nests jammed, want 0"
n=$(jammed "$root/test/bench/mandelbrot.go" -O1)
[ "$n" = 0 ] || fail "mandelbrot.go at -O1: $n nests jammed, want 0"
n=$(jammed "$root/test/bench/mandelbrot.go" --target=aarch64-linux-gnu)
[ "$n" = 1 ] || fail "mandelbrot.go for aarch64: $n nests jammed, want 1"

n=$(paired "$root/test/bench/spectral_norm.go")
[ "$n" = 4 ] || fail "spectral_norm.go: $n paired divisions, want 4"
n=$(LLGODEBUG=divpair=0 paired "$root/test/bench/spectral_norm.go")
[ "$n" = 0 ] || fail "spectral_norm.go with LLGODEBUG=divpair=0: $n paired divisions, want 0"
n=$(paired "$root/test/bench/spectral_norm.go" --target=aarch64-linux-gnu)
[ "$n" = 0 ] || fail "spectral_norm.go for aarch64: $n paired divisions, want 0"

[ "$fails" = 0 ] && echo "late: ok"
[ "$fails" = 0 ]
