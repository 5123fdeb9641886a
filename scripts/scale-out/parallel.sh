#!/usr/bin/env bash
# Recipe (a) of the README („Past one machine“): GNU parallel maps `claims extract` and
# `claims compare --partial` over JSONL shards of article records, then one `claims compare
# --merge` reduces the partials. The same bytes as one `claims compare` over all shards.
#
#   scripts/scale-out/parallel.sh OUT SHARD.jsonl...
#
# Environment: CLAIMS (command, default `claims`), JOBS (parallel jobs, default 4), ID_FIELD
# (default id), FORMAT (of the report, default json), SSHLOGIN (optional, e.g. `8/host1,8/host2,:`:
# the shards are copied to those machines, which need `claims` installed, and the partials copied
# back; see the README).
set -euo pipefail
out=$1
shift
mkdir -p "$out"
claims=${CLAIMS:-claims}
remote=()
if [ -n "${SSHLOGIN:-}" ]; then
  remote=(--sshlogin "$SSHLOGIN" --transferfile {} --return "$out/{/.}.partial" --cleanup)
fi
# Map: one job per shard (each single-threaded: parallel spreads the shards over the cores).
parallel --halt now,fail=1 --jobs "${JOBS:-4}" "${remote[@]}" \
  "mkdir -p $out && $claims extract {} --input-format jsonl --id-field ${ID_FIELD:-id} --format jsonl -j 1 -q -o $out/{/.}.extract.jsonl && $claims compare --partial $out/{/.}.extract.jsonl -q -o $out/{/.}.partial" \
  ::: "$@"
# Reduce: stories from all profiles, then groups story by story.
$claims compare --merge "$out"/*.partial --format "${FORMAT:-json}" -q -o "$out/compare.${FORMAT:-json}"
