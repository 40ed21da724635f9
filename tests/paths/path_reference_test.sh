#!/bin/sh
# The reference article, built in-process by `polkg path --graph ARTICLE`:
# a path from "Yerlan Koshanov" to "Ilham Aliyev" exists and every hop
# cites a sentence of the article (the cited offsets, code points end
# exclusive, cut exactly that sentence out of the text). Skipped (77) when
# the shared corpus is not there.
# Usage: path_reference_test.sh POLKG [ARTICLE]
set -u
POLKG=$1
ARTICLE=${2:?usage: path_reference_test.sh POLKG ARTICLE}
[ -f "$ARTICLE" ] || { echo "skipped: no $ARTICLE"; exit 77; }
OUT=$(mktemp)
trap 'rm -f "$OUT"' EXIT
"$POLKG" path --graph "$ARTICLE" "Yerlan Koshanov" "Ilham Aliyev" --format json >"$OUT" || exit 1
python3 - "$OUT" "$ARTICLE" <<'PY'
import json, os, sys
j = json.load(open(sys.argv[1]))
text = open(sys.argv[2], encoding="utf-8").read()
doc = os.path.splitext(os.path.basename(sys.argv[2]))[0]
assert j["paths"], "no path from Yerlan Koshanov to Ilham Aliyev"
for hop in j["paths"][0]["hops"]:
    assert hop["evidence"], "a hop without evidence: %s" % hop["predicate"]
    for e in hop["evidence"]:
        assert e["document"] == doc, e
        assert text[e["begin"]:e["end"]] == e["sentence"], e
print("path_reference: %d hops, each citing the article" % j["paths"][0]["length"])
PY
