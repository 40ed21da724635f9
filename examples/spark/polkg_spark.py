#!/usr/bin/env python3
"""polkg as a Spark mapper: a JSON Lines corpus in, N-Quads shards out.

    tools/pyspark/bin/python examples/spark/polkg_spark.py CORPUS.jsonl OUT
        [--partitions N] [--master local[2]] [--polkg PATH] [--tdb2 DIR]

Reads the corpus as lines (one article per line), splits it into
partitions, and pipes each partition through one `polkg build --stdin
--format nquads -q -j 1` process (RDD.pipe: the lines on its standard input,
its standard output lines back). Each partition's N-Quads become one shard,
OUT/shards/part-NNNNN.nq. With --tdb2 DIR, Jena's bulk loader
(scripts/jena tdb2.tdbloader) then loads every shard into a TDB2 database
at DIR, for Fuseki (docs/fuseki.md) to serve.

A record without an "id" is given the one polkg itself gives it when it
reads the whole file (FILE-STEM-LINE), so that shards agree with a single
`polkg build CORPUS` on every document IRI. Each document's named graph
comes from exactly one shard; triples that several documents share appear
in several shards and load once (a quad store keeps a set).

-j 1: Spark runs one polkg per task, and a task has one core by default
(spark.task.cpus); more threads per process would only compete. The flags
are read from `polkg build --help` so the example also runs a polkg that
predates --stdin or -j (then "-" and no -j).

Exit codes: 0 done; 1 a partition failed (polkg's exit code and standard
error are in Spark's log); 2 usage.
"""
import argparse
import glob
import json
import os
import shlex
import shutil
import subprocess
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))


def uri(path):
    """A local path made absolute; hdfs://, s3a://, file:// URIs as they are."""
    return path if "://" in path else os.path.abspath(path)


def polkg_command(polkg):
    """The mapper command: polkg build reading JSON Lines on stdin, writing N-Quads on stdout."""
    help_text = subprocess.run([polkg, "build", "--help"], capture_output=True, text=True).stdout
    cmd = [polkg, "build", "--stdin" if "--stdin" in help_text else "-", "--format", "nquads", "-q"]
    if " -j" in help_text:
        cmd += ["-j", "1"]
    return cmd


def with_default_id(stem):
    """Gives a record without "id" polkg's own default id: STEM-LINE (line numbers from 1)."""
    def fix(pair):
        line, index = pair
        try:
            record = json.loads(line)
        except ValueError:
            return line  # polkg reports the bad record itself
        if not isinstance(record, dict) or record.get("id") not in (None, ""):
            return line
        record["id"] = f"{stem}-{index + 1}"
        return json.dumps(record, ensure_ascii=False)
    return fix


def run(args):
    from pyspark import SparkConf, SparkContext  # imported here so --help works without pyspark

    conf = (SparkConf().setMaster(args.master).setAppName("polkg build")
            .set("spark.ui.enabled", "false").set("spark.ui.showConsoleProgress", "false"))
    sc = SparkContext(conf=conf)
    sc.setLogLevel("WARN")
    try:
        stem = os.path.splitext(os.path.basename(args.corpus.rstrip("/")))[0]
        lines = sc.textFile(uri(args.corpus), minPartitions=args.partitions)
        articles = lines.zipWithIndex().map(with_default_id(stem)).filter(lambda l: l.strip())
        if articles.getNumPartitions() < args.partitions:
            articles = articles.repartition(args.partitions)
        quads = articles.pipe(shlex.join(args.command), checkCode=True)
        shards = os.path.join(args.out, "shards")
        if "://" not in shards:
            shutil.rmtree(shards, ignore_errors=True)
        quads.saveAsTextFile(uri(shards))
    finally:
        sc.stop()
    if "://" in shards:
        return [shards]  # on HDFS or S3: fetch the shards and name them *.nq before loading (docs/scale.md)
    # Spark names shards part-NNNNN; bulk loaders tell the syntax by the extension.
    for part in glob.glob(os.path.join(shards, "part-*")):
        if not part.endswith(".nq"):
            os.replace(part, part + ".nq")
    return sorted(glob.glob(os.path.join(shards, "part-*.nq")))


def main():
    ap = argparse.ArgumentParser(description="polkg build as a Spark mapper (RDD.pipe), then tdb2.tdbloader")
    ap.add_argument("corpus", help="JSON Lines corpus (one article per line): a path, a directory or a URI")
    ap.add_argument("out", help="output directory (or URI): OUT/shards/part-NNNNN(.nq)")
    ap.add_argument("--partitions", type=int, default=4)
    ap.add_argument("--master", default="local[2]", help="Spark master (default local[2])")
    ap.add_argument("--polkg", default=shutil.which("polkg") or os.path.join(ROOT, "build", "cli", "polkg"))
    ap.add_argument("--tdb2", metavar="DIR", help="then bulk-load the shards into this TDB2 database")
    args = ap.parse_args()
    if not os.access(args.polkg, os.X_OK):
        ap.error(f"no polkg at {args.polkg} (--polkg PATH)")
    if args.partitions < 1:
        ap.error("--partitions must be at least 1")
    args.polkg = os.path.abspath(args.polkg)
    args.command = polkg_command(args.polkg)
    try:
        shards = run(args)
    except Exception as e:  # Py4J and Spark errors: the cause is in Spark's log above
        print(f"polkg_spark: {type(e).__name__}: {str(e).splitlines()[0] if str(e) else ''}", file=sys.stderr)
        return 1
    print(f"polkg_spark: {len(shards)} shards in {os.path.join(args.out, 'shards')} "
          f"({shlex.join(args.command)})", file=sys.stderr)
    if args.tdb2:
        if "://" in args.out:
            print("polkg_spark: --tdb2 loads local shards only", file=sys.stderr)
            return 2
        cmd = [os.path.join(ROOT, "scripts", "jena"), "tdb2.tdbloader", "--loc", args.tdb2] + shards
        return subprocess.run(cmd).returncode
    return 0


if __name__ == "__main__":
    sys.exit(main())
