#!/usr/bin/env python3
# /// script
# requires-python = ">=3.9"
# dependencies = ["httpx>=0.24"]
# ///
"""An example of a real agent for Dream Foundry: it asks a model for the events the objective
describes and writes them as the event list the scorers read.

It shows the three things a real agent needs (README, "Writing a real agent"):
  - a secret: the API key comes from the environment (OPENAI_API_KEY), never from the code;
  - a dependency: httpx, declared in the inline metadata above and installed by Dream Foundry
    before the script runs;
  - a second file: prompts.py, beside this one in the candidate's folder.

Run it as a folder candidate: `dreamfoundry run resources/examples/real-agent` (or drop the
folder on the window). OPENAI_BASE_URL and OPENAI_MODEL point it at another compatible
server or model.
"""
import os
import sys

import prompts


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: main.py <objective> <output_path>")
    objective, output_path = sys.argv[1], sys.argv[2]
    key = os.environ.get("OPENAI_API_KEY", "").strip()
    if not key:
        # Said on stderr, so it is the reason the table shows, and the run ends cleanly.
        print("OPENAI_API_KEY is not set: add it as a candidate secret (Settings > Candidate "
              "Secrets, or `dreamfoundry secret set OPENAI_API_KEY`) and pass it to this "
              "candidate.", file=sys.stderr)
        return 2
    import httpx  # only now: without a key the agent needs nothing installed

    base_url = os.environ.get("OPENAI_BASE_URL", "https://api.openai.com/v1").rstrip("/")
    model = os.environ.get("OPENAI_MODEL", "gpt-4o-mini")
    print(f"asking {model} ...", flush=True)
    try:
        reply = httpx.post(
            f"{base_url}/chat/completions",
            headers={"Authorization": f"Bearer {key}"},
            json={"model": model, "messages": prompts.messages(objective), "temperature": 0.2},
            timeout=120,
        )
        reply.raise_for_status()
        text = reply.json()["choices"][0]["message"]["content"]
    except (httpx.HTTPError, KeyError, IndexError, ValueError) as error:
        print(f"the model could not be asked: {error}", file=sys.stderr)
        return 1
    with open(output_path, "w", encoding="utf-8") as out:
        out.write(prompts.as_event_list(objective, text))
    print("done", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
