#!/usr/bin/env python3
"""A tiny package index for the dependency tests, built and served without the internet.

Usage: tinyindex.py FOLDER
Builds FOLDER/simple/<project>/<files> and serves FOLDER on 127.0.0.1 (a free port), printing
"port N" once it listens; it serves until its stdin closes. pip reads a plain directory
listing as a project page, so `--index-url http://127.0.0.1:N/simple/` works.

Projects:
  tinydep 0.1     a wheel: module tinydep, GREETING = "hello from tinydep"
  tinyfail 0.1    a wheel that requires tinybroken
  tinybroken 0.1  an sdist whose build backend fails on purpose
"""
import base64
import functools
import hashlib
import http.server
import io
import os
import sys
import tarfile
import threading
import zipfile


def record_line(name, data):
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"{name},sha256={digest},{len(data)}"


def wheel(folder, name, files, requires=()):
    info = f"{name}-0.1.dist-info"
    metadata = f"Metadata-Version: 2.1\nName: {name}\nVersion: 0.1\n"
    metadata += "".join(f"Requires-Dist: {r}\n" for r in requires)
    entries = dict(files)
    entries[f"{info}/METADATA"] = metadata
    entries[f"{info}/WHEEL"] = ("Wheel-Version: 1.0\nGenerator: tinyindex\n"
                                "Root-Is-Purelib: true\nTag: py3-none-any\n")
    lines = [record_line(path, text.encode()) for path, text in entries.items()]
    lines.append(f"{info}/RECORD,,")
    entries[f"{info}/RECORD"] = "\n".join(lines) + "\n"
    project = os.path.join(folder, "simple", name)
    os.makedirs(project, exist_ok=True)
    with zipfile.ZipFile(os.path.join(project, f"{name}-0.1-py3-none-any.whl"), "w") as archive:
        for path, text in entries.items():
            archive.writestr(path, text)


def broken_sdist(folder, name):
    files = {
        "pyproject.toml": ('[build-system]\nrequires = []\nbuild-backend = "backend"\n'
                           'backend-path = ["."]\n'),
        "backend.py": ("def _fail(*args, **kwargs):\n"
                       "    raise RuntimeError('tinybroken refuses to build')\n"
                       "def get_requires_for_build_wheel(config_settings=None):\n"
                       "    return []\n"
                       "prepare_metadata_for_build_wheel = build_wheel = build_sdist = _fail\n"),
        "PKG-INFO": f"Metadata-Version: 2.1\nName: {name}\nVersion: 0.1\n",
    }
    project = os.path.join(folder, "simple", name)
    os.makedirs(project, exist_ok=True)
    with tarfile.open(os.path.join(project, f"{name}-0.1.tar.gz"), "w:gz") as archive:
        for path, text in files.items():
            data = text.encode()
            member = tarfile.TarInfo(f"{name}-0.1/{path}")
            member.size = len(data)
            archive.addfile(member, io.BytesIO(data))


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def main():
    folder = sys.argv[1]
    wheel(folder, "tinydep", {"tinydep/__init__.py": 'GREETING = "hello from tinydep"\n'})
    wheel(folder, "tinyfail", {"tinyfail/__init__.py": "import tinybroken\n"},
          requires=["tinybroken"])
    broken_sdist(folder, "tinybroken")
    handler = functools.partial(QuietHandler, directory=folder)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print(f"port {server.server_address[1]}", flush=True)
    sys.stdin.read()  # until the test closes it or ends
    server.shutdown()


if __name__ == "__main__":
    main()
