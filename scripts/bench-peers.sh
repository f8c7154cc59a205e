#!/usr/bin/env bash
# Accord against its peers, on the same files in one run (issue 7; results in docs/performance.md).
#
#   scripts/bench-peers.sh                 # 2,000 charters, peak RSS at 1k, 10k and 100k
#   N=500 RSS_SIZES="1000 10000" scripts/bench-peers.sh
#
# What it does:
#   1. builds the release binaries (`cargo build --release --workspace`) and the parse-only floor
#      (bench/parse-floor, kept out of the workspace);
#   2. generates one corpus of N charters (seed SEED) with `accord-corpus`, as TOML and as JSON
#      (same charters), and reuses it on later runs;
#   3. installs the peers into a scratch directory from the public registries:
#      @stoplight/spectral-cli, ajv-cli and ajv-formats (npm), check-jsonschema (pip, in a venv);
#   4. checks that Spectral with bench/spectral-ruleset.yaml finds exactly what `accord audit`
#      with only the core pack finds (on 50 corpus charters plus edge cases);
#   5. times every tool on the same files in RUNS rounds (each round runs every command once, so
#      a change in the machine's load hits all tools alike), keeping the least wall time, the least
#      CPU time and the largest peak RSS (/usr/bin/time); then `accord audit --format json` once at
#      each size of RSS_SIZES for peak RSS; and prints the table and the ratios against the
#      issue's targets (also written to BENCH_DIR/results.md).
#
# Environment:
#   N=2000            charters in the timed corpus (check-jsonschema gets every file name as an
#                     argument: keep N under ~20,000)
#   SEED=1            corpus seed
#   RUNS=3            rounds (the least wall and CPU times are kept)
#   RSS_SIZES="1000 10000 100000"   corpus sizes for the peak-RSS runs ("" to skip them);
#                     100k charters take ~0.7 GB of disk and a few minutes to generate and audit
#   BENCH_DIR=target/bench-peers    scratch directory (peers, corpora, results)
#   SKIP_BUILD=1      use the binaries already in target/release
#   JOBS=             --jobs for the audits (default: accord's default, every core)
#
# Needs: cargo, node + npm, python3 (with venv), GNU time (/usr/bin/time). On a fresh Debian or
# Ubuntu machine the missing ones among node/npm, python3-venv and time are installed with apt-get
# (as root, or with sudo). Exit 0 when every measurement ran (targets missed are reported, not
# fatal); 1 when a tool failed or Spectral and Accord disagree.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
N=${N:-2000}
SEED=${SEED:-1}
RUNS=${RUNS:-3}
RSS_SIZES=${RSS_SIZES-1000 10000 100000}
BENCH_DIR=${BENCH_DIR:-$ROOT/target/bench-peers}
mkdir -p "$BENCH_DIR"
BENCH_DIR=$(cd "$BENCH_DIR" && pwd)
CORPUS=$BENCH_DIR/corpus
RESULTS=$BENCH_DIR/results.md
LOG=$BENCH_DIR/log
mkdir -p "$CORPUS" "$LOG"

say() { printf '\n== %s\n' "$*" >&2; }
die() { printf 'bench-peers.sh: %s\n' "$*" >&2; exit 1; }

# ---------------------------------------------------------------------------------------------
say "prerequisites"
apt_install() {
    local sudo=""
    if [ "$(id -u)" != 0 ]; then
        command -v sudo >/dev/null || die "please install: $*"
        sudo=sudo
    fi
    command -v apt-get >/dev/null || die "please install: $*"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null
}
command -v cargo >/dev/null || die "cargo is needed (https://rustup.rs)"
need=()
[ -x /usr/bin/time ] || need+=(time)
command -v node >/dev/null && command -v npm >/dev/null || need+=(nodejs npm)
command -v python3 >/dev/null || need+=(python3)
if [ ${#need[@]} -gt 0 ]; then apt_install "${need[@]}"; fi
if ! python3 -c 'import venv, ensurepip' 2>/dev/null; then
    apt_install python3-venv
fi
node_major=$(node -p 'process.versions.node.split(".")[0]')
[ "$node_major" -ge 18 ] || die "Spectral needs Node.js 18 or later (found $(node --version))"

# ---------------------------------------------------------------------------------------------
if [ "${SKIP_BUILD:-0}" != 1 ]; then
    say "building the release binaries"
    cargo build --release --workspace --quiet
    cargo build --release --quiet --manifest-path bench/parse-floor/Cargo.toml \
        --target-dir "$ROOT/target/parse-floor"
fi
ACCORD=$ROOT/target/release/accord
CORPUS_BIN=$ROOT/target/release/accord-corpus
FLOOR=$ROOT/target/parse-floor/release/accord-parse-floor
for bin in "$ACCORD" "$CORPUS_BIN" "$FLOOR"; do
    [ -x "$bin" ] || die "$bin is missing: build without SKIP_BUILD=1"
done

# ---------------------------------------------------------------------------------------------
# corpus DIR COUNT FORMAT: writes COUNT charters once; a stamp file marks a complete corpus.
corpus() {
    local dir=$1 count=$2 format=$3 stamp="$1/.complete"
    if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$count $SEED $format" ]; then
        return
    fi
    rm -rf "$dir"
    "$CORPUS_BIN" --count "$count" --seed "$SEED" --format "$format" --out "$dir"
    echo "$count $SEED $format" >"$stamp"
}
say "corpus: $N charters (seed $SEED) as TOML and JSON"
TOML_DIR=$CORPUS/$N-toml
JSON_DIR=$CORPUS/$N-json
corpus "$TOML_DIR" "$N" toml
corpus "$JSON_DIR" "$N" json
JSON_FILES=("$JSON_DIR"/*.json)
toml_mb=$(du -sm --apparent-size "$TOML_DIR" | cut -f1)
json_mb=$(du -sm --apparent-size "$JSON_DIR" | cut -f1)

# ---------------------------------------------------------------------------------------------
say "peers (scratch directory $BENCH_DIR)"
NPM_DIR=$BENCH_DIR/npm
if [ ! -x "$NPM_DIR/node_modules/.bin/spectral" ] || [ ! -x "$NPM_DIR/node_modules/.bin/ajv" ] \
    || [ ! -d "$NPM_DIR/node_modules/ajv-formats" ]; then
    mkdir -p "$NPM_DIR"
    [ -f "$NPM_DIR/package.json" ] || echo '{"private": true}' >"$NPM_DIR/package.json"
    (cd "$NPM_DIR" && npm install --no-audit --no-fund --loglevel=error \
        @stoplight/spectral-cli ajv-cli ajv-formats)
fi
SPECTRAL=$NPM_DIR/node_modules/.bin/spectral
AJV=$NPM_DIR/node_modules/.bin/ajv
VENV=$BENCH_DIR/venv
if [ ! -x "$VENV/bin/check-jsonschema" ]; then
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install --quiet --disable-pip-version-check check-jsonschema
fi
CHECK_JSONSCHEMA=$VENV/bin/check-jsonschema
npm_version() { node -p "require('$NPM_DIR/node_modules/$1/package.json').version"; }
V_SPECTRAL=$(npm_version @stoplight/spectral-cli)
V_AJV_CLI=$(npm_version ajv-cli)
V_AJV=$(npm_version ajv)
V_AJV_FORMATS=$(npm_version ajv-formats)
V_CJS=$("$CHECK_JSONSCHEMA" --version | awk '{print $NF}')
V_NODE=$(node --version)
V_PYTHON=$(python3 --version | awk '{print $2}')

PROFILE_CORE=$ROOT/bench/profiles/core-only.toml
PROFILE_NONE=$ROOT/bench/profiles/no-rules.toml
SCHEMA=$ROOT/schemas/charter.schema.json
RULESET=$ROOT/bench/spectral-ruleset.yaml
AUDIT=("$ACCORD" audit --no-config --quiet --format json)
[ -n "${JOBS:-}" ] && AUDIT+=(--jobs "$JOBS")

# ---------------------------------------------------------------------------------------------
say "checking that Spectral and the core pack agree"
CHECK_DIR=$CORPUS/check-json
rm -rf "$CHECK_DIR"
mkdir -p "$CHECK_DIR"
cp "${JSON_FILES[@]:0:50}" "$CHECK_DIR/"
python3 bench/edge-charters.py "$CHECK_DIR" >&2
"$ACCORD" validate "$CHECK_DIR" >/dev/null || die "an equivalence-check charter is invalid"
"${AUDIT[@]}" --profile "$PROFILE_CORE" "$CHECK_DIR" >"$LOG/check-accord.jsonl" || [ $? = 1 ] \
    || die "accord audit failed on $CHECK_DIR"
"$SPECTRAL" lint --quiet --format json --ruleset "$RULESET" "$CHECK_DIR/*.json" \
    >"$LOG/check-spectral.json" || [ $? = 1 ] || die "spectral failed on $CHECK_DIR"
EQUIVALENCE=$(python3 bench/compare-findings.py "$LOG/check-accord.jsonl" "$LOG/check-spectral.json") \
    || { echo "$EQUIVALENCE" >&2; die "Spectral and Accord disagree (see above)"; }
echo "$EQUIVALENCE" >&2

# ---------------------------------------------------------------------------------------------
# bench KEY LABEL FILES CMD…: registers a measurement. rounds RUNS KEY…: runs every registered
# command once per round, round after round (so that a change in the machine's load hits every
# tool alike), stdout to /dev/null; keeps the least wall time and the least CPU time (user + sys)
# and the largest peak RSS. Exit codes 0 and 1 both count as success (1 = some charter failed its
# verdict, or a linter found problems).
declare -A WALL CPU RSS LABEL COUNT CMD
ORDER=()
SEP=$'\x1f'
bench() {
    local key=$1
    LABEL[$key]=$2
    COUNT[$key]=$3
    shift 3
    local IFS=$SEP
    CMD[$key]="$*"
    ORDER+=("$key")
}
once() {
    local key=$1 cmd rc=0 t0 t1 wall cpu rss
    IFS=$SEP read -r -a cmd <<<"${CMD[$key]}"
    t0=$(date +%s%N)
    /usr/bin/time -o "$LOG/time" -f '%U %S %M' "${cmd[@]}" >/dev/null 2>"$LOG/$key.err" || rc=$?
    t1=$(date +%s%N)
    if [ "$rc" -gt 1 ]; then
        tail -5 "$LOG/$key.err" >&2
        die "${LABEL[$key]}: exit $rc (${cmd[*]})"
    fi
    wall=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')
    cpu=$(awk 'END { printf "%.2f", $1 + $2 }' "$LOG/time")
    rss=$(awk 'END { print $3 }' "$LOG/time")
    less() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a < b) }'; }
    if [ -z "${WALL[$key]:-}" ] || less "$wall" "${WALL[$key]}"; then WALL[$key]=$wall; fi
    if [ -z "${CPU[$key]:-}" ] || less "$cpu" "${CPU[$key]}"; then CPU[$key]=$cpu; fi
    if [ -z "${RSS[$key]:-}" ] || [ "$rss" -gt "${RSS[$key]}" ]; then RSS[$key]=$rss; fi
}
rounds() {
    local runs=$1 r key
    shift
    for ((r = 1; r <= runs; r++)); do
        printf '  round %d of %d (load average %s)\n' "$r" "$runs" \
            "$(cut -d' ' -f1-3 /proc/loadavg)" >&2
        for key in "$@"; do once "$key"; done
    done
    for key in "$@"; do
        printf '  %-58s %8.3f s wall %8.2f s CPU %7.1f MB\n' "${LABEL[$key]}" "${WALL[$key]}" \
            "${CPU[$key]}" "$(awk -v k="${RSS[$key]}" 'BEGIN { print k / 1024 }')" >&2
    done
}

# warm DIR: reads every file once, so that no run pays for the disk.
warm() { find "$1" -type f -exec cat {} + >/dev/null; }

bench floor_toml "parse only (accord loader), TOML" "$N" "$FLOOR" "$TOML_DIR"
bench floor_json "parse only (accord loader), JSON" "$N" "$FLOOR" "$JSON_DIR"
bench raw_toml "read + toml::from_str only, TOML" "$N" "$FLOOR" --raw "$TOML_DIR"
bench validate_toml "accord validate, TOML" "$N" "$ACCORD" validate "$TOML_DIR"
bench validate_json "accord validate, JSON" "$N" "$ACCORD" validate "$JSON_DIR"
bench ajv "ajv validate --all-errors (ajv-cli $V_AJV_CLI), JSON" "$N" \
    "$AJV" validate --spec=draft2020 --strict=true --all-errors -c ajv-formats \
    -s "$SCHEMA" -d "$JSON_DIR/*.json"
bench cjs "check-jsonschema $V_CJS, JSON" "$N" \
    "$CHECK_JSONSCHEMA" --schemafile "$SCHEMA" "${JSON_FILES[@]}"
bench none_toml "accord audit, no plugins or packs, TOML" "$N" \
    "${AUDIT[@]}" --profile "$PROFILE_NONE" "$TOML_DIR"
bench core_toml "accord audit, core pack only, TOML" "$N" \
    "${AUDIT[@]}" --profile "$PROFILE_CORE" "$TOML_DIR"
bench core_json "accord audit, core pack only, JSON" "$N" \
    "${AUDIT[@]}" --profile "$PROFILE_CORE" "$JSON_DIR"
bench spectral "spectral lint, 7 rules (spectral-cli $V_SPECTRAL), JSON" "$N" \
    "$SPECTRAL" lint --quiet --format json --ruleset "$RULESET" "$JSON_DIR/*.json"
bench full_toml "accord audit, default profile, TOML" "$N" \
    "${AUDIT[@]}" --profile default "$TOML_DIR"
bench full_json "accord audit, default profile, JSON" "$N" \
    "${AUDIT[@]}" --profile default "$JSON_DIR"
bench floor_j1 "parse only (accord loader), TOML, 1 thread" "$N" "$FLOOR" --jobs 1 "$TOML_DIR"
bench floor_j2 "parse only (accord loader), TOML, 2 threads" "$N" "$FLOOR" --jobs 2 "$TOML_DIR"
bench jobs1 "accord audit, default profile, TOML, --jobs 1" "$N" \
    "$ACCORD" audit --no-config --quiet --format json --jobs 1 "$TOML_DIR"
bench jobs2 "accord audit, default profile, TOML, --jobs 2" "$N" \
    "$ACCORD" audit --no-config --quiet --format json --jobs 2 "$TOML_DIR"

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
say "timing on $N charters, best of $RUNS rounds"
warm "$TOML_DIR"
warm "$JSON_DIR"
rounds "$RUNS" "${ORDER[@]}"

RSS_KEYS=()
if [ -n "$RSS_SIZES" ]; then
    say "peak RSS of accord audit --format json (default profile, TOML)"
    for size in $RSS_SIZES; do
        dir=$CORPUS/rss-$size-toml
        corpus "$dir" "$size" toml
        warm "$dir"
        bench "rss_$size" "accord audit --format json, $size charters" "$size" \
            "${AUDIT[@]}" --profile default "$dir"
        RSS_KEYS+=("rss_$size")
    done
    rounds 1 "${RSS_KEYS[@]}"
fi
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

# ---------------------------------------------------------------------------------------------
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1f", a / b; else print "n/a" }'; }
verdict() { # value op target
    awk -v v="$1" -v t="$3" -v op="$2" 'BEGIN {
        if (v == "n/a") { print "n/a"; exit }
        ok = (op == ">=") ? (v + 0 >= t + 0) : (v + 0 <= t + 0)
        print ok ? "met" : "MISSED" }'
}
op_sym() { if [ "$1" = ">=" ]; then echo "≥"; else echo "≤"; fi; }
mb() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }

CPU_MODEL=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')
MEM_GB=$(awk '/MemTotal/ { printf "%.1f", $2 / 1048576 }' /proc/meminfo)
{
    echo "Machine: $(nproc) CPUs ($CPU_MODEL), $MEM_GB GB RAM, $(uname -sr)."
    echo "Load average before / after: $LOAD_BEFORE / $LOAD_AFTER."
    echo "Corpus: $N charters (seed $SEED), $toml_mb MB of TOML, $json_mb MB of JSON."
    echo "Peers: spectral-cli $V_SPECTRAL, ajv-cli $V_AJV_CLI (ajv $V_AJV, ajv-formats $V_AJV_FORMATS),"
    echo "check-jsonschema $V_CJS; Node.js $V_NODE, Python $V_PYTHON."
    echo "Equivalence check: $EQUIVALENCE."
    echo
    echo "| Measurement | Charters | Wall s (least of $RUNS) | CPU s (least) | Peak RSS MB | Charters/s (wall) |"
    echo "|---|---:|---:|---:|---:|---:|"
    for key in "${ORDER[@]}"; do
        printf '| %s | %s | %.3f | %.2f | %s | %s |\n' "${LABEL[$key]}" "${COUNT[$key]}" \
            "${WALL[$key]}" "${CPU[$key]}" "$(mb "${RSS[$key]}")" \
            "$(awk -v n="${COUNT[$key]}" -v w="${WALL[$key]}" 'BEGIN { printf "%.0f", n / w }')"
    done
    echo
    echo "| Target | Measured (wall) | Measured (CPU) | Target | Verdict |"
    echo "|---|---:|---:|---:|---|"
    # row LABEL WALL-RATIO CPU-RATIO OP TARGET UNIT [both]: the verdict is on the wall ratio
    # (throughput), or with `both` on the wall and the CPU ratio alike.
    row() {
        local cpu="" v
        [ -n "$3" ] && cpu="$3$6"
        v=$(verdict "$2" "$4" "$5")
        if [ "${7:-}" = both ] && [ "$(verdict "$3" "$4" "$5")" != met ]; then v=MISSED; fi
        printf '| %s | %s%s | %s | %s %s%s | %s |\n' "$1" "$2" "$6" "$cpu" "$(op_sym "$4")" "$5" \
            "$6" "$v"
    }
    row "Full audit vs Spectral (7 rules), JSON" \
        "$(ratio "${WALL[spectral]}" "${WALL[full_json]}")" \
        "$(ratio "${CPU[spectral]}" "${CPU[full_json]}")" ">=" 50 "×"
    row "Core pack vs Spectral (7 rules), JSON" \
        "$(ratio "${WALL[spectral]}" "${WALL[core_json]}")" \
        "$(ratio "${CPU[spectral]}" "${CPU[core_json]}")" ">=" 100 "×"
    row "validate vs check-jsonschema, JSON" \
        "$(ratio "${WALL[cjs]}" "${WALL[validate_json]}")" \
        "$(ratio "${CPU[cjs]}" "${CPU[validate_json]}")" ">=" 5 "×"
    row "validate vs ajv-cli, JSON" \
        "$(ratio "${WALL[ajv]}" "${WALL[validate_json]}")" \
        "$(ratio "${CPU[ajv]}" "${CPU[validate_json]}")" ">=" 3 "×"
    row "Full audit / parse only, TOML" \
        "$(ratio "${WALL[full_toml]}" "${WALL[floor_toml]}")" \
        "$(ratio "${CPU[full_toml]}" "${CPU[floor_toml]}")" "<=" 3 "×" both
    row "Full audit / parse only, JSON" \
        "$(ratio "${WALL[full_json]}" "${WALL[floor_json]}")" \
        "$(ratio "${CPU[full_json]}" "${CPU[floor_json]}")" "<=" 3 "×" both
    row "Speed-up from --jobs 1 to --jobs 2" \
        "$(ratio "${WALL[jobs1]}" "${WALL[jobs2]}")" "" ">=" 1.8 "×"
    printf '| Control: parse only from 1 to 2 threads (what this machine allows) | %s× | | | |\n' \
        "$(ratio "${WALL[floor_j1]}" "${WALL[floor_j2]}")"
    for key in "${RSS_KEYS[@]}"; do
        size=${key#rss_}
        if [ "$size" = 100000 ]; then
            printf '| Peak RSS at %s charters | %s MB | | ≤ 64 MB | %s |\n' "$size" \
                "$(mb "${RSS[$key]}")" "$(verdict "$(mb "${RSS[$key]}")" "<=" 64)"
        else
            printf '| Peak RSS at %s charters | %s MB | | (≤ 64 MB at 100k) | |\n' "$size" \
                "$(mb "${RSS[$key]}")"
        fi
    done
    echo
    echo "Wall ratios compare elapsed times (Accord uses every core unless --jobs says otherwise; the"
    echo "peers run on one core), CPU ratios user + sys time. Verdicts are on the wall ratio (throughput);"
    echo "full audit / parse only must meet the target on both. Load average: the machine's other work."
} >"$RESULTS"

say "results (also in $RESULTS)"
cat "$RESULTS"
