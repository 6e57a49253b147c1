#!/usr/bin/env python3
"""delta: the broken candidate. It crashes with a traceback before writing its artifact."""
import sys

# One line at a time, so the window shows progress as it happens.
sys.stdout.reconfigure(line_buffering=True)

objective, output_path = sys.argv[1], sys.argv[2]
print(f"delta: parsing event feeds for: {objective[:60]}")


def parse_feed(feed):
    return [line.split("|")[1].strip() for line in feed]


feed = ["2026-12-01 | AI Summit", "malformed line without a separator"]
events = parse_feed(feed)  # IndexError on the malformed line
with open(output_path, "w", encoding="utf-8") as out:
    out.write("\n".join(events))
