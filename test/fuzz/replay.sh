#!/bin/bash
# replay.sh HARNESS DIR: runs every input in DIR once through HARNESS (libFuzzer replay mode).
# Passes when DIR is empty or every input runs without a crash.
set -u
export ASAN_OPTIONS=detect_leaks=0  # GMP constants are never freed (known leak)
harness=$1; dir=$2
shopt -s nullglob
files=("$dir"/*)
files=("${files[@]/*README*/}")
inputs=()
for f in "${files[@]}"; do [ -n "$f" ] && [ -f "$f" ] && inputs+=("$f"); done
[ ${#inputs[@]} -eq 0 ] && exit 0
exec "$harness" -runs=1 -detect_leaks=0 "${inputs[@]}"
