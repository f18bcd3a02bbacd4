#!/usr/bin/env bash
# test/lib/cli.sh LLGO: the command line itself: usage errors exit 2 with a usage message, version and
# help exit 0, `ir` prints each stage and `ir --diff` shows a site becoming an alloca (user.go's u in
# createUserV1 stays on the stack, Go 1.19 agrees) and another staying on the heap, `--emit` writes
# each kind of file, and a panicking program exits 2 with its message, built and through `run`.
set -u
llgo=$1
here=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }

# expect_status WANT CMD...: runs CMD, checks its exit status.
expect_status() {
  local want=$1; shift
  "$@" >"$tmp/out" 2>"$tmp/err"
  local got=$?
  [ "$got" = "$want" ] || fail "$* exited $got, want $want: $(head -c 300 "$tmp/err")"
}

expect_status 2 "$llgo"
grep -q '^usage: llgo-lite build' "$tmp/err" || fail "no usage message without arguments"
expect_status 2 "$llgo" frobnicate x.go
expect_status 2 "$llgo" build --emit=nonsense x.go
expect_status 2 "$llgo" build -Q x.go
expect_status 2 "$llgo" build
expect_status 0 "$llgo" version
grep -q '^llgo-lite ' "$tmp/out" || fail "version prints no version"
expect_status 0 "$llgo" help
expect_status 1 "$llgo" build "$tmp/missing.go"

user=$here/escape/user.go
expect_status 0 "$llgo" ir --stage=before "$user"
grep -q 'call ptr @llgo.alloc' "$tmp/out" || fail "ir --stage=before shows no allocation site"
expect_status 0 "$llgo" ir --stage=after "$user"
grep -q 'llgo.alloc' "$tmp/out" && fail "ir --stage=after still has allocation sites"
expect_status 0 "$llgo" ir --stage=final "$user"
expect_status 0 "$llgo" ir --diff "$user"
grep -q '^--- before' "$tmp/out" && grep -q '^+++ after' "$tmp/out" || fail "ir --diff: no diff header"
grep -q '^-.*call ptr @llgo.alloc' "$tmp/out" || fail "ir --diff: no site removed"
grep -q '^+.*= alloca' "$tmp/out" || fail "ir --diff: no site became an alloca"
grep -q '^+.*call ptr @gc_alloc' "$tmp/out" || fail "ir --diff: no site became gc_alloc"

prog=$tmp/args.go
cat >"$prog" <<'GO'
package main

func main() {
	println("hello")
	panic("boom")
}
GO
for kind in obj asm llvm; do
  expect_status 0 "$llgo" build --emit=$kind -o "$tmp/out.$kind" "$prog"
  [ -s "$tmp/out.$kind" ] || fail "--emit=$kind wrote nothing"
done
grep -q 'define.*@main.main' "$tmp/out.llvm" || fail "--emit=llvm has no main.main"
expect_status 0 "$llgo" build -o "$tmp/prog" "$prog"
expect_status 2 "$tmp/prog"
grep -q '^panic: boom' "$tmp/err" || fail "built program: no panic message"
expect_status 2 "$llgo" run "$prog"
grep -q '^panic: boom' "$tmp/err" || fail "run: no panic message"

[ $fails = 0 ] && echo "PASS" && exit 0
exit 1
