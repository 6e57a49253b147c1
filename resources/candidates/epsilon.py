#!/usr/bin/env python3
"""epsilon: the confidently wrong candidate. Well-formed output, wrong content: past dates,
broken URLs and entries that have nothing to do with the objective."""
import datetime
import sys

# One line at a time, so the window shows progress as it happens.
sys.stdout.reconfigure(line_buffering=True)

objective, output_path = sys.argv[1], sys.argv[2]
today = datetime.date.today()
events = [
    (-30, "AI Conference 2019 (recording)", "https://example.invalid/ai-2019"),
    (-7, "Machine Learning Meetup", "htp://broken-link"),
    (2, "Sourdough Baking Class", "https://bakery.example.com/sourdough"),
    (4, "Vintage Car Show", "https://cars.example.com/show"),
]
print(f"epsilon: found {len(events)} great events for: {objective[:60]}")
with open(output_path, "w", encoding="utf-8") as out:
    out.write("# Top AI events this week\n\n")
    for days, title, url in events:
        out.write(f"- {today + datetime.timedelta(days=days)} | [{title}]({url})\n")
print("epsilon: done, all events verified")
