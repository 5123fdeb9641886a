#!/usr/bin/env bash
# The two scale-out recipes of the README, checked (issue 15; run by .ci/run, not by `npm test`):
# a generated archive of ARTICLES articles (default 5,000) in SHARDS JSONL shards (default 10) is
# compared once in one process (`claims compare`) and once by each recipe — GNU parallel
# (parallel.sh, 4 jobs) and Dask distributed (dask_compare.py, a LocalCluster of 2 workers) —
# and the reports must be the same bytes. Needs the Debian packages parallel, python3-dask and
# python3-distributed (Debian's /usr/bin/python3 has dask; a python3 first on PATH may not).
#
#   scripts/scale-out/check.sh [ARTICLES] [SHARDS]
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
n=${1:-5000}
k=${2:-10}
python=${PYTHON:-/usr/bin/python3}
[ -x "$python" ] || python=python3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
node "$repo/bench/shards.mjs" --articles "$n" --shards "$k" --out "$work/shards" >/dev/null
cd "$work"
claims="node $repo/bin/claims.js"
t0=$(date +%s)
$claims compare shards/*.jsonl --input-format jsonl --id-field id --format json -q -o single.json
t1=$(date +%s)
echo "scale-out: one process: $n articles in $((t1 - t0)) s"
CLAIMS="$claims" JOBS=4 "$repo/scripts/scale-out/parallel.sh" par shards/*.jsonl
t2=$(date +%s)
cmp single.json par/compare.json
echo "scale-out: GNU parallel ($k shards, 4 jobs): same bytes, $((t2 - t1)) s"
"$python" "$repo/scripts/scale-out/dask_compare.py" --claims "$claims" --workers 2 --out dask shards/*.jsonl >/dev/null
t3=$(date +%s)
cmp single.json dask/compare.json
echo "scale-out: Dask LocalCluster (2 workers): same bytes, $((t3 - t2)) s"
stories=$(node -e 'const r=JSON.parse(require("fs").readFileSync("single.json","utf8"));console.log(r.stories.length+" stories, "+r.groups.length+" groups")')
echo "scale-out: $stories"
