#!/usr/bin/env bash
# Peak RSS of `accord audit` in every format on one large generated batch (results in
# docs/performance.md, "Memory per format"). The target: at most 64 MB at 20,000 charters in
# every format, since HTML, JUnit and SARIF keep each charter's part in a temporary file past
# 4 MiB instead of in memory.
#
#   scripts/bench-memory.sh                  # 20,000 charters
#   N=2000 scripts/bench-memory.sh           # quicker
#
# What it does: builds the release binaries (accord, the four plugins, accord-corpus), generates
# N charters (seed SEED, TOML) with `accord-corpus` once and reuses them, then runs
# `accord audit DIR --format F` for each format, output to /dev/null, under /usr/bin/time, and
# prints a table of wall time and peak RSS (also written to BENCH_DIR/memory.md). The last rows
# run the funder's view (`--summary-only --statistics`) in text and HTML.
#
# Environment:
#   N=20000            charters
#   SEED=1             corpus seed
#   LIMIT_MB=64        the target; a format over it makes the script exit 1
#   BENCH_DIR=target/bench-memory   scratch directory (corpus, results)
#   SKIP_BUILD=1       use the binaries already in target/release
#   JOBS=              --jobs for the audits (default: accord's default, every core)
#
# Needs: cargo and GNU time (/usr/bin/time; installed with apt-get as root when missing).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
N=${N:-20000}
SEED=${SEED:-1}
LIMIT_MB=${LIMIT_MB:-64}
BENCH_DIR=${BENCH_DIR:-$ROOT/target/bench-memory}
mkdir -p "$BENCH_DIR"
BENCH_DIR=$(cd "$BENCH_DIR" && pwd)
CORPUS=$BENCH_DIR/corpus-$N-$SEED
RESULTS=$BENCH_DIR/memory.md

die() { printf 'bench-memory.sh: %s\n' "$*" >&2; exit 1; }

if [ ! -x /usr/bin/time ]; then
    [ "$(id -u)" = 0 ] || die "please install GNU time (/usr/bin/time)"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null
fi

if [ -z "${SKIP_BUILD:-}" ]; then
    cargo build --release --quiet -p accord-cli -p accord-transparency -p accord-humility \
        -p accord-exit-plan -p accord-collaboration -p accord-bench
fi
ACCORD=$ROOT/target/release/accord
[ -x "$ACCORD" ] || die "no $ACCORD (run without SKIP_BUILD)"

if [ ! -f "$CORPUS/.done" ]; then
    rm -rf "$CORPUS"
    "$ROOT/target/release/accord-corpus" --count "$N" --seed "$SEED" --out "$CORPUS" --format toml
    touch "$CORPUS/.done"
fi

jobs=()
[ -n "${JOBS:-}" ] && jobs=(--jobs "$JOBS")

{
    printf '| Format (%s charters) | Wall s | Peak RSS MB | Exit |\n' "$N"
    printf '|---|---:|---:|---:|\n'
} >"$RESULTS"
over=0
measure() {
    local label=$1
    shift
    local rc=0
    /usr/bin/time -f '%e %M' -o "$BENCH_DIR/time" \
        "$ACCORD" audit "$CORPUS" --quiet "${jobs[@]}" "$@" >/dev/null 2>"$BENCH_DIR/stderr" || rc=$?
    # Exit 1 (some charters fail their verdict) is the expected outcome of a realistic batch.
    if [ "$rc" -gt 1 ]; then
        cat "$BENCH_DIR/stderr" >&2
        die "accord audit $* exited $rc"
    fi
    # GNU time starts its file with "Command exited with non-zero status N" when it did.
    read -r wall kb < <(tail -n 1 "$BENCH_DIR/time")
    local mb
    mb=$(awk -v kb="$kb" 'BEGIN { printf "%.1f", kb / 1024 }')
    printf '| %s | %s | %s | %s |\n' "$label" "$wall" "$mb" "$rc" | tee -a "$RESULTS"
    if awk -v mb="$mb" -v limit="$LIMIT_MB" 'BEGIN { exit !(mb > limit) }'; then
        over=1
    fi
}

for format in text json markdown csv sarif html junit; do
    measure "$format" --format "$format"
done
measure "text --summary-only --statistics" --summary-only --statistics
measure "html --summary-only --statistics" --format html --summary-only --statistics

printf '\nwritten to %s\n' "$RESULTS"
if [ "$over" = 1 ]; then
    printf 'bench-memory.sh: a format peaked over %s MB\n' "$LIMIT_MB" >&2
    exit 1
fi
