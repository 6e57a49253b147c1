#!/usr/bin/env python3
"""alpha: the fast candidate. Three upcoming AI events, no checks."""
import datetime
import sys

# One line at a time, so the window shows progress as it happens.
sys.stdout.reconfigure(line_buffering=True)

objective, output_path = sys.argv[1], sys.argv[2]
today = datetime.date.today()
events = [
    (3, "Local LLM Builders Meetup", "https://www.meetup.com/llm-builders/"),
    (5, "AI Agents Office Hours", "https://lu.ma/ai-agents-office-hours"),
    (6, "Weekly Papers Reading Group: Reasoning", "https://discord.gg/papers-reading"),
]
print(f"alpha: planning for objective: {objective[:60]}")
with open(output_path, "w", encoding="utf-8") as out:
    out.write(f"# AI events this week\n\n")
    for days, title, url in events:
        out.write(f"- {today + datetime.timedelta(days=days)} | [{title}]({url})\n")
print(f"alpha: wrote {len(events)} events")
