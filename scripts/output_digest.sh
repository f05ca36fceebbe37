#!/usr/bin/env bash
# Prints one md5 per input collection of `chancery analyze --format jsonl`, so that a refactor can be
# checked to leave the output byte-identical: run it before and after, compare the lines.
# Usage: scripts/output_digest.sh [BINARY]   (default target/release/chancery; CARGO_TARGET_DIR respected)
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${1:-${CARGO_TARGET_DIR:-target}/release/chancery}"
for set in tests/corpus tests/gold tests/holdout tests/unseen tests/unseen2 tests/unseen3 tests/unseen4 examples/articles /tmp/perfbench ../shared/acceptance/seeds; do
  [ -d "$set" ] || continue
  files=$(find "$set" -maxdepth 1 -type f \( -name '*.json' -o -name '*.txt' -o -name '*.html' -o -name '*.jsonl' \) ! -name 'gold.json' | sort)
  [ -n "$files" ] || continue
  # shellcheck disable=SC2086
  printf '%s  %s\n' "$("$bin" analyze --format jsonl $files 2>/dev/null | md5sum | cut -d' ' -f1)" "$set"
done
