#!/usr/bin/env bash
# Corpus-scale behaviour of `polkg build` on generated corpora (bench/gen_corpus.py):
#   corpus   the generator: deterministic (any PYTHONHASHSEED), N articles are
#            the prefix of N+M, --first continues a corpus; lengths like the dev
#            corpus; polkg reads every record, finds at least one event each.
#   jobs     -j 1 and -j 2 write the same bytes (N-Quads and Turtle).
#   stdin    --stdin (JSON Lines on standard input) writes what INPUT does.
#   update   --update KG.nq adding articles, one of them a re-processed document
#            with a new text: as a set of quads, the same as one build of the
#            final corpus (the old document's facts gone), no quad twice.
# A mode whose flag polkg build lacks is skipped (77).
# Usage: tests/scale/scale_test.sh POLKG corpus|jobs|stdin|update
# The last line is "N passed, M failed"; exit 0 only if all passed.
set -uo pipefail

POLKG="$(cd "$(dirname "${1:?usage: scale_test.sh POLKG MODE}")" && pwd)/$(basename "$1")"
MODE="${2:?usage: scale_test.sh POLKG MODE}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
GEN="$ROOT/bench/gen_corpus.py"
passed=0; failed=0
ok()   { passed=$((passed + 1)); echo "PASS $1"; }
fail() { failed=$((failed + 1)); echo "FAIL $1"; [ -n "${2:-}" ] && [ -r "$2" ] && sed 's/^/    /' "$2" | head -n 20; }
expect() { local name="$1"; shift; if "$@"; then ok "$name"; else fail "$name" err; fi; }
has_flag() { "$POLKG" build --help 2>/dev/null | grep -E -- "(^|[ ,])$1\b" >/dev/null; }
gen() { python3 "$GEN" "$@" 2>/dev/null; }
set_of() { LC_ALL=C sort -u "$1"; }

TMP="$(mktemp -d "${TMPDIR:-/tmp}/polkg-scale.XXXXXX")"
trap 'rm -rf "$TMP"' EXIT
cd "$TMP" || exit 1

case "$MODE" in
corpus)
  gen 300 --seed 3 -o a.jsonl
  PYTHONHASHSEED=77 gen 300 --seed 3 -o b.jsonl
  expect "same seed, same bytes (any PYTHONHASHSEED)" cmp -s a.jsonl b.jsonl
  gen 200 --seed 3 -o p.jsonl; gen 100 --seed 3 --first 200 -o q.jsonl
  expect "200 articles + --first 200 = the first 300" bash -c 'cat p.jsonl q.jsonl | cmp -s - a.jsonl'
  gen 300 --seed 4 -o c.jsonl
  expect "another seed, another corpus" bash -c '! cmp -s a.jsonl c.jsonl'
  python3 - a.jsonl >err 2>&1 <<'PY'
import json, statistics, sys
recs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
meta = json.load(open(sys.argv[1] + ".meta.json"))
ids = {r["id"] for r in recs}
size = statistics.mean(len(r["text"].encode()) for r in recs)
per = meta["sentences"] / meta["documents"]
assert len(ids) == 300 and meta["documents"] == 300, "300 distinct ids"
assert all(set(r) == {"id", "date", "title", "publisher", "url", "text"} for r in recs), "the six fields"
# The dev corpus: 1,252 bytes and 8.4 sentences an article on average.
assert 1000 <= size <= 1500, f"mean article {size:.0f} bytes, want 1000..1500"
assert 7.5 <= per <= 9.5, f"{per:.2f} sentences an article, want 7.5..9.5"
assert len({r["publisher"] for r in recs}) >= 30, "publishers vary"
print(f"mean {size:.0f} bytes, {per:.2f} sentences an article")
PY
  rc=$?
  if [ "$rc" -eq 0 ]; then ok "fields and lengths like the dev corpus: $(cat err)"; else fail "fields and lengths" err; fi
  "$POLKG" build a.jsonl --format nquads -o a.nq 2>err
  rc=$?
  docs=$(sed -n 's/^documents: \([0-9]*\)$/\1/p' err)
  events=$(sed -n 's/^events: //p' err | grep -oE '[0-9]+' | awk '{s += $1} END {print s + 0}')
  expect "polkg reads all 300 records (exit $rc)" test "$rc" -eq 0 -a "${docs:-0}" -eq 300
  expect "at least one event an article (${events:-0} events)" test "${events:-0}" -ge 300
  ;;
jobs)
  has_flag -j || { echo "skipped: polkg build has no -j yet"; exit 77; }
  gen 300 --seed 5 -o c.jsonl
  for f in nquads turtle; do
    "$POLKG" build c.jsonl --format $f -j 1 -o j1.$f 2>err && "$POLKG" build c.jsonl --format $f -j 2 -o j2.$f 2>>err
    expect "$f: -j 1 and -j 2 write the same bytes ($(wc -c <j1.$f) bytes)" cmp -s j1.$f j2.$f
  done
  ;;
stdin)
  has_flag --stdin || { echo "skipped: polkg build has no --stdin yet"; exit 77; }
  gen 100 --seed 6 -o c.jsonl
  "$POLKG" build c.jsonl --format nquads -o file.nq 2>err
  "$POLKG" build --stdin --format nquads -q <c.jsonl >stdin.nq 2>>err
  expect "--stdin writes what INPUT writes ($(wc -l <file.nq) quads)" cmp -s file.nq stdin.nq
  "$POLKG" build - --format nquads -q <c.jsonl >dash.nq 2>>err
  expect "--stdin writes what - writes" cmp -s dash.nq stdin.nq
  ;;
update)
  has_flag --update || { echo "skipped: polkg build has no --update yet"; exit 77; }
  gen 120 --seed 8 -o all.jsonl
  gen 1 --seed 9 -o other.jsonl
  head -n 80 all.jsonl >old.jsonl
  # The update: 40 new articles and article 7 again with another text (same id).
  python3 - <<'PY'
import json
lines = open("all.jsonl", encoding="utf-8").read().splitlines()
r = json.loads(lines[6])
r["text"] = json.loads(open("other.jsonl", encoding="utf-8").readline())["text"]
add = lines[80:] + [json.dumps(r, ensure_ascii=False)]
open("add.jsonl", "w", encoding="utf-8").write("\n".join(add) + "\n")
final = lines[:6] + [json.dumps(r, ensure_ascii=False)] + lines[7:]
open("final.jsonl", "w", encoding="utf-8").write("\n".join(final) + "\n")
PY
  "$POLKG" build old.jsonl --format nquads -o old.nq 2>err
  "$POLKG" build add.jsonl --update old.nq --format nquads -o updated.nq 2>err
  rc=$?
  expect "--update exits 0" test "$rc" -eq 0
  "$POLKG" build final.jsonl --format nquads -o final.nq 2>>err
  set_of updated.nq >u.set; set_of final.nq >f.set
  LC_ALL=C comm -3 u.set f.set | head -n 20 >err
  expect "updated graph = one build of the final corpus ($(wc -l <f.set) quads)" cmp -s u.set f.set
  expect "no quad twice" test "$(wc -l <updated.nq)" -eq "$(wc -l <u.set)"
  ;;
*) echo "unknown mode $MODE"; exit 2 ;;
esac

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
