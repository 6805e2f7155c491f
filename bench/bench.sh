#!/usr/bin/env bash
# Whole-process benchmark of mrs as installed, in one run on the same files and machine:
#   mrs AOT   native AOT publish (what `dotnet tool install` gives on linux-x64, linux-arm64, win-x64, osx-arm64)
#   mrs JIT   framework-dependent IL (the tool package's `any` fallback)
#   pandoc    Debian pandoc, docx -> JSON
#   mammoth   mammoth.js, docx -> HTML (only when `mammoth` is on PATH)
# Cases: import of the largest corpus standard (MQTT-SN), validate of its model, `--version`, and a set of 20 corpus
# documents built one at a time and two at a time (mrs build -j 1 and -j 2: import, validate, YAML; pandoc and mammoth
# through xargs -P 1 and -P 2), with mrs's documents per second for each.
# Runs are interleaved (each run measures every tool once, in turn) and the medians of N runs are printed, with GNU
# time's wall seconds and peak resident memory, and the ratios to pandoc and to mrs JIT. Shared or loaded machines
# give noisy numbers: read the load average printed first.
#
# Usage: bench/bench.sh [runs]          (default 5)
# Environment: MRS_CORPUS (default ../shared/corpus), MRS_BENCH_AOT / MRS_BENCH_JIT (mrs executables to measure
# instead of publishing them; MRS_BENCH_AOT=none leaves the native one out), MRS_BENCH_BASE (an older mrs to compare
# with, shown as "mrs base"), MRS_BENCH_OUT (work folder, default out/bench), MRS_BENCH_CASES (a space-separated subset
# of: import validate version set1 set).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
corpus=${MRS_CORPUS:-../shared/corpus}
work=${MRS_BENCH_OUT:-out/bench}
[ -x /usr/bin/time ] || { echo "bench: GNU time is needed (apt-get install time)"; exit 2; }
[ -d "$corpus/standards" ] || { echo "bench: no corpus at $corpus (set MRS_CORPUS)"; exit 2; }
rm -rf "$work"; mkdir -p "$work"
work=$(cd "$work" && pwd)

aot=${MRS_BENCH_AOT:-}
jit=${MRS_BENCH_JIT:-}
if [ -z "$aot" ]; then
  echo "==> publishing mrs (native AOT, linux-x64)"
  if dotnet publish src/Mrs.Cli -c Release -r linux-x64 -o "$work/aot" >"$work/publish-aot.log" 2>&1; then
    aot="$work/aot/mrs"
  else
    # the bench goes on without it (the JIT mrs is what the framework-dependent tool package runs)
    echo "bench: the native AOT publish failed, mrs AOT is left out (errors in $work/publish-aot.log):"
    grep -E "error" "$work/publish-aot.log" | sort -u | head -5
    aot=none
  fi
fi
if [ -z "$jit" ]; then
  echo "==> publishing mrs (JIT, framework-dependent)"
  dotnet publish src/Mrs.Cli -c Release -p:PublishAot=false -o "$work/jit" >"$work/publish-jit.log" 2>&1 || { tail -20 "$work/publish-jit.log"; exit 1; }
  jit="$work/jit/mrs"
fi

mqtt="$corpus/standards/oasis/mqtt-sn-2-0-wd_2024-06-06.docx"
# The 20-document set: every second .docx of the corpus standards in ordinal order (all families, 10 KB to 2.5 MB).
mkdir -p "$work/set"
i=0
while IFS= read -r f; do
  i=$((i + 1))
  ln -s "$(cd "$(dirname "$f")" && pwd)/$(basename "$f")" "$work/set/$(printf %02d $i)-$(basename "$f")"
done < <(find "$corpus/standards" -name '*.docx' ! -name '~$*' | LC_ALL=C sort | awk 'NR % 2 == 0' | head -20)
"$jit" import "$mqtt" -o "$work/mqtt.std.json" >/dev/null 2>&1

base=${MRS_BENCH_BASE:-}
tools=("mrs JIT")
[ "$aot" != none ] && tools=("mrs AOT" "mrs JIT")
[ -n "$base" ] && tools+=("mrs base")
command -v pandoc >/dev/null && tools+=(pandoc)
command -v mammoth >/dev/null && tools+=(mammoth)

# One command line per tool and case; empty when the tool does not do the case.
command_for() { # tool case
  local exe
  case "$1" in "mrs AOT") exe=$aot ;; "mrs JIT") exe=$jit ;; "mrs base") exe=$base ;; esac
  case "$1/$2" in
    mrs*/import) echo "$exe import $mqtt -o $work/o.std.yaml" ;;
    mrs*/validate) echo "$exe validate $work/mqtt.std.json" ;;
    mrs*/version) echo "$exe --version" ;;
    mrs*/set1) echo "$exe build $work/set -o $work/build -j 1" ;;
    mrs*/set) echo "$exe build $work/set -o $work/build -j 2" ;;
    pandoc/import) echo "pandoc -f docx -t json $mqtt -o $work/o.json" ;;
    pandoc/set1) echo "sh -c 'ls $work/set/* | xargs -P 1 -I{} pandoc -f docx -t json {} -o /dev/null'" ;;
    pandoc/set) echo "sh -c 'ls $work/set/* | xargs -P 2 -I{} pandoc -f docx -t json {} -o /dev/null'" ;;
    mammoth/import) echo "mammoth $mqtt $work/o.html" ;;
    mammoth/set1) echo "sh -c 'ls $work/set/* | xargs -P 1 -I{} mammoth {} /dev/null'" ;;
    mammoth/set) echo "sh -c 'ls $work/set/* | xargs -P 2 -I{} mammoth {} /dev/null'" ;;
  esac
}

read -r -a cases <<< "${MRS_BENCH_CASES:-import validate version set1 set}"
setsize=$(find "$work/set" -name '*.docx' | wc -l)
describe() { case "$1" in
  import) echo "import MQTT-SN (2.5 MB document.xml)" ;; validate) echo "validate the MQTT-SN model (JSON)" ;;
  version) echo "--version (start-up)" ;; set1) echo "$setsize corpus documents, 1 at a time" ;;
  set) echo "$setsize corpus documents, 2 at a time" ;; esac; }

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; $runs interleaved runs, medians"
for r in $(seq "$runs"); do
  for c in "${cases[@]}"; do
    for t in "${tools[@]}"; do
      cmd=$(command_for "$t" "$c")
      [ -n "$cmd" ] || continue
      rm -rf "$work/build"
      key=$(echo "$t-$c" | tr ' ' _)
      eval "/usr/bin/time -f '%e %M' -o '$work/t' $cmd" >/dev/null 2>&1 || true  # findings exit 1; a crash shows as a slow or small run
      tail -1 "$work/t" >> "$work/$key"
    done
  done
done

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
printf '\n%-40s %-9s %8s %8s %9s %9s %9s\n' case tool "wall s" "peak MB" "t/pandoc" "m/pandoc" "t/JIT"
for c in "${cases[@]}"; do
  pk=$(echo "pandoc-$c" | tr ' ' _); jk=$(echo "mrs JIT-$c" | tr ' ' _)
  ps=""; pm=""; js=""
  [ -f "$work/$pk" ] && { ps=$(cut -d' ' -f1 "$work/$pk" | median); pm=$(cut -d' ' -f2 "$work/$pk" | median); }
  [ -f "$work/$jk" ] && js=$(cut -d' ' -f1 "$work/$jk" | median)
  for t in "${tools[@]}"; do
    key=$(echo "$t-$c" | tr ' ' _)
    [ -f "$work/$key" ] || continue
    s=$(cut -d' ' -f1 "$work/$key" | median); m=$(cut -d' ' -f2 "$work/$key" | median)
    ratio() { [ -n "$2" ] && awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else printf "-" }' || printf -- "-"; }
    printf '%-40s %-9s %8.2f %8.0f %9s %9s %9s\n' "$(describe "$c")" "$t" "$s" "$(awk -v k="$m" 'BEGIN{print k/1024}')" \
      "$(ratio "$s" "$ps")" "$(ratio "$m" "$pm")" "$(ratio "$s" "$js")"
  done
done

# Documents per second of mrs build (import, validate and YAML of each document), from the medians above.
for c in set1 set; do
  for t in "${tools[@]}"; do
    case "$t" in mrs*) ;; *) continue ;; esac
    key=$(echo "$t-$c" | tr ' ' _)
    [ -f "$work/$key" ] || continue
    s=$(cut -d' ' -f1 "$work/$key" | median)
    printf '%-9s build -j %s: %s documents in %.2f s = %.2f documents/s\n' "$t" "$([ "$c" = set1 ] && echo 1 || echo 2)" "$setsize" "$s" \
      "$(awk -v n="$setsize" -v s="$s" 'BEGIN { print (s > 0 ? n / s : 0) }')"
  done
done
