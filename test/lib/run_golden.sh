#!/usr/bin/env bash
# test/lib/run_golden.sh MODE LLGO SRC.go: build and run one golden program, compare with Go 1.19.
#
# MODE is one of
#   aot       llgo-lite build -o BIN SRC.go, then run BIN
#   jit       llgo-lite run SRC.go (ORC LLJIT; the exit status passes through)
#   noescape  llgo-lite build --no-escape -o BIN SRC.go, then run BIN (every site on the heap)
#   gcstress  as aot, but run BIN with LLGODEBUG=gcstress=1 (a collection at every allocation)
#   aarch64   llgo-lite build --target=aarch64-linux-gnu, run under qemu-aarch64 -L /usr/aarch64-linux-gnu
#   aarch64-noescape  the same with --no-escape
#
# Expected results live beside the program and all come from Go 1.19 (test/lib/regen_golden.sh writes
# them; never write them by hand):
#   NAME.stdout  standard output (absent means empty)
#   NAME.stderr  standard error after the truncation rule below (absent means empty)
#   NAME.exit    exit status, present only when it is not 0
#
# Truncation rule for stderr (test_normalize_stderr in common.sh, applied to expected and actual alike):
# a panicking program's stderr is kept up to and including the first "goroutine 1 [running]:" line and
# the address-laden trace after it is dropped; "[signal ...]" lines (fault addresses) are dropped too.
#
# LLGO_TEST_WITH_GO=1 builds with Go 1.19 instead of llgo-lite (every mode), which proves the harness
# and the expectations agree. Exit status: 0 pass, 1 fail, 77 skipped (ctest SKIP_RETURN_CODE).
set -u
here=$(cd "$(dirname "$0")" && pwd)
. "$here/common.sh"

[ $# -eq 3 ] || { echo "usage: $0 aot|jit|noescape|gcstress|aarch64|aarch64-noescape LLGO SRC.go" >&2; exit 2; }
mode=$1 llgo=$2 src=$3
[ -f "$src" ] || { echo "no such program: $src" >&2; exit 2; }
base=${src%.go}
name=$(basename "$base")
test_tmpdir
stdin=/dev/null
[ -f "$base.stdin" ] && stdin=$base.stdin   # NAME.stdin, when present, is the program's input
timeout_s=${LLGO_TEST_TIMEOUT:-60}
[ "$mode" = gcstress ] && timeout_s=$((timeout_s * 5))

# compile SRC for the mode into $TEST_TMP/prog; prints the compiler's output on failure.
compile() {
  local out=$TEST_TMP/prog flags=()
  if [ "${LLGO_TEST_WITH_GO:-0}" = 1 ]; then
    local gosrc
    gosrc=$(test_go_source "$src")
    case $mode in aarch64*) export GOARCH=arm64 ;; esac
    test_go build -o "$out" "$gosrc" >"$TEST_TMP/compile.log" 2>&1 && return 0
  else
    case $mode in
      noescape) flags=(--no-escape) ;;
      aarch64) flags=(--target=aarch64-linux-gnu) ;;
      aarch64-noescape) flags=(--target=aarch64-linux-gnu --no-escape) ;;
    esac
    "$llgo" build "${flags[@]}" -o "$out" "$src" >"$TEST_TMP/compile.log" 2>&1 && return 0
  fi
  echo "FAIL $name [$mode]: compilation failed:"
  cat "$TEST_TMP/compile.log"
  return 1
}

# execute the program for the mode; writes stdout, stderr and the exit status into $TEST_TMP.
execute() {
  local -a cmd=("$TEST_TMP/prog")
  case $mode in
    jit) [ "${LLGO_TEST_WITH_GO:-0}" = 1 ] || cmd=("$llgo" run "$src") ;;
    aarch64|aarch64-noescape) cmd=(qemu-aarch64 -L /usr/aarch64-linux-gnu "$TEST_TMP/prog") ;;
  esac
  if [ "$mode" = gcstress ]; then
    LLGODEBUG=gcstress=1 timeout "$timeout_s" "${cmd[@]}" >"$TEST_TMP/stdout" 2>"$TEST_TMP/stderr.raw" <"$stdin"
  else
    timeout "$timeout_s" "${cmd[@]}" >"$TEST_TMP/stdout" 2>"$TEST_TMP/stderr.raw" <"$stdin"
  fi
  echo $? >"$TEST_TMP/exit"
}

# expected FILE: the expected file's contents, or nothing when it is absent.
expected() { [ -f "$1" ] && cat "$1"; return 0; }

case $mode in
  aot|jit|noescape|gcstress) ;;
  aarch64|aarch64-noescape) command -v qemu-aarch64 >/dev/null || { echo "SKIP: qemu-aarch64 not installed"; exit 77; } ;;
  *) echo "unknown mode: $mode" >&2; exit 2 ;;
esac

if [ "$mode" != jit ] || [ "${LLGO_TEST_WITH_GO:-0}" = 1 ]; then
  compile || exit 1
fi
execute
test_normalize_stderr <"$TEST_TMP/stderr.raw" >"$TEST_TMP/stderr"
expected "$base.stdout" >"$TEST_TMP/want.stdout"
expected "$base.stderr" | test_normalize_stderr >"$TEST_TMP/want.stderr"
if [ -f "$base.exit" ]; then cat "$base.exit"; else echo 0; fi >"$TEST_TMP/want.exit"

status=0
for part in exit stdout stderr; do
  if ! cmp -s "$TEST_TMP/want.$part" "$TEST_TMP/$part"; then
    [ $status = 0 ] && echo "FAIL $name [$mode]"
    [ "$part" = exit ] && [ "$(cat "$TEST_TMP/exit")" = 124 ] && echo "(timed out after ${timeout_s}s)"
    echo "--- $part differs (- expected from Go 1.19, + actual):"
    diff -u --label "want.$part" --label "got.$part" "$TEST_TMP/want.$part" "$TEST_TMP/$part" | head -n 80
    status=1
  fi
done
[ $status = 0 ] && echo "PASS $name [$mode]"
exit $status
