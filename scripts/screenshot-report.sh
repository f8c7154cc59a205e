#!/usr/bin/env bash
# Renders the HTML report of examples/charters/ and takes a PNG screenshot of it with headless
# Chromium, for reviewing the page's look.
#
#   scripts/screenshot-report.sh [OUT.png] [CHARTER_OR_DIR…]
#
# OUT.png defaults to target/report-screenshot.png; the charters to examples/charters/. The
# HTML is kept next to the PNG (same name, .html). Needs `chromium` (Debian: apt-get install
# chromium). Set WINDOW=WIDTHxHEIGHT to change the viewport (default 1280x2400).
set -euo pipefail
cd "$(dirname "$0")/.."

out="${1:-target/report-screenshot.png}"
shift || true
charters=("$@")
if [ ${#charters[@]} -eq 0 ]; then
  charters=(examples/charters/)
fi
window="${WINDOW:-1280x2400}"

if ! command -v chromium >/dev/null 2>&1; then
  echo "error: chromium is not installed (Debian: apt-get install chromium)" >&2
  exit 2
fi

cargo build --quiet -p accord-cli -p accord-transparency -p accord-humility \
  -p accord-exit-plan -p accord-collaboration

mkdir -p "$(dirname "$out")"
html="${out%.png}.html"
status=0
./target/debug/accord audit "${charters[@]}" --today 2026-11-27 --format html --output "$html" \
  --quiet || status=$?
# 0 pass, 1 some charter failed, 2 some charter invalid: all still write a report.
if [ "$status" -gt 2 ]; then
  echo "error: accord failed (exit $status)" >&2
  exit "$status"
fi

profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
chromium --headless --no-sandbox --disable-gpu --disable-background-networking --no-first-run \
  --disable-component-update --disable-sync --hide-scrollbars --user-data-dir="$profile" \
  --window-size="${window/x/,}" --screenshot="$(realpath "$out")" "file://$(realpath "$html")" \
  2>/dev/null
echo "wrote $out (from $html)"
