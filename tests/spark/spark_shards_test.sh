#!/usr/bin/env bash
# polkg as a Spark mapper (examples/spark/polkg_spark.py) in local mode: a
# generated corpus of 60 articles (one spelling per person: docs/scale.md says
# why; two of them without an "id") is split into
# 3 partitions, each piped through `polkg build --stdin --format nquads -q`;
# the union of the shards, as a set of N-Quads lines, must equal what one
# `polkg build CORPUS --format nquads` writes for the same corpus.
# The shards then bulk-load with tdb2.tdbloader (when scripts/jena has its jars).
# Skips (77) when PySpark (examples/spark/install-pyspark), Java or polkg's
# --stdin is missing.
# Usage: tests/spark/spark_shards_test.sh POLKG
# The last line is "N passed, M failed"; exit 0 only if all passed.
set -uo pipefail

POLKG="$(cd "$(dirname "${1:?usage: spark_shards_test.sh POLKG}")" && pwd)/$(basename "$1")"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PY="${PYSPARK_PYTHON:-$ROOT/tools/pyspark/bin/python}"
passed=0; failed=0
skip() { echo "skipped: $*"; exit 77; }
ok()   { passed=$((passed + 1)); echo "PASS $1"; }
fail() { failed=$((failed + 1)); echo "FAIL $1"; [ -n "${2:-}" ] && [ -r "$2" ] && sed 's/^/    /' "$2" | head -n 30; }

[ -x "$PY" ] && "$PY" -c 'import pyspark' 2>/dev/null || skip "no PySpark at $PY (run examples/spark/install-pyspark)"
command -v java >/dev/null || skip "no java (Spark needs Java 17)"
"$POLKG" build --help 2>/dev/null | grep -E -- '(^|[ ,])--stdin\b' >/dev/null || skip "polkg build has no --stdin yet"

TMP="$(mktemp -d "${TMPDIR:-/tmp}/polkg-spark.XXXXXX")"
trap 'rm -rf "$TMP"' EXIT
cd "$TMP" || exit 1

# The corpus: 60 generated articles; records 4 and 10 lose their id, so the
# mapper must give them polkg's own default (corpus-4, corpus-10).
python3 "$ROOT/bench/gen_corpus.py" 60 --seed 11 --variants 0 -o gen.jsonl 2>/dev/null || { echo "gen_corpus failed"; exit 1; }
python3 - <<'PY'
import json
with open("gen.jsonl", encoding="utf-8") as f, open("corpus.jsonl", "w", encoding="utf-8") as out:
    for n, line in enumerate(f, 1):
        r = json.loads(line)
        if n in (4, 10):
            del r["id"]
        out.write(json.dumps(r, ensure_ascii=False) + "\n")
PY

"$POLKG" build corpus.jsonl --format nquads -o whole.nq 2>whole.err
rc=$?
if [ "$rc" -eq 0 ] && [ "$(wc -l <whole.nq)" -gt 1000 ]; then ok "single build: $(wc -l <whole.nq) quads"
else fail "single build (exit $rc)" whole.err; fi

"$PY" "$ROOT/examples/spark/polkg_spark.py" corpus.jsonl spark --partitions 3 --master 'local[2]' \
  --polkg "$POLKG" >spark.log 2>&1
rc=$?
shards=(spark/shards/part-*.nq)
nonempty=0
for s in "${shards[@]}"; do [ -s "$s" ] && nonempty=$((nonempty + 1)); done
if [ "$rc" -eq 0 ] && [ "$nonempty" -ge 2 ]; then ok "Spark job: ${#shards[@]} shards, $nonempty not empty"
else fail "Spark job (exit $rc, $nonempty shards not empty)" spark.log; fi

LC_ALL=C sort -u whole.nq >want.nq
cat "${shards[@]}" 2>/dev/null | LC_ALL=C sort -u >got.nq
if cmp -s want.nq got.nq; then ok "union of the shards = single build ($(wc -l <want.nq) distinct quads)"
else
  LC_ALL=C comm -23 want.nq got.nq >missing.nq; LC_ALL=C comm -13 want.nq got.nq >extra.nq
  { echo "only in the single build: $(wc -l <missing.nq)"; head -n 10 missing.nq
    echo "only in the shards: $(wc -l <extra.nq)"; head -n 10 extra.nq; } >diff.txt
  fail "union of the shards = single build" diff.txt
fi
if grep -q '<[^>]*/document/corpus-4>' got.nq && grep -q '<[^>]*/document/corpus-10>' got.nq; then
  ok "records without an id keep polkg's default ids (corpus-4, corpus-10)"
else fail "records without an id keep polkg's default ids"; fi

# The shards bulk-load as they are (scripts/jena tdb2.tdbloader): the
# database then holds as many quads as the shards have distinct lines,
# counted by a query (the loader's own "Quads = N" line is sometimes missing
# from its log: Jena 5.6.0 can exit before its last log line is written).
if ls "$ROOT"/tools/jena/lib/.complete-* >/dev/null 2>&1; then
  "$ROOT/scripts/jena" tdb2.tdbloader --loc tdb2 "${shards[@]}" >load.log 2>&1
  rc=$?
  "$ROOT/scripts/jena" tdb2.tdbquery --loc tdb2 --results=tsv \
    'SELECT (COUNT(*) AS ?n) { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }' >count.tsv 2>>load.log
  loaded=$(sed -n 2p count.tsv)
  if [ "$rc" -eq 0 ] && [ "${loaded:-0}" -eq "$(wc -l <got.nq)" ]; then ok "tdb2.tdbloader loads the shards: $loaded quads"
  else fail "tdb2.tdbloader loads the shards (exit $rc, ${loaded:-no} quads, want $(wc -l <got.nq))" load.log; fi
else
  echo "SKIP tdb2.tdbloader: Jena's jars are not fetched (scripts/jena fetch)"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
