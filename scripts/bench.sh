#!/usr/bin/env bash
# Throughput (charters per second) and peak memory (max RSS) of `accord validate` and
# `accord audit --format json` on generated corpora, with 1 and 2 jobs.
#
# Usage: scripts/bench.sh [SIZE...]            (default sizes: 1000 10000)
# Environment:
#   BENCH_RUNS=N   runs per measurement; the best wall time and the largest RSS are kept (default 3)
#   BENCH_SEED=S   corpus seed (default 42)
#   BENCH_JOBS="1 2"  job counts to compare (default "1 2")
#   BENCH_KEEP=1   keep the generated corpora (their directory is printed)
#   BENCH_LANGS="en fr"  also time the text report in each of these languages (what writing
#                  every sentence through Fluent costs), with the first job count
#
# It builds the release binaries (`cargo build --release --workspace`), generates the corpora
# with `accord-corpus` into a temporary directory, and times each command with /usr/bin/time
# (GNU time; without it only wall time is shown). Nothing else is required.
#
# Columns: wall time and charters/s (best run); CPU = user + system seconds (best run), and
# charters per CPU-second, which stays meaningful on a busy machine; peak RSS (largest run).
# On a loaded machine, compare the load average printed first: 2 jobs cannot beat 1 job when
# the cores are already busy.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

sizes=("$@")
if [ ${#sizes[@]} -eq 0 ]; then
    sizes=(1000 10000)
fi
runs=${BENCH_RUNS:-3}
seed=${BENCH_SEED:-42}
read -r -a job_counts <<<"${BENCH_JOBS:-1 2}"
read -r -a langs <<<"${BENCH_LANGS:-}"
audit_date=2026-11-27

echo "== building (cargo build --release --workspace)" >&2
cargo build --release --workspace --quiet

accord=target/release/accord
corpus=target/release/accord-corpus

tmp=$(mktemp -d "${TMPDIR:-/tmp}/accord-bench.XXXXXX")
cleanup() {
    if [ "${BENCH_KEEP:-0}" = 1 ]; then
        echo "corpora kept in $tmp" >&2
    else
        rm -rf "$tmp"
    fi
}
trap cleanup EXIT

gnu_time=""
if [ -x /usr/bin/time ] && /usr/bin/time -f '%M' -o /dev/null true 2>/dev/null; then
    gnu_time=/usr/bin/time
else
    echo "note: GNU time (/usr/bin/time) not found: peak RSS is not measured (apt-get install time)" >&2
fi

validate_has_jobs=0
if "$accord" validate --help 2>/dev/null | grep -q -- '--jobs'; then
    validate_has_jobs=1
fi

now() { date +%s.%N; }

# measure N LABEL JOBS COMMAND...: runs COMMAND $runs times and prints one table row.
measure() {
    local n=$1 label=$2 jobs=$3
    shift 3
    local best="" best_cpu="" rss=0 run start end wall status kb cpu
    for ((run = 1; run <= runs; run++)); do
        start=$(now)
        status=0
        if [ -n "$gnu_time" ]; then
            "$gnu_time" -f '%M %U %S' -o "$tmp/time.out" "$@" >/dev/null 2>"$tmp/stderr" || status=$?
        else
            "$@" >/dev/null 2>"$tmp/stderr" || status=$?
        fi
        end=$(now)
        # validate: 0 = all valid; audit: 0 = all pass, 1 = some failed their verdict.
        # Anything else (2: invalid charters, or an error) means the numbers mean nothing.
        if [ "$status" -gt 1 ]; then
            echo "error: \`$*\` exited with status $status:" >&2
            head -20 "$tmp/stderr" >&2
            exit 1
        fi
        wall=$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f", e - s }')
        if [ -z "$best" ] || awk -v w="$wall" -v b="$best" 'BEGIN { exit !(w < b) }'; then
            best=$wall
        fi
        if [ -n "$gnu_time" ]; then
            read -r kb cpu < <(tail -n 1 "$tmp/time.out" | awk '{ print $1, $2 + $3 }')
            if [ "$kb" -gt "$rss" ]; then rss=$kb; fi
            if [ -z "$best_cpu" ] || awk -v c="$cpu" -v b="$best_cpu" 'BEGIN { exit !(c < b) }'; then
                best_cpu=$cpu
            fi
        fi
    done
    awk -v n="$n" -v label="$label" -v jobs="$jobs" -v wall="$best" -v rss="$rss" -v cpu="$best_cpu" 'BEGIN {
        rate = wall > 0 ? n / wall : 0
        mem = cpu != "" ? sprintf("%.1f", rss / 1024) : "n/a"
        cpu_s = cpu != "" ? sprintf("%.2f", cpu) : "n/a"
        per_cpu = cpu > 0 ? sprintf("%.0f", n / cpu) : "n/a"
        printf "%-8s %-28s %-5s %9.3f %12.0f %9s %13s %14s\n", n, label, jobs, wall, rate, cpu_s, per_cpu, mem
    }'
}

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ *//'), $("$accord" --version); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== best of $runs runs; corpus seed $seed; audit profile: default (4 plugins + core pack), --today $audit_date"
for n in "${sizes[@]}"; do
    dir="$tmp/corpus-$n"
    start=$(now)
    "$corpus" --count "$n" --seed "$seed" --out "$dir" --format toml --quiet
    end=$(now)
    bytes=$(du -sb "$dir" | cut -f1)
    awk -v n="$n" -v b="$bytes" -v s="$start" -v e="$end" 'BEGIN {
        printf "== corpus: %d TOML charters, %.1f MB (%.1f KB each on average), generated in %.2f s\n", n, b / 1e6, b / n / 1e3, e - s
    }'
done
echo
printf "%-8s %-28s %-5s %9s %12s %9s %13s %14s\n" charters command jobs "wall (s)" "charters/s" "CPU (s)" "charters/CPU-s" "peak RSS (MB)"
for n in "${sizes[@]}"; do
    dir="$tmp/corpus-$n"
    if [ "$validate_has_jobs" = 1 ]; then
        for j in "${job_counts[@]}"; do
            measure "$n" "accord validate" "$j" "$accord" validate "$dir" --jobs "$j"
        done
    else
        # `accord validate` has no --jobs (it is sequential): one row.
        measure "$n" "accord validate" "-" "$accord" validate "$dir"
    fi
    for j in "${job_counts[@]}"; do
        measure "$n" "accord audit --format json" "$j" \
            "$accord" audit "$dir" --format json --quiet --no-config --today "$audit_date" --jobs "$j"
    done
    for lang in "${langs[@]}"; do
        measure "$n" "accord audit --lang $lang" "${job_counts[0]}" \
            "$accord" audit "$dir" --format text --lang "$lang" --quiet --no-config \
            --today "$audit_date" --jobs "${job_counts[0]}"
    done
done
