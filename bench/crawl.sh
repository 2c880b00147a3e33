#!/usr/bin/env bash
# Crawl benchmark: Vitrine against wget on the same synthetic site, in the same run.
#
#   bench/crawl.sh [SIZES...]        default: 5000 20000
#
# For each size N it generates the site with ../shared/bench/make-site.py (fixed seed),
# serves it with the fixture's private nginx on 127.0.0.1, then runs, alternating,
# RUNS times each (default 3):
#   wget --spider -r -l inf                       (the reference)
#   ./vitrine audit --url ... --threads 8 --delay-ms 0      (the launcher users run, JVM options included)
#   with --no-verify-profiles: the fixture's footer links real social networks, which the
#   benchmark must not reach (and whose answer time measures the network, not Vitrine)
# timed by /usr/bin/time -v. It prints the medians of wall time, pages/s, CPU time (user +
# sys) and peak RSS, the ratio Vitrine/wget, and checks every Vitrine run against the
# site's .bench-manifest.json: all N pages found, all N/100 broken links found with their
# referring pages, and how many pages got the depth the manifest gives.
#
# Environment: BENCH_FIXTURE (default ../shared/bench), BENCH_WORK (default /tmp/vitrine-bench),
# RUNS (default 3), PORT_BASE (default 18080). Installs nginx-light, wget and time with
# apt-get when missing (needs root). This is a script, not a test: the machine is shared
# and noisy, so only medians and same-run ratios mean anything.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
fixture=${BENCH_FIXTURE:-$repo/../shared/bench}
work=${BENCH_WORK:-/tmp/vitrine-bench}
runs=${RUNS:-3}
port_base=${PORT_BASE:-18080}
sizes=("$@")
[[ ${#sizes[@]} -gt 0 ]] || sizes=(5000 20000)

[[ -f "$fixture/make-site.py" ]] || { echo "benchmark fixture not found at $fixture (set BENCH_FIXTURE)" >&2; exit 2; }

missing=()
command -v nginx >/dev/null || [[ -x /usr/sbin/nginx ]] || missing+=(nginx-light)
command -v wget >/dev/null || missing+=(wget)
[[ -x /usr/bin/time ]] || missing+=(time)
if [[ ${#missing[@]} -gt 0 ]]; then
    echo "installing ${missing[*]} ..." >&2
    apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null
fi

echo "building target/vitrine.jar ..." >&2
(cd "$repo" && mvn -B -q -DskipTests package) >/dev/null

mkdir -p "$work"
results="$work/results.tsv"
printf 'size\ttool\trun\twall_s\tcpu_s\trss_kb\tpages\n' > "$results"
: > "$work/checks.txt"
: > "$work/crawl-stage.txt"

# time_run TOOL SIZE RUN CMD... : runs CMD under /usr/bin/time -v, appends one line to results.
time_run() {
    local tool=$1 size=$2 run=$3; shift 3
    local tv="$work/time-$tool-$size-$run.txt"
    /usr/bin/time -v -o "$tv" "$@" >"$work/out-$tool-$size-$run.txt" 2>&1 || true
    python3 - "$tv" "$tool" "$size" "$run" >>"$results" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
def field(name):
    return re.search(re.escape(name) + r": (.*)", text).group(1).strip()
wall = field("Elapsed (wall clock) time (h:mm:ss or m:ss)")
parts = [float(p) for p in wall.split(":")]
seconds = sum(p * 60 ** i for i, p in enumerate(reversed(parts)))
cpu = float(field("User time (seconds)")) + float(field("System time (seconds)"))
print(f"{sys.argv[3]}\t{sys.argv[2]}\t{sys.argv[4]}\t{seconds:.2f}\t{cpu:.2f}\t{field('Maximum resident set size (kbytes)')}\t{sys.argv[3]}")
PY
}

for size in "${sizes[@]}"; do
    port=$((port_base + size % 1000 + size / 1000))
    site="$work/site-$size"
    python3 "$fixture/make-site.py" "$site" --pages "$size" --seed 1 --base-url "http://127.0.0.1:$port" --force >&2
    "$fixture/serve.sh" --stop "$port" >/dev/null 2>&1 || true
    "$fixture/serve.sh" "$site" "$port" >&2
    trap '"$fixture/serve.sh" --stop '"$port"' >/dev/null 2>&1 || true' EXIT
    for run in $(seq "$runs"); do
        rm -rf "$work/wget" && mkdir -p "$work/wget"
        (cd "$work/wget" && time_run wget "$size" "$run" wget --spider -r -l inf -q "http://127.0.0.1:$port/")
        out="$work/vitrine-$size-$run"
        rm -rf "$out"
        VITRINE_SKIP_BUILD=1 time_run vitrine "$size" "$run" "$repo/vitrine" audit --url "http://127.0.0.1:$port/" --out "$out" \
            --threads 8 --delay-ms 0 --max-pages $((size * 2 + 1000)) --max-depth 50 --no-verify-profiles
        rundir=$(find "$out" -mindepth 1 -maxdepth 1 -type d ! -name '.*' | head -n 1)
        # The crawl stage alone (probe, robots.txt, sitemaps, crawl + extract, broken links,
        # outside fetches), as crawl.json times it: the whole audit also scores and renders.
        python3 -c "import json,sys; print(sys.argv[2], json.load(open(sys.argv[1]))['durationMillis'] / 1000)" \
            "$rundir/crawl.json" "$size" >> "$work/crawl-stage.txt"
        python3 - "$site/.bench-manifest.json" "$rundir" "$size" "$run" >>"$work/checks.txt" <<'PY'
import json, sys
from urllib.parse import urlsplit
manifest = json.load(open(sys.argv[1]))
rundir = sys.argv[2]
path = lambda u: urlsplit(u).path
pages, depths = set(), {}
for line in open(f"{rundir}/pages.jsonl"):
    p = json.loads(line)
    if p["status"] == 200 and (p["contentType"] or "").startswith("text/html"):
        pages.add(path(p["url"]))
        depths[path(p["url"])] = p["depth"]
expected = {row[0] for row in manifest["page_list"]}
crawl = json.load(open(f"{rundir}/crawl.json"))
broken = {path(b["url"]): b for b in crawl["brokenLinks"]}
targets = set(manifest["broken_targets"])
refs_ok = sum(1 for src, dst in manifest["broken_references"]
              if dst in broken and any(path(u) == src for u in broken[dst]["linkedFrom"]))
depth_ok = sum(1 for row in manifest["page_list"] if depths.get(row[0]) == row[1])
print(f"size {sys.argv[3]} run {sys.argv[4]}: pages found {len(expected & pages)}/{len(expected)}, "
      f"broken links found {len(targets & set(broken))}/{len(targets)} (referring pages {refs_ok}/{len(manifest['broken_references'])}), "
      f"depth as in manifest {depth_ok}/{len(expected)}, stoppedBy {crawl['stoppedBy']}")
PY
        tail -n 1 "$work/checks.txt" >&2
        rm -rf "$out"
    done
    "$fixture/serve.sh" --stop "$port" >&2
    trap - EXIT
done

python3 - "$results" "$work/crawl-stage.txt" <<'PY'
import csv, statistics, sys
rows = list(csv.DictReader(open(sys.argv[1]), delimiter="\t"))
stage = {}
for line in open(sys.argv[2]):
    size, seconds = line.split()
    stage.setdefault(int(size), []).append(float(seconds))
print()
print("| pages | tool | runs | wall s (median) | pages/s | CPU s | peak RSS MB |")
print("|---:|---|---:|---:|---:|---:|---:|")
med = {}
for size in sorted({int(r["size"]) for r in rows}):
    for tool in ("wget", "vitrine"):
        rs = [r for r in rows if int(r["size"]) == size and r["tool"] == tool]
        if not rs:
            continue
        wall = statistics.median(float(r["wall_s"]) for r in rs)
        cpu = statistics.median(float(r["cpu_s"]) for r in rs)
        rss = statistics.median(int(r["rss_kb"]) for r in rs) / 1024
        med[(size, tool)] = (wall, cpu, rss)
        print(f"| {size} | {tool} | {len(rs)} | {wall:.1f} | {size / wall:.0f} | {cpu:.1f} | {rss:.0f} |")
print()
for size in sorted({s for s, _ in med}):
    if (size, "wget") in med and (size, "vitrine") in med:
        w, v = med[(size, "wget")], med[(size, "vitrine")]
        crawl = statistics.median(stage.get(size, [float("nan")]))
        print(f"{size} pages: Vitrine/wget wall {v[0] / w[0]:.2f}x (whole audit: crawl, score, report), "
              f"crawl stage alone {crawl:.1f} s = {crawl / w[0]:.2f}x; CPU {v[1] / w[1]:.2f}x; Vitrine peak RSS {v[2]:.0f} MB"
              f" (targets: crawl + extract <= 2.0x wget at 20,000 pages, RSS <= 600 MB)")
PY
echo
cat "$work/checks.txt"
