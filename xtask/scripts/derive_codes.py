#!/usr/bin/env python3
"""Derives chancery's event code tables from the reference data in /work/shared/data.

Run by hand (the build never reads /work/shared):

    python3 xtask/scripts/derive_codes.py /work/shared/data data/codes

Writes
  data/codes/cameo.tsv   code, name, Goldstein score, PLOVER type, PLOVER mode, quad class
  data/codes/plover.tsv  PLOVER types and modes with their PLOVER scores

Choices (documented in data/README.md):
- names and Goldstein scores: ICEWS CAMEO codebook columns (`name`, `goldstein_icews`); where
  ICEWS has no score (1214) the parent's score is used.
- PLOVER type/mode: the CAMEO2PLOVER map as given, except that the CAMEO roots the map drops are
  given the PLOVER type whose definition covers them: 02 (appeals) -> REQUEST ("all requests,
  demands and orders"); 01 (statements) stays unmapped (empty type: no event); 08 -> RETREAT as
  mapped; modes not defined in the 2024 manual are left empty.
"""
import csv, sys, pathlib

src = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data")
out = pathlib.Path(sys.argv[2] if len(sys.argv) > 2 else "data/codes")
out.mkdir(parents=True, exist_ok=True)

def rows(name):
    with open(src / name, encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))

types = rows("plover_event_types.tsv")
modes = rows("plover_modes.tsv")
valid_modes = {(m["event"], m["mode"]) for m in modes if m["event"] != "*"}

# plover.tsv
with open(out / "plover.tsv", "w", encoding="utf-8") as f:
    f.write("# Derived by xtask/scripts/derive_codes.py from the PLOVER manual tables (CC BY-SA 4.0); do not edit by hand.\n")
    f.write("type\tmode\tquad\tscore\tdescription\n")
    for t in types:
        score = t["plover_score"]
        if t["event"] == "ACCUSE" and score == "3":
            score = "-3"  # printed as 3 in the manual; the sign is a typo (conflict type)
        f.write(f'{t["event"]}\t\t{t["quad_numeric_quad_table"]}\t{score}\t{t["definition_paraphrase"]}\n')
        for m in modes:
            if m["event"] == t["event"]:
                f.write(f'{t["event"]}\t{m["mode"]}\t{t["quad_numeric_quad_table"]}\t{m["plover_score"]}\t{m["description_paraphrase"]}\n')

codes = rows("cameo_event_codes.tsv")
by_code = {c["cameo_code"]: c for c in codes}
def parent(code):
    if len(code) == 4:
        return code[:3]
    if len(code) == 3:
        return code[:2]
    return None

with open(out / "cameo.tsv", "w", encoding="utf-8") as f:
    f.write("# Derived by xtask/scripts/derive_codes.py from the ICEWS CAMEO codebook (names, Goldstein) and\n")
    f.write("# PLOVER's CAMEO2PLOVER-2021 map (type, mode); do not edit by hand.\n")
    f.write("code\tname\tgoldstein\tplover\tmode\tquad\n")
    for c in codes:
        code = c["cameo_code"]
        g = c["goldstein_icews"]
        p = code
        while g == "" and parent(p):
            p = parent(p)
            g = by_code[p]["goldstein_icews"]
        ptype, pmode = c["plover_event"], c["plover_mode"]
        if ptype == "dropped":
            ptype, pmode = ("REQUEST", "") if code.startswith("02") else ("", "")
        if (ptype, pmode) not in valid_modes:
            pmode = ""
        f.write(f'{code}\t{c["name"]}\t{g}\t{ptype}\t{pmode}\t{c["quad_class"]}\n')
print("wrote", out / "cameo.tsv", "and", out / "plover.tsv")
