#!/usr/bin/env python3
"""gamma: the curated candidate. A hand-kept list of recurring AI events; always succeeds."""
import datetime
import sys

# One line at a time, so the window shows progress as it happens.
sys.stdout.reconfigure(line_buffering=True)

objective, output_path = sys.argv[1], sys.argv[2]
today = datetime.date.today()

# Recurring events: (weekday, title, url). Weekday 0 is Monday.
CURATED = [
    (0, "ML Monday: Paper Walkthrough", "https://discord.gg/ml-monday"),
    (1, "LangChain Community Office Hours", "https://lu.ma/langchain"),
    (2, "Daytona Sandbox Builders Call", "https://www.daytona.io/community"),
    (3, "AI Tinkerers Demo Night", "https://aitinkerers.org/"),
    (4, "Friday Agents Show and Tell", "https://discord.gg/agents-show-and-tell"),
]


def next_weekday(weekday):
    return today + datetime.timedelta(days=(weekday - today.weekday()) % 7 or 7)


print(f"gamma: using the curated list for: {objective[:60]}")
events = sorted((next_weekday(day), title, url) for day, title, url in CURATED)
with open(output_path, "w", encoding="utf-8") as out:
    out.write("# Curated AI events for next week\n\n")
    for date, title, url in events:
        out.write(f"- {date} | [{title}]({url})\n")
print(f"gamma: wrote {len(events)} curated events")
