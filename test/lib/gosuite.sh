#!/usr/bin/env bash
# test/lib/gosuite.sh LLGO [GOTESTDIR]: run the parts of Go's own test suite inside the subset and
# print pass counts. Not a ctest test (Go is optional); a conformance report for developers.
#
#   run:    files of GOTESTDIR (default $(go env GOROOT)/test, i.e. /usr/lib/go-1.19/test) whose first
#           line is exactly `// run` and that use no imports, goroutines, channels, select, unsafe,
#           complex numbers or type parameters. Each is compiled and run with `llgo-lite run`; like
#           Go's run.go, stdout and stderr together must equal NAME.out (empty when absent), status 0.
#   escape: escape*.go whose first line is `// errorcheck -0 -m -l`, checked by errorcheck.sh -m.
#
# Options through the environment: LLGO_TEST_WITH_GO=1 uses Go 1.19 (the harness check: it should
# pass everything), GOSUITE_VERBOSE=1 prints each failure's output. Exit status 0 always.
set -u
here=$(cd "$(dirname "$0")" && pwd)
. "$here/common.sh"
[ $# -ge 1 ] || { echo "usage: $0 LLGO [GOTESTDIR]" >&2; exit 2; }
llgo=$1
dir=${2:-$(dirname "$GO119")/../test}
dir=$(cd "$dir" && pwd)
test_tmpdir

# gosuite_run FILE: 0 when the program's combined output equals FILE's .out and it exits 0.
gosuite_run() {
  local f=$1 want=${1%.go}.out
  if [ "${LLGO_TEST_WITH_GO:-0}" = 1 ]; then
    test_go build -o "$TEST_TMP/prog" "$f" >"$TEST_TMP/out" 2>&1 &&
      timeout 60 "$TEST_TMP/prog" >"$TEST_TMP/out" 2>&1 </dev/null
  else
    timeout 60 "$llgo" run "$f" >"$TEST_TMP/out" 2>&1 </dev/null
  fi || return 1
  if [ -f "$want" ]; then cmp -s "$want" "$TEST_TMP/out"; else [ ! -s "$TEST_TMP/out" ]; fi
}

pass=0 total=0 failed=()
for f in "$dir"/*.go; do
  [ "$(head -n 1 "$f")" = "// run" ] || continue
  grep -qE '^[[:space:]]*import|\bchan\b|\bgo [a-zA-Z(]|\bselect\b|unsafe|complex|\[[A-Z][A-Za-z]* (any|comparable|interface)' "$f" && continue
  total=$((total + 1))
  if gosuite_run "$f"; then pass=$((pass + 1)); else failed+=("$(basename "$f")"); fi
  [ "${GOSUITE_VERBOSE:-0}" = 1 ] && [ "${failed[${#failed[@]}-1]:-}" = "$(basename "$f")" ] && head -n 20 "$TEST_TMP/out"
done
echo "go suite run:    $pass / $total passed"
[ ${#failed[@]} -gt 0 ] && echo "  failed: ${failed[*]}"

pass=0 total=0 failed=()
for f in "$dir"/escape*.go; do
  [ "$(head -n 1 "$f")" = "// errorcheck -0 -m -l" ] || continue
  total=$((total + 1))
  if bash "$here/errorcheck.sh" "$llgo" "$f" -m >"$TEST_TMP/ec" 2>&1; then
    pass=$((pass + 1))
  else
    failed+=("$(basename "$f")")
    [ "${GOSUITE_VERBOSE:-0}" = 1 ] && head -n 30 "$TEST_TMP/ec"
  fi
done
echo "go suite escape: $pass / $total passed"
[ ${#failed[@]} -gt 0 ] && echo "  failed: ${failed[*]}"
exit 0
