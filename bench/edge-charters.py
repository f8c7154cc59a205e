#!/usr/bin/env python3
"""Write edge-case variants of one corpus charter for the Spectral equivalence check.

Usage: edge-charters.py DIR

Picks the first `*.json` charter in DIR whose `[governance]` sets all five governed keys, and
writes next to it `edge-*.json` variants that each exercise one side of one of the seven
accountability rules: missing or empty goals, no governance at all, the funder deciding, each
governance key missing, and the meeting and review cadences at and just over their limits.
Every variant stays a valid charter.
"""
import copy
import json
import pathlib
import sys

KEYS = ["decision_making", "conflict_resolution", "termination", "meeting_every_days", "review_every_months"]


def main() -> int:
    out = pathlib.Path(sys.argv[1])
    base = None
    for path in sorted(out.glob("charter-*.json")):
        charter = json.loads(path.read_text(encoding="utf-8"))
        if all(k in charter.get("governance", {}) for k in KEYS) and charter.get("goals"):
            base = charter
            break
    if base is None:
        print("edge-charters.py: no charter with a full [governance] section", file=sys.stderr)
        return 1

    def drop_goals(d):
        d.pop("goals")
        d.pop("exit", None)  # exit criteria refer to the goals' benchmarks

    def empty_goals(d):
        d["goals"] = []
        d.pop("exit", None)

    def governance(**changes):
        def change(d):
            for key, value in changes.items():
                if value is None:
                    d["governance"].pop(key, None)
                else:
                    d["governance"][key] = value
        return change

    def funder_only(d):
        d["governance"] = {"decision_making": "funder"}

    variants = {
        "no-goals": drop_goals,
        "empty-goals": empty_goals,
        "no-governance": lambda d: d.pop("governance"),
        "funder": governance(decision_making="funder"),
        "lead-partner": governance(decision_making="lead-partner"),
        "funder-only": funder_only,
        "no-conflict-resolution": governance(conflict_resolution=None),
        "no-termination": governance(termination=None),
        "meeting-90": governance(meeting_every_days=90),
        "meeting-91": governance(meeting_every_days=91),
        "no-meeting": governance(meeting_every_days=None),
        "review-12": governance(review_every_months=12),
        "review-13": governance(review_every_months=13),
        "no-review": governance(review_every_months=None),
    }
    for name, change in variants.items():
        charter = copy.deepcopy(base)
        change(charter)
        (out / f"edge-{name}.json").write_text(json.dumps(charter, indent=2) + "\n", encoding="utf-8")
    print(f"edge-charters.py: wrote {len(variants)} variants to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
