#!/usr/bin/env bash
# tools/m2cover.sh: how much of Go 1.19's -m=2 explanation llgo-lite reproduces.
#
#   tools/m2cover.sh LLGO [FILES.go...]      (default: test/escape/*.go test/escape/m2/*.go)
#
# For each file, the lines Go prints with `go tool compile -m -m -l` (decisions, `x escapes to heap:`
# and `parameter p leaks to ...` headers, `flow:` lines and `from ... at` steps; not the `capturing
# by value` notes) are compared, as multisets of exact lines, with `llgo-lite build -m=2`'s (its own
# `llgo:` lines left out). Prints per file and in all how many of Go's lines llgo-lite reproduces and
# how many lines it prints that Go does not (flows it gives in one step where Go names variables).
# Exit status 77 when Go 1.19 is missing.
set -u
GO119=${GO119:-/usr/lib/go-1.19/bin/go}
[ -x "$GO119" ] || { echo "m2cover: Go 1.19 not installed ($GO119)"; exit 77; }
[ $# -ge 1 ] || { echo "usage: $0 LLGO [FILES.go...]" >&2; exit 2; }
llgo=$1
shift
case $llgo in /*) ;; *) llgo=$PWD/$llgo ;; esac
root=$(cd "$(dirname "$0")/.." && pwd)
[ $# -gt 0 ] || set -- "$root"/test/escape/*.go "$root"/test/escape/m2/*.go
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export LLGO_CACHE=off
lines() { grep -E '^[^ ]+:[0-9]+:[0-9]+: ' | grep -v 'capturing by' | grep -v ': llgo: ' | sort; }
total=0 hit=0 extra=0
for f in "$@"; do
	dir=$(dirname "$f") base=$(basename "$f")
	(cd "$dir" && "$GO119" tool compile -p p -m -m -l -o "$tmp/go.o" "$base") 2>&1 | lines >"$tmp/go"
	(cd "$dir" && "$llgo" build -m=2 --emit=obj -o "$tmp/llgo.o" "$base") 2>&1 | lines >"$tmp/llgo"
	g=$(wc -l <"$tmp/go") c=$(comm -12 "$tmp/go" "$tmp/llgo" | wc -l) e=$(comm -13 "$tmp/go" "$tmp/llgo" | wc -l)
	printf '%-28s %4d of %4d  extra %3d\n' "$base" "$c" "$g" "$e"
	total=$((total + g)) hit=$((hit + c)) extra=$((extra + e))
done
echo "all: $hit of Go's $total -m=2 lines reproduced ($(awk -v h=$hit -v t=$total 'BEGIN { printf "%.1f", t ? 100 * h / t : 0 }')%), $extra extra"
