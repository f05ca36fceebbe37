#!/usr/bin/env bash
# Builds the release binary, runs `chancery extract` on the two extraction benchmarks and prints
# body F1 (via the benchmark's score.py) and metadata accuracy on the WCXB subset.
#   scripts/bench_extraction.sh [BENCH_DIR]   (default /work/shared/bench/extraction)
set -euo pipefail
BENCH=${1:-/work/shared/bench/extraction}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=${OUT:-$(mktemp -d)}
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$ROOT/target}
( cd "$ROOT" && cargo build --release -q -p chancery )
BIN=$CARGO_TARGET_DIR/release/chancery
rm -rf "$OUT/sh" "$OUT/wc"; mkdir -p "$OUT"
"$BIN" extract --out "$OUT/sh" "$BENCH/scrapinghub/html" 2>"$OUT/sh.err" || echo "($(grep -c chancery "$OUT/sh.err") pages failed: $OUT/sh.err)"
"$BIN" extract --out "$OUT/wc" "$BENCH/wcxb-dev-articles/html" 2>"$OUT/wc.err" || echo "($(grep -c chancery "$OUT/wc.err") pages failed: $OUT/wc.err)"
echo "== ScrapingHub (4-gram shingles)"
python3 "$BENCH/score.py" "$OUT/sh" --gold "$BENCH/scrapinghub/ground-truth.json" | sed -n 1,2p
echo "== WCXB subset (word bags)"
python3 "$BENCH/score.py" "$OUT/wc" --gold "$BENCH/wcxb-dev-articles/ground-truth" --metric wcxb | sed -n 1,2p
echo "== WCXB metadata"
python3 "$ROOT/scripts/meta_accuracy.py" "$OUT/wc" "$BENCH/wcxb-dev-articles/ground-truth" "${@:2}"
echo "(outputs in $OUT)"
