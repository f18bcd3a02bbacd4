#!/usr/bin/env bash
# test/escape/m2/check.sh: `llgo-lite build -m=2` against Go 1.19's `go tool compile -m -m -l`.
#
#   check.sh LLGO FILE.go          compares llgo-lite's -m=2 lines with FILE.m2
#   check.sh --regen FILE.go...    writes FILE.m2 from Go 1.19 (never from llgo-lite)
#
# FILE.m2 holds Go's lines without the `capturing by value` notes and, except for steps*.go, without
# the `from` steps of statements (`from &x (address-of)`, `from return p (return)`, `from gp = q
# (assign)`, `from f(&x) (call parameter)`, ...): the pass gives those only for the statements
# lowering tags (include/llgo/site.h rule 9) and only as steps of one flow, where Go names each
# variable on the way. Kept: the decisions, the `... escapes to heap:` and `parameter p leaks to X
# with derefs=N:` headers, the `flow:` lines and the `from` steps of sites (`spill`, `non-constant
# size`, `too large for stack`). Files hold one-step flows only, where Go names no variable between
# the site and its root; steps*.go hold flows whose every step is one of the tagged statements.
# decisions*.go hold flows of several steps: only their decision lines are kept (no `flow:`, no
# `from`, no header ending in `:`), so that the file still checks Go's decisions and our llgo: lines.
# llgo-lite's own `llgo:` lines (sites it keeps on the stack beyond Go) are left out of the
# comparison with Go and compared with FILE.llgo when it exists (else there must be none): those
# expectations are ours, written from the program's meaning, never from llgo-lite's output.
set -u
GO119=${GO119:-/usr/lib/go-1.19/bin/go}
keep() { # keep FILE.go
	local steps=0 decisions=0
	case $(basename "$1") in steps*) steps=1 ;; decisions*) decisions=1 ;; esac
	grep -E '^[^ ]+:[0-9]+:[0-9]+: ' | grep -v 'capturing by' |
		awk -v decisions=$decisions '!decisions || !(/: +(flow|from) / || /:$/)' |
		awk -v steps=$steps 'steps || !/: +from / || /\((spill|non-constant size|too large for stack)\) at /' |
		sort -t: -k2,2n -k3,3n -s
}
if [ "${1:-}" = --regen ]; then
	shift
	[ -x "$GO119" ] || { echo "Go 1.19 not installed ($GO119)"; exit 77; }
	for f in "$@"; do
		(cd "$(dirname "$f")" && "$GO119" tool compile -p p -m -m -l -o /dev/null "$(basename "$f")") 2>&1 | keep "$f" >"${f%.go}.m2"
		echo "regen: ${f%.go}.m2 ($(wc -l <"${f%.go}.m2") lines)"
	done
	exit 0
fi
[ $# -eq 2 ] || { echo "usage: $0 LLGO FILE.go | --regen FILE.go..." >&2; exit 2; }
llgo=$1 f=$2
case $llgo in /*) ;; *) llgo=$PWD/$llgo ;; esac
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$(dirname "$f")" && "$llgo" build -m=2 --emit=obj -o "$tmp/x.o" "$(basename "$f")") 2>&1 | keep "$f" >"$tmp/all"
grep -v ': llgo: ' "$tmp/all" >"$tmp/got"
grep ': llgo: ' "$tmp/all" >"$tmp/ours"
ours=/dev/null
[ -f "${f%.go}.llgo" ] && ours=${f%.go}.llgo
if diff -u "${f%.go}.m2" "$tmp/got" && diff -u "$ours" "$tmp/ours"; then
	echo "PASS $(basename "$f")"
else
	echo "FAIL $(basename "$f")"
	exit 1
fi
