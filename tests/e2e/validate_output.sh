#!/usr/bin/env bash
# End-to-end check of what polkg writes against the contract: the dev corpus
# as Turtle and as N-Quads, and the reference article, each parsed strictly by
# Jena's riot and validated with SHACL (ontology/shapes.ttl) by
# scripts/validate-rdf (which checks the report says sh:conforms true or has
# no sh:Violation). Needs Java and Maven (scripts/jena fetches Jena once).
# Usage: tests/e2e/validate_output.sh POLKG
# The last line is "N passed, M failed"; exit 0 only if all passed.
set -uo pipefail

POLKG="${1:?usage: validate_output.sh POLKG}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
SHARED="${POLKG_SHARED:-$ROOT/../shared}"
DEV="$SHARED/corpus/dev"
REF="$DEV/000_f06f2b1920db07c2.txt"
VALIDATE="$ROOT/scripts/validate-rdf"
passed=0; failed=0
TMP="$(mktemp -d "${TMPDIR:-/tmp}/polkg-validate.XXXXXX")"
trap 'rm -rf "$TMP"' EXIT

ok()   { passed=$((passed + 1)); echo "PASS $1"; }
fail() { failed=$((failed + 1)); echo "FAIL $1"; [ -n "${2:-}" ] && [ -r "$2" ] && sed 's/^/    /' "$2" | tail -n 40; }

if [ ! -r "$REF" ]; then
  echo "cannot find the dev corpus under $SHARED (set POLKG_SHARED)"
  echo "skipped"; exit 77
fi

build() {  # build NAME INPUT FORMAT
  if "$POLKG" build "$2" --format "$3" -o "$TMP/$1" >"$TMP/$1.log" 2>&1 && [ -s "$TMP/$1" ]; then
    ok "build $1"; return 0
  fi
  fail "build $1" "$TMP/$1.log"; return 1
}

outputs=()
build dev.ttl "$DEV" turtle && outputs+=(dev.ttl)
build dev.nq "$DEV" nquads && outputs+=(dev.nq)
build dev.nt "$DEV" ntriples && outputs+=(dev.nt)
build reference.ttl "$REF" turtle && outputs+=(reference.ttl)
build reference.nq "$REF" nquads && outputs+=(reference.nq)

# Known bug (reported to the lead, remove when fixed): a post node gets one
# rdfs:label per wording of the title ("Chair of the Federation Council" in
# dev-11, "Chairperson of the Federation Council" in dev-04), so the union of
# the dev corpus has posts with two labels (psh:EntityLabel). A report whose
# every violation is that one is XFAIL; any other violation fails.
only_known_violations() {  # REPORT
  awk '
    /sh:ValidationResult/ { if (inres) done(); inres = 1; sev = ""; focus = ""; shape = "" }
    /sh:resultSeverity/ { sev = $2 }
    /sh:focusNode/ { focus = $2 }
    /sh:sourceShape/ { shape = $2 }
    function done() { if (sev ~ /Violation/) { n++; if (!(focus ~ /\/post\// && shape ~ /psh:EntityLabel/)) other++ } }
    END { if (inres) done(); exit (n > 0 && other == 0) ? 0 : 1 }
  ' "$1"
}
xfailed=0
for f in "${outputs[@]}"; do
  "$VALIDATE" "$TMP/$f" >"$TMP/$f.validate" 2>&1
  rc=$?
  if [ "$rc" -eq 0 ] && grep -q "valid, conforms" "$TMP/$f.validate"; then ok "$f: riot strict parse and SHACL conform"
  elif [ "$rc" -eq 1 ] && grep -q "does NOT conform" "$TMP/$f.validate" && only_known_violations "$TMP/$f.validate"; then
    xfailed=$((xfailed + 1))
    echo "XFAIL $f: only the known bug (a post with two rdfs:label)"
    grep -E "sh:focusNode" "$TMP/$f.validate" | sed 's/^ */    /'
  else fail "$f: riot strict parse and SHACL conform (validate-rdf exit $rc)" "$TMP/$f.validate"; fi
done

# The validator itself must reject a broken graph (so a pass above means something).
printf '<https://example.org/polkg/event/x> a <https://w3id.org/polkg/ontology#Visit> ;\n  <https://w3id.org/polkg/ontology#date> "2023-5-16"^^<http://www.w3.org/2001/XMLSchema#date> .\n' >"$TMP/broken.ttl"
"$VALIDATE" "$TMP/broken.ttl" >"$TMP/broken.validate" 2>&1
rc=$?
if [ "$rc" -eq 1 ]; then ok "validate-rdf rejects an ill-formed date (exit 1)"
else fail "validate-rdf rejects an ill-formed date (exit $rc, want 1)" "$TMP/broken.validate"; fi

[ "$xfailed" -gt 0 ] && echo "($xfailed known failures, see XFAIL above)"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
