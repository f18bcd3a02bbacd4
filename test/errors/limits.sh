#!/usr/bin/env bash
# test/errors/limits.sh LLGO [KIND...]: the compiler's limits on generated inputs too large to commit.
#
# llgo-only: Go 1.19 has no nesting limits (its stacks grow to 1 GB); these limits and messages are
# ours (README, "Limits"). For each kind of deep construct the script writes one program just under
# the limit, which must compile (and run, printing what its construction makes known), and one just
# over it, which must fail with exit status 1 and a positioned `too deeply nested` on the line the
# annotation names (test/lib/errorcheck.sh checks it); for declaration chains (each declaration
# naming the next, which the checker resolves nested) the error must come with some position. Files
# over the size limit are rejected at 1:1.
# A compiler crash (a signal, e.g. a stack overflow) fails the test. Prints one line per case.
set -u
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../lib/common.sh"
llgo=$1
shift
[ "${LLGO_TEST_WITH_GO:-0}" = 1 ] && { echo "SKIP limits.sh: the limits are llgo-lite's own"; exit 77; }
case $llgo in /*) ;; */*) llgo=$PWD/$llgo ;; esac
test_tmpdir
dir=$TEST_TMP

# rep STR N: STR repeated N times.
rep() { awk -v s="$1" -v n="$2" 'BEGIN { for (i = 0; i < n; i++) printf "%s", s }'; }

# gen KIND N: a program whose longest line holds construct KIND N deep; main prints a result.
gen() {
  local k=$1 n=$2
  [ "$k" = filesize ] || printf 'package main\n\n'
  case $k in
    slice)  printf 'var x %sint\n\nfunc main() { println(len(x)) }\n' "$(rep '[]' "$n")" ;;
    ptr)    printf 'var x %sint\n\nfunc main() { println(x == nil) }\n' "$(rep '*' "$n")" ;;
    functype) printf 'var x %sint\n\nfunc main() { println(x == nil) }\n' "$(rep 'func() ' "$n")" ;;
    struct) printf 'var x %sint%s\n\nfunc main() { println(x == x) }\n' "$(rep 'struct{ a ' "$n")" "$(rep ' }' "$n")" ;;
    complit) printf 'var x = %sint%s%s\n\nfunc main() { println(len(x)) }\n' "$(rep '[]' "$n")" "$(rep '{' "$n")" "$(rep '}' "$n")" ;;
    paren)  printf 'var x = %s1%s\n\nfunc main() { println(x) }\n' "$(rep '(' "$n")" "$(rep ')' "$n")" ;;
    unary)  printf 'var x = 1\nvar y = %sx\n\nfunc main() { println(y) }\n' "$(rep '- ' "$n")" ;;
    call)   printf 'func f(x int) int { return x + 1 }\nvar x = %s0%s\n\nfunc main() { println(x) }\n' "$(rep 'f(' "$n")" "$(rep ')' "$n")" ;;
    block)  printf 'func main() { x := 1; %s x++ %s; println(x) }\n' "$(rep '{ ' "$n")" "$(rep '}' "$n")" ;;
    if)     printf 'func main() { x := 1; %s x++ %s; println(x) }\n' "$(rep 'if x > 0 { ' "$n")" "$(rep '}' "$n")" ;;
    elseif) printf 'func main() { x := 7; if x == 0 { x = 1 }%s; println(x) }\n' "$(awk -v n="$n" 'BEGIN { for (i = 1; i <= n; i++) printf " else if x == %d { x = %d }", i, i + 1 }')" ;;
    funclit) printf 'func main() { x := 1; %s x++ %s; println(x) }\n' "$(rep 'func() { ' "$n")" "$(rep '}()' "$n")" ;;
    sum)    printf 'var a = 1\nvar x = a%s\n\nfunc main() { println(x) }\n' "$(rep ' + a' "$n")" ;;
    constsum) printf 'const a = 1\nconst x = a%s\n\nfunc main() { println(x) }\n' "$(rep ' + a' "$n")" ;;
    concat) printf 'var a = "a"\nvar x = a%s\n\nfunc main() { println(len(x)) }\n' "$(rep ' + a' "$n")" ;;
    selector) printf 'type T struct{ p *T; v int }\nfunc main() { t := &T{v: 1}; t.p = t; println(t%s.v) }\n' "$(rep '.p' "$n")" ;;
    index)  printf 'type A []A\nfunc main() { a := A{nil}; a[0] = a; println(len(a%s)) }\n' "$(rep '[0]' "$n")" ;;
    callchain) printf 'type F func() F\nfunc f() F { return f }\nfunc main() { println(f%s == nil) }\n' "$(rep '()' "$n")" ;;
    filesize) # N bytes in all: line 1 is what errorcheck needs, then a comment pads the file
      local first='package main // ERROR "file too large \(67108865 bytes, the limit is 64 MiB\)"'
      local last=$'\n\nfunc main() { println(1) }\n'
      printf '%s\n/*' "$first"
      head -c $((n - ${#first} - 1 - 2 - 2 - ${#last})) /dev/zero | tr '\0' 'x'
      printf '*/%s' "$last" ;;
    typechain) # each declaration names the next: resolving T0 nests through all of them
      awk -v n="$n" 'BEGIN { for (i = 0; i < n; i++) printf "type T%d [1]T%d\n", i, i + 1
                             printf "type T%d int\n\nvar x T0\n\nfunc main() { println(len(x)) }\n", n }' ;;
    embedchain) # each struct embeds the next: t.x selects through all of them
      awk -v n="$n" 'BEGIN { for (i = 0; i < n; i++) printf "type T%d struct{ T%d }\n", i, i + 1
                             printf "type T%d struct{ x int }\n\nfunc main() {\n\tvar t T0\n\tt.x = 3\n\tprintln(t.x)\n}\n", n }' ;;
    constchain)
      awk -v n="$n" 'BEGIN { for (i = 0; i < n; i++) printf "const c%d = c%d + 1\n", i, i + 1
                             printf "const c%d = 0\n\nfunc main() { println(c0) }\n", n }' ;;
    varchain)
      awk -v n="$n" 'BEGIN { for (i = 0; i < n; i++) printf "var v%d = v%d + 1\n", i, i + 1
                             printf "var v%d = 0\n\nfunc main() { println(v0) }\n", n }' ;;
    mixed)  printf 'var a = 1\nvar x = %s\n\nfunc main() { println(x) }\n' "$(awk -v n="$n" 'BEGIN { t = ""; for (j = 0; j < 20; j++) t = t " + a"; s = "a"; for (i = 0; i < n; i++) s = "(" s t ")"; printf "%s", s }')" ;;
  esac
}

# The deepest N each kind must take, and the first N it must reject; the construct's nesting or
# chain length in the units of PARSE_MAX_DEPTH (frontend/parse_internal.h).
declare -A under over
for k in slice ptr functype struct complit paren unary call block if elseif; do
  under[$k]=990 over[$k]=1001
done
for k in sum constsum concat selector index callchain; do
  under[$k]=9900 over[$k]=10001
done
under[funclit]=450 over[funclit]=1001  # two levels each: the literal and its statement
under[call]=900                        # a level and a link each: the argument and the call
under[filesize]=67108864 over[filesize]=67108865   # LEX_MAX_FILE_SIZE, 64 MiB
for k in typechain embedchain constchain varchain; do   # two levels a declaration: the name and its use
  under[$k]=4900 over[$k]=5100
done
under[mixed]=300 over[mixed]=500  # 21 nodes deep a level: each (x + a + ... + a) holds the next

kinds=("$@")
[ ${#kinds[@]} -eq 0 ] && kinds=(slice ptr functype struct complit paren unary call block if elseif funclit
                                 sum constsum concat selector index callchain mixed typechain embedchain
                                 constchain varchain filesize)
fail=0
for k in "${kinds[@]}"; do
  src=$dir/$k.go
  gen "$k" "${under[$k]}" >"$src"
  (cd "$dir" && "$llgo" build -o "$dir/$k" "$k.go") >"$dir/$k.log" 2>&1
  status=$?
  if [ $status != 0 ]; then
    echo "FAIL $k ${under[$k]}: exit status $status, want 0"; head -n 3 "$dir/$k.log"; fail=1
  elif ! "$dir/$k" >"$dir/$k.out" 2>&1; then
    echo "FAIL $k ${under[$k]}: the program failed"; head -n 3 "$dir/$k.out"; fail=1
  else
    echo "ok   $k ${under[$k]}: compiles and runs"
  fi
  if [[ $k == *chain && $k != callchain ]]; then   # the error is where the depth runs out
    gen "$k" "${over[$k]}" >"$src"
    (cd "$dir" && "$llgo" build -o "$dir/$k" "$k.go") >"$dir/$k.log" 2>&1
    status=$?
    if [ $status = 1 ] && grep -q "^$k.go:[0-9]*:[0-9]*: too deeply nested$" "$dir/$k.log"; then
      echo "ok   $k ${over[$k]}: rejected"
    else
      echo "FAIL $k ${over[$k]}: exit status $status"; head -n 3 "$dir/$k.log"; fail=1
    fi
    continue
  elif [ "$k" = filesize ]; then
    gen "$k" "${over[$k]}" >"$src"
  else   # the annotation goes on the longest line, the deep one
    gen "$k" "${over[$k]}" >"$src.tmp"
    awk 'NR == FNR { if (length($0) > max) { max = length($0); at = FNR } next }
         FNR == at { $0 = $0 " // ERROR \"too deeply nested\"" } { print }' "$src.tmp" "$src.tmp" >"$src"
    rm -f "$src.tmp"
  fi
  if bash "$here/../lib/errorcheck.sh" "$llgo" "$src" >"$dir/$k.log" 2>&1; then
    echo "ok   $k ${over[$k]}: rejected"
  else
    echo "FAIL $k ${over[$k]}:"; head -n 5 "$dir/$k.log"; fail=1
  fi
done
exit $fail
