#!/bin/bash
# run.sh SECONDS [BUILD_DIR]: runs each libFuzzer harness for SECONDS, one at a time (2 shared cores),
# seeded with the programs under test/run, test/errors, test/escape. New crashes land in crashers/.
set -u
export ASAN_OPTIONS=detect_leaks=0  # GMP constants are never freed (known leak)
secs=${1:-60}
here=$(cd "$(dirname "$0")" && pwd)
build=${2:-$here/../../build-fuzz}
corpus_root=${TMPDIR:-/tmp}/llgo-fuzz-corpus
for name in lex parse check lower; do
  exe=$build/test/fuzz/fuzz_$name
  [ -x "$exe" ] || { echo "run.sh: missing $exe (configure with -DLLGO_FUZZ=ON)"; continue; }
  corpus=$corpus_root/$name
  mkdir -p "$corpus"
  echo "== fuzz_$name for ${secs}s"
  "$exe" -max_total_time="$secs" -max_len=8192 -timeout=10 -rss_limit_mb=2048 -detect_leaks=0 \
    -artifact_prefix="$here/crashers/${name}-" -print_final_stats=1 \
    "$corpus" "$here/../run" "$here/../errors" "$here/../escape" 2>&1 | tail -25
done
