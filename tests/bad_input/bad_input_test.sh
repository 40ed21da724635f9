#!/usr/bin/env bash
# The bad-input table of `polkg build` (issue 6): one row per call, each
# asserting the exit status, the message on standard error (file and line or
# byte) and what the output holds. Rows and expectations: README.md.
# Usage: bad_input_test.sh ROW POLKG
# Exit 0 passed, 1 failed, 77 skipped (a row that needs what the machine
# lacks: a non-root user to run as, /dev/full).
set -uo pipefail

ROW="${1:?usage: bad_input_test.sh ROW POLKG}"
POLKG="${2:?usage: bad_input_test.sh ROW POLKG}"
case "$POLKG" in /*) ;; *) POLKG="$PWD/$POLKG" ;; esac
DATA="$(cd "$(dirname "$0")" && pwd)/data"
T="$(mktemp -d "${TMPDIR:-/tmp}/polkg-bad-input.XXXXXX")"
BG=""
cleanup() {
  [ -n "$BG" ] && kill -KILL "$BG" 2>/dev/null
  chmod -R u+rwx "$T" 2>/dev/null
  rm -rf "$T"
}
trap cleanup EXIT
cd "$T" || exit 1

DOC="https://example.org/polkg/document"
XSD_DATE="http://www.w3.org/2001/XMLSchema#date"
DC_DATE="http://purl.org/dc/terms/date"

fail() {
  echo "FAIL [$ROW]: $*"
  for f in polkg.err polkg.out; do
    [ -s "$f" ] && { echo "--- $f:"; head -c 3000 "$f"; echo; }
  done
  exit 1
}
skip() { echo "SKIP [$ROW]: $*"; exit 77; }
pass() { echo "PASS [$ROW]${1:+: $1}"; exit 0; }

# run ARGS...: polkg ARGS with stdout in polkg.out, stderr in polkg.err; sets RC.
run() {
  "$POLKG" "$@" >polkg.out 2>polkg.err
  RC=$?
}
want_rc() { [ "$RC" -eq "$1" ] || fail "exit status $RC, want $1"; }
err_has() { grep -qF -- "$1" polkg.err || fail "standard error lacks: $1"; }
err_lacks() { ! grep -qF -- "$1" polkg.err || fail "standard error holds: $1"; }
has() { grep -qF -- "$2" "$1" || fail "$1 lacks: $2"; }
lacks() { ! grep -qF -- "$2" "$1" || fail "$1 holds: $2"; }
# OutputFile's temporary file: .polkg-NAME.XXXXXX beside the output.
no_tmp() { ! ls -A "${1:-.}" | grep -q '^\.polkg-' || fail "a temporary file is left in ${1:-.}: $(ls -A "${1:-.}")"; }
unchanged() { cmp -s "$1" "$1.orig" || fail "$1 was changed"; }
# has_doc FILE.nt ID / doc_date FILE.nt ID DATE / no_date FILE.nt ID
has_doc() { has "$1" "<$DOC/$2> <http://purl.org/dc/terms/identifier> \"$2\""; }
doc_date() { has "$1" "<$DOC/$2> <$DC_DATE> \"$3\"^^<$XSD_DATE>"; }
no_date() { lacks "$1" "<$DOC/$2> <$DC_DATE> "; }
# The facts of an N-Triples file, offsets aside (they count code points of
# the text as read: a CR LF is two).
facts() {
  grep -v 'nif-core#\(beginIndex\|endIndex\)>' "$1" | sed -E 's/#char=[0-9]+,[0-9]+>/#char>/g' | sort -u
}
keep() { printf 'previous output\n' >"$1"; cp "$1" "$1.orig"; }

# as_user CMD...: CMD as an unprivileged user when we are root (root reads
# and writes through chmod 000); sets AS_USER to the prefix, or skips.
as_user_prefix() {
  AS_USER=()
  [ "$(id -u)" -ne 0 ] && return 0
  command -v setpriv >/dev/null || skip "running as root and setpriv is missing: chmod cannot be tested"
  local uid
  uid="$(id -u nobody 2>/dev/null)" || skip "running as root and there is no user nobody"
  AS_USER=(setpriv --reuid="$uid" --regid="$uid" --clear-groups --)
  "${AS_USER[@]}" test -x "$POLKG" || skip "running as root and nobody cannot run $POLKG"
  chmod 755 "$T"
}

# A corpus of N records (ids doc-1..doc-N), each the test article.
corpus() {
  python3 - "$1" "$DATA/article.txt" >"$2" <<'EOF'
import json, sys
n, text = int(sys.argv[1]), open(sys.argv[2], encoding="utf-8").read()
for i in range(1, n + 1):
    print(json.dumps({"id": f"doc-{i}", "text": text}, ensure_ascii=False))
EOF
}

row_empty_file() {
  keep keep.ttl
  : >empty.txt
  run build empty.txt -o keep.ttl
  want_rc 1
  err_has "empty.txt: empty file: no article text"
  unchanged keep.ttl
  no_tmp
  : >empty.jsonl
  run build empty.jsonl -o new.ttl
  want_rc 1
  err_has "empty.jsonl: no JSON Lines record (the file is empty)"
  [ ! -e new.ttl ] || fail "an output was written for an empty corpus"
  run build - -o new.ttl </dev/null
  want_rc 1
  err_has "-: no JSON Lines record"
  printf ' \r\n\n\t\n' >blank.txt
  run build blank.txt -o new.ttl
  want_rc 1
  err_has "blank.txt: no article text"
  # Beside a good article: reported, the good one written.
  mkdir dir && : >dir/a-empty.txt && cp "$DATA/article.txt" dir/b-article.txt
  run build dir -o dir.nt
  want_rc 1
  err_has "dir/a-empty.txt: empty file"
  has_doc dir.nt b-article
  lacks dir.nt a-empty
}

row_binary_file() {
  head -c 65536 /dev/zero >zeros.txt
  run build zeros.txt -o out.ttl
  want_rc 1
  err_has "zeros.txt (byte 0): binary data (a NUL byte), not a text article"
  printf '\x89PNG\r\n\x1a\n\0\0\0\rIHDR' >image.txt
  head -c 8192 /dev/urandom >>image.txt
  run build image.txt -o out.ttl
  want_rc 1
  err_has "image.txt (byte 8): binary data (a NUL byte), not a text article"
  # A gzip'd corpus under the .jsonl name: one report, not one per newline byte.
  corpus 200 plain.jsonl
  gzip -n -c plain.jsonl >corpus.jsonl
  run build corpus.jsonl -o out.ttl
  want_rc 1
  err_has "corpus.jsonl (byte 3): binary data (a NUL byte), not JSON Lines: the file is skipped"
  [ "$(grep -c . polkg.err)" -le 3 ] || fail "more than one report for one binary file"
  [ ! -e out.ttl ] || fail "an output was written from binary input"
  no_tmp
}

row_invalid_utf8() {
  printf 'date 2023-05-16\nThe Speaker \xff met.\n' >bad.txt
  run build bad.txt -o out.ttl
  want_rc 1
  err_has "bad.txt (byte 28): invalid UTF-8"
  printf 'Ends in a cut sequence \xe2\x80' >cut.txt
  run build cut.txt -o out.ttl
  want_rc 1
  err_has "cut.txt (byte 23): invalid UTF-8"
  [ ! -e out.ttl ] || fail "an output was written"
  # In a corpus: file, line, byte offset in the file; the other records read.
  {
    printf '%s\n' '{"id": "good-1", "text": "ASTANA. KAZINFORM – The Senate met."}'
    printf '{"id": "bad", "text": "Caf\xc3\x28"}\n'
    printf '%s\n' '{"id": "good-2", "text": "ASTANA. KAZINFORM – The Majilis met."}'
  } >corpus.jsonl
  local first
  first="$(head -n 1 corpus.jsonl | wc -c)"
  run build corpus.jsonl -o corpus.nt
  want_rc 1
  err_has "corpus.jsonl:2 (byte $((first + 26))): invalid UTF-8"
  has_doc corpus.nt good-1
  has_doc corpus.nt good-2
  lacks corpus.nt '"bad"'
}

row_bom() {
  mkdir lf bom
  cp "$DATA/article.txt" lf/article.txt
  { printf '\xef\xbb\xbf'; cat "$DATA/article.txt"; } >bom/article.txt
  run build lf/article.txt -o lf.nt
  want_rc 0
  run build bom/article.txt -o bom.nt
  want_rc 0
  ! grep -q $'\xef\xbb\xbf' bom.nt || fail "the BOM is in the output"
  doc_date bom.nt article 2023-05-16  # the date header after the BOM is read
  has bom.nt "<$DOC/article> <http://purl.org/dc/terms/publisher> \"Kazinform\""
  cmp -s lf.nt bom.nt || fail "a BOM changes the output: $(diff lf.nt bom.nt | head -5)"
  # A BOM before the first record of a corpus, and at the start of a "text".
  printf '\xef\xbb\xbf{"id": "b1", "text": "\xef\xbb\xbfBAKU. KAZINFORM \xe2\x80\x93 The Milli Majlis met."}\n' >bom.jsonl
  run build bom.jsonl -o bomj.nt
  want_rc 0
  has_doc bomj.nt b1
  has bomj.nt "<$DOC/b1> <http://purl.org/dc/terms/publisher> \"Kazinform\""
  ! grep -q $'\xef\xbb\xbf' bomj.nt || fail "the BOM is in the output"
}

row_crlf() {
  mkdir lf crlf
  cp "$DATA/article.txt" lf/article.txt
  sed 's/$/\r/' "$DATA/article.txt" >crlf/article.txt
  grep -q $'\r' crlf/article.txt || fail "the CRLF article has no CR"
  run build lf/article.txt -o lf.nt
  want_rc 0
  run build crlf/article.txt -o crlf.nt
  want_rc 0
  ! grep -q $'\r' crlf.nt || fail "a CR is in the output"
  doc_date crlf.nt article 2023-05-16
  [ "$(facts lf.nt | wc -l)" -gt 50 ] || fail "too few facts from the article: $(facts lf.nt | wc -l)"
  diff <(facts lf.nt) <(facts crlf.nt) >facts.diff || fail "CRLF changes the facts: $(head -5 facts.diff)"
  # A CRLF corpus reads as the LF one.
  corpus 3 lf.jsonl
  sed 's/$/\r/' lf.jsonl >crlf.jsonl
  run build lf.jsonl -o lfj.nt
  want_rc 0
  run build crlf.jsonl -o crlfj.nt
  want_rc 0
  cmp -s lfj.nt crlfj.nt || fail "a CRLF corpus changes the output"
}

row_big_article() {
  # 50 MB: the test article's paragraphs among filler paragraphs (one
  # article in 60 paragraphs), so that the graph is that of a long report.
  python3 - "$DATA/article.txt" >big.txt <<'EOF'
import random, sys
article = open(sys.argv[1], encoding="utf-8").read().split("\n", 1)[1]
rnd = random.Random(6)
words = ("the a of and to in region market weather mild rain river bridge road farmers "
         "harvest season prices week report residents school teachers museum visitors").split()
out, size = ["date 2023-05-16\n"], 0
while size < 50 * 1024 * 1024:
    p = article if rnd.random() < 1 / 60 else " ".join(rnd.choice(words) for _ in range(rnd.randint(8, 40))).capitalize() + ".\n\n"
    out.append(p)
    size += len(p.encode())
sys.stdout.write("".join(out))
EOF
  local start end
  start=$(date +%s)
  run build big.txt -o big.nt
  end=$(date +%s)
  want_rc 0
  has_doc big.nt big
  doc_date big.nt big 2023-05-16
  has big.nt "<https://example.org/polkg/person/sahiba-gafarova>"
  no_tmp
  pass "$(($(stat -c %s big.txt) / 1048576)) MB article in $((end - start)) s, $(($(stat -c %s big.nt) / 1048576)) MB of N-Triples"
}

row_jsonl_broken_line() {
  cp "$DATA/broken_line.jsonl" corpus.jsonl
  run build corpus.jsonl -o corpus.nt
  want_rc 1
  err_has "corpus.jsonl:3: not a JSON object"
  [ "$(grep -c 'corpus.jsonl:' polkg.err)" -eq 1 ] || fail "more than the broken line reported"
  for id in good-1 good-2 good-3 good-4; do has_doc corpus.nt "$id"; done
  doc_date corpus.nt good-4 2023-05-20
  lacks corpus.nt '"broken"'
}

row_wrong_fields() {
  cp "$DATA/fields.jsonl" fields.jsonl
  run build fields.jsonl -o fields.nt
  want_rc 1
  err_has 'fields.jsonl:1: field "text" must be a string'
  err_has 'fields.jsonl:2: missing field "text"'
  err_has 'fields.jsonl:3: field "date" must be a string, got 20230516: the document is kept without a date'
  err_has 'fields.jsonl:4: field "title" must be a string'
  lacks fields.nt '"text-number"'
  lacks fields.nt '"no-text"'
  has_doc fields.nt date-number
  no_date fields.nt date-number
  has_doc fields.nt ok
  doc_date fields.nt ok 2023-05-16
}

row_dates() {
  cp "$DATA/dates.jsonl" dates.jsonl
  run build dates.jsonl -o dates.nt
  want_rc 1
  for id in iso short datetime dots slashes month-first day-first header; do doc_date dates.nt "$id" 2023-05-16; done
  err_has 'polkg: warning: dates.jsonl:8: field "date": "2023-13-45" is not a real day: the document is kept without a date'
  err_has 'documents: 11 (3 with warnings)'
  err_has 'dates.jsonl:9: field "date": "05/16/2023" is not a real day'
  err_has 'dates.jsonl:11: in "text": date header "2023-02-30" is not a real day'
  for id in impossible us-order header-impossible; do has_doc dates.nt "$id"; no_date dates.nt "$id"; done
  [ "$(grep -c 'dates.jsonl:' polkg.err)" -eq 3 ] || fail "want 3 date reports"
  # The header of a .txt article.
  mkdir txt
  printf 'date 16.05.2023\nASTANA. KAZINFORM – The Senate met.\n' >txt/dots.txt
  printf 'date 2023-5-16\nASTANA. KAZINFORM – The Senate met.\n' >txt/short.txt
  printf 'date May 16, 2023\nASTANA. KAZINFORM – The Senate met.\n' >txt/month.txt
  printf '\ndate 2023-13-45\nASTANA. KAZINFORM – The Senate met.\n' >txt/wrong.txt
  run build txt -o txt.nt
  want_rc 1
  for id in dots short month; do doc_date txt.nt "$id" 2023-05-16; done
  err_has 'txt/wrong.txt:2: date header "2023-13-45" is not a real day: the document is kept without a date'
  has_doc txt.nt wrong
  no_date txt.nt wrong
  lacks txt.nt '2023-13-45'
}

row_unreadable_file() {
  as_user_prefix
  mkdir -p corpus/sub out
  chmod 777 out
  cp "$DATA/article.txt" corpus/a.txt
  sed 's/Koshanov/Ashimbayev/g' "$DATA/article.txt" >corpus/b.txt
  sed 's/Koshanov/Narbaeva/g' "$DATA/article.txt" >corpus/sub/c.txt
  cp "$DATA/broken_line.jsonl" corpus/d.jsonl
  chmod 000 corpus/b.txt corpus/sub corpus/d.jsonl
  "${AS_USER[@]}" "$POLKG" build corpus -o out/corpus.nt >polkg.out 2>polkg.err
  RC=$?
  want_rc 1
  err_has "corpus/b.txt: cannot open for reading: Permission denied"
  err_has "corpus/d.jsonl: cannot open for reading: Permission denied"
  err_has "corpus/sub: cannot read the directory: Permission denied"
  has_doc out/corpus.nt a
  lacks out/corpus.nt '"b"'
  no_tmp out
  # The input directory itself: an error, nothing written.
  chmod 000 corpus
  "${AS_USER[@]}" "$POLKG" build corpus -o out/none.nt >polkg.out 2>polkg.err
  RC=$?
  want_rc 1
  err_has "corpus: cannot read the directory: Permission denied"
  [ ! -e out/none.nt ] || fail "an output was written"
}

row_unwritable_output() {
  cp "$DATA/article.txt" article.txt
  run build article.txt -o no/such/dir/out.ttl
  want_rc 1
  err_has "no/such/dir/out.ttl"
  [ ! -e no ] || fail "a directory was created"
  mkdir adir
  run build article.txt -o adir
  want_rc 1
  err_has "adir"
  [ -z "$(ls -A adir)" ] || fail "something was written into adir"
  as_user_prefix
  mkdir ro
  chmod 555 ro
  "${AS_USER[@]}" "$POLKG" build article.txt -o ro/out.ttl >polkg.out 2>polkg.err
  RC=$?
  want_rc 1
  err_has "ro/out.ttl"
  [ -z "$(ls -A ro)" ] || fail "something was written into the read-only directory: $(ls -A ro)"
}

row_dev_full() {
  [ -c /dev/full ] || skip "no /dev/full"
  cp "$DATA/article.txt" article.txt
  run build article.txt -o /dev/full
  [ "$RC" -ne 0 ] || fail "exit status 0 writing to a full disk"
  [ "$RC" -eq 1 ] || fail "exit status $RC, want 1 (an I/O error)"
  grep -qE '/dev/full.*(No space left on device|disk full)' polkg.err ||
    fail "the message does not name /dev/full and say the disk is full"
}

row_file_size_limit() {
  # The temporary file hits EFBIG (ulimit -f: 4 blocks of 1024 bytes; the
  # Turtle of the article is about 8 kB); SIGXFSZ ignored so write() fails.
  cp "$DATA/article.txt" article.txt
  keep keep.ttl
  (trap '' XFSZ; ulimit -f 4; exec "$POLKG" build article.txt -o keep.ttl) >polkg.out 2>polkg.err
  RC=$?
  want_rc 1
  unchanged keep.ttl
  no_tmp
  (trap '' XFSZ; ulimit -f 4; exec "$POLKG" build article.txt -o new.ttl) >polkg.out 2>polkg.err
  RC=$?
  want_rc 1
  [ ! -e new.ttl ] || fail "a partial output new.ttl is left"
  no_tmp
  grep -qE 'new\.ttl.*(File too large|disk full|No space left)' polkg.err ||
    fail "the message does not name new.ttl and say why the write failed"
}

# The contract of `polkg build` on SIGINT and SIGTERM: it stops, removes its
# temporary file, leaves an existing -o file unchanged, prints
# "interrupted after N documents" and exits 130.
interrupt_row() {
  local sig="$1" total=20000 n
  corpus "$total" corpus.jsonl
  keep keep.ttl
  set -m  # a background job of a script would otherwise ignore SIGINT
  "$POLKG" build corpus.jsonl -o keep.ttl >polkg.out 2>polkg.err &
  BG=$!
  set +m
  # polkg sets its handlers before it opens the temporary output: wait for
  # that file (up to 120 s: a sanitizer build on a loaded machine starts
  # slowly), then let it work a second. A fixed sleep made the signal arrive
  # before the handler under ASan, killing polkg with no message.
  local waited=0
  until ls -A | grep -q '^\.polkg-keep\.ttl\.'; do
    kill -0 "$BG" 2>/dev/null || break
    [ "$waited" -lt 1200 ] || fail "no temporary output file after 120 s"
    sleep 0.1; waited=$((waited + 1))
  done
  sleep 1
  kill -0 "$BG" 2>/dev/null || fail "polkg finished before the signal: the corpus is too small to interrupt"
  kill -"$sig" "$BG"
  wait "$BG"
  RC=$?
  BG=""
  want_rc 130
  grep -qE 'interrupted after [0-9]+ documents' polkg.err || fail "no 'interrupted after N documents' on standard error"
  n="$(grep -oE 'interrupted after [0-9]+' polkg.err | grep -oE '[0-9]+$' | head -n 1)"
  [ "$n" -lt "$total" ] || fail "interrupted after $n of $total documents: not in the middle"
  unchanged keep.ttl
  no_tmp
  pass "interrupted after $n of $total documents"
}
row_sigint() { interrupt_row INT; }
row_sigterm() { interrupt_row TERM; }

declare -F "row_$ROW" >/dev/null || { echo "unknown row: $ROW"; exit 2; }
"row_$ROW"
pass
