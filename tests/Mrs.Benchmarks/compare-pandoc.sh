#!/usr/bin/env bash
# Whole-process comparison of `mrs import` with `pandoc -f docx -t json` (Debian pandoc) on the same corpus files,
# in one run: wall time and peak resident memory (GNU time), median of N runs, mrs as a ReadyToRun publish.
# Usage: tests/Mrs.Benchmarks/compare-pandoc.sh [runs] [files...]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}; shift || true
corpus=../shared/corpus
files=("$@")
if [ ${#files[@]} -eq 0 ]; then
  files=(
    "$corpus/standards/oasis/sarif-v2.1.0-committee-specification.docx"
    "$corpus/standards/oasis/mqtt-sn-2-0-wd_2024-06-06.docx"
    "$corpus/standards/iso/metanorma-iso_rice.docx"
    "$corpus/standards/gbt/generated/gbt-minimal.docx"
    "$corpus/standards/openchain/zh-Hans_OpenChainSpec-2.0.docx"
    "$corpus/standards/etsi-itu-3gpp/ETSI_hEN_Directive_skeleton.docx"
  )
fi
command -v pandoc >/dev/null || { echo "pandoc is not installed (apt-get install pandoc)"; exit 2; }
[ -x /usr/bin/time ] || { echo "GNU time is not installed (apt-get install time)"; exit 2; }
out=$(mktemp -d)
dotnet publish src/Mrs.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$out/mrs" >/dev/null
mrs="$out/mrs/mrs"
"$mrs" --version >/dev/null

measure() { # prints "seconds kilobytes" for one run of the command (GNU time's last line; a failed run still counts)
  /usr/bin/time -f "%e %M" -o "$out/t" "$@" >/dev/null 2>&1 || echo "$* failed" >> "$out/failures"
  tail -1 "$out/t"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; $runs runs each, medians"
printf '%-48s %9s %9s %9s %9s %7s %7s\n' file "mrs s" "pandoc s" "mrs MB" "pandoc MB" "time×" "mem×"
for f in "${files[@]}"; do
  : > "$out/ms"; : > "$out/mm"; : > "$out/ps"; : > "$out/pm"
  for _ in $(seq "$runs"); do
    read -r s m < <(measure "$mrs" import "$f" -o "$out/model.std.yaml"); echo "$s" >> "$out/ms"; echo "$m" >> "$out/mm"
    read -r s m < <(measure pandoc -f docx -t json "$f" -o "$out/pandoc.json"); echo "$s" >> "$out/ps"; echo "$m" >> "$out/pm"
  done
  ms=$(median < "$out/ms"); ps=$(median < "$out/ps"); mm=$(median < "$out/mm"); pm=$(median < "$out/pm")
  printf '%-48s %9.2f %9.2f %9.0f %9.0f %7.2f %7.2f\n' "$(basename "$f")" "$ms" "$ps" "$(echo "$mm/1024" | bc -l)" "$(echo "$pm/1024" | bc -l)" \
    "$(echo "$ms/$ps" | bc -l)" "$(echo "$mm/$pm" | bc -l)"
done
[ -f "$out/failures" ] && { echo "runs that failed:"; sort -u "$out/failures"; }
rm -rf "$out"
