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


def judge(attempt):
    """Quality, one gate and details for one attempt's artifact."""
    path = attempt.get("artifact_path")
    text = ""
    if path and os.path.isfile(os.path.join(results_dir, path)):
        with open(os.path.join(results_dir, path), encoding="utf-8", errors="replace") as f:
            text = f.read(1024 * 1024)  # a scorer bounds what it reads, too
    links = sum(1 for line in text.splitlines() if line.startswith("- ") and "https://" in line)
    return links, {
        "quality": min(links, 5) * 20,  # five linked events or more: 100
        "gates": [{
            "id": "has_heading",
            "passed": text.startswith("# "),
            "reason": "The artifact starts with a Markdown heading."
            if text.startswith("# ") else "The artifact does not start with \"# \".",
        }],
        "details": [f"{links} event lines with an https link."],
    }


scores = {}
for candidate in run["candidates"]:
    cid = candidate["candidate_id"]
    # A run with repeats lists each candidate's later attempts under "repeats"; repeat n is
    # judged under the name "<id>#<n>", the first attempt under the candidate's id.
    for attempt in [candidate] + candidate.get("repeats", []):
        repeat = attempt.get("repeat", 0)
        key = cid if repeat <= 1 else f"{cid}#{repeat}"
        links, scores[key] = judge(attempt)
        print(f"scored {key}: {links} links", file=sys.stderr)  # stderr is kept for the author

print(json.dumps({"candidates": scores}))
