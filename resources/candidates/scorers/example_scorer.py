#!/usr/bin/env python3
"""An example scorer script for Dream Foundry (the contract is in ../README.md).

Run as: python3 example_scorer.py <results_dir>
It reads run.json and each candidate's artifact, and prints one JSON object on stdout:
quality 0-100 per candidate, one extra gate (the artifact starts with a Markdown heading),
and details saying what it counted. Use it with --scorer or the Scoring panel.
"""
import json
import os
import sys

results_dir = sys.argv[1]
with open(os.path.join(results_dir, "run.json"), encoding="utf-8") as f:
    run = json.load(f)

scores = {}
for candidate in run["candidates"]:
    cid = candidate["candidate_id"]
    path = candidate.get("artifact_path")
    text = ""
    if path and os.path.isfile(os.path.join(results_dir, path)):
        with open(os.path.join(results_dir, path), encoding="utf-8", errors="replace") as f:
            text = f.read(1024 * 1024)  # a scorer bounds what it reads, too
    links = sum(1 for line in text.splitlines() if line.startswith("- ") and "https://" in line)
    scores[cid] = {
        "quality": min(links, 5) * 20,  # five linked events or more: 100
        "gates": [{
            "id": "has_heading",
            "passed": text.startswith("# "),
            "reason": "The artifact starts with a Markdown heading."
            if text.startswith("# ") else "The artifact does not start with \"# \".",
        }],
        "details": [f"{links} event lines with an https link."],
    }
    print(f"scored {cid}: {links} links", file=sys.stderr)  # stderr is kept for the author

print(json.dumps({"candidates": scores}))
