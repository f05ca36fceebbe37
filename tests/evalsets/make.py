#!/usr/bin/env python3
"""Writes one of our evaluation sets (tests/gold, tests/holdout, tests/unseen, tests/unseen2, tests/unseen3, ...)
from its articles_*.py into one JSON file per article, and validates it.

    python3 tests/evalsets/make.py tests/gold            # write + validate
    python3 tests/evalsets/make.py tests/gold --check    # validate the written files only

Checks: JSON round-trip, every evidence/actor mention is a verbatim substring of the text and
does not run across a sentence end, PLOVER types, CAMEO codes (full code list below), statuses,
date formats, country codes (ISO alpha-3 from data/kb/countries.tsv, or a prefixed IGO:/NGO:
code), 150-600 words per article (the earlier sets have 150-400; tests/unseen3 and
tests/unseen4 have longer articles of 400-600). Written by the chancery developers.
"""
import json, pathlib, re, sys

TOOLS = pathlib.Path(__file__).resolve().parent
ROOT = TOOLS.parent.parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(TOOLS))  # common.py, imported by every set's articles_*.py
_args = [a for a in sys.argv[1:] if not a.startswith("--")]
if len(_args) != 1 or not pathlib.Path(_args[0]).is_dir():
    sys.exit("usage: make.py SET_DIR [--check]   (e.g. tests/gold)")
HERE = pathlib.Path(_args[0]).resolve()
sys.path.insert(0, str(HERE))

PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
          "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
STATUS = {"asserted", "reported", "intended", "hypothetical", "denied"}
SECTORS = {"GOV", "MIL", "SPY", "REB", "OPP", "UAF", "JUD", "LEG", "PTY", "COP", "MED", "JRN", "CVL", "BUS",
           "IGO", "NGO", "REF", "EDU", "HLH", "ELI", "CRM", "LAB", "REL", "INS", "SEP", "PRM", "AGR", "ENV"}

# CAMEO 1.1b3 event codes: roots, then the 3-digit and 4-digit codes under each root.
CAMEO = set()
_TREE = {
    "01": "0-9", "02": "0-8", "03": "0-9", "04": "0-6", "05": "0-7", "06": "0-4", "07": "0-5", "08": "0-7",
    "09": "0-4", "10": "0-8", "11": "0-6", "12": "0-9", "13": "0-9", "14": "0-5", "15": "0-4", "16": "0-6",
    "17": "0-5", "18": "0-6", "19": "0-6", "20": "0-4",
}
_SUB = {"021": 4, "023": 4, "024": 4, "025": 6, "031": 4, "033": 4, "034": 4, "035": 6, "081": 4, "083": 4,
        "084": 2, "086": 3, "087": 4, "101": 4, "103": 4, "104": 4, "105": 6, "112": 5, "121": 4, "122": 4,
        "123": 4, "124": 6, "131": 3, "132": 4, "138": 5, "141": 4, "142": 4, "143": 4, "144": 4, "145": 4,
        "162": 3, "166": 3, "171": 2, "172": 4, "182": 3, "183": 3, "204": 2}
for root, rng in _TREE.items():
    CAMEO.add(root)
    lo, hi = (int(x) for x in rng.split("-"))
    for d in range(lo, hi + 1):
        CAMEO.add(root + str(d))
for base, n in _SUB.items():
    for d in range(1, n + 1):
        CAMEO.add(base + str(d))


def countries():
    out = set()
    for line in (ROOT / "data/kb/countries.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        if line and not line.startswith("#"):
            out.add(line.split("\t")[0])
    return out


ISO = countries()


def country_ok(c):
    return c is None or c in ISO or re.fullmatch(r"(IGO|NGO|MNC):[A-Z_]+", c) is not None


def crosses_sentence(text, ev):
    i = text.find(ev)
    inner = text[i:i + len(ev)].rstrip()
    return re.search(r"[.!?][\"']?\s+[A-Z\"]", inner) is not None and not re.search(
        r"\b(U\.S|p\.m|a\.m|Gen|Maj|Jan|Feb|Aug|Sept|Oct|Nov|Dec|Dr|Mr|Mrs|Ms|St)\.\s", inner)


def validate(g):
    errs = []
    text = g["text"]
    words = len(text.split())
    if not 150 <= words <= 600:
        errs.append(f"{words} words")
    if g["published"] is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", g["published"]):
        errs.append("bad published")
    for k in ("id", "url", "outlet", "title", "text"):
        if not isinstance(g.get(k), str) or not g[k]:
            errs.append(f"missing {k}")
    for e in g["events"]:
        ev = e["evidence"]
        tag = f"{e['plover']} {ev[:50]!r}"
        if text.count(ev) == 0:
            errs.append(f"evidence not in text: {tag}")
        elif crosses_sentence(text, ev):
            errs.append(f"evidence crosses a sentence end: {tag}")
        if e["plover"] not in PLOVER:
            errs.append(f"bad plover {tag}")
        for a in e.get("alt_plover", []):
            if a not in PLOVER:
                errs.append(f"bad alt plover {tag}")
        if e["cameo"] not in CAMEO:
            errs.append(f"bad cameo {e['cameo']} {tag}")
        if e["status"] not in STATUS:
            errs.append(f"bad status {tag}")
        for s in ("source", "target"):
            sd = e.get(s)
            if sd:
                if not country_ok(sd["country"]):
                    errs.append(f"bad country {sd['country']} {tag}")
                if sd["sector"] and sd["sector"] not in SECTORS:
                    errs.append(f"bad sector {sd['sector']} {tag}")
        for c in e.get("participants", []):
            if not country_ok(c):
                errs.append(f"bad participant {c} {tag}")
        d, p = e["date"], e["date_precision"]
        if (d is None) != (p is None) or (d and len(d) != {"day": 10, "month": 7, "year": 4}[p]):
            errs.append(f"bad date {d} {p} {tag}")
        if d and g["published"] and p == "day" and d > g["published"] and e["status"] in ("asserted", "reported"):
            errs.append(f"asserted event after publication {tag}")
        if e["location"] and not country_ok(e["location"]["country"]):
            errs.append(f"bad location country {tag}")
        if e["attribution"] is not None and not isinstance(e["attribution"], str):
            errs.append(f"bad attribution {tag}")
    for a in g["actors"]:
        if a["mention"] not in text:
            errs.append(f"actor mention not in text: {a['mention']!r}")
        if not country_ok(a["country"]) or (a["sector"] and a["sector"] not in SECTORS):
            errs.append(f"bad actor codes {a}")
    for n in g["not_events"]:
        if n["evidence"] not in text:
            errs.append(f"not_event not in text: {n['evidence']!r}")
    req = [e for e in g["events"] if not e.get("optional")]
    if not 5 <= len(g["events"]) or not 4 <= len(req):
        errs.append(f"{len(g['events'])} events ({len(req)} required)")
    return errs, words


def main():
    if "--check" in sys.argv:
        arts = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(HERE.glob("[a-z][0-9][0-9].json"))]
    else:
        import importlib
        arts = []
        for mod in sorted(HERE.glob("articles_*.py")):
            arts += importlib.import_module(mod.stem).ARTICLES
        for g in arts:
            (HERE / f"{g['id']}.json").write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n",
                                                  encoding="utf-8")
        arts = [json.loads((HERE / f"{g['id']}.json").read_text(encoding="utf-8")) for g in arts]
    bad = 0
    tot_ev = tot_req = 0
    for g in arts:
        errs, words = validate(g)
        req = sum(1 for e in g["events"] if not e.get("optional"))
        tot_ev += len(g["events"]); tot_req += req
        print(f"{g['id']}: {words} words, {len(g['events'])} events ({req} required), "
              f"{len(g['actors'])} actors, {len(g['not_events'])} not_events, published {g['published']}")
        for e in errs:
            print("   ERROR", e)
        bad += len(errs)
    ids = [g["id"] for g in arts]
    if len(set(ids)) != len(ids):
        print("ERROR duplicate ids"); bad += 1
    print(f"{len(arts)} articles, {tot_ev} events ({tot_req} required), {bad} errors")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
