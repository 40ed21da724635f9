#!/bin/sh
# `polkg load` never prints a credential: typed into the endpoint URL (refused,
# exit 2), from POLKG_USER/POLKG_PASSWORD or ~/.netrc (no server on the port:
# exit 3; --dry-run: exit 0). Every run's stdout and stderr must be free of
# the user name and the password. Prints "N passed, M failed".
# Usage: credentials_cli_test.sh POLKG
set -u
polkg=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf '<https://example.org/s> <https://example.org/p> "o" <https://example.org/g> .\n' >"$tmp/g.nq"
# A port nothing listens on.
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
url="http://127.0.0.1:$port/ds"
passed=0 failed=0

# check NAME WANT_STATUS -- COMMAND...: runs COMMAND, output in $tmp/out.
check() {
  name=$1 want=$2
  shift 3
  "$@" >"$tmp/out" 2>&1
  rc=$?
  if [ "$rc" -ne "$want" ]; then
    echo "FAIL $name: exit $rc, expected $want"; sed 's/^/  | /' "$tmp/out"; failed=$((failed + 1))
  elif grep -q -e SECRET -e alice -e bob "$tmp/out"; then
    echo "FAIL $name: a credential was printed:"; sed 's/^/  | /' "$tmp/out"; failed=$((failed + 1))
  else
    echo "ok   $name"; passed=$((passed + 1))
  fi
}

for u in "http://alice:pw-SECRET@127.0.0.1:$port/ds" "http://alice:pw/SECRET@127.0.0.1:$port/ds" \
         "http://alice:pw?SECRET@127.0.0.1:$port/ds" "alice:SECRET@127.0.0.1:$port/ds"; do
  check "URL $u refused" 2 -- "$polkg" load --endpoint "$u" --retries 0 -q "$tmp/g.nq"
done
POLKG_USER=alice POLKG_PASSWORD=pw-SECRET
export POLKG_USER POLKG_PASSWORD
check "environment, no server" 3 -- "$polkg" load --endpoint "$url" --retries 0 -q "$tmp/g.nq"
check "environment, --dry-run" 0 -- "$polkg" load --endpoint "$url" --dry-run -v "$tmp/g.nq"
check "environment, update protocol" 3 -- "$polkg" load --endpoint "$url" --protocol update --retries 0 -q "$tmp/g.nq"
unset POLKG_USER POLKG_PASSWORD
mkdir "$tmp/home"
printf 'machine 127.0.0.1 login bob password netrc-SECRET\n' >"$tmp/home/.netrc"
chmod 600 "$tmp/home/.netrc"
check "~/.netrc, no server" 3 -- env HOME="$tmp/home" "$polkg" load --endpoint "$url" --retries 0 -q "$tmp/g.nq"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
