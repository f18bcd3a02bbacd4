#!/usr/bin/env bash
# test/lib/annotate.sh escape|errors FILE.go...: (re)write `// ERROR` annotations from Go 1.19.
#
# escape: runs `go tool compile -m -l FILE.go` in the file's folder (the lines `go build
# -gcflags='-m -l'` prints); errors: `go tool compile -e`.
# Every old ` // ERROR ...` tail is removed, then each line Go reports on gets
# ` // ERROR "msg1$" "msg2$"` with each message quoted as an exact regex (metacharacters escaped, `"`
# replaced by `.` since annotations cannot hold quotes). For errors files, trim the regexes to the
# essence of Go's message by hand afterwards (errorcheck.sh still checks them against Go).
# Never annotate from what llgo-lite prints.
set -u
here=$(cd "$(dirname "$0")" && pwd)
. "$here/common.sh"
[ $# -ge 2 ] || { echo "usage: $0 escape|errors FILE.go..." >&2; exit 2; }
kind=$1
shift
case $kind in escape) gcflags="-m -l" ;; errors) gcflags="-e" ;; *) echo "bad kind $kind" >&2; exit 2 ;; esac
test_tmpdir
for file in "$@"; do
  dir=$(cd "$(dirname "$file")" && pwd) name=$(basename "$file")
  (cd "$dir" && test_go tool compile $gcflags -o "$TEST_TMP/out.o" "$name") >"$TEST_TMP/log" 2>&1
  # "LINE<TAB>ESCAPED MESSAGE" for each diagnostic of this file.
  grep -E "^(\./)?$name:[0-9]+(:[0-9]+)?: " "$TEST_TMP/log" |
    sed -E 's/^[^:]*:([0-9]+)(:[0-9]+)?: /\1\t/; s/[][\\.()*+?{}|^$]/\\&/g; s/"/./g' >"$TEST_TMP/diags"
  # one regex per distinct message and line: a regex consumes every diagnostic it matches on its line
  awk -F"\t" -v diags="$TEST_TMP/diags" -v anchor="$([ "$kind" = escape ] && echo '$')" '
    FILENAME == diags { if (!seen[$0]++) ann[$1] = ann[$1] " \"" $2 anchor "\""; next }
    {
      line = $0
      i = index(line, " // ERROR ")
      if (i > 0) line = substr(line, 1, i - 1)
      if (FNR in ann) line = line " // ERROR" ann[FNR]
      print line
    }' "$TEST_TMP/diags" "$file" >"$TEST_TMP/new"
  cat "$TEST_TMP/new" >"$file"
  echo "annotate: $file ($(wc -l <"$TEST_TMP/diags") diagnostics)"
done
