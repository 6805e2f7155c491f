#!/usr/bin/env bash
# Time per document of `mrs import` (LibreOffice conversion + import, process start included) over the legacy
# corpus (poi-doc/*.doc and the GB/T industry-minimal.doc): one after another, then two at a time (as `build -j 2`
# would). Prints one line per document, the totals and the load average before and after.
# usage: bash tests/Mrs.Tests/Import/Legacy/measure-conversions.sh [corpus folder]
set -uo pipefail
cd "$(dirname "$0")/../../../.."
corpus=${1:-../shared/corpus}
dotnet build -c Release src/Mrs.Cli >/dev/null || { echo "build failed"; exit 1; }
export MRS_DLL=$PWD/src/Mrs.Cli/bin/Release/net10.0/mrs.dll
out=$(mktemp -d)
export OUT=$out
files=("$corpus"/poi-doc/* "$corpus"/standards/gbt/generated/industry-minimal.doc)

one() {
  local f=$1 name start end err
  name=$(basename "$f")
  err="$OUT/$name.err"
  start=$(date +%s%N)
  dotnet "$MRS_DLL" import "$f" -o "$OUT/$name.std.yaml" >/dev/null 2>"$err"
  local rc=$?
  end=$(date +%s%N)
  local conversion
  conversion=$(grep -o 'docx, [0-9.]* s)' "$err" | grep -o '[0-9.]* s' || true)
  local what="imported"
  [ "$rc" -ne 0 ] && what="refused: $(head -1 "$err" | sed 's/^.*: error: //')"
  printf '%-68s %5.2f s  (LibreOffice %6s)  exit %d  %s\n' "$name" "$(echo "($end - $start) / 1000000000" | bc -l)" "${conversion:--}" "$rc" "$what"
}
export -f one

echo "== sequential ($(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg))"
start=$(date +%s%N)
for f in "${files[@]}"; do one "$f"; done
end=$(date +%s%N)
printf 'total %.1f s for %d documents, %.2f s per document; load average after: %s\n\n' \
  "$(echo "($end - $start) / 1000000000" | bc -l)" "${#files[@]}" "$(echo "($end - $start) / 1000000000 / ${#files[@]}" | bc -l)" "$(cut -d' ' -f1-3 /proc/loadavg)"

echo "== two at a time (load average before: $(cut -d' ' -f1-3 /proc/loadavg))"
start=$(date +%s%N)
printf '%s\0' "${files[@]}" | xargs -0 -P 2 -I{} bash -c 'one "$1"' _ {}
end=$(date +%s%N)
printf 'total %.1f s for %d documents, %.2f s per document; load average after: %s\n' \
  "$(echo "($end - $start) / 1000000000" | bc -l)" "${#files[@]}" "$(echo "($end - $start) / 1000000000 / ${#files[@]}" | bc -l)" "$(cut -d' ' -f1-3 /proc/loadavg)"

left=$(ls -d "${TMPDIR:-/tmp}"/mrs-soffice-* 2>/dev/null | wc -l)
echo "mrs-soffice-* folders left in ${TMPDIR:-/tmp}: $left"
rm -rf "$out"
