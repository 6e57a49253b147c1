#!/usr/bin/env bash
# Fails, naming the files, when a C++ file of the project deviates from the root .clang-format.
# Fix them with: clang-format -i <file>...
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(git ls-files '*.cpp' '*.h')
deviating=()
for file in "${files[@]}"; do
    if ! clang-format --dry-run --Werror "$file" >/dev/null 2>&1; then
        deviating+=("$file")
    fi
done
if [ "${#deviating[@]}" -gt 0 ]; then
    echo "These files deviate from .clang-format (clang-format -i fixes them):" >&2
    printf '  %s\n' "${deviating[@]}" >&2
    exit 1
fi
echo "Formatting: ${#files[@]} files follow .clang-format."
