#!/usr/bin/env python3
"""Fails when a translation leaves a source string untranslated or breaks it.

For each translations/dreamfoundry_<lang>.ts given, lupdate reads the sources into a temporary
copy (the committed file is never touched), as a developer refreshing the file would. Every
message of the copy must then be finished, keep the source's placeholders (%1, %n) and, where
the source has a keyboard mnemonic (&File), have exactly one, and keep the command lines it
names (`dreamfoundry secret set %1`) as they are typed. English holds only the plural
forms, so its copy is refreshed with -pluralonly and checked the same way.

Usage: check_translations.py LUPDATE SOURCE_DIR TS_FILE... [--require LANG...]
"""
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

SCANNED = ["src", "app", "ui"]  # where the translatable strings live
SHOWN = 5  # missing strings named per file


def refreshed_copy(lupdate, source_dir, ts, workdir):
    copy = Path(workdir) / ts.name
    shutil.copyfile(ts, copy)
    language = re.fullmatch(r"dreamfoundry_(\w+)\.ts", ts.name).group(1)
    args = [lupdate, "-no-obsolete", "-locations", "none", "-target-language", language]
    if language == "en":
        args.append("-pluralonly")
    args += [str(Path(source_dir) / d) for d in SCANNED] + ["-ts", str(copy)]
    result = subprocess.run(args, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"lupdate failed on {ts.name}:\n{result.stdout}{result.stderr}")
    return copy


def placeholders(text):
    return sorted(set(re.findall(r"%(?:\d+|n)", text)))


def commands(text):
    """The command lines a message names, such as `dreamfoundry sandboxes reap`: typed as they
    are in every language, and found by the window, which offers its menu instead."""
    return re.findall(r"`dreamfoundry [^`]*`", text)


def mnemonics(text):
    return len(re.findall(r"&(?!&)(?=\S)", text.replace("&&", "")))


def problems(copy):
    found = []
    for context in ET.parse(copy).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            kind = translation.get("type")
            if kind in ("vanished", "obsolete"):
                continue
            where = f"{name}: {source!r}"
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            if kind == "unfinished" or not all(forms):
                found.append(f"untranslated  {where}")
                continue
            for form in forms:
                if placeholders(form) != placeholders(source) and "%n" not in source:
                    found.append(f"placeholders  {where} -> {form!r}")
                if any(command not in form for command in commands(source)):
                    found.append(f"command       {where} -> {form!r}")
                has_mnemonic = mnemonics(source) > 0 and "<" not in source
                if has_mnemonic and mnemonics(form) != 1:
                    found.append(f"mnemonic      {where} -> {form!r}")
    return found


def main():
    args = sys.argv[1:]
    required = []
    if "--require" in args:
        at = args.index("--require")
        args, required = args[:at], args[at + 1:]
    lupdate, source_dir, files = args[0], args[1], [Path(f) for f in args[2:]]
    languages = {re.fullmatch(r"dreamfoundry_(\w+)\.ts", f.name).group(1) for f in files}
    failed = [f"no translations/dreamfoundry_{lang}.ts" for lang in required if lang not in languages]
    with tempfile.TemporaryDirectory() as workdir:
        for ts in files:
            found = problems(refreshed_copy(lupdate, source_dir, ts, workdir))
            print(f"{ts.name}: {len(found)} problem(s)")
            if found:
                failed.append(f"{ts.name}: {len(found)} problem(s), the first:\n  "
                              + "\n  ".join(found[:SHOWN]))
    if failed:
        print("\n".join(failed), file=sys.stderr)
        print("Refresh a file with lupdate (see src/CMakeLists.txt) and translate what it marks "
              "unfinished.", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
