#!/usr/bin/env python3
"""beta: the thorough candidate. Gathers more events, takes its time, validates each entry."""
import datetime
import re
import sys

# One line at a time, so the window shows progress as it happens.
sys.stdout.reconfigure(line_buffering=True)
import time

objective, output_path = sys.argv[1], sys.argv[2]
today = datetime.date.today()
candidates = [
    (2, "Hugging Face Community Call", "https://huggingface.co/events"),
    (3, "Local LLM Builders Meetup", "https://www.meetup.com/llm-builders/"),
    (4, "PyTorch Developer Hangout", "https://pytorch.org/events"),
    (5, "AI Agents Office Hours", "https://lu.ma/ai-agents-office-hours"),
    (6, "Weekly Papers Reading Group: Reasoning", "https://discord.gg/papers-reading"),
    (7, "Open Source AI Demo Night", "https://lu.ma/oss-ai-demo-night"),
    (-2, "Last week's Prompt Engineering Clinic", "https://lu.ma/prompt-clinic"),
    (4, "Evaluation Methods Workshop", "not-a-url"),
]

print(f"beta: researching events for: {objective[:60]}")
valid = []
for days, title, url in candidates:
    time.sleep(0.4)  # stands in for looking each source up
    date = today + datetime.timedelta(days=days)
    if date < today:
        print(f"beta: dropped (in the past): {title}", file=sys.stderr)
        continue
    if not re.match(r"^https://[\w.-]+\.\w+(/\S*)?$", url):
        print(f"beta: dropped (bad URL): {title}", file=sys.stderr)
        continue
    valid.append((date, title, url))
    print(f"beta: checked {title}")

valid.sort()
with open(output_path, "w", encoding="utf-8") as out:
    out.write("# AI events for the coming week (validated)\n\n")
    for date, title, url in valid:
        out.write(f"- {date} | [{title}]({url})\n")
print(f"beta: wrote {len(valid)} validated events")
