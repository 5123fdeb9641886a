#!/usr/bin/env python3
"""Recipe (b) of the README ("Past one machine"): Dask distributed maps `claims extract` and
`claims compare --partial` over JSONL shards of article records (one task per shard) and reduces
the partials with one `claims compare --merge` task. The same bytes as one `claims compare` over
all shards.

    python3 scripts/scale-out/dask_compare.py --out OUT SHARD.jsonl...
    python3 scripts/scale-out/dask_compare.py --scheduler tcp://host:8786 --out /shared/out /shared/shards/*.jsonl

Without --scheduler a LocalCluster of --workers processes (default 2) runs the tasks. With a
scheduler, every worker needs `claims` and the shard and output paths (a shared file system).
"""
import argparse
import os
import shlex
import subprocess
import sys


def extract_partial(claims, shard, out, id_field):
    """Map: one shard's extraction (JSONL) and its partial file; returns the partial's path."""
    base = os.path.join(out, os.path.splitext(os.path.basename(shard))[0])
    subprocess.run(claims + ['extract', shard, '--input-format', 'jsonl', '--id-field', id_field,
                             '--format', 'jsonl', '-j', '1', '-q', '-o', base + '.extract.jsonl'], check=True)
    subprocess.run(claims + ['compare', '--partial', base + '.extract.jsonl', '-q', '-o', base + '.partial'], check=True)
    return base + '.partial'


def merge(claims, partials, out, fmt):
    """Reduce: stories from all profiles, then groups story by story."""
    target = os.path.join(out, 'compare.' + fmt)
    subprocess.run(claims + ['compare', '--merge', *partials, '--format', fmt, '-q', '-o', target], check=True)
    return target


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('shards', nargs='+')
    ap.add_argument('--out', required=True)
    ap.add_argument('--claims', default='claims', help='command that runs claims (default: claims)')
    ap.add_argument('--id-field', default='id')
    ap.add_argument('--format', default='json')
    ap.add_argument('--scheduler', help='address of a running dask scheduler (default: a LocalCluster)')
    ap.add_argument('--workers', type=int, default=2)
    args = ap.parse_args()

    from dask.distributed import Client, LocalCluster

    os.makedirs(args.out, exist_ok=True)
    claims = shlex.split(args.claims)
    cluster = None
    if args.scheduler:
        client = Client(args.scheduler)
    else:
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    try:
        n = len(args.shards)
        partials = client.map(extract_partial, [claims] * n, args.shards, [args.out] * n, [args.id_field] * n, pure=False)
        report = client.submit(merge, claims, partials, args.out, args.format, pure=False)
        print(report.result())
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    return 0


if __name__ == '__main__':
    sys.exit(main())
