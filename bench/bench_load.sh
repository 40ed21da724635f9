#!/usr/bin/env bash
# Loading benchmark: triples per second into Fuseki over the Graph Store
# Protocol (polkg load) against Jena's offline bulk loader (tdb2.tdbloader)
# on the same generated N-Triples file, in the same run.
#
# Usage: bench/bench_load.sh [POLKG] [TRIPLES]
#   POLKG   the polkg binary (default build/cli/polkg)
#   TRIPLES size of the generated graph (default 1000000)
# Environment: BENCH_PORT (default 3499), BENCH_BATCH (triples per request,
# default 50000). Fuseki runs on a TDB2 dataset in a temporary directory,
# started and stopped by scripts/fuseki with its own run directory.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
POLKG="${1:-$ROOT/build/cli/polkg}"
N="${2:-1000000}"
PORT="${BENCH_PORT:-3499}"
BATCH="${BENCH_BATCH:-50000}"
GRAPH="https://example.org/polkg/bench"
T="$(mktemp -d)"
trap 'FUSEKI_RUN_DIR="$T/run" "$ROOT/scripts/fuseki" stop >/dev/null 2>&1 || true; rm -rf "$T"' EXIT

now() { date +%s.%N; }
rate() {  # N START END
  python3 -c "import sys; n,s=int(sys.argv[1]),float(sys.argv[3])-float(sys.argv[2]); print(f'{s:8.2f} s  {n/s:12,.0f} triples/s')" "$@"
}

echo "generating $N triples of N-Triples ..." >&2
python3 - "$T/graph.nt" "$N" <<'PY'
import sys
path, n = sys.argv[1], int(sys.argv[2])
with open(path, "w") as f:
    for i in range(n):
        s = f"<https://example.org/polkg/person/p{i // 10}>"
        k = i % 10
        if k < 3:
            f.write(f'{s} <https://w3id.org/polkg/ontology#participant> <https://example.org/polkg/event/e{(i * 7919) % (n // 5 + 1)}> .\n')
        elif k < 6:
            f.write(f'{s} <http://www.w3.org/2004/02/skos/core#altLabel> "Name {i} — Имя {k}"@en .\n')
        else:
            f.write(f'{s} <https://w3id.org/polkg/ontology#date> "2023-05-{k + 10}"^^<http://www.w3.org/2001/XMLSchema#date> .\n')
PY
echo "file: $(du -h "$T/graph.nt" | cut -f1), $N triples" >&2

"$ROOT/scripts/jena" fetch >/dev/null
URL=$(FUSEKI_RUN_DIR="$T/run" "$ROOT/scripts/fuseki" start --tdb2 "$T/tdb-gsp" --port "$PORT")
t0=$(now)
"$POLKG" load --endpoint "$URL" --graph "$GRAPH" --no-ontology --batch "$BATCH" -q "$T/graph.nt" >&2
t1=$(now)
FUSEKI_RUN_DIR="$T/run" "$ROOT/scripts/fuseki" stop >/dev/null 2>&1

t2=$(now)
"$ROOT/scripts/jena" tdb2.tdbloader --loc="$T/tdb-bulk" --graph="$GRAPH" "$T/graph.nt" >"$T/tdbloader.log" 2>&1
t3=$(now)

echo "load of $N triples (one graph, $(du -h "$T/graph.nt" | cut -f1) of N-Triples):"
echo "  polkg load (GSP, batches of $BATCH, Fuseki 5.6.0 TDB2): $(rate "$N" "$t0" "$t1")"
echo "  tdb2.tdbloader (offline, Jena 5.6.0):                  $(rate "$N" "$t2" "$t3")"
