#!/usr/bin/env bash
# tools/heapsites.sh: heap allocation sites of whole programs, llgo-lite against Go 1.19.
#
#   tools/heapsites.sh [--llgo PATH] [--list] [PROG.go...]
#
# For every program of test/run/*.go and test/bench/*.go (or the ones named), it collects the
# escape lines Go 1.19 prints for the command-line file (`go build -gcflags='-m -l'`, and again with
# inlining on, `-gcflags=-m`, which is what Go really allocates) and the lines `llgo-lite build -m=2`
# prints for it (-m=2 because its wins beyond Go are reported there as `llgo:` lines, which
# heapsites_wins applies to the Go-compatible lines; the explanation lines are dropped). Lines of imported packages (our bundled runtime/pkg/, test/pkgs) do not count.
#
# Each line is classified as
#   heap site   `moved to heap: x`, or `EXPR escapes to heap` (composite literal, &T{}, new, make,
#               func literal, method value, `... argument`, a boxed value, string concatenation,
#               []byte(s) and the other converting allocations: Go words all of them this way);
#   stack site  `EXPR does not escape` for the same expressions;
#   neither     parameters (`leaking param...`, and `x does not escape` where x is a parameter: its
#               position lies inside a func signature), inlining notes and everything else.
# A variable that stays on the stack gets no line, so a `moved to heap: x` on one side only means
# "stack" on the other.
#
# Sites are paired by file:line:col and expression text, then what is left by line and text only
# (the column of some boxed arguments differs: "column differs"), then what is left by line only
# (Go prints some expressions after rewriting them, `(*Node).check(.autotmp_4)`: "spelled differently"), as
# multisets, since one position can hold several sites (`fmt.Println(v, v)`). A pair is a win when
# Go puts the site on the heap and llgo-lite on the stack, a regression the other way round. Sites
# only one side mentions are listed apart; one that only llgo-lite mentions and puts on the heap is a
# regression too (Go allocates nothing there).
#
# Programs Go 1.19 does not build are skipped, and so are programs with a NAME.go119 spelling for Go
# (see test/lib/common.sh): their positions do not correspond. --list prints every win and every
# pair found by line and text only as well.
# Prints per program the heap sites of Go (-m -l), of llgo-lite and of Go (-m, inlining), then the
# totals and llgo-lite's reduction in percent against both Go figures, then the regressions.
# Exit status: 0 without regressions, 1 with, 2 on usage errors, 77 when Go 1.19 is missing.
# No Python: bash, coreutils, awk (mawk is enough).
set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$ROOT/test/lib/common.sh"
LLGO=${LLGO:-$ROOT/build/tools/llgo-lite}
LIST=0
PROGS=()
while [ $# -gt 0 ]; do
  case $1 in
    --llgo) LLGO=${2:-}; shift 2 ;;
    --list) LIST=1; shift ;;
    -*) sed -n '4p' "${BASH_SOURCE[0]}" | sed 's/^# *//' >&2; exit 2 ;;
    *) PROGS+=("$1"); shift ;;
  esac
done
[ -x "$GO119" ] || { echo "heapsites: Go 1.19 not installed ($GO119)"; exit 77; }
[ -x "$LLGO" ] || { echo "heapsites: no llgo-lite at $LLGO (build it, or pass --llgo)" >&2; exit 2; }
LLGO=$(cd "$(dirname "$LLGO")" && pwd)/$(basename "$LLGO")
[ ${#PROGS[@]} -gt 0 ] || PROGS=("$ROOT"/test/run/*.go "$ROOT"/test/bench/*.go)
test_tmpdir

# heapsites_lines BASE: keep the lines about file BASE as "LINE:COL<TAB>MESSAGE" (Go prefixes "./").
heapsites_lines() {
  awk -v f="$1" '{
    sub(/^\.\//, "")
    if (index($0, f ":") != 1) next
    rest = substr($0, length(f) + 2)
    if (!match(rest, /^[0-9]+:[0-9]+: /)) next
    print substr(rest, 1, RLENGTH - 2) "\t" substr(rest, RLENGTH + 1)
  }'
}

# heapsites_go DIR BASE FLAGS: Go 1.19's FLAGS lines for program BASE. A program without imports is
# only compiled (`go tool compile`, the same compiler and lines as `go build -gcflags`, without the
# link, which would cost most of the time); one with imports is built.
heapsites_go() {
  if grep -q '^import' "$1/$2"; then
    (cd "$1" && test_go build -gcflags="$3" -o "$TEST_TMP/go.bin" "$2")
  else
    (cd "$1" && test_go tool compile -p main $3 -o "$TEST_TMP/go.o" "$2")
  fi
}

# heapsites_collect SRC: Go's and llgo-lite's lines for SRC into $TEST_TMP/{go,goinl,ll}; false when
# Go does not build it. llgo-lite failing to build a program Go builds leaves its file empty (every
# Go site then shows as mentioned by Go only).
heapsites_collect() {
  local src=$1 dir base
  dir=$(dirname "$src"); base=$(basename "$src")
  heapsites_go "$dir" "$base" '-m -l' >"$TEST_TMP/go.raw" 2>&1 || return 1
  heapsites_go "$dir" "$base" -m >"$TEST_TMP/goinl.raw" 2>&1 || return 1
  (cd "$dir" && "$LLGO" build -m=2 --emit=llvm -o "$TEST_TMP/ll.ll" "$base") >"$TEST_TMP/ll.raw" 2>&1 ||
    echo "heapsites: llgo-lite does not build $base" >&2
  heapsites_lines "$base" <"$TEST_TMP/go.raw" >"$TEST_TMP/go"
  heapsites_lines "$base" <"$TEST_TMP/goinl.raw" >"$TEST_TMP/goinl"
  heapsites_lines "$base" <"$TEST_TMP/ll.raw" | heapsites_wins >"$TEST_TMP/ll"
}

# heapsites_wins: llgo-lite's -m=2 lines with its own decisions applied. Its Go-compatible lines say
# what Go decides; each `llgo: TEXT stays on the stack...` line (whole-program analysis, or the round
# after inlining when no heap copy is left elsewhere) turns one heap line of TEXT at that position
# into a stack line (a variable's line goes: a variable on the stack has none). The llgo: lines
# themselves go.
heapsites_wins() {
  awk -F'\t' '
    { line[NR] = $0; pos[NR] = $1; msg[NR] = $2 }
    $2 ~ /^llgo: .* stays on the stack/ && $2 !~ /\(heap elsewhere\)$/ {
      t = substr($2, 7); sub(/ stays on the stack.*/, "", t); win[$1 "\t" t]++
    }
    END {
      for (i = 1; i <= NR; i++) {
        m = msg[i]
        if (m ~ /^llgo: /) continue
        if (m ~ /^moved to heap: /) {
          k = pos[i] "\t" substr(m, 16)
          if (win[k] > 0) { win[k]--; continue }
        } else if (match(m, / escapes to heap$/)) {
          k = pos[i] "\t" substr(m, 1, RSTART - 1)
          if (win[k] > 0) { win[k]--; print pos[i] "\t" substr(m, 1, RSTART - 1) " does not escape"; continue }
        }
        print line[i]
      }
    }'
}

# The classifier and the pairing. Inputs: the source (for the parameter test), then the go, goinl
# and ll line files. Output: "SUM go ll goinl colshift respelled" and one line per WIN / REG / GOONLY / LLONLY.
HEAPSITES_AWK='
function is_param(l, c,   pre, p, q, after, opens, closes) {
  pre = substr(src[l], 1, c - 1)
  p = 0
  while ((q = index(substr(pre, p + 1), "func")) > 0) p += q
  if (p == 0) return 0
  after = substr(pre, p + 4)
  if (index(after, "{") > 0) return 0
  opens = gsub(/\(/, "(", after); closes = gsub(/\)/, ")", after)
  return opens > closes
}
# classify(msg): sets V ("h", "s" or "") and T (the site text) and K ("var" or "expr")
function classify(pos, msg,   lc) {
  V = ""; K = "expr"
  if (msg ~ /^moved to heap: /) { V = "h"; K = "var"; T = substr(msg, 16); return }
  if (msg ~ /:$/ || msg ~ /^ /) return
  if (match(msg, / escapes to heap( \(.*\))?$/)) { V = "h"; T = substr(msg, 1, RSTART - 1); return }
  if (match(msg, / does not escape( \(.*\))?$/)) {
    T = substr(msg, 1, RSTART - 1)
    split(pos, lc, ":")
    if (T ~ /^[A-Za-z_][A-Za-z0-9_]*$/ && is_param(lc[1] + 0, lc[2] + 0)) return
    V = "s"
  }
}
FILENAME == ARGV[1] { src[FNR] = $0; next }
{
  pos = $0; sub(/\t.*/, "", pos); msg = substr($0, length(pos) + 2)
  classify(pos, msg)
  if (V == "") next
  if (FILENAME == ARGV[3]) { if (V == "h") ninl++; next }
  side = FILENAME == ARGV[2] ? "g" : "l"
  if (V == "h") total[side]++
  key = pos "\t" T
  n[side V, key]++; keys[key] = 1; kind[key] = K
}
function take(a, b,   m) { m = a < b ? a : b; return m > 0 ? m : 0 }
# pair(key, label): pair the counts of one key as heap-heap, stack-stack, then wins and regressions
function pair(key, label,   m) {
  m = take(n["gh", key], n["lh", key]); n["gh", key] -= m; n["lh", key] -= m; paired += m
  m = take(n["gs", key], n["ls", key]); n["gs", key] -= m; n["ls", key] -= m; paired += m
  m = take(n["gh", key], n["ls", key]); n["gh", key] -= m; n["ls", key] -= m; paired += m
  if (m) print "WIN", m, label
  m = take(n["gs", key], n["lh", key]); n["gs", key] -= m; n["lh", key] -= m; paired += m
  if (m) print "REG", m, label
}
# move(key, to): add what is left of key to key `to`
function move(key, to,   sv) {
  for (sv in sides) { n[sv, to] += n[sv, key]; n[sv, key] = 0 }
}
function line_of(key) { sub(/:.*/, "", key); return key }
function text_of(key) { sub(/^[^\t]*\t/, "", key); return key }
function left(key, s) { return n[s "h", key] + n[s "s", key] }
END {
  OFS = "\t"; sides["gh"]; sides["gs"]; sides["lh"]; sides["ls"]
  for (key in keys) pair(key, key)
  # stage 2: the same text on the same line, another column
  for (key in keys) {
    k2 = line_of(key) ":*\t" text_of(key); keys2[k2]; kind[k2] = kind[key]; move(key, k2)
  }
  shifted = 0
  for (key in keys2) {
    paired = 0; pair(key, key)
    if (paired) print "COL", paired, key
    shifted += paired
  }
  # stage 3: expressions on the same line that Go and llgo-lite spell differently
  for (key in keys2) {
    if (kind[key] == "var") continue
    k3 = line_of(key) ":*\t?"; keys3[k3]
    if (left(key, "g")) gtext[k3] = gtext[k3] (gtext[k3] == "" ? "" : " | ") text_of(key)
    if (left(key, "l")) ltext[k3] = ltext[k3] (ltext[k3] == "" ? "" : " | ") text_of(key)
    move(key, k3)
  }
  paired = 0
  for (key in keys3)
    if (gtext[key] != "" && ltext[key] != "")
      pair(key, line_of(key) ":*\t" ltext[key] " [Go: " gtext[key] "]")
  respelled = paired
  for (key in keys2) {
    if (kind[key] != "var") continue
    if (n["gh", key]) print "WIN", n["gh", key], key
    if (n["lh", key]) print "REG", n["lh", key], key
  }
  for (key in keys3) {
    if (n["gh", key]) print "GOONLY", n["gh", key], line_of(key) ":*\t" gtext[key], "(heap)"
    if (n["gs", key]) print "GOONLY", n["gs", key], line_of(key) ":*\t" gtext[key], "(stack)"
    if (n["lh", key]) print "REG", n["lh", key], line_of(key) ":*\t" ltext[key], "(llgo heap, not mentioned by Go)"
    if (n["ls", key]) print "LLONLY", n["ls", key], line_of(key) ":*\t" ltext[key], "(stack)"
  }
  printf "SUM %d %d %d %d %d\n", total["g"], total["l"], ninl, shifted, respelled
}'

# heapsites_percent HAVE BASE: how much smaller HAVE is than BASE, in percent with one decimal.
heapsites_percent() {
  awk -v a="$1" -v b="$2" 'BEGIN { if (b == 0) print "n/a"; else printf "%.1f%%\n", 100 * (b - a) / b }'
}

heapsites_main() {
  local src name skipped=0 tg=0 tl=0 ti=0 ts=0 tr=0 nprog=0 g l i s r
  : >"$TEST_TMP/details"
  printf '%-34s %8s %8s %8s\n' program 'go -m -l' llgo 'go -m'
  for src in "${PROGS[@]}"; do
    name=$(basename "$src")
    if [ -f "${src%.go}.go119" ] || ! heapsites_collect "$src"; then
      skipped=$((skipped + 1)); continue
    fi
    awk -F'\t' "$HEAPSITES_AWK" "$src" "$TEST_TMP/go" "$TEST_TMP/goinl" "$TEST_TMP/ll" >"$TEST_TMP/out"
    read -r _ g l i s r < <(grep '^SUM ' "$TEST_TMP/out")
    grep -v '^SUM ' "$TEST_TMP/out" | awk -F'\t' -v OFS='\t' -v p="$name" '{ $3 = p ":" $3; print }' >>"$TEST_TMP/details"
    printf '%-34s %8d %8d %8d\n' "$name" "$g" "$l" "$i"
    tg=$((tg + g)); tl=$((tl + l)); ti=$((ti + i)); ts=$((ts + s)); tr=$((tr + r)); nprog=$((nprog + 1))
  done
  printf '%-34s %8d %8d %8d\n' "total ($nprog programs)" "$tg" "$tl" "$ti"
  echo "skipped: $skipped (Go 1.19 does not build them, or a .go119 spelling)"
  echo "heap sites: Go -m -l $tg, llgo-lite $tl: $(heapsites_percent "$tl" "$tg") fewer"
  echo "heap sites: Go -m (inlining) $ti, llgo-lite $tl: $(heapsites_percent "$tl" "$ti") fewer"
  echo "sites paired by line and text only (column differs): $ts"
  echo "sites paired by line only (Go spells the expression differently): $tr"
  heapsites_section WIN "wins (Go heap, llgo-lite stack)" "$LIST"
  heapsites_section COL "paired by line and text only (llgo-lite -m reports another column)" "$LIST"
  heapsites_section GOONLY "mentioned by Go only" 1
  heapsites_section LLONLY "mentioned by llgo-lite only" 1
  heapsites_section REG "REGRESSIONS (llgo-lite heap where Go keeps the site on the stack or has none)" 1
  ! grep -q "^REG$(printf '\t')" "$TEST_TMP/details"
}

# heapsites_section TAG TITLE FULL: the count of TAG lines in the details, and the lines when FULL=1.
heapsites_section() {
  local count
  count=$(awk -F'\t' -v t="$1" '$1 == t { c += $2 } END { print c + 0 }' "$TEST_TMP/details")
  echo "$2: $count"
  [ "$3" = 1 ] || return 0
  awk -F'\t' -v t="$1" '$1 == t {
    line = "  " $3 ": " $4 (NF > 4 ? " " $5 : "") ($2 > 1 ? " (x" $2 ")" : ""); print line }' \
    "$TEST_TMP/details" | sort -t: -k1,1 -k2,2n -k3,3n
}

heapsites_main
