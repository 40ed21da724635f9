#!/usr/bin/env bash
# Tests of the ontology, the SHACL shapes and scripts/validate-rdf:
#  - ontology/polkg.ttl and ontology/shapes.ttl parse with riot --validate (no warning);
#  - every polkg: term used in the shapes, the test graphs and the contract
#    (../shared/design/ONTOLOGY.md, when present) is declared in polkg.ttl
#    with an rdfs:label and an rdfs:comment;
#  - good.ttl passes scripts/validate-rdf --strict (no violation, no warning);
#  - each bad-*.ttl parses but fails SHACL, with the message its
#    "# expect:" line names;
#  - the example query of ontology/README.md returns an evidence sentence.
# Exit 0 only if all hold; the last line is "N passed, M failed".
# Usage: tests/rdf/run-shape-tests.sh   (fetches Jena on first use: see scripts/jena)
set -uo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
JENA="$ROOT/scripts/jena"
VALIDATE="$ROOT/scripts/validate-rdf"
ONTO="$ROOT/ontology/polkg.ttl"
SHAPES="$ROOT/ontology/shapes.ttl"
CONTRACT="$ROOT/../shared/design/ONTOLOGY.md"
passed=0; failed=0
TMP="$(mktemp -d "${TMPDIR:-/tmp}/shape-tests.XXXXXX")"
trap 'rm -rf "$TMP"' EXIT

ok()   { passed=$((passed + 1)); echo "PASS $1"; }
fail() { failed=$((failed + 1)); echo "FAIL $1"; [ -n "${2:-}" ] && sed 's/^/    /' "$2"; }

"$JENA" fetch >/dev/null || { echo "cannot fetch Jena"; echo "0 passed, 1 failed"; exit 1; }

# 1. The ontology and the shapes parse cleanly.
if "$JENA" riot --validate "$ONTO" "$SHAPES" >"$TMP/out" 2>&1; then ok "ontology and shapes parse"
else fail "ontology and shapes parse" "$TMP/out"; fi

# 2. Every polkg: term used is declared, labelled and commented in polkg.ttl.
cat >"$TMP/declared.rq" <<'EOF'
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?t WHERE {
  ?t a ?kind ; rdfs:label ?l ; rdfs:comment ?c .
  FILTER STRSTARTS(STR(?t), "https://w3id.org/polkg/ontology#")
}
EOF
"$JENA" arq --data="$ONTO" --query="$TMP/declared.rq" --results=tsv 2>/dev/null \
  | sed -n 's|^<https://w3id.org/polkg/ontology#\(.*\)>$|\1|p' | sort -u >"$TMP/declared"
used_files=("$SHAPES" "$HERE"/*.ttl)
[ -r "$CONTRACT" ] && used_files+=("$CONTRACT")
{
  grep -ohE 'polkg:[A-Za-z]+' "${used_files[@]}" | sed 's/^polkg://'
  # event classes and subclasses the extractor's trigger lexicon writes
  [ -r "$ROOT/ontology/lexicon/triggers.tsv" ] &&
    awk -F'\t' '!/^#/ && NR > 1 && $1 != "form" { if ($2 != "") print $2; if ($3 != "") print $3 }' \
      "$ROOT/ontology/lexicon/triggers.tsv"
} | sort -u >"$TMP/used"
comm -23 "$TMP/used" "$TMP/declared" >"$TMP/undeclared"
if [ -s "$TMP/declared" ] && [ ! -s "$TMP/undeclared" ]; then
  ok "all $(wc -l <"$TMP/used") polkg: terms used are declared in polkg.ttl"
else
  echo "undeclared or unlabelled terms:" >>"$TMP/undeclared"
  fail "polkg: terms declared" "$TMP/undeclared"
fi

# 3. The good graph conforms, without warnings.
if "$VALIDATE" --strict "$HERE/good.ttl" >"$TMP/out" 2>&1; then ok "good.ttl conforms"
else fail "good.ttl conforms" "$TMP/out"; fi

# 4. Each bad graph parses but violates the shapes, for the expected reason.
for f in "$HERE"/bad-*.ttl; do
  name="$(basename "$f")"
  expect="$(sed -n 's/^# expect: //p' "$f" | head -n 1)"
  "$VALIDATE" "$f" >"$TMP/out" 2>&1
  rc=$?
  if [ "$rc" -ne 1 ]; then fail "$name fails SHACL (exit $rc, want 1)" "$TMP/out"
  elif ! grep -q 'does NOT conform' "$TMP/out"; then fail "$name fails SHACL (failed before SHACL)" "$TMP/out"
  elif [ -n "$expect" ] && ! grep -qF -- "$expect" "$TMP/out"; then fail "$name reports \"$expect\"" "$TMP/out"
  else ok "$name fails SHACL: $expect"; fi
done

# 5. The README's example query returns the evidence sentence of a post holding.
sed -n '/^```sparql/,/^```$/p' "$ROOT/ontology/README.md" | sed '1d;$d' >"$TMP/readme.rq"
if "$JENA" arq --data="$HERE/good.ttl" --query="$TMP/readme.rq" --results=csv >"$TMP/out" 2>&1 &&
   grep -qF 'Yerlan Koshanov was elected Chairman of the Majilis again.' "$TMP/out"; then
  ok "ontology/README.md query returns the evidence sentence"
else fail "ontology/README.md query returns the evidence sentence" "$TMP/out"; fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
