#!/usr/bin/env bash
# tools/gosuite.sh: llgo-lite against Go 1.19's own test suite ($(go env GOROOT)/test).
#
#   tools/gosuite.sh run LLGO [--known FILE]
#       Every `// run` test under the suite (recursively; *.dir folders and typeparam/ skipped) that
#       uses no goroutines, channels, select, generics, unsafe, cgo or complex numbers. A test passes
#       when `llgo-lite run` of it exits 0 and prints exactly its .out file (stdout and stderr
#       together, as Go's run.go compares them; nothing when there is no .out). Prints the pass counts
#       of the import-free tests and of those with imports, then the failures. With --known FILE
#       (names of tests known to fail, one per line), exits 1 if any other test fails: a regression.
#   tools/gosuite.sh escape LLGO
#       Go's escape*.go errorcheck files (`// errorcheck -0 -m -l`). For each file llgo-lite compiles,
#       the -m lines Go 1.19 prints (`go tool compile -m -l`) are compared with llgo-lite's `-m`
#       lines, exactly (file:line:col: message); prints per file and in all how many of Go's lines
#       llgo-lite reproduces, and how many lines it prints that Go does not. A file llgo-lite does not
#       compile within GOSUITE_ESCAPE_TIMEOUT seconds (default 120) counts as not compiled.
# Needs golang-1.19-go (GO119 overrides the go command's path). Exit status 77 when Go is missing.
set -u
GO119=${GO119:-/usr/lib/go-1.19/bin/go}
[ -x "$GO119" ] || { echo "gosuite: Go 1.19 not installed ($GO119)"; exit 77; }
mode=${1:-}; llgo=${2:-}
[ -n "$mode" ] && [ -x "$llgo" ] || { echo "usage: $0 run|escape LLGO [--known FILE]" >&2; exit 2; }
llgo=$(cd "$(dirname "$llgo")" && pwd)/$(basename "$llgo")
suite=$(cd "$(dirname "$GO119")/../test" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
timeout_s=${GOSUITE_TIMEOUT:-30}

# out_of_subset FILE: true when the test uses what llgo-lite leaves out.
out_of_subset() {
  grep -qE '\bchan\b|\bgo (func|[a-zA-Z_][a-zA-Z0-9_.]*\()|\bselect *\{|"unsafe"|"C"|\bcomplex(64|128)?\b|\breal\(|\bimag\(|[0-9]i\b|\[[A-Z][A-Za-z0-9]* (any|comparable|interface|~)|func [A-Za-z0-9_]+\[' "$1"
}

has_imports() { grep -qE '^import\b' "$1"; }

run_one() {
  local f=$1 want=${1%.go}.out
  (cd "$(dirname "$f")" && timeout "$timeout_s" "$llgo" run "$(basename "$f")") >"$tmp/out" 2>&1 </dev/null || return 1
  if [ -f "$want" ]; then cmp -s "$want" "$tmp/out"; else [ ! -s "$tmp/out" ]; fi
}

suite_run() {
  local known=${1:-} f name p0=0 t0=0 p1=0 t1=0 regress=0
  : >"$tmp/failed"
  while IFS= read -r f; do
    [ "$(head -n 1 "$f")" = "// run" ] || continue
    out_of_subset "$f" && continue
    name=${f#"$suite"/}
    if has_imports "$f"; then t1=$((t1 + 1)); else t0=$((t0 + 1)); fi
    if run_one "$f"; then
      if has_imports "$f"; then p1=$((p1 + 1)); else p0=$((p0 + 1)); fi
    else
      echo "$name" >>"$tmp/failed"
      if [ -n "$known" ] && ! grep -qxF "$name" "$known"; then
        echo "REGRESSION: $name"; head -n 5 "$tmp/out" | sed 's/^/    /'; regress=1
      fi
    fi
  done < <(find "$suite/" -name '*.go' -not -path '*.dir/*' -not -path '*/typeparam/*' | sort)
  echo "go suite run, import-free:  $p0 / $t0 passed"
  echo "go suite run, with imports: $p1 / $t1 passed"
  echo "failed:"; sed 's/^/  /' "$tmp/failed"
  return $regress
}

suite_escape() {
  local f name base want got why have=0 match=0 extra=0 files=0
  for f in "$suite"/escape*.go; do
    [ "$(head -n 1 "$f")" = "// errorcheck -0 -m -l" ] || continue
    base=$(basename "$f")
    (cd "$suite" && timeout "${GOSUITE_ESCAPE_TIMEOUT:-120}" "$llgo" build -m --emit=obj -o "$tmp/x.o" "$base") \
      >"$tmp/ours" 2>&1 || {
      why=$(grep -m1 ': ' "$tmp/ours" | cut -c1-100)
      echo "  $base: not compiled by llgo-lite (${why:-no message: timed out or crashed})"; continue; }
    (cd "$suite" && "$GO119" tool compile -p p -m -l -o "$tmp/go.o" "$base") >"$tmp/theirs" 2>&1
    grep -E "^$base:[0-9]+:[0-9]+: " "$tmp/theirs" | sort -u >"$tmp/want"
    grep -E "^$base:[0-9]+:[0-9]+: " "$tmp/ours" | sort -u >"$tmp/got"
    want=$(wc -l <"$tmp/want"); got=$(comm -12 "$tmp/want" "$tmp/got" | wc -l)
    files=$((files + 1)); have=$((have + want)); match=$((match + got))
    extra=$((extra + $(comm -13 "$tmp/want" "$tmp/got" | wc -l)))
    echo "  $base: $got / $want"
  done
  echo "go suite escape: $match of Go's $have -m lines reproduced exactly over $files files;" \
       "$extra lines printed that Go does not"
}

case $mode in
  run) if [ "${3:-}" = --known ]; then suite_run "$4"; else suite_run; fi ;;
  escape) suite_escape ;;
  *) echo "usage: $0 run|escape LLGO [--known FILE]" >&2; exit 2 ;;
esac
