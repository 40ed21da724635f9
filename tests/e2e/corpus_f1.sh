#!/usr/bin/env bash
# A gold corpus must not lose quality: micro-F1 of ../shared/eval/score.py at
# least MEASURED (the figure in docs/quality.md) minus 0.02, and every kind
# of fact at least 0.75 on the dev corpus (extraction that generalizes;
# tests/heldout/README.md for the held-out sets, where only the micro-F1 is
# held). CORPUS is a directory of NAME.txt + NAME.gold.json, or "dev" for
# ../shared/corpus/dev (skipped, 77, when the shared corpus is not beside the
# repo; POLKG_SHARED overrides where it is).
# Usage: corpus_f1.sh POLKG CORPUS MEASURED
set -uo pipefail
POLKG=$1 CORPUS=$2 MEASURED=$3
HERE=$(cd "$(dirname "$0")" && pwd)
SHARED=${POLKG_SHARED:-$HERE/../../../shared}
[ -f "$SHARED/eval/score.py" ] || { echo "skipped: no $SHARED/eval/score.py"; exit 77; }
KINDS=no
if [ "$CORPUS" = dev ]; then
  CORPUS=$SHARED/corpus/dev KINDS=yes
  [ -d "$CORPUS" ] || { echo "skipped: no $CORPUS"; exit 77; }
fi
FLOOR=$(python3 -c "print(round($MEASURED - 0.02, 3))")
OUT=$(mktemp --suffix=.ttl); trap 'rm -f "$OUT"' EXIT
pass=0; fail=0
check() { if [ "$1" = ok ]; then pass=$((pass+1)); echo "ok: $2"; else fail=$((fail+1)); echo "FAIL: $2"; fi; }
if "$POLKG" build "$CORPUS" -o "$OUT" -q; then check ok "$CORPUS builds"; else check no "$CORPUS builds"; fi
JSON=$(python3 "$SHARED/eval/score.py" --gold "$CORPUS" --pred "$OUT" --json | sed "/^F1 /d")
F1=$(echo "$JSON" | python3 -c "import json,sys; print(round(json.load(sys.stdin)['micro']['f1'], 3))")
if python3 -c "import sys; sys.exit(0 if $F1 >= $FLOOR else 1)"; then check ok "micro-F1 $F1 >= $FLOOR"; else check no "micro-F1 $F1 >= $FLOOR"; fi
if [ "$KINDS" = yes ]; then
  while read -r kind f; do
    if python3 -c "import sys; sys.exit(0 if $f >= 0.75 else 1)"; then check ok "$kind F1 $f >= 0.75"; else check no "$kind F1 $f >= 0.75"; fi
  done < <(echo "$JSON" | python3 -c "
import json,sys
d=json.load(sys.stdin)['kinds']
for k,v in d.items():
    p=v['tp']/(v['tp']+v['fp']) if v['tp']+v['fp'] else 0; r=v['tp']/(v['tp']+v['fn']) if v['tp']+v['fn'] else 0
    print(k, round(2*p*r/(p+r) if p+r else 0, 3))")
fi
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
