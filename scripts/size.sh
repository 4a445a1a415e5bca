#!/usr/bin/env bash
# Raw, gzip -9 and brotli -q 11 size of every file in dist/, and the totals.
set -euo pipefail
cd "$(dirname "$0")/../dist"
printf '%-52s %10s %10s %10s\n' file raw gzip brotli
tr=0; tg=0; tb=0
while IFS= read -r f; do
  r=$(stat -c %s "$f"); g=$(gzip -9 -c "$f" | wc -c); b=$(brotli -q 11 -c "$f" | wc -c)
  tr=$((tr+r)); tg=$((tg+g)); tb=$((tb+b))
  printf '%-52s %10d %10d %10d\n' "${f#./}" "$r" "$g" "$b"
done < <(find . -type f | sort)
printf '%-52s %10d %10d %10d\n' TOTAL "$tr" "$tg" "$tb"
