#!/bin/bash
# run.sh SECONDS [BUILD_DIR [HARNESS...]]: runs each libFuzzer harness (default: lex parse check
# lower) for SECONDS, one at a time (2 shared cores), seeded with the programs under test/run,
# test/errors, test/escape (but test/errors/limit_*.go, which take seconds under the sanitizers by
# design and would be reported as timeouts). New crashes land in crashers/ (minimise them with -minimize_crash=1 and
# replay them with replay.sh). Prints per harness libFuzzer's last status line (cov: ft: corp:)
# and its final stats; the full log is $TMPDIR/llgo-fuzz-corpus/NAME.log. Exit status 1 when a
# harness found something.
set -u
export ASAN_OPTIONS=detect_leaks=0  # GMP constants are never freed (known leak)
secs=${1:-60}
here=$(cd "$(dirname "$0")" && pwd)
build=${2:-$here/../../build-fuzz}
shift 2 2>/dev/null || shift $#
names=("$@")
[ ${#names[@]} -eq 0 ] && names=(lex parse check lower)
corpus_root=${TMPDIR:-/tmp}/llgo-fuzz-corpus
seeds=$corpus_root/seeds
rm -rf "$seeds" && mkdir -p "$seeds"
cp "$here"/../run/*.go "$here"/../escape/*.go "$here"/../errors/*.go "$seeds/" 2>/dev/null  # a name twice: one copy
rm -f "$seeds"/limit_*.go
status=0
for name in "${names[@]}"; do
  exe=$build/test/fuzz/fuzz_$name
  [ -x "$exe" ] || { echo "run.sh: missing $exe (configure with -DLLGO_FUZZ=ON)"; status=1; continue; }
  corpus=$corpus_root/$name
  mkdir -p "$corpus"
  echo "== fuzz_$name for ${secs}s"
  "$exe" -max_total_time="$secs" -max_len=8192 -timeout=10 -rss_limit_mb=2048 -detect_leaks=0 \
    -artifact_prefix="$here/crashers/${name}-" -print_final_stats=1 \
    "$corpus" "$seeds" >"$corpus_root/$name.log" 2>&1
  [ $? = 0 ] || { status=1; grep -E "^(==|SUMMARY|.*ERROR)" "$corpus_root/$name.log" | head -n 5; }
  grep -E "^#[0-9]+" "$corpus_root/$name.log" | tail -n 1
  grep -E "^stat::(number_of_executed_units|average_exec_per_sec|new_units_added|peak_rss_mb)" "$corpus_root/$name.log"
  echo "corpus: $(ls "$corpus" | wc -l) files"
done
exit $status
