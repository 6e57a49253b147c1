#!/usr/bin/env python3
"""Checks the references from the sources to the design in docs/.

Every `docs/<name>.md` named in src/, app/, tests/, docs/ or the README must exist, and a
heading quoted after it (`docs/architecture.md, "Results on disk"`, the quote possibly on the
next comment line) must be a Markdown heading of that file, word for word. The design
documents that live outside the repository (the shared design, API and style notes) must not
be cited in src/, app/ or tests/ any more. Prints one `file:line: problem` per problem and exits 1 when
there is any.

    check_doc_refs.py [repository root]     (default: the folder above this script's)
"""

import pathlib
import re
import sys

SCANNED_FOLDERS = ("src", "app", "tests", "docs")
SCANNED_FILES = ("README.md",)
# Where the old documents must no longer be cited.
CLEAN_FOLDERS = ("src", "app", "tests")

# docs/<name>.md, then optionally `, "Heading"` or `#anchor`. Between the comma and the quote
# a line may break and the next one start with a comment leader (//, #, *).
REFERENCE = re.compile(
    r'docs/(?P<name>[A-Za-z0-9_.-]+\.md)'
    r'(?:#(?P<anchor>[A-Za-z0-9_-]+)'
    r'|,[ \t]*(?:\n[ \t]*(?://+|#+|\*)?[ \t]*)?"(?P<heading>[^"\n]+)")?'
)
# Inside docs/, pages link each other relatively: [daytona.md](daytona.md#the-stand-in).
RELATIVE_LINK = re.compile(r'\]\((?P<name>[A-Za-z0-9_.-]+\.md)(?:#(?P<anchor>[A-Za-z0-9_-]+))?\)')
OLD_DOCUMENT = re.compile(r'\b(?:DESIGN|API|STYLE)\.md\b')
HEADING = re.compile(r'^(#{1,6})[ \t]+(?P<text>.+?)[ \t]*#*[ \t]*$')
FENCE = re.compile(r'^[ \t]*(```|~~~)')


def headings_of(path):
    """The heading texts of a Markdown file, outside fenced code blocks."""
    found = []
    fenced = False
    for line in path.read_text(encoding="utf-8").splitlines():
        if FENCE.match(line):
            fenced = not fenced
            continue
        match = None if fenced else HEADING.match(line)
        if match:
            found.append(match.group("text").strip())
    return found


def github_anchor(heading):
    """The anchor GitHub gives a heading: lower case, punctuation dropped, spaces to dashes."""
    text = re.sub(r"[^\w\- ]", "", heading.lower())
    return text.replace(" ", "-")


def scanned_files(root):
    for folder in SCANNED_FOLDERS:
        for path in sorted((root / folder).rglob("*")):
            if path.is_file() and not path.is_symlink():
                yield path
    for name in SCANNED_FILES:
        if (root / name).is_file():
            yield root / name


def text_of(path):
    try:
        return path.read_text(encoding="utf-8")
    except (UnicodeDecodeError, OSError):
        return None  # binary files (images) hold no references


def line_of(text, offset):
    return text.count("\n", 0, offset) + 1


def check_reference(match, root, cache):
    """The problem with one reference, or None."""
    name = match.group("name")
    target = root / "docs" / name
    if not target.is_file():
        return f"docs/{name} does not exist"
    if name not in cache:
        cache[name] = headings_of(target)
    heading = match.groupdict().get("heading")
    if heading is not None and heading not in cache[name]:
        return f'docs/{name} has no heading "{heading}"'
    anchor = match.group("anchor")
    if anchor is not None and anchor not in [github_anchor(h) for h in cache[name]]:
        return f"docs/{name} has no heading with the anchor #{anchor}"
    return None


def check_file(path, root, cache):
    """The references in one file and the problems found among them."""
    text = text_of(path)
    if text is None:
        return 0, []
    relative = path.relative_to(root).as_posix()
    patterns = [REFERENCE] + ([RELATIVE_LINK] if relative.startswith("docs/") else [])
    count = 0
    found = []
    for pattern in patterns:
        for match in pattern.finditer(text):
            count += 1
            problem = check_reference(match, root, cache)
            if problem:
                found.append((relative, line_of(text, match.start()), problem))
    if relative.split("/")[0] in CLEAN_FOLDERS:
        for match in OLD_DOCUMENT.finditer(text):
            found.append((relative, line_of(text, match.start()),
                          f"cites {match.group(0)}, which is not in this repository: "
                          "point at a docs/ file and heading instead"))
    return count, found


def main():
    root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1
                        else pathlib.Path(__file__).resolve().parent.parent).resolve()
    # This script names the old documents to look for them.
    this_script = (root / "tests" / pathlib.Path(__file__).name).resolve()
    cache = {}
    problems = []
    references = 0
    for path in scanned_files(root):
        if path.resolve() == this_script:
            continue
        count, found = check_file(path, root, cache)
        references += count
        problems += found
    for file, line, problem in sorted(problems):
        print(f"{file}:{line}: {problem}")
    if problems:
        print(f"check_doc_refs: {len(problems)} problem(s)", file=sys.stderr)
        return 1
    print(f"check_doc_refs: {references} reference(s) to docs/, all found")
    return 0


if __name__ == "__main__":
    sys.exit(main())
