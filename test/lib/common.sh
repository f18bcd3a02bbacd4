# test/lib/common.sh: helpers shared by the test runners (sourced, never run).
#
# Why: the golden runner, the errorcheck runner and the regeneration scripts must agree exactly on
# where Go 1.19 lives, how a program's stderr is normalised and how temporary files are cleaned up;
# keeping those rules in one file keeps the expectations and the checks from drifting apart.

GO119=${GO119:-/usr/lib/go-1.19/bin/go}

# Test programs may import the packages under test/pkgs/src (llgotest/...), which exercise the import
# machinery without the standard packages: llgo-lite finds them through LLGO_PKGPATH, Go 1.19 through
# GOPATH (test_go runs Go outside modules).
TEST_PKGROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../pkgs" && pwd)
export LLGO_PKGPATH="$TEST_PKGROOT/src"

# test_tmpdir: make a private scratch directory and remove it when the script exits. llgo-lite's
# compile cache (tools/cache.h) goes there too: each test stores into a cache of its own, so parallel
# tests share nothing and no test can run an object another build of llgo-lite left behind.
test_tmpdir() {
  TEST_TMP=$(mktemp -d "${TMPDIR:-/tmp}/llgo-test.XXXXXX") || exit 1
  trap 'rm -rf "$TEST_TMP"' EXIT
  export LLGO_CACHE="$TEST_TMP/cache"
}

# test_normalize_stderr: the stderr truncation rule (used on expected AND actual output).
#   1. Everything after the first line that is exactly "goroutine 1 [running]:" is dropped; that line is
#      kept. Go prints an address-laden stack trace there that no other implementation can reproduce.
#   2. Lines starting with "[signal " are dropped: Go prints "[signal SIGSEGV: ... pc=0x...]" between
#      the panic message and the trace for faults; it carries addresses.
#   3. A fatal error's (stack overflow, out of memory) "runtime: sp=0x... stack=[...]" line and its
#      "runtime stack:" block (that line through the next empty line) are dropped: addresses and the
#      Go runtime's own frames.
test_normalize_stderr() {
  awk 'skip { if ($0 == "") skip = 0; next }
       /^runtime stack:$/ { skip = 1; next }
       /^\[signal / || /^runtime: sp=/ { next }
       { print } /^goroutine 1 \[running\]:$/ { exit }'
}

# test_go_source SRC: the file Go 1.19 should build for SRC. A program using features newer than
# Go 1.19 (min/max/clear builtins, range over int, per-iteration loop variables) keeps a Go 1.19
# equivalent beside it as NAME.go119 (same output, older spelling); the oracle builds that instead.
test_go_source() {
  local src=$1
  if [ -f "${src%.go}.go119" ]; then
    cp "${src%.go}.go119" "$TEST_TMP/go119_$(basename "$src")"
    echo "$TEST_TMP/go119_$(basename "$src")"
  else
    echo "$src"
  fi
}

# test_go ARGS...: run Go 1.19 outside any module, without network, with a private cache if none is set.
test_go() {
  GO111MODULE=off GOPATH="$TEST_PKGROOT" GOFLAGS='' GOTOOLCHAIN=local GOPROXY=off \
    GOCACHE="${GOCACHE:-${TMPDIR:-/tmp}/llgo-test-gocache}" "$GO119" "$@"
}
