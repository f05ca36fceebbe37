#!/usr/bin/env python3
"""Why were gold events missed? For each required gold event of an evaluation set that the binary does
not match, says whether its sentence got no event at all, only events of other types, or the right type
with a wrong source/target; prints the counts (and, with -v, every miss with what was produced).
"matched" counts gold events whose sentence holds a fitting event; the scorer pairs events one to one,
so its tp can be a little lower.

Uses the acceptance scorer's own matching (../shared/acceptance/score.py, read at run time only; the
project never needs it to build or test). Use it on diagnosis sets only, never on the honest set.

    python3 scripts/miss_categories.py tests/unseen3 [target/release/chancery] [-v]
"""
import collections, glob, importlib.util, json, os, pathlib, subprocess, sys

args = [a for a in sys.argv[1:] if a != "-v"]
verbose = "-v" in sys.argv[1:]
if not args:
    sys.exit(__doc__)
score_py = pathlib.Path(__file__).resolve().parent.parent.parent / "shared" / "acceptance" / "score.py"
spec = importlib.util.spec_from_file_location("score", score_py)
sc = importlib.util.module_from_spec(spec)
spec.loader.exec_module(sc)
binary = args[1] if len(args) > 1 else "target/release/chancery"
files = sorted(glob.glob(os.path.join(args[0], "*.json")))
out = subprocess.run([binary, "analyze", "--format", "jsonl"] + files, capture_output=True, text=True, check=True).stdout
preds = {}
for line in out.splitlines():
    d = json.loads(line)
    preds[os.path.splitext(os.path.basename(d["path"]))[0]] = d
counts = collections.Counter()
for f in files:
    a = json.load(open(f))
    pevs = (preds.get(a["id"]) or {}).get("events", [])
    for g in a["events"]:
        if g.get("optional"):
            continue
        same = [p for p in pevs if sc.evidence_ok(a["text"], g["evidence"], p)]
        if any(sc.dyad_ok(g, p) for p in same):
            counts["matched"] += 1
            continue
        types = {p["type"] for p in same}
        if not same:
            k = "no event in the sentence"
        elif g["plover"] not in types and not set(g.get("alt_plover") or []) & types:
            k = "only other types in the sentence"
        else:
            p = next(p for p in same if p["type"] == g["plover"] or p["type"] in (g.get("alt_plover") or []))
            gs, gt = sc.country(g.get("source")), sc.country(g.get("target"))
            wrong = [x for x, bad in (("source", gs != sc.country(p.get("source"))), ("target", gt and gt != sc.country(p.get("target")))) if bad]
            k = "right type, wrong " + " and ".join(wrong)
        counts[k] += 1
        if verbose:
            got = [(p["type"], sc.country(p.get("source")), sc.country(p.get("target"))) for p in same]
            print(f'{a["id"]} {k} | {g["plover"]} {sc.country(g.get("source"))}->{sc.country(g.get("target"))} | {g["evidence"][:80]} | got {got}')
for k, v in counts.most_common():
    print(v, k)
