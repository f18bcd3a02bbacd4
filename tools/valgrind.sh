#!/usr/bin/env bash
# tools/valgrind.sh [--llgo PATH] [-j JOBS] [--only N] [--keep DIR] [PROG.go...]: memcheck over the
# golden programs (test/run/*.go when no program is named).
#
# Why: the sanitizer build (LLGO_SANITIZE) instruments llgo-lite but links the programs it builds with
# a plain runtime, and nothing instruments the code LLVM generates. Valgrind needs no rebuild: it checks
# the release compiler and the very binaries the golden tests run, runtime and generated code together.
#
# For each program:
#   compile  llgo-lite build -O2 -o BIN PROG.go under memcheck with --leak-check=full (LLGO_CACHE=off:
#            every object is compiled, none read from the cache);
#   run      BIN under memcheck, with PROG.stdin as input when present; its exit status, stdout and
#            stderr must still match the Go 1.19 expectation beside the program (test/lib/run_golden.sh
#            rules, test/lib/common.sh's stderr truncation).
# Any memcheck error (test/valgrind.supp says what is suppressed and why: only Boehm GC's conservative
# scan) or definitely lost block fails the program. "Possibly lost" is not counted: LLVM allocates each
# User (instruction, function) behind its operands, so the module reaches it only through an interior
# pointer, which memcheck reports as possibly lost (and glibc keeps an exiting thread's TLS the same way);
# a block of ours the program forgot is definitely lost.
# A failing program's valgrind logs are kept in DIR (--keep, default ./valgrind-failures). Prints
# PASS/FAIL per program, then the figures; exit 0 when all pass, 1 when any fails, 77 when valgrind is
# not installed (ctest SKIP_RETURN_CODE).
#
# Options: -j JOBS programs at a time (default 1); --only N checks N programs spread evenly over the
# list (a sample); LLGO_VALGRIND_TIMEOUT bounds each valgrind run (seconds, default 900).
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/test/lib/common.sh"

# Programs not run under valgrind, each with its reason (they are still checked everywhere else):
#   rt_stack_overflow, rt_stack_overflow_tail: recurse until the 1 GB goroutine stack overflows into
#     its guard area: natively 10 s and 1 GB resident, all of it page faults on fresh stack. Memcheck
#     runs each call tens of times slower and shadows every page it touches (another 1 GB and more):
#     an hour-scale run for one program, and the overflow it ends in is valgrind's stack handling (it
#     places and extends thread stacks itself), not the guard page our SIGSEGV handler is written for.
skip_list=" rt_stack_overflow rt_stack_overflow_tail "

llgo=$root/build/tools/llgo-lite jobs=1 only=0 keep=$PWD/valgrind-failures
progs=()
while [ $# -gt 0 ]; do
  case $1 in
    --llgo) llgo=$2; shift 2 ;;
    -j) jobs=$2; shift 2 ;;
    --only) only=$2; shift 2 ;;
    --keep) keep=$2; shift 2 ;;
    -h|--help) sed -n '2,27p' "$0"; exit 0 ;;
    -*) echo "valgrind.sh: unknown option $1" >&2; exit 2 ;;
    *) progs+=("$1"); shift ;;
  esac
done
command -v valgrind >/dev/null || { echo "SKIP: valgrind not installed"; exit 77; }
[ -x "$llgo" ] || { echo "valgrind.sh: $llgo not built" >&2; exit 2; }
[ "$jobs" -ge 1 ] 2>/dev/null && [ "$only" -ge 0 ] 2>/dev/null ||
  { echo "valgrind.sh: -j and --only take numbers" >&2; exit 2; }
[ ${#progs[@]} -gt 0 ] || progs=("$root"/test/run/*.go)
export LLGO_CACHE=off
supp=$root/test/valgrind.supp
limit=${LLGO_VALGRIND_TIMEOUT:-900}
vg=(valgrind --tool=memcheck --error-exitcode=99 --leak-check=full --show-leak-kinds=definite
    --errors-for-leak-kinds=definite --num-callers=40 --suppressions="$supp")

# The programs to check: the skip list removed, then --only's sample (every k-th).
selected=()
for p in "${progs[@]}"; do
  name=$(basename "${p%.go}")
  case $skip_list in *" $name "*) echo "SKIP $name (see the skip list in $0)"; continue ;; esac
  selected+=("$p")
done
if [ "$only" -gt 0 ] && [ "$only" -lt ${#selected[@]} ]; then
  sample=()
  for ((i = 0; i < only; i++)); do sample+=("${selected[i * ${#selected[@]} / only]}"); done
  selected=("${sample[@]}")
fi

top=$(mktemp -d "${TMPDIR:-/tmp}/llgo-valgrind.XXXXXX") || exit 2
trap 'rm -rf "$top"' EXIT

# memcheck_errors LOG: the number of errors memcheck counted (leaks included), or "?" when the log has
# no summary (valgrind itself failed or was killed).
memcheck_errors() {
  local n
  n=$(sed -n 's/^==[0-9]*== ERROR SUMMARY: \([0-9]*\) errors.*/\1/p' "$1" | tail -n 1)
  echo "${n:-?}"
}

# compare SRC DIR: the run's exit status, stdout and stderr against the expected files; prints the
# first difference and fails on it.
compare() {
  local base=${1%.go} d=$2 part
  [ -f "$base.stdout" ] && cp "$base.stdout" "$d/want.stdout" || : >"$d/want.stdout"
  { [ -f "$base.stderr" ] && cat "$base.stderr"; } | test_normalize_stderr >"$d/want.stderr"
  if [ -f "$base.exit" ]; then cat "$base.exit"; else echo 0; fi >"$d/want.exit"
  test_normalize_stderr <"$d/stderr.raw" >"$d/stderr"
  for part in exit stdout stderr; do
    cmp -s "$d/want.$part" "$d/$part" && continue
    echo "  $part differs from Go 1.19's:"
    diff -u --label want --label got "$d/want.$part" "$d/$part" | head -n 20 | sed 's/^/    /'
    return 1
  done
}

# check SRC: compile and run one program under memcheck; one result line (and details) on stdout,
# the figures in $top/NAME.result: name compile-errors run-errors verdict seconds.
check() {
  local src=$1 name d t0 cerr=- rerr=- verdict=PASS why=""
  name=$(basename "${src%.go}")
  d=$top/$name
  mkdir -p "$d"
  t0=$(date +%s)
  timeout "$limit" "${vg[@]}" --log-file="$d/compile.vg" "$llgo" build -O2 -o "$d/prog" "$src" \
    >"$d/compile.out" 2>&1
  local rc=$?
  cerr=$(memcheck_errors "$d/compile.vg")
  [ "$cerr" = 0 ] || verdict=FAIL why="compile: $cerr memcheck errors (status $rc); "
  # status 99 is memcheck's: the program is still run when the compiler wrote it
  if { [ $rc -ne 0 ] && [ $rc -ne 99 ]; } || [ ! -x "$d/prog" ]; then
    verdict=FAIL why="${why}compile failed (status $rc)"
  else
    local stdin=/dev/null
    [ -f "${src%.go}.stdin" ] && stdin=${src%.go}.stdin
    # --error-exitcode must not hide the program's status: errors are counted from the log instead.
    timeout "$limit" "${vg[@]/--error-exitcode=99/--error-exitcode=0}" --log-file="$d/run.vg" "$d/prog" \
      <"$stdin" >"$d/stdout" 2>"$d/stderr.raw"
    echo $? >"$d/exit"
    rerr=$(memcheck_errors "$d/run.vg")
    [ "$rerr" = 0 ] || verdict=FAIL why="${why}run: $rerr memcheck errors (status $(cat "$d/exit")); "
    if ! compare "$src" "$d" >"$d/diff"; then
      verdict=FAIL why="${why}output differs from Go 1.19's under valgrind"
    fi
  fi
  local secs=$(($(date +%s) - t0))
  echo "$name $cerr $rerr $verdict $secs" >"$top/$name.result"
  if [ $verdict = PASS ]; then
    echo "PASS $name (${secs}s)"
  else
    echo "FAIL $name: $why (${secs}s)"
    [ -s "$d/diff" ] && cat "$d/diff"
    mkdir -p "$keep/$name"
    cp "$d"/*.vg "$d/compile.out" "$keep/$name/" 2>/dev/null
    echo "  logs: $keep/$name/"
  fi
}

start=$(date +%s)
running=0
for src in "${selected[@]}"; do
  if [ "$running" -ge "$jobs" ]; then
    wait -n
    running=$((running - 1))
  fi
  { check "$src" >"$top/$(basename "$src").out"; cat "$top/$(basename "$src").out"; } &
  running=$((running + 1))
done
wait

total=0 failed=0 cerrs=0 rerrs=0
for r in "$top"/*.result; do
  [ -f "$r" ] || continue
  read -r _ ce re verdict _ <"$r"
  total=$((total + 1))
  [ "$verdict" = PASS ] || failed=$((failed + 1))
  case $ce in [0-9]*) cerrs=$((cerrs + ce)) ;; esac
  case $re in [0-9]*) rerrs=$((rerrs + re)) ;; esac
done
echo "valgrind: $total programs compiled and run under memcheck, $((total - failed)) clean, $failed failed;" \
  "memcheck errors: $cerrs in the compiler, $rerrs in the programs; $(($(date +%s) - start))s"
[ "$total" -eq ${#selected[@]} ] && [ "$failed" -eq 0 ]
