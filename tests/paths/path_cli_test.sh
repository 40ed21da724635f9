#!/bin/sh
# End-to-end test of `polkg path` and `polkg neighbors` on data/small.ttl:
# exit codes (0 done, also for no path; 1 unknown or ambiguous name, bad
# graph; 2 usage) and the JSON of ../shared/design/CLI.md.
# Usage: path_cli_test.sh POLKG DATA_DIR
set -u
POLKG=$1
DATA=$2
G=$DATA/small.ttl
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
failures=0

fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# expect CODE ARGS...: runs polkg, output in $TMP/out and $TMP/err
expect() {
  code=$1
  shift
  "$POLKG" "$@" >"$TMP/out" 2>"$TMP/err"
  rc=$?
  [ "$rc" -eq "$code" ] || fail "polkg $* exited $rc, expected $code: $(cat "$TMP/err")"
}

# json_check PYTHON-EXPRESSION-ON-j: checks $TMP/out
json_check() {
  python3 -c "import json,sys; j=json.load(open('$TMP/out')); sys.exit(0 if ($1) else 1)" ||
    fail "JSON check failed: $1: $(head -c 400 "$TMP/out")"
}

expect 0 path --graph "$G" "Yerlan Koshanov" "ilham aliyev" --format json
json_check "j['from']['type'] == 'Official' and j['to']['label'] == 'Ilham Aliyev' and len(j['paths']) == 1"
json_check "j['paths'][0]['length'] == 2 and [h['direction'] for h in j['paths'][0]['hops']] == ['backward', 'forward']"
json_check "all(h['evidence'][0]['document'] == 'doc1' and h['evidence'][0]['date'] == '2023-05-16' for h in j['paths'][0]['hops'])"
json_check "j['paths'][0]['hops'][0]['predicate'] == 'https://w3id.org/polkg/ontology#participant'"

expect 0 path --graph "$G" koshanov aliyev -k 3 --format json
json_check "[p['length'] for p in j['paths']] == [2, 3, 4]"
expect 0 path --graph "$G" koshanov aliyev --max-length 5 --format json
json_check "[p['length'] for p in j['paths']] == [2, 3, 4, 5, 5, 5]"
expect 0 path --graph "$G" koshanov aliyev --avoid "Meeting of Yerlan Koshanov and Ilham Aliyev" --format json
json_check "[p['length'] for p in j['paths']] == [4]"
expect 0 path --graph "$G" koshanov aliyev --exclude participant --format json
json_check "j['paths'] == []"
expect 0 path --graph "$G" koshanov aliyev --only polkg:participant --only partOf -k 9 --format json
json_check "[p['length'] for p in j['paths']] == [2, 3]"
expect 0 path --graph "$G" koshanov aliyev --weight degree --format json
json_check "[p['length'] for p in j['paths']] == [2]"
expect 0 path --graph "$G" koshanov koshanov --format json
json_check "j['paths'] == [{'length': 0, 'hops': []}]"

# No path is not an error.
expect 0 path --graph "$G" "Yerlan Koshanov" "Marat Tazhin" --format json
json_check "j['paths'] == []"

# Unknown and ambiguous names, a bad graph: exit 1.
expect 1 path --graph "$G" "Yerlan Koshanov" "Nobody Atall"
grep -q 'no entity named "Nobody Atall"' "$TMP/err" || fail "unknown name not reported"
expect 1 path --graph "$DATA/names.ttl" Senate "Milli Majlis"
grep -q 'Senate of France (Chamber)' "$TMP/err" && grep -q 'Senate of Kazakhstan (Chamber)' "$TMP/err" ||
  fail "ambiguous candidates not listed: $(cat "$TMP/err")"
expect 1 path --graph "$G" koshanov aliyev --avoid Nobody
expect 1 path --graph "$DATA/bad.ttl" a b
grep -q 'bad.ttl:4' "$TMP/err" || fail "parse error without file and line: $(cat "$TMP/err")"

# Usage errors: exit 2.
expect 2 path --graph "$G" koshanov aliyev -k 2 --max-length 3
expect 2 path koshanov aliyev
expect 2 path --graph "$G" koshanov aliyev --format xml
expect 2 neighbors --graph "$G" koshanov --format sparql

# The other formats.
expect 0 path --graph "$G" koshanov aliyev -k 2 --format dot
grep -q '^digraph polkg {' "$TMP/out" || fail "dot output"
expect 0 path --graph "$G" koshanov aliyev --format sparql
grep -q 'SELECT DISTINCT ?path ?v1 ?v1Label WHERE {' "$TMP/out" || fail "sparql output"
expect 0 path --graph "$G" koshanov aliyev --format text
grep -q 'characters 61-120' "$TMP/out" || fail "text output"
"$POLKG" path --graph "$G" koshanov aliyev --format svg >"$TMP/out" 2>"$TMP/err"
rc=$?
if [ $rc -eq 0 ]; then grep -q '<svg' "$TMP/out" || fail "svg output"
else grep -q 'dot' "$TMP/err" || fail "svg without dot: $(cat "$TMP/err")"; fi

# neighbors
expect 0 neighbors --graph "$G" koshanov --format json
json_check "[n['entity']['label'] for n in j['neighbors']] == ['Chairman of the Majilis', 'Meeting of Yerlan Koshanov and Ilham Aliyev', 'Visit of Yerlan Koshanov to Azerbaijan'] and len(j['edges']) == 3"
expect 0 neighbors --graph "$G" koshanov --depth 2 --format json
json_check "sorted(set(n['distance'] for n in j['neighbors'])) == [1, 2] and j['depth'] == 2"
expect 0 neighbors --graph "$G" koshanov --depth 2
grep -q 'Ilham Aliyev (Official)' "$TMP/out" || fail "neighbors text"
expect 1 neighbors --graph "$G" Nobody

[ $failures -eq 0 ] && echo "path_cli: all checks passed"
exit $failures
