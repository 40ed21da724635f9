#!/usr/bin/env python3
"""Validate the gazetteer files in ontology/gazetteer/ (stdlib only).

Checks: header line, 7 tab-separated columns, known type, ISO state code
present in states.tsv, parent present as a label, label unique per type,
no alias equal to its own label, no empty label or source, attribute
syntax (key=value;...), known attribute keys and values for the standard
types, no duplicate aliases within a row.  Prints counts per file and per
type; exits 1 on any error.

Usage: python3 scripts/gazetteer/check.py [DIR]
"""
import collections
import glob
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DEFAULT_DIR = os.path.join(ROOT, "ontology", "gazetteer")
HEADER = ["type", "label", "aliases", "state", "parent", "attributes", "source"]
TYPES = {"State", "Legislature", "Chamber", "Organization", "Place", "Person"}
KEYS = {
    "State": {"alpha3", "official", "demonyms", "capital", "un"},
    "Legislature": {"chambers"},
    "Chamber": {"house"},
    "Organization": {"kind"},
    "Place": {"kind"},
    "Person": {"role", "body", "from", "to"},
}
VALUES = {
    ("State", "un"): {"member", "observer", "other"},
    ("Legislature", "chambers"): {"1", "2"},
    ("Chamber", "house"): {"upper", "lower"},
    ("Organization", "kind"): {"international", "interparliamentary", "regional",
                               "party", "government", "news-agency", "bank",
                               "other"},
    ("Place", "kind"): {"capital", "city", "region", "landmark"},
}


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_DIR
    files = sorted(glob.glob(os.path.join(d, "*.tsv")))
    errors = []
    rows = []  # (file, lineno, fields)
    for path in files:
        name = os.path.basename(path)
        header_seen = False
        with open(path, encoding="utf-8") as f:
            for i, line in enumerate(f, 1):
                line = line.rstrip("\n").rstrip("\r")
                if not line.strip() or line.startswith("#"):
                    continue
                cols = line.split("\t")
                if not header_seen:
                    if cols != HEADER:
                        errors.append("%s:%d: bad header %r" % (name, i, cols))
                    header_seen = True
                    continue
                if len(cols) != 7:
                    errors.append("%s:%d: %d columns, expected 7" % (name, i, len(cols)))
                    continue
                rows.append((name, i, cols))
        if not header_seen:
            errors.append("%s: no header" % name)

    states = {c[3] for (_, _, c) in rows if c[0] == "State"}
    labels = collections.defaultdict(set)
    all_labels = set()
    for (name, i, c) in rows:
        labels[c[0]].add(c[1])
        all_labels.add(c[1])

    seen = {}
    counts = collections.Counter()
    per_file = collections.Counter()
    for (name, i, c) in rows:
        typ, label, aliases, state, parent, attrs, source = c
        where = "%s:%d" % (name, i)
        counts[typ] += 1
        per_file[name] += 1
        if typ not in TYPES:
            errors.append("%s: unknown type %r" % (where, typ))
        if not label.strip() or label != label.strip():
            errors.append("%s: empty label or surrounding spaces %r" % (where, label))
        if not source.strip():
            errors.append("%s: empty source" % where)
        key = (typ, label)
        if key in seen:
            errors.append("%s: duplicate %s label %r (first at %s)" % (where, typ, label, seen[key]))
        else:
            seen[key] = where
        al = [a for a in aliases.split("|")] if aliases else []
        for a in al:
            if not a.strip() or a != a.strip():
                errors.append("%s: empty alias or surrounding spaces in %r" % (where, aliases))
            if a == label:
                errors.append("%s: alias equals label %r" % (where, label))
        dup = [a for a, n in collections.Counter(al).items() if n > 1]
        if dup:
            errors.append("%s: duplicate aliases %r" % (where, dup))
        if typ == "State":
            if not (len(state) == 2 and state.isupper()):
                errors.append("%s: bad state code %r" % (where, state))
        elif state and state not in states:
            errors.append("%s: state %r not in states.tsv" % (where, state))
        if typ == "Chamber" and not parent:
            errors.append("%s: chamber without parent" % where)
        if parent:
            if parent not in all_labels:
                errors.append("%s: parent %r is not a label" % (where, parent))
            if typ == "Chamber" and parent not in labels["Legislature"]:
                errors.append("%s: chamber parent %r is not a Legislature" % (where, parent))
        if attrs:
            for kv in attrs.split(";"):
                if "=" not in kv:
                    errors.append("%s: bad attribute %r" % (where, kv))
                    continue
                k, v = kv.split("=", 1)
                if typ in KEYS and k not in KEYS[typ]:
                    errors.append("%s: unknown attribute key %r for %s" % (where, k, typ))
                allowed = VALUES.get((typ, k))
                if allowed is not None and v not in allowed:
                    errors.append("%s: bad value %r for %s" % (where, v, k))
        if typ in ("Organization", "Place") and "kind=" not in attrs:
            errors.append("%s: %s without kind" % (where, typ))
        if typ == "Chamber" and "house=" not in attrs:
            errors.append("%s: chamber without house" % where)
        if typ == "Legislature" and "chambers=" not in attrs:
            errors.append("%s: legislature without chambers" % where)

    # chamber counts agree with legislature's chambers=
    nch = collections.Counter(c[4] for (_, _, c) in rows if c[0] == "Chamber")
    for (name, i, c) in rows:
        if c[0] == "Legislature":
            want = 2 if "chambers=2" in c[5] else 1
            have = nch.get(c[1], 0)
            if (want == 2 and have != 2) or (want == 1 and have != 0):
                errors.append("%s:%d: %r chambers=%d but %d Chamber rows"
                              % (name, i, c[1], want, have))

    for e in errors:
        print("ERROR " + e)
    for name in sorted(per_file):
        print("%-22s %5d rows" % (name, per_file[name]))
    for typ in sorted(counts):
        print("%-22s %5d" % (typ, counts[typ]))
    print("total %d rows, %d errors" % (len(rows), len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
