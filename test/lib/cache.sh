#!/usr/bin/env bash
# test/lib/cache.sh LLGO: the compile cache (tools/cache.h). LLGODEBUG=cache=1 makes llgo-lite say
# `cache: hit|miss|store|bad|changed KEY` on stderr, which this script reads to know what happened.
#   - a second `run` of a program hits and prints what the first printed (the same exit status too);
#   - a corrupted, truncated or empty entry is detected (`bad`), recompiled and replaced;
#   - LLGO_CACHE=off writes nothing and still runs the program;
#   - a changed file of an imported LLGO_PKGPATH package, a changed main file or another -O level miss;
#   - `run` of a program with imports stores a package object beside the program's object: a changed
#     main file compiles main only (the package object hits and is not stored again), a changed
#     package file misses both, a corrupted package object is recompiled; a program without
#     imports stores one entry;
#   - a failed compile is never stored and prints its errors every time; -m never uses the cache;
#   - `build` hits too, and the executable it links from the cached object runs;
#   - a hit marks its entry used, and entries unused for five days are trimmed.
# The programs' expected outputs are literal strings that Go's semantics fix (Go 1.19 agrees: the
# script checks with it when it is installed).
set -u
llgo=$1
. "$(dirname "$0")/common.sh"
test_tmpdir
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
export LLGO_CACHE="$TEST_TMP/cache" LLGODEBUG=cache=1
export LLGO_PKGPATH="$TEST_TMP/pkgs"
mkdir -p "$TEST_TMP/pkgs/cachetest/msg"

write_msg() {
  printf 'package msg\n\nfunc Text() string { return "%s" }\n' "$1" >"$TEST_TMP/pkgs/cachetest/msg/msg.go"
}
write_msg one
prog=$TEST_TMP/prog.go
cat >"$prog" <<'GO'
package main

import (
	"cachetest/msg"
	"fmt"
	"os"
)

func main() {
	fmt.Println("hello,", msg.Text())
	os.Exit(3)
}
GO

# run_expect WHAT STDOUT STATUS ARGS...: `llgo-lite ARGS...`; checks stdout, the exit status and that
# stderr holds a `cache: WHAT` line (WHAT may be an alternation for grep -E; "none": no cache line).
run_expect() {
  local what=$1 out=$2 status=$3 got; shift 3
  "$llgo" "$@" >"$TEST_TMP/out" 2>"$TEST_TMP/err"
  got=$?
  [ "$got" = "$status" ] || fail "$* exited $got, want $status: $(head -c 300 "$TEST_TMP/err")"
  [ "$(cat "$TEST_TMP/out")" = "$out" ] || fail "$* printed '$(head -c 200 "$TEST_TMP/out")', want '$out'"
  if [ "$what" = none ]; then
    grep -q '^cache: ' "$TEST_TMP/err" && fail "$*: the cache was used: $(grep '^cache: ' "$TEST_TMP/err")"
  else
    grep -Eq "^cache: ($what) " "$TEST_TMP/err" || fail "$*: no 'cache: $what' line: $(head -c 300 "$TEST_TMP/err")"
  fi
}

entries() { find "$LLGO_CACHE" -name '*.o' 2>/dev/null | wc -l; }

if [ -x "$GO119" ]; then # the expectation below is Go's
  mkdir -p "$TEST_TMP/gopath/src" && cp -r "$TEST_TMP/pkgs/cachetest" "$TEST_TMP/gopath/src/"
  got=$(TEST_PKGROOT=$TEST_TMP/gopath test_go run "$prog" 2>/dev/null)
  [ "$got" = "hello, one" ] || fail "Go 1.19 prints '$got', not the expectation 'hello, one'"
fi

run_expect miss "hello, one" 3 run "$prog"
[ "$(grep -c '^cache: store ' "$TEST_TMP/err")" = 2 ] || fail "the first run did not store its two objects"
[ "$(entries)" = 2 ] || fail "one run left $(entries) cache entries, want 2 (the package object and main's)"
pkgkey=$(grep -m1 '^cache: store ' "$TEST_TMP/err" | cut -d' ' -f3)
progkey=$(grep '^cache: store ' "$TEST_TMP/err" | tail -1 | cut -d' ' -f3)
run_expect hit "hello, one" 3 run "$prog"
grep -q "^cache: hit $pkgkey" "$TEST_TMP/err" && grep -q "^cache: hit $progkey" "$TEST_TMP/err" ||
  fail "the second run did not take both objects from the cache"

# main's file changes: the package object is reused, main alone is compiled and stored
cp "$prog" "$TEST_TMP/prog.orig"
sed -i 's/"hello,"/"hi,"/' "$prog"
run_expect miss "hi, one" 3 run "$prog"
grep -q "^cache: hit $pkgkey" "$TEST_TMP/err" || fail "an edited main did not reuse the package object"
grep -q "^cache: store $pkgkey" "$TEST_TMP/err" && fail "an edited main compiled the packages again"
[ "$(grep -c '^cache: store ' "$TEST_TMP/err")" = 1 ] || fail "an edited main stored $(grep -c '^cache: store ' "$TEST_TMP/err") objects, want 1"
cp "$TEST_TMP/prog.orig" "$prog"

# a corrupted package object is detected, and the program compiled and stored again
pkgentry=$LLGO_CACHE/$pkgkey.o
size=$(stat -c %s "$pkgentry")
printf '\x55' | dd of="$pkgentry" bs=1 seek=$((size / 2)) conv=notrunc status=none
run_expect bad "hello, one" 3 run "$prog"
grep -q "^cache: store $pkgkey" "$TEST_TMP/err" || fail "a corrupted package object was not replaced"
run_expect hit "hello, one" 3 run "$prog"

# a program without imports has no package object
noimp=$TEST_TMP/noimp.go
printf 'package main\n\nfunc main() {\n\tprintln("alone")\n}\n' >"$noimp"
"$llgo" run "$noimp" >/dev/null 2>"$TEST_TMP/err" || fail "run of a program without imports failed"
[ "$(grep -c '^cache: store ' "$TEST_TMP/err")" = 1 ] || fail "a program without imports stored $(grep -c '^cache: store ' "$TEST_TMP/err") objects, want 1"
grep -q '^alone$' "$TEST_TMP/err" || fail "the program without imports printed '$(grep -v '^cache' "$TEST_TMP/err")'"
rm -rf "$LLGO_CACHE"
run_expect miss "hello, one" 3 run "$prog"

entry=$LLGO_CACHE/$progkey.o
size=$(stat -c %s "$entry")
printf '\x55' | dd of="$entry" bs=1 seek=$((size / 2)) conv=notrunc status=none
run_expect bad "hello, one" 3 run "$prog"
grep -q '^cache: store ' "$TEST_TMP/err" || fail "a corrupted entry was not replaced"
run_expect hit "hello, one" 3 run "$prog"
truncate -s $((size - 5)) "$entry"
run_expect bad "hello, one" 3 run "$prog"
truncate -s 10 "$entry"
run_expect bad "hello, one" 3 run "$prog"
: >"$entry"
run_expect bad "hello, one" 3 run "$prog"
run_expect hit "hello, one" 3 run "$prog"

write_msg two # an imported package's file changes: its key changes
run_expect miss "hello, two" 3 run "$prog"
grep -q "^cache: store $pkgkey" "$TEST_TMP/err" && fail "a changed package kept its package object's key"
[ "$(grep -c '^cache: store ' "$TEST_TMP/err")" = 2 ] || fail "a changed package did not compile both objects"
run_expect hit "hello, two" 3 run "$prog"
run_expect miss "hello, two" 3 run -O0 "$prog"
sed -i 's/"hello,"/"bye,"/' "$prog"
run_expect miss "bye, two" 3 run "$prog"

n=$(entries)
LLGO_CACHE=off run_expect none "bye, two" 3 run "$prog"
[ "$(entries)" = "$n" ] || fail "LLGO_CACHE=off changed the cache"
rm -rf "$LLGO_CACHE"
LLGO_CACHE=off run_expect none "bye, two" 3 run "$prog"
[ -e "$LLGO_CACHE" ] && fail "LLGO_CACHE=off created the cache directory"

# -m prints the escape report whether or not an entry exists, and never consults the cache
run_expect miss "" 0 build -o "$TEST_TMP/exe" "$prog"
"$TEST_TMP/exe" >"$TEST_TMP/out" 2>/dev/null
[ $? = 3 ] && [ "$(cat "$TEST_TMP/out")" = "bye, two" ] || fail "the built program does not run right"
rm -f "$TEST_TMP/exe"
run_expect hit "" 0 build -o "$TEST_TMP/exe" "$prog"
"$TEST_TMP/exe" >"$TEST_TMP/out" 2>/dev/null
[ $? = 3 ] && [ "$(cat "$TEST_TMP/out")" = "bye, two" ] || fail "the program built from a cached object does not run right"
run_expect none "" 0 build -m -o "$TEST_TMP/exe" "$prog"
grep -q 'escapes to heap' "$TEST_TMP/err" || fail "build -m with a cache entry printed no escape report"

# a hit marks the entry used; a store removes entries unused for five days (once a day)
entry=$(find "$LLGO_CACHE" -name '*.o' | head -1)
touch -d '10 days ago' "$entry"
run_expect hit "" 0 build -o "$TEST_TMP/exe" "$prog"
[ -n "$(find "$entry" -mmin -60)" ] || fail "a hit did not mark its entry as used"
stale=$LLGO_CACHE/$(printf '%064d' 0).o
: >"$stale" && touch -d '10 days ago' "$stale" "$LLGO_CACHE/trimmed"
run_expect miss "bye, two" 3 run -O1 "$prog"
[ -e "$stale" ] && fail "an entry unused for ten days was not trimmed"
[ -e "$entry" ] || fail "trimming removed an entry in use"

# a failed compile prints its errors every time and stores nothing
bad=$TEST_TMP/bad.go
printf 'package main\n\nimport "fmt"\n\nfunc main() {\n\tvar s string = 1\n\tfmt.Println(s)\n}\n' >"$bad"
n=$(entries)
for i in 1 2; do
  run_expect miss "" 1 run "$bad"
  grep -q 'bad.go:6:' "$TEST_TMP/err" || fail "run $i of a bad program printed no error"
done
[ "$(entries)" = "$n" ] || fail "a failed compile was stored"

[ "$fails" = 0 ] && echo "cache: all checks passed"
exit $((fails > 0))
