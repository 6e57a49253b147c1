"""The prompts of the example agent and the clean-up of the model's answer: the second file
of a multi-file candidate, imported by main.py from the same folder."""
import re

SYSTEM = (
    "You list real, upcoming events. Answer only with lines of the form\n"
    "- YYYY-MM-DD | [Event title](https://url)\n"
    "one event a line, at most ten, with working https links. No other text."
)

EVENT_LINE = re.compile(r"^- \d{4}-\d{2}-\d{2} \| \[[^\]]+\]\(https://[^)\s]+\)$")


def messages(objective):
    return [
        {"role": "system", "content": SYSTEM},
        {"role": "user", "content": objective},
    ]


def as_event_list(objective, answer):
    """The answer's event lines under a heading; anything else the model said is dropped."""
    lines = [line.strip() for line in answer.splitlines()]
    events = [line for line in lines if EVENT_LINE.match(line)]
    heading = objective.strip().splitlines()[0] if objective.strip() else "Events"
    return "# " + heading + "\n\n" + "\n".join(events) + "\n"
