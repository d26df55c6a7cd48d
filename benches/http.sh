#!/usr/bin/env bash
# HTTP benchmark of the job search API: builds a demo database of N jobs
# (default 1,000,000) in a temporary folder, starts `vieclam serve` from
# the release build on loopback, and runs wrk against /api/v1/jobs with
# the speed benchmark's query mix (benches/http/mix.lua), twice:
#
#   repeated  the mix's 200 searches, picked at random: a portal's
#             repeated searches, mostly answered from the server's memory
#             of recent results;
#   unique    the same searches, each made unique with a `posted_since`
#             day that filters nothing: every request runs the engine
#             (its words' sets, remembered per segment, are reused, as
#             words are across the distinct searches of a real portal).
#
# It prints wrk's figures (requests/s, latency percentiles) for each, the
# server's CPU time per request (user and system, from /proc: what a
# search costs, whatever else the machine did), and the server's resident
# memory after start-up and at its peak (VmHWM).
#
# Settings (environment): VIECLAM_HTTP_JOBS (1000000), VIECLAM_HTTP_SECONDS
# (30 per run), VIECLAM_HTTP_CONNECTIONS (32), VIECLAM_HTTP_THREADS (2),
# VIECLAM_HTTP_PORT (18080), VIECLAM_HTTP_DIR (where the temporary folder
# goes; about 2 GB per million jobs; removed at the end), VIECLAM_HTTP_KEEP
# (a folder to keep the database and index in, reused when it exists).
#
# Needs wrk (Debian: apt-get install wrk).
set -euo pipefail

jobs=${VIECLAM_HTTP_JOBS:-1000000}
seconds=${VIECLAM_HTTP_SECONDS:-30}
connections=${VIECLAM_HTTP_CONNECTIONS:-32}
threads=${VIECLAM_HTTP_THREADS:-2}
port=${VIECLAM_HTTP_PORT:-18080}
here=$(cd "$(dirname "$0")/.." && pwd)

command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 2; }

if [[ -n ${VIECLAM_HTTP_KEEP:-} ]]; then
    work=$VIECLAM_HTTP_KEEP
    mkdir -p "$work"
else
    work=$(mktemp -d "${VIECLAM_HTTP_DIR:-${TMPDIR:-/tmp}}/vieclam-http-XXXXXX")
fi
server=
cleanup() {
    if [[ -n $server ]]; then
        kill "$server" 2>/dev/null || true
        wait "$server" 2>/dev/null || true
    fi
    if [[ -z ${VIECLAM_HTTP_KEEP:-} ]]; then
        rm -rf "$work"
    fi
}
trap cleanup EXIT

cd "$here"
cargo build --release --quiet --bin vieclam
VIECLAM_BENCH_MIX_PATHS="$work/paths.txt" cargo bench --quiet --bench search >/dev/null

export VIECLAM_DATA_DIR="$work/data"
export VIECLAM_INDEX_DIR="$work/index"
export DATABASE_URL="sqlite://$work/data/vieclam.db?mode=rwc"
export VIECLAM_BIND="127.0.0.1:$port"
export VIECLAM_MAIL_DIR="$work/data/mail"
export RUST_LOG=${RUST_LOG:-warn}
mkdir -p "$VIECLAM_DATA_DIR"
vieclam="$here/target/release/vieclam"

if [[ ! -e "$work/.built" ]]; then
    echo "building a demo database of $jobs jobs and its index in $work" >&2
    start=$(date +%s)
    "$vieclam" demo --jobs "$jobs" --workers 1000 --quiet
    touch "$work/.built"
    echo "demo data and index: $(( $(date +%s) - start )) s" >&2
fi

"$vieclam" serve &
server=$!
for _ in $(seq 1 600); do
    if curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1; then
        break
    fi
    sleep 0.5
done
curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null

# User and system CPU time of the server so far, in clock ticks.
cpu_ticks() {
    awk '{ print $14 + $15 }' "/proc/$server/stat"
}

memory() {
    grep -E '^(VmRSS|VmHWM)' "/proc/$server/status" | tr -s ' \t' ' ' | paste -sd ' '
}

echo "server pid $server, after start-up: $(memory)"
echo "machine: $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "jobs: $jobs; wrk: $threads threads, $connections connections, $seconds s per run"

export VIECLAM_HTTP_PATHS="$work/paths.txt"
for run in repeated unique; do
    if [[ $run == unique ]]; then export VIECLAM_HTTP_UNIQUE=1; else export VIECLAM_HTTP_UNIQUE=0; fi
    # A short warm-up, then the measured run.
    wrk -t "$threads" -c "$connections" -d 5s -s benches/http/mix.lua "http://127.0.0.1:$port" >/dev/null
    echo
    echo "== $run searches =="
    before=$(cpu_ticks)
    wrk -t "$threads" -c "$connections" -d "${seconds}s" --latency -s benches/http/mix.lua \
        "http://127.0.0.1:$port" | tee "$work/wrk.out"
    after=$(cpu_ticks)
    requests=$(awk '/requests in/ {print $1}' "$work/wrk.out")
    echo "server CPU time per request: $(awk -v t=$((after - before)) -v hz="$(getconf CLK_TCK)" \
        -v n="$requests" 'BEGIN { printf "%.3f ms", (n > 0 ? t * 1000 / hz / n : 0) }')"
    echo "server memory: $(memory); load average $(cut -d' ' -f1-3 /proc/loadavg)"
done
