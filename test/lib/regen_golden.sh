#!/usr/bin/env bash
# test/lib/regen_golden.sh PROG.go...: (re)write the expected files of golden programs from Go 1.19.
#
# For each NAME.go (or its Go 1.19 spelling NAME.go119 when present, see common.sh) it runs
#   go build -o BIN NAME.go && BIN >NAME.stdout 2>NAME.stderr; echo $? >NAME.exit
# (never `go run`, which adds "exit status N"), then applies the stderr truncation rule of
# run_golden.sh, removes NAME.stdout when empty and NAME.exit when the status is 0.
# Expected outputs are never written by hand, and never from what llgo-lite prints.
set -u
here=$(cd "$(dirname "$0")" && pwd)
. "$here/common.sh"
[ $# -ge 1 ] || { echo "usage: $0 PROG.go..." >&2; exit 2; }
test_tmpdir
rc=0
for src in "$@"; do
  base=${src%.go}
  gosrc=$(test_go_source "$src")
  if ! test_go build -o "$TEST_TMP/prog" "$gosrc" >"$TEST_TMP/log" 2>&1; then
    echo "regen: Go 1.19 cannot build $gosrc:" >&2
    cat "$TEST_TMP/log" >&2
    rc=1
    continue
  fi
  stdin=/dev/null
  [ -f "$base.stdin" ] && stdin=$base.stdin
  timeout 60 "$TEST_TMP/prog" >"$base.stdout" 2>"$TEST_TMP/stderr" <"$stdin"
  status=$?
  test_normalize_stderr <"$TEST_TMP/stderr" >"$base.stderr"
  [ -s "$base.stdout" ] || rm -f "$base.stdout"
  [ -s "$base.stderr" ] || rm -f "$base.stderr"
  if [ $status = 0 ]; then rm -f "$base.exit"; else echo $status >"$base.exit"; fi
  echo "regen: $src (exit $status)"
done
exit $rc
