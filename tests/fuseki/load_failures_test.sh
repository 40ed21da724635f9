#!/usr/bin/env bash
# `polkg load` against a fake server: retries on 5xx, no retry on 4xx, the
# report of what was and was not loaded, exit code 3, authentication from
# the environment and ~/.netrc, and credentials never printed.
# Usage: load_failures_test.sh POLKG SOURCE_DIR
set -uo pipefail
POLKG="$1"; SRC="$2"
DATA="$SRC/tests/fuseki/data/small.nq"
T="$(mktemp -d)"
SERVER_PID=""
cleanup() { [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null; rm -rf "$T"; }
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; echo "--- output:" >&2; cat "$T/out" >&2 2>/dev/null; exit 1; }

python3 "$SRC/tests/fuseki/fake_sparql_server.py" "$T/port" "$T/requests.log" &
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

load ok
[ "$RC" -eq 0 ] || fail "ok: exit $RC"
has "loaded 2 graphs"
[ "$(requests)" -eq 2 ] || fail "ok: $(requests) requests, expected 2"

load e500 --retries 2
[ "$RC" -eq 3 ] || fail "500: exit $RC, expected 3"
has "HTTP 500: Internal failure (after 3 tries)"
has "failed: <https://example.org/polkg/document/001_test>"
has "not sent: <https://example.org/polkg/document/002_test>"
[ "$(requests)" -eq 3 ] || fail "500: $(requests) requests, expected 3 (1 + 2 retries, then stop)"

load e400
[ "$RC" -eq 3 ] || fail "400: exit $RC, expected 3"
has "HTTP 400: Parse Error: [line: 1, col: 1] broken"
has "failed: <https://example.org/polkg/document/002_test>"
[ "$(requests)" -eq 2 ] || fail "400: $(requests) requests, expected 2 (never retried, next graph still sent)"

load flaky
[ "$RC" -eq 0 ] || fail "flaky: exit $RC"
[ "$(requests)" -eq 4 ] || fail "flaky: $(requests) requests, expected 4 (2 x 503, then 2 x 200)"

load flaky --protocol update
[ "$RC" -eq 0 ] || fail "update: exit $RC"
grep -q "^POST /flaky/ds/update" "$T/requests.log" || fail "update: not posted to /update"

load ok --protocol quads --batch 50
[ "$RC" -eq 0 ] || fail "quads: exit $RC"
[ "$(requests)" -eq 3 ] || fail "quads: $(requests) requests, expected 3 (117 quads / 50)"

load ok --dry-run
[ "$RC" -eq 0 ] || fail "dry run: exit $RC"
has "PUT $BASE/ok/ds/data?graph=https%3A%2F%2Fexample.org%2Fpolkg%2Fdocument%2F001_test"
[ "$(requests)" -eq 0 ] || fail "dry run sent requests"

# Authentication: from the environment, then from ~/.netrc; never printed.
USER_SECRET="polkg-user-7Hq"; PASS_SECRET="s3cr3t-Pa55-9Zx"
POLKG_USER="$USER_SECRET" POLKG_PASSWORD="$PASS_SECRET" load auth -v
[ "$RC" -eq 0 ] || fail "auth (env): exit $RC"
grep -q " auth$" "$T/requests.log" || fail "auth (env): no Authorization sent"
load auth
[ "$RC" -eq 3 ] || fail "auth (none): exit $RC, expected 3"
has "HTTP 401"
printf 'machine 127.0.0.1\nlogin %s\npassword %s\n' "$USER_SECRET" "$PASS_SECRET" >"$T/.netrc"
chmod 600 "$T/.netrc"
HOME="$T" load auth
[ "$RC" -eq 0 ] || fail "auth (netrc): exit $RC"
POLKG_USER="$USER_SECRET" POLKG_PASSWORD="$PASS_SECRET" load e500 --retries 0
"$POLKG" load --endpoint "http://$USER_SECRET:$PASS_SECRET@127.0.0.1:1/ds" "$DATA" >"$T/out.url" 2>&1
[ $? -eq 2 ] || fail "a password in the URL must be a usage error"
cat "$T/out.url" >>"$T/all"
if grep -qF -e "$PASS_SECRET" -e "$USER_SECRET" "$T/all"; then fail "credentials were printed"; fi

# Nothing listens: a network error, exit 3.
"$POLKG" load --endpoint "http://127.0.0.1:9/ds" "$DATA" --no-ontology --retries 1 >"$T/out" 2>&1
[ $? -eq 3 ] || fail "connection refused: expected exit 3"
has "not sent: <https://example.org/polkg/document/002_test>"

echo "load failure paths: all checks passed"
