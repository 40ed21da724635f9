#!/usr/bin/env bash
# End-to-end quality check: the reference article of the dev corpus builds to
# a graph the scorer gives F1 >= 0.90, and every dev article (the whole
# ../shared/corpus/dev directory, .txt and .jsonl) builds with exit 0.
# Usage: tests/e2e/reference_f1.sh POLKG   (shared/ is $POLKG_SHARED or <repo>/../shared)
# The last line is "N passed, M failed"; exit 0 only if all passed.
set -uo pipefail

POLKG="${1:?usage: reference_f1.sh POLKG}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
SHARED="${POLKG_SHARED:-$ROOT/../shared}"
DEV="$SHARED/corpus/dev"
REF="000_f06f2b1920db07c2"
SCORE="$SHARED/eval/score.py"
MIN_F1="0.90"
passed=0; failed=0
TMP="$(mktemp -d "${TMPDIR:-/tmp}/polkg-ref.XXXXXX")"
trap 'rm -rf "$TMP"' EXIT

ok()   { passed=$((passed + 1)); echo "PASS $1"; }
fail() { failed=$((failed + 1)); echo "FAIL $1"; [ -n "${2:-}" ] && [ -r "$2" ] && sed 's/^/    /' "$2" | tail -n 30; }

if [ ! -r "$DEV/$REF.txt" ] || [ ! -r "$SCORE" ]; then
  echo "cannot find the dev corpus or the scorer under $SHARED (set POLKG_SHARED)"
  echo "skipped"; exit 77
fi

# 1. The reference article: F1 >= 0.90.
if "$POLKG" build "$DEV/$REF.txt" -o "$TMP/ref.ttl" >"$TMP/build.log" 2>&1; then
  ok "reference article builds"
  python3 "$SCORE" --gold "$DEV/$REF.gold.json" --pred "$TMP/ref.ttl" >"$TMP/score.log" 2>&1
  f1="$(tail -n 1 "$TMP/score.log" | sed -n 's/^F1 \([0-9.]*\)$/\1/p')"
  if [ -z "$f1" ]; then fail "reference article is scored" "$TMP/score.log"
  elif python3 -c "import sys; sys.exit(0 if float('$f1') >= $MIN_F1 else 1)"; then ok "reference article F1 $f1 >= $MIN_F1"
  else fail "reference article F1 $f1 >= $MIN_F1" "$TMP/score.log"; fi
else
  fail "reference article builds (exit $?)" "$TMP/build.log"
fi

# 2. Every dev article builds, one by one, with exit 0 and a non-empty graph.
for f in "$DEV"/*.txt; do
  name="$(basename "$f" .txt)"
  if "$POLKG" build "$f" -o "$TMP/$name.ttl" >"$TMP/$name.log" 2>&1 && [ -s "$TMP/$name.ttl" ]; then
    ok "dev article $name builds"
  else
    fail "dev article $name builds" "$TMP/$name.log"
  fi
done

# 3. The whole directory (.txt beside dev.jsonl, merged by id) builds with exit 0.
if "$POLKG" build "$DEV" -o "$TMP/dev.ttl" >"$TMP/dev.log" 2>&1; then
  n_txt="$(ls "$DEV"/*.txt | wc -l)"
  if grep -q "^documents: $n_txt\$" "$TMP/dev.log"; then ok "dev directory builds ($n_txt documents)"
  else fail "dev directory builds: $n_txt documents expected" "$TMP/dev.log"; fi
  python3 "$SCORE" --gold "$DEV" --pred "$TMP/dev.ttl" >"$TMP/dev-score.log" 2>&1
  echo "    dev corpus: $(tail -n 1 "$TMP/dev-score.log")"
else
  fail "dev directory builds (exit $?)" "$TMP/dev.log"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
