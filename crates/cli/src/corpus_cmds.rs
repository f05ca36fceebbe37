//! Corpus commands: `ingest`, `stories`, `story`, `timeline`, `actors`, `export`.
//! Glue only: the store keeps records, the corpus crate computes, this prints.

use crate::inputs;
use anyhow::{Context, Result};
use chancery_corpus::{merge::MergedEvent, Corpus, DocRecord};
use chancery_store::Store;
use chrono::{Datelike, NaiveDate};
use indicatif::ProgressBar;
use rayon::prelude::*;
use serde_json::json;
use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;

/// Opens the store, naming the file in errors.
pub fn open(db: &str) -> Result<Store> {
    Store::open(db).with_context(|| format!("{db}: cannot open the store"))
}

/// `chancery ingest`: reads, analyses and stores inputs in batches (one transaction each).
/// Returns true when every input was read.
pub fn ingest(db: &str, paths: &[String], batch: usize, kb: &chancery_kb::Kb, pb: impl Fn(usize) -> ProgressBar) -> Result<bool> {
    let mut store = open(db)?;
    let (inputs, errors) = inputs::expand(paths);
    let mut ok = errors.is_empty();
    for (p, e) in errors {
        eprintln!("chancery: {p}: {e}");
    }
    let bar = pb(inputs.len());
    let (mut added, mut skipped, mut failed) = (0usize, 0usize, 0usize);
    let known = store.hashes()?;
    let pre_skipped = std::sync::atomic::AtomicUsize::new(0);
    // A pause after each committed batch, for crash tests that kill an ingest mid-way.
    let pause = std::env::var("CHANCERY_INGEST_PAUSE_MS").ok().and_then(|v| v.parse::<u64>().ok());
    for chunk in inputs.chunks(batch.max(1)) {
        let results: Vec<(Vec<(String, DocRecord)>, Vec<String>)> = chunk
            .par_iter()
            .map(|inp| {
                let mut recs = Vec::new();
                let mut errs = Vec::new();
                let label = inp.label();
                match inp.read() {
                    Err(e) => errs.push(format!("{label}: {}", inputs::describe_io(&e))),
                    Ok(bytes) => match chancery_article::read_records(label, &bytes) {
                        Err(e) => errs.push(format!("{label}: {e}")),
                        Ok(rs) => {
                            let done: Vec<Result<(String, DocRecord), String>> = rs
                                .into_par_iter()
                                .map(|r| {
                                    let a = r.map_err(|e| format!("{label}: {e}"))?;
                                    let mut key = a.text.clone().into_bytes();
                                    for m in [&a.url, &a.outlet, &a.title] {
                                        key.push(0);
                                        key.extend_from_slice(m.as_deref().unwrap_or("").as_bytes());
                                    }
                                    key.extend_from_slice(a.published.map(|d| d.to_string()).unwrap_or_default().as_bytes());
                                    let hash = chancery_store::content_hash(&key);
                                    if known.contains(&hash) {
                                        pre_skipped.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                                        return Err(String::new());
                                    }
                                    let id = a.id.clone().unwrap_or_else(|| hash[..16].to_string());
                                    // A bug must not lose the rest of the batch.
                                    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                                        let an = chancery_analysis::analyze(&a, kb);
                                        DocRecord::from_analysis(&id, &a, &an)
                                    }))
                                    .map(|d| (hash, d))
                                    .map_err(|_| format!("{label}: internal error while analysing this article (a bug; please report it)"))
                                })
                                .collect();
                            for d in done {
                                match d {
                                    Ok(x) => recs.push(x),
                                    Err(e) if e.is_empty() => {}
                                    Err(e) => errs.push(e),
                                }
                            }
                        }
                    },
                }
                bar.inc(1);
                (recs, errs)
            })
            .collect();
        let mut batch_recs = Vec::new();
        for (recs, errs) in results {
            for e in errs {
                ok = false;
                failed += 1;
                bar.suspend(|| eprintln!("chancery: {e}"));
            }
            batch_recs.extend(recs);
        }
        let st = store.ingest(&batch_recs).with_context(|| format!("{db}: cannot store a batch"))?;
        added += st.added;
        skipped += st.skipped;
        if let Some(ms) = pause {
            std::thread::sleep(std::time::Duration::from_millis(ms));
        }
    }
    bar.finish_and_clear();
    skipped += pre_skipped.into_inner();
    eprintln!("chancery: {db}: {added} articles added, {skipped} already stored, {failed} failed; {} in store", store.count()?);
    Ok(ok)
}

/// Loads the store and computes the corpus.
pub fn load(db: &str) -> Result<(Vec<DocRecord>, Corpus)> {
    if !std::path::Path::new(db).exists() {
        anyhow::bail!("{db}: no such store (run `chancery ingest --db {db} PATH...` first)");
    }
    let store = open(db)?;
    let docs: Vec<DocRecord> = store.load_all()?.into_iter().map(|(_, d)| d).collect();
    let corpus = chancery_corpus::build(&docs);
    Ok((docs, corpus))
}

fn outlet(d: &DocRecord) -> String {
    d.outlet.clone().unwrap_or_else(|| d.outlet_key())
}

/// `chancery stories`.
pub fn stories(db: &str, out: &mut dyn Write) -> Result<()> {
    let (docs, c) = load(db)?;
    writeln!(out, "{:<14} {:>8} {:>7} {:>7}  {:<23}  label", "story", "articles", "outlets", "events", "dates")?;
    for (si, s) in c.stories.iter().enumerate() {
        let outlets: BTreeSet<String> = s.docs.iter().map(|&i| outlet(&docs[i])).collect();
        let events = c.events.iter().filter(|e| e.story == si).count();
        let span = s.span.map(|(a, b)| format!("{a}..{b}")).unwrap_or_else(|| "-".into());
        writeln!(out, "{:<14} {:>8} {:>7} {:>7}  {:<23}  {}", s.id, s.docs.len(), outlets.len(), events, span, s.label)?;
    }
    Ok(())
}

fn event_json(docs: &[DocRecord], e: &MergedEvent) -> serde_json::Value {
    let sources: Vec<serde_json::Value> = e
        .sources
        .iter()
        .map(|&(d, i)| {
            let ev = &docs[d].events[i];
            json!({"article": docs[d].id, "outlet": docs[d].outlet, "url": docs[d].url, "path": docs[d].path,
                   "status": ev.status, "date": ev.date.map(|x| x.to_string()), "date_text": ev.date_text,
                   "attribution": ev.attribution, "evidence": ev.evidence})
        })
        .collect();
    json!({
        "type": e.plover, "cameo": e.cameo, "goldstein": e.goldstein,
        "source": e.source, "target": e.target, "participants": e.participants,
        "date": e.date.map(|x| x.to_string()), "date_precision": e.date_precision,
        "date_from": e.date_from.map(|(d, _)| docs[d].id.clone()),
        "location": e.place.as_ref().map(|p| json!({"name": p.0, "country": p.1, "lat": p.2, "lon": p.3})),
        "status": e.status, "corroboration": e.corroboration, "articles": e.articles,
        "contradictions": {"date": e.contradictions.date, "place": e.contradictions.place, "participants": e.contradictions.participants,
                           "status": e.contradictions.status, "denial": e.contradictions.denial},
        "sources": sources,
    })
}

/// `chancery story ID`.
pub fn story(db: &str, id: &str, as_json: bool, out: &mut dyn Write) -> Result<()> {
    let (docs, c) = load(db)?;
    let Some((si, s)) = c.stories.iter().enumerate().find(|(_, s)| s.id == id) else {
        anyhow::bail!("{db}: no story {id:?} (see `chancery stories`)");
    };
    let mut evs: Vec<&MergedEvent> = c.events.iter().filter(|e| e.story == si).collect();
    evs.sort_by(|a, b| a.date.cmp(&b.date).then(b.corroboration.cmp(&a.corroboration)));
    let members: BTreeSet<usize> = s.docs.iter().copied().collect();
    let positions: Vec<_> = c.positions.iter().filter(|p| members.contains(&p.doc)).collect();
    // Framing per outlet.
    let mut per_outlet: BTreeMap<String, Vec<&chancery_corpus::framing::Framing>> = BTreeMap::new();
    for &d in &s.docs {
        per_outlet.entry(outlet(&docs[d])).or_default().push(&c.framing[d]);
    }
    let outlet_rows: Vec<(String, f32, f32, f32, usize)> = per_outlet
        .iter()
        .map(|(o, fs)| {
            let n = fs.len() as f32;
            let words: usize = fs.iter().map(|f| f.words).sum();
            let hedges: usize = fs.iter().map(|f| f.hedges).sum();
            (o.clone(), fs.iter().map(|f| f.evaluative).sum::<f32>() / n, fs.iter().map(|f| f.slant).sum::<f32>() / n, if words > 0 { hedges as f32 * 100.0 / words as f32 } else { 0.0 }, fs.len())
        })
        .collect();
    if as_json {
        let v = json!({
            "id": s.id, "label": s.label, "countries": s.countries,
            "articles": s.docs.iter().map(|&d| json!({"id": docs[d].id, "outlet": docs[d].outlet, "title": docs[d].title, "url": docs[d].url,
                "published": docs[d].published.map(|x| x.to_string()), "path": docs[d].path,
                "copy_of": c.copies.iter().find(|p| p.1 == d).map(|p| docs[p.0].id.clone()),
                "framing": {"evaluative": c.framing[d].evaluative, "slant": c.framing[d].slant, "hedges": c.framing[d].hedges, "examples": c.framing[d].examples}})).collect::<Vec<_>>(),
            "events": evs.iter().map(|e| event_json(&docs, e)).collect::<Vec<_>>(),
            "positions": positions.iter().map(|p| json!({"issue": p.issue, "issue_name": p.issue_name, "party": p.party, "actor": p.actor,
                "stance": p.stance.as_str(), "status": p.status, "date": p.date.map(|x| x.to_string()), "article": docs[p.doc].id, "evidence": p.evidence})).collect::<Vec<_>>(),
            "framing": outlet_rows.iter().map(|r| json!({"outlet": r.0, "evaluative": r.1, "slant": r.2, "hedges_per_100_words": r.3, "articles": r.4})).collect::<Vec<_>>(),
        });
        writeln!(out, "{}", serde_json::to_string_pretty(&v)?)?;
        return Ok(());
    }
    writeln!(out, "story {}  {}", s.id, s.label)?;
    writeln!(out, "\nsources:")?;
    for &d in &s.docs {
        let copy = c.copies.iter().find(|p| p.1 == d).map(|p| format!("  (copy of {})", docs[p.0].id)).unwrap_or_default();
        writeln!(out, "  {:<12} {:<20} {}  {}{}", docs[d].published.map(|x| x.to_string()).unwrap_or_else(|| "undated".into()), outlet(&docs[d]), docs[d].title.as_deref().unwrap_or("-"), docs[d].path, copy)?;
    }
    writeln!(out, "\ntimeline:")?;
    for e in &evs {
        let date = match (e.date, e.date_from) {
            (Some(d), Some((from, _))) => format!("{d} (from {})", outlet(&docs[from])),
            (Some(d), None) => d.to_string(),
            _ => "undated".into(),
        };
        let mut flags = Vec::new();
        if e.contradictions.date {
            flags.push("dates differ");
        }
        if e.contradictions.place {
            flags.push("places differ");
        }
        if e.contradictions.participants {
            flags.push("participants differ");
        }
        if e.contradictions.denial {
            flags.push("reported and denied");
        } else if e.contradictions.status {
            flags.push("statuses differ");
        }
        writeln!(
            out,
            "  {:<28} {:<10} {}->{} [{}] {} outlets, {} articles{}{}",
            date,
            e.plover,
            e.source.as_deref().unwrap_or("-"),
            e.target.as_deref().unwrap_or("-"),
            e.status,
            e.corroboration,
            e.articles,
            e.place.as_ref().map(|p| format!(", in {}", p.0)).unwrap_or_default(),
            if flags.is_empty() { String::new() } else { format!("  !! {}", flags.join(", ")) }
        )?;
        for &(d, i) in &e.sources {
            writeln!(out, "      {:<20} {}", outlet(&docs[d]), docs[d].events[i].evidence.chars().take(110).collect::<String>())?;
        }
    }
    writeln!(out, "\npositions:")?;
    let mut last_issue = "";
    for p in &positions {
        if p.issue != last_issue {
            writeln!(out, "  {}:", p.issue_name)?;
            last_issue = &p.issue;
        }
        writeln!(out, "    {:<8} {:<9} {:<10} {}  \"{}\"", p.party, p.stance.as_str(), p.date.map(|x| x.to_string()).unwrap_or_else(|| "undated".into()), p.actor, p.evidence.chars().take(100).collect::<String>())?;
    }
    writeln!(out, "\nframing (per outlet): evaluative = loaded words per 100 words; slant in -1..1")?;
    for r in &outlet_rows {
        writeln!(out, "  {:<24} evaluative {:>5.2}  slant {:>5.2}  hedges/100w {:>5.2}  ({} articles)", r.0, r.1, r.2, r.3, r.4)?;
    }
    Ok(())
}

fn week_start(d: NaiveDate) -> NaiveDate {
    d - chrono::Duration::days(d.weekday().num_days_from_monday() as i64)
}

/// `chancery timeline --dyad A-B`.
pub fn timeline(db: &str, dyad: &str, since: Option<NaiveDate>, until: Option<NaiveDate>, weekly: bool, as_json: bool, out: &mut dyn Write) -> Result<()> {
    let (a, b) = dyad.split_once('-').with_context(|| format!("--dyad {dyad:?}: expected two country codes like ISR-SYR"))?;
    let (a, b) = (a.to_uppercase(), b.to_uppercase());
    let (docs, c) = load(db)?;
    let mut evs: Vec<&MergedEvent> = c
        .events
        .iter()
        .filter(|e| {
            let s = e.source.as_deref();
            let t = e.target.as_deref();
            (s == Some(&a) && t == Some(&b)) || (s == Some(&b) && t == Some(&a)) || (e.participants.contains(&a) && e.participants.contains(&b))
        })
        .filter(|e| since.map_or(true, |s| e.date.is_some_and(|d| d >= s)) && until.map_or(true, |u| e.date.is_some_and(|d| d <= u)))
        .collect();
    evs.sort_by(|x, y| x.date.cmp(&y.date));
    let mut series: BTreeMap<NaiveDate, (usize, f32)> = BTreeMap::new();
    for e in &evs {
        if let Some(d) = e.date {
            let k = if weekly { week_start(d) } else { d };
            let v = series.entry(k).or_default();
            v.0 += 1;
            v.1 += e.goldstein;
        }
    }
    if as_json {
        let v = json!({"dyad": format!("{a}-{b}"), "events": evs.iter().map(|e| event_json(&docs, e)).collect::<Vec<_>>(),
            "series": series.iter().map(|(d, (n, g))| json!({"period": d.to_string(), "events": n, "goldstein_sum": g, "goldstein_mean": g / *n as f32})).collect::<Vec<_>>()});
        writeln!(out, "{}", serde_json::to_string_pretty(&v)?)?;
        return Ok(());
    }
    writeln!(out, "{a}-{b}: {} events", evs.len())?;
    for e in &evs {
        writeln!(out, "  {:<12} {:<10} {:<5} {}->{} [{}] goldstein {:+.1}, {} outlets", e.date.map(|d| d.to_string()).unwrap_or_else(|| "undated".into()), e.plover, e.cameo, e.source.as_deref().unwrap_or("-"), e.target.as_deref().unwrap_or("-"), e.status, e.goldstein, e.corroboration)?;
    }
    writeln!(out, "\n{} series (dated events only):", if weekly { "weekly" } else { "daily" })?;
    for (d, (n, g)) in &series {
        writeln!(out, "  {d}  events {n:>3}  goldstein sum {g:+6.1}  mean {:+5.2}", g / *n as f32)?;
    }
    Ok(())
}

/// `chancery actors`: actors across the store, merged by canonical name.
pub fn actors(db: &str, out: &mut dyn Write) -> Result<()> {
    let (docs, _) = load(db)?;
    let mut agg: BTreeMap<(String, Option<String>), (Option<String>, BTreeSet<String>, usize, BTreeSet<String>)> = BTreeMap::new();
    for d in &docs {
        for a in &d.actors {
            let e = agg.entry((a.name.clone(), a.country.clone())).or_default();
            e.0 = e.0.take().or(a.sector.clone());
            e.1.extend(a.surfaces.iter().cloned());
            e.2 += 1;
            e.3.insert(outlet(d));
        }
    }
    let mut rows: Vec<_> = agg.into_iter().collect();
    rows.sort_by(|x, y| y.1 .2.cmp(&x.1 .2).then(x.0.cmp(&y.0)));
    writeln!(out, "{:<32} {:<8} {:<5} {:>8} {:>7}  surface forms", "actor", "country", "sector", "articles", "outlets")?;
    for ((name, country), (sector, surfaces, n, outlets)) in rows {
        writeln!(out, "{:<32} {:<8} {:<5} {:>8} {:>7}  {}", name, country.as_deref().unwrap_or("-"), sector.as_deref().unwrap_or("-"), n, outlets.len(), surfaces.into_iter().collect::<Vec<_>>().join(" | "))?;
    }
    Ok(())
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// `chancery export --format jsonl|csv`: merged events.
pub fn export(db: &str, csv: bool, out: &mut dyn Write) -> Result<()> {
    let (docs, c) = load(db)?;
    if csv {
        writeln!(out, "GlobalEventID,EventDate,DatePrecision,Actor1Code,Actor1Name,Actor2Code,Actor2Name,Participants,EventCode,PloverType,GoldsteinScale,Status,NumSources,NumArticles,ActionGeo_FullName,ActionGeo_CountryCode,ActionGeo_Lat,ActionGeo_Long,Contradictions,StoryID,SourceURLs")?;
    }
    for (i, e) in c.events.iter().enumerate() {
        let first = e.sources.first().map(|&(d, ei)| &docs[d].events[ei]);
        let name = |side: bool| first.and_then(|ev| if side { ev.source.as_ref() } else { ev.target.as_ref() }).map(|x| x.0.clone()).unwrap_or_default();
        let urls: Vec<String> = e.sources.iter().map(|&(d, _)| docs[d].url.clone().unwrap_or_else(|| docs[d].path.clone())).collect::<BTreeSet<_>>().into_iter().collect();
        let story_id = &c.stories[e.story].id;
        if csv {
            let mut flags = Vec::new();
            for (f, n) in [(e.contradictions.date, "date"), (e.contradictions.place, "place"), (e.contradictions.participants, "participants"), (e.contradictions.status, "status"), (e.contradictions.denial, "denial")] {
                if f {
                    flags.push(n);
                }
            }
            let row = [
                (i + 1).to_string(),
                e.date.map(|d| d.format("%Y%m%d").to_string()).unwrap_or_default(),
                e.date_precision.clone().unwrap_or_default(),
                e.source.clone().unwrap_or_default(),
                name(true),
                e.target.clone().unwrap_or_default(),
                name(false),
                e.participants.join(";"),
                e.cameo.clone(),
                e.plover.clone(),
                format!("{:.1}", e.goldstein),
                e.status.clone(),
                e.corroboration.to_string(),
                e.articles.to_string(),
                e.place.as_ref().map(|p| p.0.clone()).unwrap_or_default(),
                e.place.as_ref().map(|p| p.1.clone()).unwrap_or_default(),
                e.place.as_ref().map(|p| format!("{:.4}", p.2)).unwrap_or_default(),
                e.place.as_ref().map(|p| format!("{:.4}", p.3)).unwrap_or_default(),
                flags.join(";"),
                story_id.clone(),
                urls.join(" "),
            ];
            writeln!(out, "{}", row.iter().map(|f| csv_field(f)).collect::<Vec<_>>().join(","))?;
        } else {
            let mut v = event_json(&docs, e);
            v["id"] = json!(format!("{}-{}", story_id, i + 1));
            v["story"] = json!(story_id);
            v["event_date"] = v["date"].clone();
            v["source_urls"] = json!(urls);
            writeln!(out, "{}", serde_json::to_string(&v)?)?;
        }
    }
    Ok(())
}
