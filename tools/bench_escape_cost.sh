#!/usr/bin/env bash
# tools/bench_escape_cost.sh: what the escape pass costs in a whole `llgo-lite build -O2`.
#
#   tools/bench_escape_cost.sh LLGO [LINES...]        (default: 50000 100000)
#   tools/bench_escape_cost.sh --instructions LLGO [LINES...]
#   tools/bench_escape_cost.sh --gen LINES > prog.go  (the generated program only)
#
# Generates a deterministic Go program of about LINES lines (units of a struct type with pointer,
# slice and self fields, a constructor taking a local's address and appending in a loop, a user
# taking a function value, a driver making a closure (or using a function) and calling the previous unit's driver, so the
# call graph is a chain as deep as the program is long; the units are written callers first, the
# order that costs a bottom-up analysis most), builds it with LLGODEBUG=timing=1 (tools/driver.c)
# and prints per size the escape pass's CPU time (both rounds: the Go-compatible and whole-program
# analyses, and the round after inlining), the whole compile's CPU time (llgo-lite and the
# linker it runs), the share, and the growth of the pass's time from one size to the next (2.0 for
# linear when the size doubles). CPU times, because the machine running it may be shared.
# --instructions counts instead, under valgrind's callgrind, the instructions the pass executes
# (esc_run, at -O0 so that the rest of the compile stays cheap under valgrind): a figure no other
# load on the machine changes, for the growth alone (the CPU time also grows with cache misses).
set -u

gen() {
	awk -v lines="$1" 'BEGIN {
		per = 39; n = int(lines / per); if (n < 2) n = 2
		print "package main\n"
		print "func inc(v int) int {\n\treturn v + 1\n}\n"
		print "func main() {"
		print "\tprintln(run0(3))"
		print "}\n"
		for (k = 0; k < n; k++) {
			nx = k + 1
			printf "type S%d struct {\n\ta, b int\n\tp    *int\n\tnext *S%d\n\txs   []int\n}\n\n", k, k
			printf "func mk%d(n int) *S%d {\n\tx := n * 2\n\ts := &S%d{a: n, b: x, p: &x}\n", k, k, k
			printf "\ts.xs = make([]int, 0, 4)\n\tfor i := 0; i < n%%5+1; i++ {\n\t\ts.xs = append(s.xs, i+s.a)\n\t}\n"
			printf "\treturn s\n}\n\n"
			printf "func use%d(s *S%d, f func(int) int) int {\n\tt := 0\n\tfor _, v := range s.xs {\n", k, k
			printf "\t\tt += f(v)\n\t}\n\tif s.p != nil {\n\t\tt += *s.p\n\t}\n\treturn t\n}\n\n"
			# a func literal in every 16th unit (lowering takes at most 256 functions holding
			# literals), a top-level function as the function value elsewhere
			if (k % 16 == 0)
				printf "func run%d(n int) int {\n\tk := n + %d\n\tadd := func(v int) int { return v + k }\n", k, k % 7
			else
				printf "func run%d(n int) int {\n\tk := n + %d\n\tadd := inc\n", k, k % 7
			printf "\ts := mk%d(n)\n\ts.next = mk%d(n + 1)\n\tr := use%d(s, add) + use%d(s.next, add)\n", k, k, k, k
			printf "\tvar keep []*S%d\n\tkeep = append(keep, s, s.next)\n", k
			if (nx < n) printf "\treturn r + len(keep) + k + run%d(n)%%3\n}\n\n", nx
			else printf "\treturn r + len(keep) + k\n}\n\n"
		}
	}'
}

if [ "${1:-}" = --gen ]; then
	gen "${2:-50000}"
	exit 0
fi
count=0
if [ "${1:-}" = --instructions ]; then
	count=1
	shift
fi
llgo=${1:-}
[ -x "$llgo" ] || { echo "usage: $0 [--instructions] LLGO [LINES...] | --gen LINES" >&2; exit 2; }
shift
sizes=${*:-50000 100000}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export LLGO_CACHE=off  # every size compiled afresh
prev=""
if [ $count = 1 ]; then
	command -v valgrind >/dev/null || { echo "bench_escape_cost: --instructions needs valgrind" >&2; exit 2; }
	printf '%8s %8s %16s %8s\n' lines funcs esc_run_instrs growth
	for n in $sizes; do
		gen "$n" >"$tmp/p$n.go"
		# the tunable keeps llgo-lite from re-executing itself (huge pages), which valgrind cannot follow
		GLIBC_TUNABLES=glibc.malloc.hugetlb=0 valgrind --tool=callgrind --toggle-collect=esc_run \
			--callgrind-out-file="$tmp/cg$n" "$llgo" build -O0 --emit=obj -o "$tmp/p$n.o" "$tmp/p$n.go" \
			>"$tmp/vg$n" 2>&1 || { cat "$tmp/vg$n"; exit 1; }
		ir=$(awk '/^summary:/ { print $2 }' "$tmp/cg$n")
		growth=$([ -n "$prev" ] && awk -v a="$prev" -v b="$ir" 'BEGIN { printf "%.3f", b / a }' || echo -)
		printf '%8s %8s %16s %8s\n' "$(wc -l <"$tmp/p$n.go")" "$(grep -c '^func ' "$tmp/p$n.go")" "$ir" "$growth"
		prev=$ir
	done
	exit 0
fi
echo "CPU times (the machine may be shared; wall times are in the stage lines below each row)"
printf '%8s %8s %12s %12s %8s %8s\n' lines funcs escape_ms compile_ms share growth
for n in $sizes; do
	gen "$n" >"$tmp/p$n.go"
	TIMEFORMAT='%U %S'
	{ time LLGODEBUG=timing=1 "$llgo" build -O2 -o "$tmp/p$n" "$tmp/p$n.go" 2>"$tmp/t$n"; } 2>"$tmp/cpu$n" ||
		{ cat "$tmp/t$n"; exit 1; }
	total=$(awk '{ printf "%.1f", ($1 + $2) * 1000 }' "$tmp/cpu$n")
	esc=$(awk '$2 == "escape" || $2 == "escape2" { t += $6 } END { print t }' "$tmp/t$n")
	funcs=$(grep -c '^func ' "$tmp/p$n.go")
	growth=$([ -n "$prev" ] && awk -v a="$prev" -v b="$esc" 'BEGIN { printf "%.2f", b / a }' || echo -)
	share=$(awk -v e="$esc" -v t="$total" 'BEGIN { printf "%.2f%%", 100 * e / t }')
	printf '%8s %8s %12s %12s %8s %8s\n' "$(wc -l <"$tmp/p$n.go")" "$funcs" "$esc" "$total" "$share" "$growth"
	sed 's/^/    /' "$tmp/t$n"
	prev=$esc
done
