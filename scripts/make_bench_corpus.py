#!/usr/bin/env python3
"""Write a benchmark corpus of ~3 KB plain-text articles built from our own texts.

Sources (all written by the project, no downloads): examples/articles/*.txt,
the "text" field of tests/corpus/*.json and tests/gold/*.json. Paragraphs are
shuffled with a fixed seed and packed into files of about TARGET bytes, each
starting with a title line, so the output is deterministic.

Usage: python3 scripts/make_bench_corpus.py OUT_DIR [N=400] [TARGET=3000]
Then:  chancery bench --repeat 5 OUT_DIR
"""
import glob
import json
import os
import random
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")


def paragraphs():
    texts = []
    for p in sorted(glob.glob(os.path.join(ROOT, "examples/articles/*.txt"))):
        with open(p, encoding="utf-8") as f:
            texts.append(f.read())
    for pat in ("tests/corpus/*.json", "tests/gold/*.json"):
        for p in sorted(glob.glob(os.path.join(ROOT, pat))):
            with open(p, encoding="utf-8") as f:
                d = json.load(f)
            if isinstance(d, dict) and isinstance(d.get("text"), str):
                texts.append(d["text"])
    paras = []
    for t in texts:
        for para in t.replace("\r\n", "\n").split("\n"):
            para = para.strip()
            if len(para) >= 80:
                paras.append(para)
    return paras


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    out = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 400
    target = int(sys.argv[3]) if len(sys.argv) > 3 else 3000
    paras = paragraphs()
    rng = random.Random(20261123)
    os.makedirs(out, exist_ok=True)
    for i in range(n):
        body = []
        size = 0
        while size < target:
            p = rng.choice(paras)
            body.append(p)
            size += len(p.encode("utf-8")) + 2
        title = " ".join(body[0].split()[:8]).rstrip(",.;:")
        with open(os.path.join(out, f"bench{i:04}.txt"), "w", encoding="utf-8") as f:
            f.write(title + "\n\n" + "\n\n".join(body) + "\n")
    print(f"wrote {n} articles ({len(paras)} source paragraphs) to {out}")


if __name__ == "__main__":
    main()
