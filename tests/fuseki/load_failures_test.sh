#!/usr/bin/env bash
# `polkg load` against a fake server: retries on 5xx, no retry on 4xx, a stop
# on an answer about the endpoint (404, 401), a stalled server timed out,
# nothing listening, the report of what was and was not loaded, exit code 3,
# authentication from the environment and ~/.netrc, and credentials never
# printed.
# Usage: load_failures_test.sh POLKG SOURCE_DIR [SECTION...]
# SECTIONs (default: all): ok e5xx e4xx flaky protocols dry_run auth down slow.
# The bad-input table (tests/bad_input) runs down, slow, e4xx and e5xx alone.
set -uo pipefail
POLKG="$1"; SRC="$2"; shift 2
SECTIONS=("$@")
[ ${#SECTIONS[@]} -gt 0 ] || SECTIONS=(ok e5xx e4xx flaky protocols dry_run auth down slow)
DATA="$SRC/tests/fuseki/data/small.nq"
T="$(mktemp -d)"
SERVER_PID=""
cleanup() { [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null; rm -rf "$T"; }
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; echo "--- output:" >&2; cat "$T/out" >&2 2>/dev/null; exit 1; }

python3 "$SRC/tests/fuseki/fake_sparql_server.py" "$T/port" "$T/requests.log" 2>"$T/server.err" &
SERVER_PID=$!
for _ in $(seq 1 100); do [ -f "$T/port" ] && break; sleep 0.1; done
[ -f "$T/port" ] || fail "the fake server did not start"
BASE="http://127.0.0.1:$(cat "$T/port")"

# load MODE [ARGS...]: runs polkg load on small.nq (2 document graphs), output in $T/out, sets RC.
load() {
  local mode="$1"; shift
  : >"$T/requests.log"
  "$POLKG" load --endpoint "$BASE/$mode/ds" "$DATA" --no-ontology -q "$@" >"$T/out" 2>&1
  RC=$?
  cat "$T/out" >>"$T/all"
}
requests() { wc -l <"$T/requests.log" | tr -d ' '; }
has() { grep -qF -- "$1" "$T/out" || fail "output lacks: $1"; }
G1="<https://example.org/polkg/document/001_test>"
G2="<https://example.org/polkg/document/002_test>"

section_ok() {
  load ok
  [ "$RC" -eq 0 ] || fail "ok: exit $RC"
  has "loaded 2 graphs"
  [ "$(requests)" -eq 2 ] || fail "ok: $(requests) requests, expected 2"
}

# 5xx: retried, then loading stops; the rest is reported as not sent.
section_e5xx() {
  load e500 --retries 2
  [ "$RC" -eq 3 ] || fail "500: exit $RC, expected 3"
  has "HTTP 500: Internal failure (after 3 tries)"
  has "failed: $G1"
  has "not sent: $G2"
  has "2 graphs not loaded (listed above)"
  [ "$(requests)" -eq 3 ] || fail "500: $(requests) requests, expected 3 (1 + 2 retries, then stop)"
}

# 4xx: never retried. A 400 concerns one request's body: the next graph is
# still sent. A 404 (a wrong --endpoint) awaits every request: loading stops.
section_e4xx() {
  load e400
  [ "$RC" -eq 3 ] || fail "400: exit $RC, expected 3"
  has "HTTP 400: Parse Error: [line: 1, col: 1] broken"
  has "failed: $G2"
  [ "$(requests)" -eq 2 ] || fail "400: $(requests) requests, expected 2 (never retried, next graph still sent)"
  load e404 --retries 3
  [ "$RC" -eq 3 ] || fail "404: exit $RC, expected 3"
  has "failed: $G1: HTTP 404: No such dataset"
  has "not sent: $G2"
  [ "$(requests)" -eq 1 ] || fail "404: $(requests) requests, expected 1 (not retried, no other request)"
}

section_flaky() {
  load flaky
  [ "$RC" -eq 0 ] || fail "flaky: exit $RC"
  [ "$(requests)" -eq 4 ] || fail "flaky: $(requests) requests, expected 4 (2 x 503, then 2 x 200)"
}

section_protocols() {
  load flaky --protocol update
  [ "$RC" -eq 0 ] || fail "update: exit $RC"
  grep -q "^POST /flaky/ds/update" "$T/requests.log" || fail "update: not posted to /update"
  load ok --protocol quads --batch 50
  [ "$RC" -eq 0 ] || fail "quads: exit $RC"
  [ "$(requests)" -eq 3 ] || fail "quads: $(requests) requests, expected 3 (117 quads / 50)"
}

section_dry_run() {
  load ok --dry-run
  [ "$RC" -eq 0 ] || fail "dry run: exit $RC"
  has "PUT $BASE/ok/ds/data?graph=https%3A%2F%2Fexample.org%2Fpolkg%2Fdocument%2F001_test"
  [ "$(requests)" -eq 0 ] || fail "dry run sent requests"
}

# Authentication: from the environment, then from ~/.netrc; never printed.
section_auth() {
  local user_secret="polkg-user-7Hq" pass_secret="s3cr3t-Pa55-9Zx"
  POLKG_USER="$user_secret" POLKG_PASSWORD="$pass_secret" load auth -v
  [ "$RC" -eq 0 ] || fail "auth (env): exit $RC"
  grep -q " auth$" "$T/requests.log" || fail "auth (env): no Authorization sent"
  load auth
  [ "$RC" -eq 3 ] || fail "auth (none): exit $RC, expected 3"
  has "HTTP 401"
  has "not sent: $G2"  # every request would be refused: loading stops
  printf 'machine 127.0.0.1\nlogin %s\npassword %s\n' "$user_secret" "$pass_secret" >"$T/.netrc"
  chmod 600 "$T/.netrc"
  HOME="$T" load auth
  [ "$RC" -eq 0 ] || fail "auth (netrc): exit $RC"
  POLKG_USER="$user_secret" POLKG_PASSWORD="$pass_secret" load e500 --retries 0
  "$POLKG" load --endpoint "http://$user_secret:$pass_secret@127.0.0.1:1/ds" "$DATA" >"$T/out.url" 2>&1
  [ $? -eq 2 ] || fail "a password in the URL must be a usage error"
  cat "$T/out.url" >>"$T/all"
  if grep -qF -e "$pass_secret" -e "$user_secret" "$T/all"; then fail "credentials were printed"; fi
}

# Nothing listens (Fuseki down): a network error, exit 3.
section_down() {
  "$POLKG" load --endpoint "http://127.0.0.1:9/ds" "$DATA" --no-ontology --retries 1 >"$T/out" 2>&1
  RC=$?
  [ "$RC" -eq 3 ] || fail "connection refused: exit $RC, expected 3"
  has "failed: $G1: Couldn't connect to server"
  has "(after 2 tries)"
  has "not sent: $G2"
  has "2 graphs not loaded (listed above)"
}

# The server reads the request and answers nothing: --timeout ends each try,
# the tries are retried, then loading stops; exit 3 within seconds.
section_slow() {
  local start end
  start=$(date +%s)
  load slow --timeout 1 --retries 1
  end=$(date +%s)
  [ "$RC" -eq 3 ] || fail "slow: exit $RC, expected 3"
  has "failed: $G1: Timeout was reached"
  has "(after 2 tries)"
  has "not sent: $G2"
  [ "$(requests)" -eq 2 ] || fail "slow: $(requests) requests, expected 2 (1 + 1 retry, then stop)"
  [ $((end - start)) -le 15 ] || fail "slow: took $((end - start)) s with --timeout 1 --retries 1"
}

for s in "${SECTIONS[@]}"; do
  declare -F "section_$s" >/dev/null || { echo "unknown section: $s" >&2; exit 2; }
  "section_$s"
  echo "load failures: $s passed"
done
echo "load failure paths: all checks passed"
