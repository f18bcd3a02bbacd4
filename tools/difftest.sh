#!/usr/bin/env bash
# tools/difftest.sh [-j JOBS] N SEED: differential testing of llgo-lite on N random programs
# (tools/llgo-gen.c, seeds SEED .. SEED+N-1), JOBS programs at a time (default 1; each job takes
# the seeds congruent to its number modulo JOBS, in its own scratch folder).
#
# Each program is built and run several ways; every way must print the same stdout and stderr (println
# writes there; a panic's trace is cut as test/lib/common.sh does) and exit with the same status as the
# reference (llgo-lite build, -O2, escape pass on, x86-64):
#   O0        llgo-lite build -O0
#   jit       llgo-lite run (ORC JIT)
#   noescape  llgo-lite build --no-escape (every allocation site on the heap)
#   gcstress  the reference binary under LLGODEBUG=gcstress=1 (a collection at every allocation)
#   aarch64   llgo-lite build --target=aarch64-linux-gnu, run under qemu-aarch64 (when installed)
#   go        Go 1.19's go build (when installed; LLGO_DIFF_GO=0 skips it)
# A wrong stack allocation shows as a difference between the reference and noescape/gcstress/go.
#
# Prints one line per failing program and way, then "N passed, M failed"; exit status 1 when any
# failed. Failing programs are kept in $LLGO_DIFF_KEEP (default ./difftest-failures) as SEED.go.
# Environment: LLGO (default build/tools/llgo-lite), LLGO_GEN (default build/tools/llgo-gen),
# GO119 (default /usr/lib/go-1.19/bin/go), LLGO_DIFF_TIMEOUT (seconds per run, default 30),
# LLGO_DIFF_LOOPS=1 (the programs are `llgo-gen --loops`: loop nests for stage 6, jam.c and divpair.c).
set -u
jobs=1
if [ "${1:-}" = -j ]; then
  jobs=${2:-}
  shift 2 || true
fi
[ $# -eq 2 ] && [ "$jobs" -ge 1 ] 2>/dev/null || { echo "usage: $0 [-j JOBS] N SEED" >&2; exit 2; }
count=$1 seed0=$2
root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/test/lib/common.sh"
llgo=${LLGO:-$root/build/tools/llgo-lite}
gen=${LLGO_GEN:-$root/build/tools/llgo-gen}
go119=${GO119:-/usr/lib/go-1.19/bin/go}
keep=${LLGO_DIFF_KEEP:-$PWD/difftest-failures}
limit=${LLGO_DIFF_TIMEOUT:-30}
gen_flags=()
[ "${LLGO_DIFF_LOOPS:-0}" = 1 ] && gen_flags=(--loops)
# Builds and JIT runs compile afresh: the compile cache would only test itself and fill the disk.
export LLGO_CACHE=${LLGO_CACHE:-off}
for tool in "$llgo" "$gen"; do
  [ -x "$tool" ] || { echo "difftest: $tool not built" >&2; exit 2; }
done
ways=(O0 jit noescape gcstress)
if command -v qemu-aarch64 >/dev/null && command -v aarch64-linux-gnu-gcc >/dev/null; then
  ways+=(aarch64)
fi
if [ "${LLGO_DIFF_GO:-1}" != 0 ] && [ -x "$go119" ]; then
  ways+=(go)
fi
top=$(mktemp -d "${TMPDIR:-/tmp}/llgo-diff.XXXXXX") || exit 2
trap 'rm -rf "$top"' EXIT
tmp=$top

# build WAY SRC BIN: compile SRC for WAY into BIN (nothing to do for jit and gcstress).
build() {
  case $1 in
    ref) "$llgo" build -o "$3" "$2" ;;
    O0) "$llgo" build -O0 -o "$3" "$2" ;;
    noescape) "$llgo" build --no-escape -o "$3" "$2" ;;
    aarch64) "$llgo" build --target=aarch64-linux-gnu -o "$3" "$2" ;;
    go) GO111MODULE=off GOFLAGS='' GOTOOLCHAIN=local GOPROXY=off \
          GOCACHE="${GOCACHE:-${TMPDIR:-/tmp}/llgo-test-gocache}" "$go119" build -o "$3" "$2" ;;
    jit|gcstress) true ;;
  esac
}

# run WAY SRC BIN OUT: run the program built for WAY; stdout, the normalised stderr and the exit
# status go to OUT.
run() {
  local -a cmd=("$3")
  case $1 in
    jit) cmd=("$llgo" run "$2") ;;
    gcstress) cmd=(env LLGODEBUG=gcstress=1 "$tmp/ref") ;;
    aarch64) cmd=(qemu-aarch64 -L /usr/aarch64-linux-gnu "$3") ;;
  esac
  timeout "$limit" "${cmd[@]}" >"$4" 2>"$4.err" </dev/null
  local status=$?
  echo "--- stderr" >>"$4"
  test_normalize_stderr <"$4.err" >>"$4"
  echo "exit $status" >>"$4"
}

# check SEED: 0 when every way agrees with the reference.
check() {
  local seed=$1 src=$tmp/$1.go ok=0 way
  "$gen" ${gen_flags[@]+"${gen_flags[@]}"} "$seed" >"$src" || return 1
  if ! build ref "$src" "$tmp/ref" >"$tmp/log" 2>&1; then
    echo "seed $seed: reference build failed: $(head -n 3 "$tmp/log")"
    return 1
  fi
  run ref "$src" "$tmp/ref" "$tmp/ref.out"
  for way in "${ways[@]}"; do
    if ! build "$way" "$src" "$tmp/$way" >"$tmp/log" 2>&1; then
      echo "seed $seed [$way]: build failed: $(head -n 3 "$tmp/log")"
      ok=1
      continue
    fi
    run "$way" "$src" "$tmp/$way" "$tmp/$way.out"
    if ! cmp -s "$tmp/ref.out" "$tmp/$way.out"; then
      echo "seed $seed [$way]: output differs from the reference:"
      diff "$tmp/ref.out" "$tmp/$way.out" | head -n 6
      ok=1
    fi
  done
  return $ok
}

# worker J: checks the seeds of job J; its last line is "PASSED FAILED".
worker() {
  local j=$1 i seed passed=0 failed=0
  tmp=$top/$j
  mkdir -p "$tmp"
  for ((i = j; i < count; i += jobs)); do
    seed=$((seed0 + i))
    if check "$seed"; then
      passed=$((passed + 1))
    else
      failed=$((failed + 1))
      mkdir -p "$keep" && cp "$tmp/$seed.go" "$keep/$seed.go"
    fi
  done
  echo "$passed $failed"
}

for ((j = 0; j < jobs; j++)); do
  worker "$j" >"$top/job$j.log" &
done
wait
passed=0 failed=0
for ((j = 0; j < jobs; j++)); do
  sed '$d' "$top/job$j.log"
  read -r p f < <(tail -n 1 "$top/job$j.log")
  passed=$((passed + ${p:-0})) failed=$((failed + ${f:-count}))
done
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
