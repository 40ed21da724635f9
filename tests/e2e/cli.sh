#!/usr/bin/env bash
# End-to-end tests of the `polkg` command line: help and version, standard
# output and the summary, exit codes (0 ok, 1 bad input or I/O, 2 usage),
# bad records that are skipped, and outputs that are never half written.
# Usage: tests/e2e/cli.sh POLKG
# The last line is "N passed, M failed"; exit 0 only if all passed.
set -uo pipefail

POLKG="${1:?usage: cli.sh POLKG}"
passed=0; failed=0
TMP="$(mktemp -d "${TMPDIR:-/tmp}/polkg-cli.XXXXXX")"
trap 'rm -rf "$TMP"' EXIT
cd "$TMP" || exit 1

ok()   { passed=$((passed + 1)); echo "PASS $1"; }
fail() { failed=$((failed + 1)); echo "FAIL $1"; shift; for f in "$@"; do [ -r "$f" ] && sed 's/^/    /' "$f" | head -n 20; done; }

# check NAME WANT_RC -- COMMAND...: runs COMMAND (stdout to out, stderr to err), checks its exit code.
check() {
  local name="$1" want="$2"; shift 3
  "$@" >out 2>err
  local rc=$?
  if [ "$rc" -eq "$want" ]; then ok "$name (exit $rc)"; return 0; fi
  fail "$name: exit $rc, want $want" err
  return 1
}

# expect NAME CONDITION...: a test that is a shell condition.
expect() {
  local name="$1"; shift
  if "$@"; then ok "$name"; else fail "$name" err; fi
}

ARTICLE='date 2023-05-16
BAKU. KAZINFORM – Chairman of the Majilis of Parliament of Kazakhstan Yerlan Koshanov arrived in Azerbaijan for a working visit.

Koshanov met Speaker of the Milli Majlis Sahiba Gafarova in Baku on May 16.'
printf '%s\n' "$ARTICLE" >article.txt

# --- help and version -------------------------------------------------------
check "--help" 0 -- "$POLKG" --help && expect "--help lists build" grep -q "build" out
check "build --help" 0 -- "$POLKG" build --help && expect "build --help lists --output" grep -q -- "--output" out
check "--version" 0 -- "$POLKG" --version && expect "--version prints the version" grep -Eq '^polkg [0-9]+\.[0-9]+\.[0-9]+$' out
check "no subcommand is a usage error" 2 -- "$POLKG"

# --- standard output and summary -------------------------------------------
if check "-o - writes to stdout" 0 -- "$POLKG" build article.txt -o -; then
  expect "stdout is Turtle with the polkg prefix" grep -q '^@prefix polkg: <https://w3id.org/polkg/ontology#> \.' out
  expect "stdout parses as Turtle (rapper)" rapper -q -i turtle -c out
  expect "stdout has the document" grep -q 'dcterms:identifier "article"' out
  expect "stdout holds no summary" bash -c '! grep -Eq "^(documents|entities|events|triples):" out'
  for line in documents entities events triples; do
    expect "summary line '$line:' on stderr" grep -Eq "^$line: " err
  done
  expect "summary counts one document" grep -q '^documents: 1$' err
fi
if check "N-Quads to stdout" 0 -- "$POLKG" build article.txt --format nquads -o -; then
  n="$(grep -c . out)"
  expect "summary triples = N-Quads lines ($n)" grep -q "^triples: $n\$" err
fi
check "-q silences the summary" 0 -- "$POLKG" build article.txt -q -o - && expect "no summary with -q" bash -c '! grep -q "^documents:" err'
check "default output is stdout" 0 -- "$POLKG" build article.txt && expect "Turtle on stdout by default" grep -q '^@prefix' out

# --- exit codes ---------------------------------------------------------------
check "missing input" 1 -- "$POLKG" build no-such-article.txt -o missing.ttl &&
  expect "missing input is named" grep -q "no-such-article.txt" err
expect "missing input writes nothing" test ! -e missing.ttl
check "unknown option" 2 -- "$POLKG" build --no-such-option article.txt
check "unknown subcommand" 2 -- "$POLKG" frobnicate article.txt
check "bad --format" 2 -- "$POLKG" build article.txt --format rdfxml -o bad-format.out
expect "bad --format writes nothing" test ! -e bad-format.out
check "bad --base" 2 -- "$POLKG" build article.txt --base "http://example.org/a b/" -o bad-base.ttl
expect "bad --base writes nothing" test ! -e bad-base.ttl
check "format from the -o extension" 0 -- "$POLKG" build article.txt -o ext.nt &&
  expect "ext.nt is N-Triples (rapper)" rapper -q -i ntriples -c ext.nt

# a .jsonl with one broken line: exit 1, the good records are still written
{
  printf '%s\n' '{"id": "good-1", "date": "2023-05-16", "text": "ASTANA. KAZINFORM – Maulen Ashimbayev, Chairman of the Senate of Kazakhstan, met the Ambassador."}'
  printf '%s\n' '{"id": "broken", "text": "no closing quote}'
  printf '%s\n' '{"id": "good-2", "date": "2023-05-17", "text": "TASHKENT (UzA) -- Speaker Tanzila Narbaeva met the delegation."}'
} >corpus.jsonl
if check "jsonl with a broken line" 1 -- "$POLKG" build corpus.jsonl -o corpus.ttl; then
  expect "broken line reported with file and line" grep -q "corpus.jsonl:2" err
  expect "summary counts the failure" grep -q '^documents: 2 (1 failed)$' err
  expect "good record 1 written" grep -q '"good-1"' corpus.ttl
  expect "good record 2 written" grep -q '"good-2"' corpus.ttl
  expect "broken record not written" bash -c '! grep -q "\"broken\"" corpus.ttl'
fi

# invalid UTF-8: exit 1, the byte offset in the message
printf 'date 2023-05-16\nThe Speaker \xff met.\n' >bad-utf8.txt
if check "invalid UTF-8" 1 -- "$POLKG" build bad-utf8.txt -o bad-utf8.ttl; then
  expect "invalid UTF-8 names file and byte 28" grep -q "bad-utf8.txt (byte 28): invalid UTF-8" err
fi

# an output path in a directory that does not exist: exit 1, nothing written
check "output in a missing directory" 1 -- "$POLKG" build article.txt -o no/such/dir/out.ttl
expect "no directory created" test ! -e no

# a failed run leaves the previous output untouched, and no temporary file
printf 'previous content\n' >keep.ttl
cp keep.ttl keep.orig
printf 'type\tlabel\taliases\tstate\tparent\tattributes\tsource\nChamber\tMajilis\n' >bad-gazetteer.tsv
check "missing input with an existing -o" 1 -- "$POLKG" build no-such.txt -o keep.ttl
expect "previous output untouched (missing input)" cmp -s keep.ttl keep.orig
check "malformed --gazetteer" 1 -- "$POLKG" build article.txt --gazetteer bad-gazetteer.tsv -o keep.ttl &&
  expect "malformed gazetteer named with its line" grep -q "bad-gazetteer.tsv:2" err
expect "previous output untouched (bad gazetteer)" cmp -s keep.ttl keep.orig
check "bad --base with an existing -o" 2 -- "$POLKG" build article.txt --base ftp://x/ -o keep.ttl
expect "previous output untouched (bad base)" cmp -s keep.ttl keep.orig
check "bad --format with an existing -o" 2 -- "$POLKG" build article.txt --format xml -o keep.ttl
expect "previous output untouched (bad format)" cmp -s keep.ttl keep.orig
expect "no temporary file left" bash -c '! ls -A | grep -q "^\.polkg-"'
# and a successful run replaces it completely
check "successful run over an existing -o" 0 -- "$POLKG" build article.txt -o keep.ttl
expect "output replaced and valid Turtle" rapper -q -i turtle -c keep.ttl

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
