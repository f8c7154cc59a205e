#!/usr/bin/env python3
"""Check that Spectral with bench/spectral-ruleset.yaml finds what `accord audit` finds.

Usage: compare-findings.py ACCORD.jsonl SPECTRAL.json

ACCORD.jsonl is `accord audit --profile bench/profiles/core-only.toml --format json` output,
SPECTRAL.json is `spectral lint --ruleset bench/spectral-ruleset.yaml --format json` output, on
the same JSON charters given by absolute paths. Compares, per charter, the sorted list of
`accountability.*` rule ids that failed; exits 1 on any difference.
"""
import json
import sys


def main() -> int:
    accord_file, spectral_file = sys.argv[1], sys.argv[2]
    accord = {}
    for line in open(accord_file, encoding="utf-8"):
        report = json.loads(line)
        if report.get("type") != "report":
            continue
        path = report["charter"]["path"]
        if report["status"] != "audited":
            print(f"not audited: {path} ({report['status']})", file=sys.stderr)
        accord[path] = sorted(
            f["rule"] for f in report["findings"] if f["rule"].startswith("accountability.")
        )
    spectral = {path: [] for path in accord}
    for finding in json.load(open(spectral_file, encoding="utf-8")):
        spectral.setdefault(finding["source"], []).append(finding["code"])
    spectral = {path: sorted(codes) for path, codes in spectral.items()}
    mismatches = [p for p in sorted(set(accord) | set(spectral)) if accord.get(p) != spectral.get(p)]
    for path in mismatches[:20]:
        print(f"MISMATCH {path}: accord {accord.get(path)}, spectral {spectral.get(path)}")
    total = sum(len(v) for v in accord.values())
    print(
        f"{len(accord)} charters: accord {total} accountability findings, "
        f"spectral {sum(len(v) for v in spectral.values())}, {len(mismatches)} charters differ"
    )
    return 1 if mismatches or not accord else 0


if __name__ == "__main__":
    sys.exit(main())
