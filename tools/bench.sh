#!/usr/bin/env bash
# tools/bench.sh: the benchmark runner. Builds every program of test/bench/ with llgo-lite (-O2), with
# Go 1.19 and with gccgo -O2 (when installed), runs them in turn for several rounds, checks that their
# outputs agree, and reports per benchmark the median time and its ratio to Go's, the heap allocations,
# the peak memory and the compile time; then writes BENCHMARKS.md and BENCHMARKS.svg at the top of the
# tree and prints the geometric mean of the time ratios last.
#
#   tools/bench.sh [--rounds N] [--compile] [--only a,b] [--llgo PATH] [--out FILE.md]
#   tools/bench.sh --smoke [--llgo PATH]
#
# Why it works this way:
# - Sizes: each program holds `const size = N // smoke: M`. --smoke rewrites the constant to M in a
#   private copy, builds each benchmark with llgo-lite, with llgo-lite --no-escape and with Go (when
#   installed), runs each once and fails unless all outputs agree (the ctest entry bench/smoke).
# - Allocations: llgo-lite prints `gcstats: mallocs=N ...` at exit under LLGODEBUG=gcstats=1. Go has no
#   such switch, so Go builds a private copy whose `func main` is renamed benchMain, beside a generated
#   file whose main calls benchMain and then prints runtime.MemStats.Mallocs the same way. Those lines
#   are taken out of stderr before outputs are compared. Go's count includes its start-up allocations.
# - Time: wall clock of each run (bash's EPOCHREALTIME), median over the rounds; the rounds visit the
#   benchmarks and the compilers in turn so a noisy moment hits them all. Peak memory is the maximum
#   resident set from /usr/bin/time -f %M (omitted when GNU time is not installed).
# - Compile time: one build of each benchmark. Go builds with its cache warm for the standard packages;
#   a fresh comment line in the generated file makes it compile the program itself every time.
#   llgo-lite's compile cache is a private, initially empty directory, so its builds are real.
# - --compile adds compile-time figures: a small program built by both, `llgo-lite run` of hello world
#   against `go run` (both caches warm; and with main edited before every run), and generated
#   programs of 10k/50k/100k lines to show the growth (BENCH_GEN_LINES="10000 50000 100000" in the
#   environment changes the sizes).
# No Python: bash, coreutils, awk and sed only, so it runs on the CI machine.
set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
LLGO=${LLGO:-$ROOT/build/tools/llgo-lite}
GO=${GO119:-/usr/lib/go-1.19/bin/go}
GCCGO=$(command -v gccgo || true)
GNUTIME=/usr/bin/time
ROUNDS=3
SMOKE=0
COMPILE=0
ONLY=
OUT=$ROOT/BENCHMARKS.md
COMMAND_LINE="tools/bench.sh $*"
COMPILERS=()

bench_usage() {
  sed -n '8,9p' "${BASH_SOURCE[0]}" | sed 's/^# *//' >&2
  exit 2
}

while [ $# -gt 0 ]; do
  case $1 in
    --rounds) ROUNDS=${2:-}; shift 2 ;;
    --smoke) SMOKE=1; ROUNDS=1; shift ;;
    --compile) COMPILE=1; shift ;;
    --only) ONLY=${2:-}; shift 2 ;;
    --llgo) LLGO=${2:-}; shift 2 ;;
    --out) OUT=${2:-}; shift 2 ;;
    *) bench_usage ;;
  esac
done
[[ $ROUNDS =~ ^[1-9][0-9]*$ ]] || bench_usage
[ -x "$LLGO" ] || { echo "bench: no llgo-lite at $LLGO (build it, or pass --llgo)" >&2; exit 2; }
[ -x "$GO" ] || GO=
"$GNUTIME" -f %M true >/dev/null 2>&1 || GNUTIME=

WORK=$(mktemp -d "${TMPDIR:-/tmp}/llgo-bench.XXXXXX") || exit 1
trap 'rm -rf "$WORK"' EXIT
# llgo-lite's compile cache (tools/cache.h): a private one, empty at the start, so no build is timed
# from an object another run left behind (the hello-world figures warm it on purpose).
export LLGO_CACHE=$WORK/llgo-cache
FAILED=0

# ---- helpers ----------------------------------------------------------------------------------------

bench_go() {
  GO111MODULE=off GOFLAGS='' GOTOOLCHAIN=local GOPROXY=off \
    GOCACHE="${GOCACHE:-${TMPDIR:-/tmp}/llgo-bench-gocache}" "$GO" "$@"
}

# bench_timed CMD...: run CMD, leave its wall-clock seconds in ELAPSED and return its status.
bench_timed() {
  local start=$EPOCHREALTIME status
  "$@"
  status=$?
  ELAPSED=$(awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.4f", b - a }')
  return $status
}

# bench_median FILE: the median of the numbers in FILE, one a line (empty when there are none).
bench_median() {
  sort -g "$1" 2>/dev/null | awk '{ v[NR] = $1 } END {
    if (NR == 0) exit
    if (NR % 2) print v[(NR + 1) / 2]; else printf "%.4f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

bench_note() { echo "bench: $*" >&2; }

# bench_sources: the benchmark files to run, filtered by --only.
bench_sources() {
  local src name
  for src in "$ROOT"/test/bench/*.go; do
    name=$(basename "$src" .go)
    if [ -z "$ONLY" ] || [[ ",$ONLY," == *",$name,"* ]]; then
      echo "$src"
    fi
  done
}

# bench_prepare SRC DIR: copy SRC into DIR/NAME.go, at its smoke size under --smoke.
bench_prepare() {
  local src=$1 dir=$2 name
  name=$(basename "$src" .go)
  mkdir -p "$dir/go" "$dir/bin"
  grep -Eq '^const size = [0-9]+ // smoke: [0-9]+$' "$src" ||
    { bench_note "$name: no 'const size = N // smoke: M' line"; return 1; }
  if [ "$SMOKE" = 1 ]; then
    sed -E 's|^const size = [0-9]+ // smoke: ([0-9]+)$|const size = \1|' "$src" >"$dir/$name.go"
  else
    cp "$src" "$dir/$name.go"
  fi
}

# bench_go_wrap DIR NAME: DIR/go/ holds the program with main renamed benchMain, and a main that
# prints the heap allocation count of the whole run to stderr as llgo-lite's gcstats line does.
bench_go_wrap() {
  local dir=$1 name=$2
  sed 's/^func main() {$/func benchMain() {/' "$dir/$name.go" >"$dir/go/$name.go"
  grep -q '^func benchMain() {$' "$dir/go/$name.go" || { bench_note "$name: no 'func main() {' line"; return 1; }
  cat >"$dir/go/zz_benchstats.go" <<EOF
// Generated by tools/bench.sh (build $EPOCHREALTIME): run the program, then report its allocations.
package main

import "runtime"

func main() {
	benchMain()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	print("gostats: mallocs=", m.Mallocs, " bytes=", m.TotalAlloc, " collections=", m.NumGC, "\n")
}
EOF
}

# ---- building and running ---------------------------------------------------------------------------

# bench_build DIR NAME COMP: build one benchmark with one compiler into DIR/bin/COMP; its compile time
# goes to DIR/COMP.ctime, or its messages to DIR/COMP.failed.
bench_build() {
  local dir=$1 name=$2 comp=$3 src=$1/$2.go
  case $comp in
    llgo) bench_timed "$LLGO" build -O2 -o "$dir/bin/$comp" "$src" ;;
    noescape) bench_timed "$LLGO" build -O2 --no-escape -o "$dir/bin/$comp" "$src" ;;
    go) bench_go_wrap "$dir" "$name" &&
        bench_timed bench_go build -o "$dir/bin/$comp" "$dir/go/$name.go" "$dir/go/zz_benchstats.go" ;;
    gccgo) bench_timed "$GCCGO" -O2 -o "$dir/bin/$comp" "$src" ;;
  esac >"$dir/$comp.log" 2>&1
  if [ $? -eq 0 ]; then
    echo "$ELAPSED" >"$dir/$comp.ctime"
  else
    mv "$dir/$comp.log" "$dir/$comp.failed"
    bench_note "$name: $comp build failed: $(head -3 "$dir/$comp.failed" | tr '\n' ' ')"
  fi
}

# bench_run DIR COMP ROUND: run one build once; append its time and peak memory to DIR/COMP.times and
# DIR/COMP.rss. The first round keeps stdout, stderr (without the allocation line), the exit status
# and the allocation count for the comparison and the table.
bench_run() {
  local dir=$1 comp=$2 round=$3 status
  local cmd=("$dir/bin/$comp")
  [ -n "$GNUTIME" ] && cmd=("$GNUTIME" -f %M -o "$dir/$comp.rssnow" "${cmd[@]}")
  cmd=(timeout "$((SMOKE ? 60 : 600))" "${cmd[@]}")
  LLGODEBUG=gcstats=1 bench_timed "${cmd[@]}" >"$dir/$comp.out" 2>"$dir/$comp.errraw"
  status=$?
  echo "$ELAPSED" >>"$dir/$comp.times"
  [ -n "$GNUTIME" ] && tail -1 "$dir/$comp.rssnow" >>"$dir/$comp.rss"
  [ "$round" = 1 ] || return 0
  echo "$status" >"$dir/$comp.status"
  grep -Ev '^g[co]stats: mallocs=' "$dir/$comp.errraw" >"$dir/$comp.err"
  sed -nE 's/^g[co]stats: mallocs=([0-9]+) .*/\1/p' "$dir/$comp.errraw" | tail -1 >"$dir/$comp.mallocs"
}

# bench_compare DIR NAME: write DIR/verdict, "ok" when every build printed what the reference (Go when
# it is installed, else llgo-lite) printed, with the same exit status; else what differs.
bench_compare() {
  local dir=$1 name=$2 ref= comp bad=
  for comp in go llgo; do
    if [ -f "$dir/$comp.status" ] && [ -z "$ref" ]; then ref=$comp; fi
  done
  for comp in "${COMPILERS[@]}"; do
    if [ -f "$dir/$comp.failed" ]; then bad+=" $comp:build-failed"; continue; fi
    [ "$comp" = "$ref" ] && continue
    cmp -s "$dir/$comp.out" "$dir/$ref.out" || bad+=" $comp:stdout"
    cmp -s "$dir/$comp.err" "$dir/$ref.err" || bad+=" $comp:stderr"
    cmp -s "$dir/$comp.status" "$dir/$ref.status" || bad+=" $comp:status"
  done
  [ -z "$ref" ] && bad+=" no-reference"
  if [ -z "$bad" ]; then echo ok >"$dir/verdict"; else echo "differs:$bad" >"$dir/verdict"; FAILED=1; fi
  if [ -n "$bad" ] && [ -n "$ref" ]; then
    for comp in "${COMPILERS[@]}"; do
      [ -f "$dir/$comp.err" ] && [ "$comp" != "$ref" ] &&
        diff "$dir/$ref.err" "$dir/$comp.err" | head -5 | sed "s/^/bench: $name $comp: /" >&2
    done
  fi
}

# bench_all: prepare and build everything, then run the rounds, then compare.
bench_all() {
  local src name comp round
  for src in $(bench_sources); do
    name=$(basename "$src" .go)
    bench_prepare "$src" "$WORK/$name" || { FAILED=1; continue; }
    for comp in "${COMPILERS[@]}"; do
      if [ "$SMOKE" = 1 ]; then
        bench_build "$WORK/$name" "$name" "$comp" &   # compile times are not reported: build at once
      else
        bench_build "$WORK/$name" "$name" "$comp"
      fi
    done
    wait
  done
  for round in $(seq 1 "$ROUNDS"); do
    [ "$SMOKE" = 1 ] || bench_note "round $round of $ROUNDS"
    for src in $(bench_sources); do
      name=$(basename "$src" .go)
      for comp in "${COMPILERS[@]}"; do
        [ -x "$WORK/$name/bin/$comp" ] && bench_run "$WORK/$name" "$comp" "$round"
      done
    done
  done
  for src in $(bench_sources); do
    name=$(basename "$src" .go)
    bench_compare "$WORK/$name" "$name"
  done
}

# ---- the table ----------------------------------------------------------------------------------------

# bench_value DIR FILE: the first line of DIR/FILE, or "-".
bench_value() {
  local v=
  [ -s "$1/$2" ] && v=$(head -1 "$1/$2")
  echo "${v:--}"
}

# bench_row NAME: one tab-separated row: name, times (llgo-lite, Go, ratio, gccgo, ratio), mallocs
# (llgo-lite, Go), peak MiB (llgo-lite, Go), compile seconds (llgo-lite, Go), verdict.
bench_row() {
  local dir=$WORK/$1 c t=() m=() r=() ct=()
  for c in llgo go gccgo; do
    t+=("$(bench_median "$dir/$c.times")")
  done
  for c in llgo go; do
    m+=("$(bench_value "$dir" "$c.mallocs")")
    r+=("$(bench_median "$dir/$c.rss")")
    ct+=("$(bench_value "$dir" "$c.ctime")")
  done
  awk -v OFS='\t' -v n="$1" -v tl="${t[0]}" -v tg="${t[1]}" -v tc="${t[2]}" -v ml="${m[0]}" \
      -v mg="${m[1]}" -v rl="${r[0]}" -v rg="${r[1]}" -v cl="${ct[0]}" -v cg="${ct[1]}" \
      -v verdict="$(bench_value "$dir" verdict)" '
    function sec(x) { return x == "" ? "-" : sprintf("%.3f", x) }
    function ratio(a, b) { return (a == "" || b == "" || b + 0 == 0) ? "-" : sprintf("%.2f", a / b) }
    function mib(x) { return x == "" ? "-" : sprintf("%.1f", x / 1024) }
    BEGIN { print n, sec(tl), sec(tg), ratio(tl, tg), sec(tc), ratio(tc, tg), ml, mg, mib(rl), mib(rg),
                  (cl == "-" ? "-" : sprintf("%.2f", cl)), (cg == "-" ? "-" : sprintf("%.2f", cg)), verdict }'
}

# bench_geomean COLUMN: the geometric mean of a ratio column of rows.tsv, over the rows that have it.
bench_geomean() {
  awk -F'\t' -v c="$1" '$c != "-" && $c > 0 { s += log($c); n++ }
    END { if (n) printf "%.3f over %d benchmarks\n", exp(s / n), n; else print "-" }' "$WORK/rows.tsv"
}

# bench_table: the Markdown table of rows.tsv (gccgo columns only when gccgo ran).
bench_table() {
  local gcc=$([ -n "$GCCGO" ] && echo 1 || echo 0)
  awk -F'\t' -v gcc="$gcc" 'BEGIN {
      h = "| benchmark | llgo-lite s | Go s | llgo-lite/Go |"; s = "|---|--:|--:|--:|"
      if (gcc) { h = h " gccgo s | gccgo/Go |"; s = s "--:|--:|" }
      print h " mallocs llgo-lite | mallocs Go | peak MiB llgo-lite | peak MiB Go | build s llgo-lite | build s Go | outputs |"
      print s "--:|--:|--:|--:|--:|--:|---|" }
    { line = "| " $1 " | " $2 " | " $3 " | " $4 " |"
      if (gcc) line = line " " $5 " | " $6 " |"
      print line " " $7 " | " $8 " | " $9 " | " $10 " | " $11 " | " $12 " | " $13 " |" }' "$WORK/rows.tsv"
}

# bench_svg FILE: horizontal bars of each benchmark's time ratio to Go (gccgo's beside it when it
# ran), with the line at 1.0; plain SVG written here, no plotting tool needed.
bench_svg() {
  awk -F'\t' -v gcc="$([ -n "$GCCGO" ] && echo 1 || echo 0)" '
    { name[NR] = $1; r[NR] = ($4 == "-" ? 0 : $4); g[NR] = ($6 == "-" ? 0 : $6)
      if (r[NR] > max) max = r[NR]; if (gcc && g[NR] > max) max = g[NR] }
    END {
      if (max < 1.2) max = 1.2
      left = 150; width = 520; rowh = gcc ? 34 : 22; top = 40; n = NR
      H = top + n * rowh + 40
      printf "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"12\">\n", left + width + 70, H
      printf "<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>\n"
      printf "<text x=\"10\" y=\"20\" font-size=\"14\">Run time relative to Go 1.19 (shorter is faster; line = 1.0)</text>\n"
      for (i = 1; i <= n; i++) {
        y = top + (i - 1) * rowh
        printf "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>\n", left - 8, y + 14, name[i]
        bar(left, y, r[i], max, width, (r[i] <= 1 ? "#2e7d32" : "#c62828"), "llgo-lite")
        if (gcc) bar(left, y + 14, g[i], max, width, "#757575", "gccgo")
      }
      x1 = left + width / max
      printf "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"black\" stroke-dasharray=\"4 3\"/>\n", x1, top - 6, x1, top + n * rowh
      printf "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">1.0</text>\n", x1, top + n * rowh + 16
      if (gcc) printf "<text x=\"10\" y=\"%d\">coloured: llgo-lite; grey: gccgo -O2</text>\n", H - 6
      print "</svg>" }
    function bar(x, y, v, m, w, colour, who) {
      if (v <= 0) { printf "<text x=\"%d\" y=\"%d\" fill=\"#757575\">%s: no figure</text>\n", x + 4, y + 12, who; return }
      printf "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"12\" fill=\"%s\"/>\n", x, y + 2, v * w / m, colour
      printf "<text x=\"%.1f\" y=\"%d\">%.2f</text>\n", x + v * w / m + 4, y + 12, v }' "$WORK/rows.tsv" >"$1"
}

# ---- compile-time figures (--compile) ----------------------------------------------------------------

# bench_gen_program LINES FILE: a deterministic Go program of about LINES lines: units of a struct, a
# method with a loop and a function that calls the next unit's, so every unit is reachable from main
# and none can be dropped as dead code. 24 lines a unit. The last unit calls none, so the call graph is
# a chain, not one giant cycle: a 4000-function recursion would measure the inliner, not growth.
bench_gen_program() {
  awk -v units="$(($1 / 24))" 'BEGIN {
    if (units < 2) units = 2
    print "// Generated by tools/bench.sh: compile-time input, " units " units.\npackage main\n"
    for (i = 0; i < units; i++) {
      printf "type t%d struct {\n\ta, b int\n\ts    string\n}\n\n", i
      printf "func (p *t%d) step(x int) int {\n\tfor i := 0; i < 3; i++ {\n", i
      printf "\t\tx = x*31 + p.a - i\n\t\tif x%%7 == %d {\n\t\t\tp.b += len(p.s)\n\t\t}\n\t}\n", i % 7
      printf "\treturn x ^ p.b\n}\n\n"
      printf "func f%d(x int) int {\n\tp := &t%d{a: x & %d, s: \"s%d\"}\n\ty := p.step(x)\n", i, i, i % 97 + 1, i
      if (i + 1 < units)
        printf "\tif y%%3 == 0 && x > 0 {\n\t\treturn f%d(x - 1)\n\t}\n\treturn y + %d\n}\n\n", i + 1, i
      else
        printf "\tif y%%3 == 0 && x > 0 {\n\t\treturn y * 2\n\t}\n\treturn y + %d\n}\n\n", i
    }
    print "func main() {\n\tprintln(f0(40), f" int(units / 2) "(40))\n}" }' >"$2"
}

# bench_compile_pair LABEL SRC ROUNDS: median seconds of `llgo-lite build -O2` and `go build` of SRC
# over ROUNDS builds; a changed comment line each time keeps Go from reusing its cached compile.
bench_compile_pair() {
  local label=$1 src=$2 rounds=$3 dir=$WORK/compile/$1 i
  mkdir -p "$dir"
  for i in $(seq 1 "$rounds"); do
    { cat "$src"; echo "// build $i $EPOCHREALTIME"; } >"$dir/prog.go"
    bench_timed "$LLGO" build -O2 -o "$dir/llgo" "$dir/prog.go" >"$dir/llgo.log" 2>&1 &&
      echo "$ELAPSED" >>"$dir/llgo.times"
    if [ -n "$GO" ]; then
      bench_timed bench_go build -o "$dir/go" "$dir/prog.go" >"$dir/go.log" 2>&1 &&
        echo "$ELAPSED" >>"$dir/go.times"
    fi
  done
  [ -s "$dir/llgo.times" ] || bench_note "compile $label: llgo-lite failed: $(head -3 "$dir/llgo.log" | tr '\n' ' ')"
  printf '%s\t%s\t%s\t%s\n' "$label" "$(wc -l <"$src")" "$(bench_median "$dir/llgo.times")" \
    "$(bench_median "$dir/go.times")" >>"$WORK/compile.tsv"
}

# bench_hello_run: `llgo-lite run` of hello world against `go run` of it, start to exit, two ways:
# - "cache warm": the same source every time, after one unrecorded run of each (Go's build cache and
#   llgo-lite's compile cache both hold the program): the figure issue 6 sets a target for;
# - "main edited": a fresh comment line every time, so both compile main again: Go takes the packages
#   from its build cache, llgo-lite from its package object (tools/cache.h, split), though its front
#   end and escape pass still read every package. Issue 6 holds both rows to half of go run.
# The program imports fmt when llgo-lite can build that, else it prints with println.
bench_hello_run() {
  local dir=$WORK/compile/hello i
  mkdir -p "$dir"
  printf 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("hello, world")\n}\n' >"$dir/hello.go"
  HELLO_KIND='imports fmt'
  if ! "$LLGO" build -o "$dir/probe" "$dir/hello.go" >/dev/null 2>&1; then
    printf 'package main\n\nfunc main() {\n\tprintln("hello, world")\n}\n' >"$dir/hello.go"
    HELLO_KIND='println only: llgo-lite cannot build fmt yet'
  fi
  for i in 0 $(seq 1 "$ROUNDS"); do
    bench_timed "$LLGO" run "$dir/hello.go" >/dev/null 2>&1 && [ "$i" != 0 ] && echo "$ELAPSED" >>"$dir/llgo.warm"
    if [ -n "$GO" ]; then
      bench_timed bench_go run "$dir/hello.go" >/dev/null 2>&1 && [ "$i" != 0 ] && echo "$ELAPSED" >>"$dir/go.warm"
    fi
  done
  for i in $(seq 1 "$ROUNDS"); do
    { cat "$dir/hello.go"; echo "// edit $i $EPOCHREALTIME"; } >"$dir/edited.go"
    bench_timed "$LLGO" run "$dir/edited.go" >/dev/null 2>&1 && echo "$ELAPSED" >>"$dir/llgo.edited"
    if [ -n "$GO" ]; then
      bench_timed bench_go run "$dir/edited.go" >/dev/null 2>&1 && echo "$ELAPSED" >>"$dir/go.edited"
    fi
  done
  for i in warm edited; do
    printf 'run hello world, %s\t%s\t%s\t%s\n' "$([ $i = warm ] && echo 'cache warm' || echo 'main edited')" \
      "$(wc -l <"$dir/hello.go")" "$(bench_median "$dir/llgo.$i")" "$(bench_median "$dir/go.$i")" >>"$WORK/compile.tsv"
  done
}

# bench_compile: all the compile-time figures into compile.tsv (label, lines, llgo-lite s, Go s).
bench_compile() {
  local lines
  bench_note "compile-time figures"
  bench_compile_pair "build nbody.go" "$ROOT/test/bench/nbody.go" "$ROUNDS"
  bench_hello_run
  for lines in ${BENCH_GEN_LINES:-10000 50000 100000}; do
    bench_gen_program "$lines" "$WORK/gen$lines.go"
    bench_compile_pair "build generated $lines lines" "$WORK/gen$lines.go" 1
  done
}

bench_compile_table() {
  echo "| what | lines | llgo-lite s | Go s | llgo-lite/Go |"
  echo "|---|--:|--:|--:|--:|"
  awk -F'\t' '{ r = ($3 != "" && $4 != "" && $4 > 0) ? sprintf("%.2f", $3 / $4) : "-"
    printf "| %s | %d | %s | %s | %s |\n", $1, $2, ($3 == "" ? "-" : sprintf("%.3f", $3)),
      ($4 == "" ? "-" : sprintf("%.3f", $4)), r }' "$WORK/compile.tsv"
  awk -F'\t' '$1 ~ /generated/ { if (!la) { a = $3; la = $2; ga = $4 } b = $3; lb = $2; gb = $4 }
    END { if (a > 0 && b > 0 && lb > la)
      printf "\nGrowth from the smallest to the largest generated program (%.1fx the lines): llgo-lite %.1fx the time%s.\n", lb / la, b / a,
        (ga > 0 && gb > 0 ? sprintf(", Go %.1fx", gb / ga) : "") }' "$WORK/compile.tsv"
}

# ---- the targets of issue 6 ------------------------------------------------------------------------

# bench_targets: a checklist of the figures issue 6 asks for, each marked met or not, from rows.tsv
# and compile.tsv. Columns of rows.tsv: 1 name, 4 ratio to Go, 7 and 8 mallocs llgo-lite and Go.
bench_targets() {
  awk -F'\t' '
    function mark(ok, text) { printf "- [%s] %s\n", (ok ? "x" : " "), text }
    $4 != "-" && $4 > 0 { s += log($4); n++; if ($4 > 1) slow = slow " " $1 }
    $1 == "binary_trees" { bt = $4 }
    $7 != "-" && $8 != "-" && $7 + 0 > $8 + 0 { more = more " " $1 }
    $1 ~ /^alloc_/ && $7 != "0" { kern = kern " " $1 "=" $7 }
    END {
      if (n) mark(exp(s / n) <= 0.75, sprintf("geometric mean of llgo-lite/Go at most 0.75: %.3f", exp(s / n)))
      mark(n && slow == "", "no benchmark slower than Go:" (slow == "" ? " none slower" : slow))
      mark(bt != "" && bt != "-" && bt <= 0.8, "binary_trees at most 0.8x Go: " (bt == "" ? "-" : bt))
      mark(more == "", "no more heap allocations than Go on any benchmark:" (more == "" ? " met" : " more on" more))
      mark(kern == "", "no heap allocations in the alloc_* kernels:" (kern == "" ? " none" : kern)) }' "$WORK/rows.tsv"
  [ -s "$WORK/compile.tsv" ] || return 0
  awk -F'\t' '
    function mark(ok, text) { printf "- [%s] %s\n", (ok ? "x" : " "), text }
    $1 ~ /^run hello world/ && $3 != "" && $4 != "" { r = $3 / $4; way = substr($1, 18)
      mark(r <= 0.5, sprintf("llgo-lite run of hello world at most half of go run, %s: %.2f (%s)", way, r, kind)) }
    $1 ~ /generated/ { if (!la) { a = $3; la = $2 } b = $3; lb = $2 }
    END { if (a > 0 && b > 0 && lb > la)
      mark(b / a <= 1.1 * lb / la, sprintf("compile time grows no faster than linearly (10%% tolerance): %.1fx the time for %.1fx the lines", b / a, lb / la)) }' \
    kind="$HELLO_KIND" "$WORK/compile.tsv"
}

# ---- the report ----------------------------------------------------------------------------------------

bench_machine() {
  local cpu
  cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -1)
  echo "$(nproc) x ${cpu:-unknown CPU}, $(uname -m), $(uname -sr); load average at start: $LOAD_AT_START"
}

bench_versions() {
  echo "- llgo-lite: \`$("$LLGO" version 2>&1 | head -1)\` ($(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?'))"
  [ -n "$GO" ] && echo "- Go: \`$("$GO" version)\`"
  [ -n "$GCCGO" ] && echo "- gccgo: \`$("$GCCGO" --version | head -1)\`"
  [ -n "$GNUTIME" ] || echo "- GNU time is not installed: no peak-memory figures"
  return 0
}

# bench_write_report: BENCHMARKS.md (and BENCHMARKS.svg beside it) from rows.tsv and compile.tsv.
bench_write_report() {
  local svg=${OUT%.md}.svg
  bench_svg "$svg"
  {
    echo "# Benchmarks"
    echo
    echo "Written by \`$COMMAND_LINE\` on $(date -u '+%Y-%m-%d %H:%M UTC'); do not edit by hand."
    echo
    echo "Machine: $(bench_machine)."
    awk -v n="$(nproc)" '{ if ($1 > n) print "\n**The machine was loaded** (load average above its " n \
      " cores when the run began): times are noisy, ratios more trustworthy than seconds." }' <<<"$LOAD_AT_START"
    echo
    bench_versions
    echo
    echo "Commands, for each program NAME.go of test/bench/ (a private copy):"
    echo
    echo '```'
    echo "llgo-lite build -O2 -o llgo NAME.go && LLGODEBUG=gcstats=1 ./llgo"
    [ -n "$GO" ] && echo "GO111MODULE=off go build -o go NAME.go zz_benchstats.go && ./go   # main renamed benchMain"
    [ -n "$GCCGO" ] && echo "gccgo -O2 -o gccgo NAME.go && ./gccgo"
    [ -n "$GNUTIME" ] && echo "# each run under: /usr/bin/time -f %M"
    echo '```'
    echo
    echo "## Run time, allocations, memory"
    echo
    echo "Median wall-clock seconds over $ROUNDS rounds (the rounds visit every benchmark and compiler in turn)."
    echo "Builds: \`llgo-lite build -O2\`, \`go build\` (Go 1.19)$([ -n "$GCCGO" ] && echo ', `gccgo -O2`')."
    echo "Allocations: llgo-lite's \`LLGODEBUG=gcstats=1\` count; Go's \`runtime.MemStats.Mallocs\` at the end"
    echo "of main (it includes the allocations Go's runtime makes at start-up). Peak memory: maximum resident"
    echo "set (\`/usr/bin/time -f %M\`). Build: seconds for one build. Outputs: stdout, stderr and exit status"
    echo "compared with Go's."
    echo
    bench_table
    echo
    echo "Geometric mean of the time ratio llgo-lite/Go: $(bench_geomean 4)"
    [ -n "$GCCGO" ] && echo "Geometric mean of the time ratio gccgo/Go: $(bench_geomean 6)"
    echo
    echo "![time ratio to Go]($(basename "$svg"))"
    echo
    echo "## Targets of issue 6"
    echo
    bench_targets
    if [ -s "$WORK/compile.tsv" ]; then
      echo
      echo "## Compile time"
      echo
      echo "Median of $ROUNDS for the first three rows, one build each for the generated programs"
      echo "(\`llgo-lite build -O2\` against \`go build\` with the standard packages in Go's cache)."
      echo "The hello-world program: $HELLO_KIND; \`llgo-lite run\` against \`go run\`, start to exit, median of $ROUNDS:"
      echo "\"cache warm\" runs the same source again (Go's build cache and llgo-lite's compile cache hold it);"
      echo "\"main edited\" changes a comment first: both compile main again and take the packages from their"
      echo "caches (llgo-lite's package object of \`run\`, tools/cache.h)."
      echo
      bench_compile_table
    fi
  } >"$OUT"
}

# ---- main ----------------------------------------------------------------------------------------------

LOAD_AT_START=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)
HELLO_KIND=
COMPILERS=(llgo)
[ "$SMOKE" = 1 ] && COMPILERS+=(noescape)
[ -n "$GO" ] && COMPILERS+=(go)
[ -n "$GCCGO" ] && [ "$SMOKE" = 0 ] && COMPILERS+=(gccgo)

[ -n "$(bench_sources)" ] || { echo "bench: no benchmark matches --only $ONLY" >&2; exit 2; }
bench_all
if [ "$SMOKE" = 1 ]; then
  for src in $(bench_sources); do
    name=$(basename "$src" .go)
    mallocs=$(bench_value "$WORK/$name" llgo.mallocs)
    [ "$mallocs" = - ] && { echo "$name: no gcstats line from llgo-lite" >&2; FAILED=1; }
    [ -n "$GO" ] && [ "$(bench_value "$WORK/$name" go.mallocs)" = - ] &&
      { echo "$name: no allocation count from the Go build" >&2; FAILED=1; }
    echo "$name: $(bench_value "$WORK/$name" verdict) (${COMPILERS[*]}; llgo-lite mallocs $mallocs)"
  done
  # The compile-time generator must keep producing a valid program: build and run a small one.
  bench_gen_program 300 "$WORK/gen.go"
  if ! "$LLGO" build -O2 -o "$WORK/gen" "$WORK/gen.go" >"$WORK/gen.log" 2>&1 || ! "$WORK/gen" 2>/dev/null; then
    echo "generated program: llgo-lite failed: $(head -3 "$WORK/gen.log")" >&2
    FAILED=1
  fi
  [ "$FAILED" = 0 ] && echo "bench smoke: all outputs agree" || echo "bench smoke: FAILED" >&2
  exit "$FAILED"
fi

: >"$WORK/rows.tsv"
for src in $(bench_sources); do
  bench_row "$(basename "$src" .go)" >>"$WORK/rows.tsv"
done
[ "$COMPILE" = 1 ] && bench_compile
bench_write_report
sed -n '/^## Run time/,$p' "$OUT" | grep -v '^!\['
echo "wrote $OUT and ${OUT%.md}.svg"
echo "geometric mean of the time ratio llgo-lite/Go: $(bench_geomean 4)"
exit "$FAILED"
