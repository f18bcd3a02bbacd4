#!/usr/bin/env bash
# test/errors/wide.sh LLGO [KIND...]: the compiler on generated inputs that are wide rather than deep
# (limits.sh has the deep ones): each kind's program must compile within a timeout that only catches
# a hang or a blow-up (120 s; compiles take a few seconds) and print what its construction makes
# known, which the script computes on its own (awk) from the same parameters. Under the sanitizers
# the timeout grows with LLGO_TEST_TIMEOUT.
#   switch  one expression switch of 20,000 integer constant cases, a default, a fallthrough every
#           1,000 cases and one non-constant case among them (quadratic in the checker's duplicate
#           test and in LLVM's optimiser before: >300 s)
#   struct  a struct of 4,000 int fields: a literal returned by value, field reads through a
#           pointer, copies and `==` (LLVM's X86 back end crashed on the vectorised compare; 20,000
#           fields still take minutes: the struct is a first-class aggregate in our IR)
# LLGO_TEST_WITH_GO=1 builds with Go 1.19 instead, which proves the expected outputs.
# Prints one line per kind.
set -u
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../lib/common.sh"
llgo=$1
shift
case $llgo in /*) ;; */*) llgo=$PWD/$llgo ;; esac
test_tmpdir
dir=$TEST_TMP
# 120 s, or twice the per-test timeout the build sets (the sanitizer build: 300 s, so 600 s)
timeout_s=${WIDE_TIMEOUT:-$((2 * ${LLGO_TEST_TIMEOUT:-60}))}

# switch N: f(x) switches over N constant cases; case i sets r to i*7%1000+1, except that case i
# falls through into case i+1 when i%1000 == 999; `case y` (y = -5) sits before case N/2+500.
gen_switch() {
  awk -v n="$1" 'BEGIN {
    printf "package main\n\nvar y = -5\n\nfunc f(x int) int {\n\tr := 0\n\tswitch x {\n"
    for (i = 0; i < n; i++) {
      if (i == int(n / 2) + 500) printf "\tcase y:\n\t\tr = 77\n"
      printf "\tcase %d:\n\t\tr = %d\n", i, i * 7 % 1000 + 1
      if (i % 1000 == 999 && i < n - 1) printf "\t\tfallthrough\n"
    }
    printf "\tdefault:\n\t\tr = -1\n\t}\n\treturn r\n}\n\n"
    printf "func main() {\n\ts := 0\n\tfor i := -10; i <= %d; i++ {\n\t\ts += f(i)\n\t}\n\tprintln(s)\n}\n", n + 10
  }'
}

want_switch() {
  awk -v n="$1" 'BEGIN {
    s = 0
    for (i = -10; i <= n + 10; i++) {
      if (i == -5) s += 77
      else if (i < 0 || i >= n) s -= 1
      else { j = (i % 1000 == 999 && i < n - 1) ? i + 1 : i; s += j * 7 % 1000 + 1 }
    }
    print s
  }'
}

# struct N: make1(k) sets every 7th field f_i to k + i, main sets f1 = 5, sum adds every 3rd field.
gen_struct() {
  awk -v n="$1" 'BEGIN {
    printf "package main\n\ntype T struct {\n"
    for (i = 0; i < n; i++) printf "\tf%d int\n", i
    printf "}\n\nfunc make1(k int) T {\n\treturn T{"
    for (i = 0; i < n; i += 7) printf "f%d: k + %d, ", i, i
    printf "}\n}\n\nfunc sum(t *T) int {\n\ts := 0\n"
    for (i = 0; i < n; i += 3) printf "\ts += t.f%d\n", i
    printf "\treturn s\n}\n\nvar g T\n\nfunc main() {\n\tt := make1(2)\n\tt.f1 = 5\n\tg = t\n\tu := g\n"
    printf "\tprintln(sum(&t), sum(&u), t == u)\n\tu.f%d = 1\n\tprintln(t == u, t.f1+u.f1)\n}\n", n - 1
  }'
}

want_struct() {
  awk -v n="$1" 'BEGIN { s = 0; for (i = 0; i < n; i += 21) s += 2 + i; print s, s, "true"; print "false", 10 }'
}

declare -A size=([switch]=20000 [struct]=4000)

# build KIND: compiles $dir/KIND.go into $dir/KIND; the status of the compiler or timeout's 124.
build() {
  if [ "${LLGO_TEST_WITH_GO:-0}" = 1 ]; then
    mkdir -p "$dir/go/$1" && cp "$dir/$1.go" "$dir/go/$1/main.go"
    (cd "$dir/go/$1" && GO111MODULE=off timeout "$timeout_s" "$GO119" build -o "$dir/$1" .)
  else
    (cd "$dir" && timeout "$timeout_s" "$llgo" build -o "$dir/$1" "$1.go")
  fi
}

kinds=("$@")
[ ${#kinds[@]} -eq 0 ] && kinds=(switch struct)
fail=0
for k in "${kinds[@]}"; do
  n=${size[$k]}
  "gen_$k" "$n" >"$dir/$k.go"
  want=$("want_$k" "$n")
  build "$k" >"$dir/$k.log" 2>&1
  status=$?
  if [ $status = 124 ]; then
    echo "FAIL $k $n: no compile within ${timeout_s}s"; fail=1
  elif [ $status != 0 ]; then
    echo "FAIL $k $n: exit status $status, want 0"; head -n 3 "$dir/$k.log"; fail=1
  elif ! got=$("$dir/$k" 2>&1); then
    echo "FAIL $k $n: the program failed"; echo "$got" | head -n 3; fail=1
  elif [ "$got" != "$want" ]; then
    echo "FAIL $k $n: printed $got, want $want"; fail=1
  else
    echo "ok   $k $n: compiles and prints $want"
  fi
done
exit $fail
