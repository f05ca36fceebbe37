#!/usr/bin/env python3
"""Metadata accuracy of `chancery extract` outputs (<id>.json) against WCXB ground truth.

    meta_accuracy.py PRED_DIR GOLD_DIR [--show N]

Per field, over the pages whose gold value is non-empty:
  title  exact: equal after Unicode casefold, whitespace collapse and quote/dash folding;
         contains: either contains the other (after the same folding).
  author exact: equal after the same folding and removal of a leading "By"; multiple gold or
         predicted authors (separated by ",", ";", " and ", "&") compare as sets; contains:
         every gold name appears in the prediction or the reverse.
  date   exact: same YYYY-MM-DD (the gold value's first 10 characters).
"""
import json, re, sys, unicodedata
from pathlib import Path

FOLD = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-", "\u00a0": " "})

def norm(s):
    s = unicodedata.normalize("NFKC", (s or "")).translate(FOLD).casefold()
    return " ".join(s.split())

def authors(s):
    s = re.sub(r"^by\s+", "", norm(s))
    parts = re.split(r"\s*(?:,|;|\band\b|&|\|)\s*", s)
    return frozenset(p.strip() for p in parts if p.strip())

def main():
    pred, gold = Path(sys.argv[1]), Path(sys.argv[2])
    show = int(sys.argv[sys.argv.index("--show") + 1]) if "--show" in sys.argv else 0
    stats = {k: [0, 0, 0] for k in ("title", "author", "date")}  # n, exact, contains
    misses = {k: [] for k in stats}
    for g in sorted(gold.glob("*.json")):
        gt = json.loads(g.read_text(encoding="utf-8")).get("ground_truth") or {}
        pf = pred / (g.stem + ".json")
        p = json.loads(pf.read_text(encoding="utf-8")) if pf.exists() else {}
        # title
        gtitle, ptitle = norm(gt.get("title")), norm(p.get("title"))
        if gtitle:
            s = stats["title"]; s[0] += 1
            ex = gtitle == ptitle
            s[1] += ex; s[2] += bool(ptitle) and (gtitle in ptitle or ptitle in gtitle)
            if not ex: misses["title"].append((g.stem, gt.get("title"), p.get("title")))
        ga, pa = authors(gt.get("author")), authors(p.get("author"))
        if ga:
            s = stats["author"]; s[0] += 1
            ex = ga == pa
            s[1] += ex
            s[2] += bool(pa) and (all(any(x in y or y in x for y in pa) for x in ga))
            if not ex: misses["author"].append((g.stem, gt.get("author"), p.get("author")))
        gd = (gt.get("publish_date") or "")[:10]
        if gd:
            s = stats["date"]; s[0] += 1
            ex = (p.get("published") or "") == gd
            s[1] += ex; s[2] += ex
            if not ex: misses["date"].append((g.stem, gt.get("publish_date"), p.get("published")))
    for k, (n, ex, co) in stats.items():
        if n:
            print(f"{k:7s} pages with gold {n:4d}  exact {ex / n:6.1%}  contains {co / n:6.1%}")
    for k, m in misses.items():
        for row in m[:show]:
            print(f"  miss {k}: {row[0]}  gold={row[1]!r}  pred={row[2]!r}")

if __name__ == "__main__":
    main()
