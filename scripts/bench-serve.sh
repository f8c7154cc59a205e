#!/usr/bin/env bash
# `accord serve` under load, against `accord audit` on the same charter, on this machine.
#
# Usage: scripts/bench-serve.sh
# Environment:
#   DURATION=20       seconds of load at 64 connections (RSS is read after WARMUP seconds and at
#   WARMUP=5          the end; "flat" means the end is within 10% of the warm-up reading)
#   CONNECTIONS=64
#   COPIES=2000       copies of the charter `accord audit` reads for its throughput
#
# Needs wrk (Debian: apt-get install wrk) and curl. Loopback only: the server listens on
# 127.0.0.1 and wrk sends nothing elsewhere. It builds the release binaries, generates one ~6 KB
# charter (`accord-corpus --seed 1`, the benchmark corpus's first), and measures:
#   1. `accord audit DIR --format json` over COPIES copies of it: charters per second (best of 3);
#   2. POST /v1/audit of the same charter with wrk at CONNECTIONS connections for DURATION s:
#      audits per second, p50/p99 latency, non-2xx responses, RSS after WARMUP s and at the end;
#   3. the page's re-audit round trip: one connection, one request at a time, for 5 s (p50/p99).
# and prints the results with the targets' verdicts as a Markdown table.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

duration=${DURATION:-20}
warmup=${WARMUP:-5}
connections=${CONNECTIONS:-64}
copies=${COPIES:-2000}
audit_date=2026-11-27

for tool in wrk curl; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "error: $tool is not installed (apt-get install $tool)" >&2
        exit 2
    fi
done

echo "== building the release binaries" >&2
cargo build --release --quiet -p accord-cli -p accord-bench \
    -p accord-transparency -p accord-humility -p accord-exit-plan -p accord-collaboration

accord=target/release/accord
work=$(mktemp -d "${TMPDIR:-/tmp}/accord-bench-serve.XXXXXX")
server_pid=
cleanup() {
    if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

target/release/accord-corpus --count 1 --seed 1 --out "$work/one" --format toml --quiet
charter=$(ls "$work"/one/*.toml)
size=$(wc -c <"$charter")
echo "== charter: $size bytes" >&2

# 1. The command line on copies of the charter.
mkdir -p "$work/copies"
for i in $(seq -w 1 "$copies"); do cp "$charter" "$work/copies/charter-$i.toml"; done
# CPU seconds (user + system) of this shell's finished children so far (`times` must run in
# this shell, not in a command substitution's subshell).
children_cpu() {
    times >"$work/times"
    awk 'NR == 2 { gsub(/[ms]/, " "); print $1 * 60 + $2 + $3 * 60 + $4 }' "$work/times"
}
best=
cli_cpu=
for _ in 1 2 3; do
    start=$(date +%s.%N)
    children_cpu >"$work/cpu-before"
    "$accord" audit "$work/copies" --no-config --format json --today "$audit_date" >/dev/null || [ $? -le 1 ]
    children_cpu >"$work/cpu-after"
    cpu=$(awk 'NR == FNR { b = $1; next } { print $1 - b }' "$work/cpu-before" "$work/cpu-after")
    end=$(date +%s.%N)
    t=$(awk -v s="$start" -v e="$end" 'BEGIN { print e - s }')
    best=$(awk -v a="${best:-1e9}" -v b="$t" 'BEGIN { print (b < a) ? b : a }')
    cli_cpu=$(awk -v a="${cli_cpu:-1e9}" -v b="$cpu" 'BEGIN { print (b < a) ? b : a }')
done
cli_rate=$(awk -v n="$copies" -v t="$best" 'BEGIN { printf "%.0f", n / t }')
cli_ms=$(awk -v n="$copies" -v c="$cli_cpu" 'BEGIN { printf "%.2f", 1000 * c / n }')
echo "== accord audit: $copies charters in ${best}s = $cli_rate charters/s, $cli_ms ms of CPU each" >&2

# 2. The server under wrk.
"$accord" serve --no-config --quiet --listen 127.0.0.1:0 >"$work/serve.out" 2>"$work/serve.err" &
server_pid=$!
for _ in $(seq 1 100); do
    grep -q 'http://' "$work/serve.out" 2>/dev/null && break
    sleep 0.1
done
url=$(grep -o 'http://[^ ]*' "$work/serve.out")
echo "== serving at $url" >&2

cat >"$work/post.lua" <<EOF
local f = io.open("$charter", "rb")
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/toml"
wrk.headers["Accept"] = "application/json"
EOF
rss() { awk '/^VmRSS:/ { print $2 }' "/proc/$server_pid/status"; }
# The server's CPU seconds so far (utime + stime, fields 14 and 15 of /proc/PID/stat).
server_cpu() { awk -v hz="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); print ($12 + $13) / hz }' "/proc/$server_pid/stat"; }

# A first request, so the warm-up reading is not of an idle process.
curl -sf -o /dev/null -H 'Content-Type: application/toml' --data-binary @"$charter" "${url}v1/audit"
cpu_start=$(server_cpu)
wrk -t2 -c"$connections" -d"${duration}s" --latency -s "$work/post.lua" "${url}v1/audit" >"$work/wrk.txt" &
wrk_pid=$!
sleep "$warmup"
rss_warm=$(rss)
sleep $((duration - warmup - 1))
rss_end=$(rss)
wait "$wrk_pid"
cpu_end=$(server_cpu)
cat "$work/wrk.txt" >&2

# wrk prints latencies with units (us, ms, s): in milliseconds.
ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.1f", n }'; }
percentile() { awk -v p="$1" '$1 == p { print $2 }' "$2"; }
rate=$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$work/wrk.txt")
p50=$(ms "$(percentile 50% "$work/wrk.txt")")
p99=$(ms "$(percentile 99% "$work/wrk.txt")")
non2xx=$(awk '/Non-2xx or 3xx responses:/ { print $NF }' "$work/wrk.txt")
socket_errors=$(awk '/Socket errors:/ { print }' "$work/wrk.txt")
requests=$(awk '/requests in/ { print $1 }' "$work/wrk.txt")
server_ms=$(awk -v a="$cpu_end" -v b="$cpu_start" -v n="$requests" 'BEGIN { printf "%.2f", 1000 * (a - b) / n }')

# 3. The page's round trip: one request at a time.
wrk -t1 -c1 -d5s --latency -s "$work/post.lua" "${url}v1/audit" >"$work/wrk1.txt"
one_p50=$(ms "$(percentile 50% "$work/wrk1.txt")")
one_p99=$(ms "$(percentile 99% "$work/wrk1.txt")")

verdict() { if awk "BEGIN { exit !($1) }"; then echo met; else echo "not met"; fi; }
ratio=$(awk -v a="$rate" -v b="$cli_rate" 'BEGIN { printf "%.0f", 100 * a / b }')
growth=$(awk -v a="$rss_end" -v b="$rss_warm" 'BEGIN { printf "%+.1f", 100 * (a - b) / b }')

cat <<EOF

| Measure | Value | Target | Verdict |
|---|---|---|---|
| \`accord audit --format json\`, $copies copies | $cli_rate charters/s ($cli_ms ms of CPU each) | | |
| POST /v1/audit, $connections connections, ${duration} s | $rate audits/s ($requests requests; $server_ms ms of server CPU each) | ≥ 50% of the CLI | $ratio%: $(verdict "$ratio >= 50") |
| latency at $connections connections | p50 $p50 ms, p99 $p99 ms | p99 ≤ 100 ms | $(verdict "$p99 <= 100") |
| error responses | ${non2xx:-0} non-2xx${socket_errors:+; $socket_errors} | none | $(verdict "${non2xx:-0} == 0") |
| RSS after ${warmup} s / at the end | $((rss_warm / 1024)) MB / $((rss_end / 1024)) MB ($growth%) | within 10% | $(verdict "${growth#+} <= 10") |
| re-audit round trip, 1 connection | p50 $one_p50 ms, p99 $one_p99 ms | ≤ 10 ms | $(verdict "$one_p50 <= 10") |

Charter: $size bytes (accord-corpus --seed 1, first charter); profile default (4 plugins + core
pack); $(nproc) cores shared by wrk and the server.
EOF
