#!/usr/bin/env bash
# End-to-end tests of `polkg build` at corpus scale: the output does not
# depend on -j; N-Quads, N-Triples and Turtle give the same triples; --update
# and --store give what one build of everything gives; --stdin is INPUT -;
# no progress line when standard error is not a terminal.
# Usage: tests/e2e/build_corpus.sh POLKG [CORPUS_DIR]  (default: the dev
# corpus, $POLKG_DEV_CORPUS or ../shared/corpus/dev beside the checkout)
# The last line is "N passed, M failed"; exit 0 only if all passed.
set -uo pipefail

POLKG="$(realpath "${1:?usage: build_corpus.sh POLKG [CORPUS_DIR]}")"
HERE="$(cd "$(dirname "$0")" && pwd)"
CORPUS="${2:-${POLKG_DEV_CORPUS:-$HERE/../../../shared/corpus/dev}}"
[ -d "$CORPUS" ] || { echo "SKIP: no corpus at $CORPUS"; exit 77; }
passed=0; failed=0
TMP="$(mktemp -d "${TMPDIR:-/tmp}/polkg-scale.XXXXXX")"
trap 'rm -rf "$TMP"' EXIT

ok()   { passed=$((passed + 1)); echo "PASS $1"; }
fail() { failed=$((failed + 1)); echo "FAIL $1"; shift; for f in "$@"; do [ -r "$f" ] && sed 's/^/    /' "$f" | head -n 20; done; }
expect() { local name="$1"; shift; if "$@"; then ok "$name"; else fail "$name" "$TMP/err"; fi; }
# same_set A B: both files exist, are not empty and hold the same lines.
same_set() { [ -s "$1" ] && [ -s "$2" ] && cmp -s <(LC_ALL=C sort -u "$1") <(LC_ALL=C sort -u "$2"); }

# A corpus of 3 x the articles, each under its own id, as JSON Lines.
python3 - "$CORPUS" >"$TMP/corpus.jsonl" <<'PY' || exit 1
import json, pathlib, sys
arts = sorted(pathlib.Path(sys.argv[1]).glob("*.txt"))
for r in range(3):
    for a in arts:
        print(json.dumps({"id": f"{a.stem}-{r}", "text": a.read_text(encoding="utf-8")}))
PY
n=$(wc -l <"$TMP/corpus.jsonl")
head -n $((n / 2)) "$TMP/corpus.jsonl" >"$TMP/first.jsonl"
tail -n +$((n / 2 + 1)) "$TMP/corpus.jsonl" >"$TMP/second.jsonl"
sed -n "$((n / 2 - 1)),$((n / 2))p" "$TMP/corpus.jsonl" >"$TMP/again.jsonl"  # 2 documents of the first half

cd "$TMP" || exit 1
"$POLKG" build -q -j 1 corpus.jsonl -o j1.nq 2>err && "$POLKG" build -q -j 2 corpus.jsonl -o j2.nq 2>err &&
  "$POLKG" build -q -j 3 corpus.jsonl -o j3.nq 2>err
expect "-j 1, 2 and 3 write the same bytes (N-Quads)" cmp -s j1.nq j2.nq
expect "-j 3 writes the same bytes" cmp -s j1.nq j3.nq
"$POLKG" build -q -j 1 corpus.jsonl -o j1.ttl 2>err && "$POLKG" build -q -j 2 corpus.jsonl -o j2.ttl 2>err
expect "-j 1 and 2 write the same bytes (Turtle)" cmp -s j1.ttl j2.ttl
expect "N-Quads has one named graph per document" \
  test "$(grep -o '<[^>]*/document/[^>#]*> \.$' j1.nq | sort -u | wc -l)" -eq "$n"

"$POLKG" build -q corpus.jsonl -o all.nt 2>err
"$POLKG" query j1.ttl 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }' --format csv >ttl.count 2>err
"$POLKG" query all.nt 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }' --format csv >nt.count 2>err
expect "Turtle and N-Triples hold the same number of triples" bash -c "[ -s ttl.count ] && cmp -s ttl.count nt.count"
expect "N-Triples has no duplicate line" test -s all.nt -a "$(sort all.nt | uniq -d | wc -l)" -eq 0

# --update: the first half, then the second half plus two documents again.
"$POLKG" build -q first.jsonl -o kg.nq 2>err
cat second.jsonl again.jsonl >rest.jsonl
"$POLKG" build rest.jsonl --update kg.nq 2>err
expect "--update reports the kept documents" grep -q "kept from kg.nq" err
expect "--update gives the graph of one build of everything" same_set kg.nq j1.nq
"$POLKG" build -q again.jsonl --update j1.ttl -o x.nq 2>err
expect "--update refuses a Turtle graph with a clear message" grep -q "needs an N-Quads graph" err

# --store: two builds into one store, then the whole store written out.
"$POLKG" build -q first.jsonl --store st 2>err
"$POLKG" build -q rest.jsonl --store st -o st.nq 2>err
expect "--store gives the graph of one build of everything" same_set st.nq j1.nq
expect "--store keeps the entity registry" test -s st/entities.tsv

# --stdin and -: JSON Lines on standard input.
"$POLKG" build -q --stdin --format nquads <corpus.jsonl >stdin.nq 2>err
expect "--stdin gives what the file gives" cmp -s stdin.nq j1.nq

# Progress only on a terminal: here standard error is a file.
"$POLKG" build -j 2 corpus.jsonl -o p.nq 2>err
expect "no progress line when standard error is not a terminal" bash -c "! grep -q $'\r' err && grep -q '^documents: $n' err"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
