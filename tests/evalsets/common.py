"""Helpers for writing our evaluation sets compactly (see make.py and tests/gold/README.md).

Written by the chancery developers. Every article text is our own invented wire-style report.
"""
import datetime as _dt

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def side(spec):
    """"USA GOV Marco Rubio" -> {country, sector, name}; "-" stands for null."""
    if spec is None:
        return None
    parts = spec.split(" ", 2)
    while len(parts) < 3:
        parts.append("-")
    c, s, n = (None if p == "-" else p for p in parts)
    return {"country": c, "sector": s, "name": n}


def resolve(date, published):
    """Date spec -> (value, precision). Specs: None, "YYYY", "YYYY-MM", "YYYY-MM-DD",
    "wd:Friday" (the most recent Friday on or before the publication date; null when the
    article has no publication date)."""
    if date is None:
        return None, None
    if date.startswith("wd:"):
        if not published:
            return None, None
        pub = _dt.date.fromisoformat(published)
        want = WEEKDAYS.index(date[3:])
        back = (pub.weekday() - want) % 7
        return (pub - _dt.timedelta(days=back)).isoformat(), "day"
    return date, {4: "year", 7: "month", 10: "day"}[len(date)]


def E(evidence, plover, cameo, src, tgt=None, date=None, loc=None, attr=None, status="asserted",
      opt=False, parts=None, note=None, alt=None):
    """One gold event (date is resolved later, against the article's publication date)."""
    e = {"evidence": evidence, "plover": plover, "cameo": cameo, "source": side(src),
         "target": side(tgt), "date": date, "date_precision": None,
         "location": None, "attribution": attr, "status": status}
    if loc:
        name, country = loc.rsplit(", ", 1)
        e["location"] = {"name": name, "country": None if country == "-" else country}
    if parts:
        e["participants"] = list(parts)
    if alt:
        e["alt_plover"] = list(alt)
    if opt:
        e["optional"] = True
    if note:
        e["note"] = note
    return e


def R(mention, canonical, country, sector, title=None):
    """One gold actor mention."""
    return {"mention": mention, "canonical": canonical, "country": country, "sector": sector,
            "title": title}


def N(evidence, rule):
    """A negated or hypothetical statement that must not come out as an asserted AGREE."""
    return {"evidence": evidence, "rule": rule}


def A(id, outlet, published, title, paragraphs, events, actors, not_events=(), about=None):
    """One gold article."""
    text = "\n\n".join(p.strip() for p in paragraphs)
    evs = []
    for e in events:
        e = dict(e)
        e["date"], e["date_precision"] = resolve(e["date"], published)
        evs.append(e)
    g = {"id": id, "url": f"https://{outlet.lower().replace(' ', '')}.example/{id}",
         "outlet": outlet, "published": published, "title": title, "text": text,
         "events": evs, "actors": list(actors), "not_events": list(not_events)}
    if about:
        g["about"] = about
    return g
