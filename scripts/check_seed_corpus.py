#!/usr/bin/env python3
"""Corpus checks on the seed articles plus our own test corpus (run by .ci/run when ../shared exists).

    python3 scripts/check_seed_corpus.py BINARY SEED_DIR

Ingests the seeds and tests/corpus/*.json into a temporary store and checks what issue 5 asks of
the seeds: both seeds in one story; the al-Sharaa and Sa'ar spellings merged into one actor each;
Golan and normalization positions with evidence; the Israfan piece more evaluative than the
Clash Report piece; merged events list their sources. Prints each check; exits 1 if any fails.
"""
import json, os, subprocess, sys, tempfile, glob

binary, seeds = sys.argv[1], sys.argv[2]
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
tmp = tempfile.mkdtemp(prefix="chancery-ci-")
db = os.path.join(tmp, "c.db")
files = sorted(glob.glob(os.path.join(seeds, "*.txt"))) + sorted(glob.glob(os.path.join(root, "tests/corpus/*.json")))
subprocess.run([binary, "ingest", "--db", db] + files, check=True, capture_output=True)
run = lambda *a: subprocess.run([binary, *a, "--db", db], check=True, capture_output=True, text=True).stdout
fails = 0
def check(name, ok, detail=""):
    global fails
    print(("ok    " if ok else "FAIL  ") + name + (f"  ({detail})" if detail and not ok else ""))
    fails += 0 if ok else 1

stories = [l.split()[0] for l in run("stories").splitlines()[1:] if l.strip()]
seed_story = None
for sid in stories:
    s = json.loads(run("story", sid, "--json"))
    paths = [a["path"] for a in s["articles"]]
    if any(p.endswith(".txt") for p in paths):
        seed_story = s if seed_story is None or len(paths) > len(seed_story["articles"]) else seed_story
        if all(any(p.endswith(os.path.basename(f)) for p in paths) for f in files if f.endswith(".txt")):
            seed_story = s
check("both seeds in one story", seed_story is not None and sum(a["path"].endswith(".txt") for a in seed_story["articles"]) == 2,
      str([a["path"] for a in (seed_story or {}).get("articles", [])]))
actors = run("actors")
def one_actor_with(*forms):
    rows = [l for l in actors.splitlines() if any(f in l for f in forms)]
    return any(all(f in l for f in forms) for l in rows), rows[:3]
ok, rows = one_actor_with("Ahmed al-Sharaa", "Ahmad al-Sharaa")
check("al-Sharaa spellings merge into one actor", ok, str(rows))
ok, rows = one_actor_with("Gideon Sa\u2019ar", "Gideon Saar")
check("Sa'ar spellings merge into one actor", ok, str(rows))
if seed_story:
    pos = seed_story["positions"]
    for issue in ("golan", "normalization"):
        parties = sorted({p["party"] for p in pos if p["issue"] == issue})
        check(f"{issue} positions with evidence for two or more parties", len(parties) >= 2 and all(p["evidence"] for p in pos if p["issue"] == issue), str(parties))
    fr = {a["path"].split("/")[-1]: a["framing"]["evaluative"] for a in seed_story["articles"]}
    isr = [v for k, v in fr.items() if k.startswith("000_")]
    clr = [v for k, v in fr.items() if k.startswith("001_")]
    check("Israfan more evaluative than Clash Report", bool(isr and clr and isr[0] > clr[0]), str(fr))
    evs = seed_story["events"]
    check("merged events list their sources", bool(evs) and all(len(e["sources"]) == e["articles"] or len(e["sources"]) >= e["articles"] for e in evs))
sys.exit(1 if fails else 0)
