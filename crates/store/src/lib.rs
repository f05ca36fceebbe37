//! # chancery-store
//!
//! The embedded store: SQLite (through `rusqlite`, bundled) holding articles, their actors and
//! events, keyed by a content hash so that ingesting the same article twice changes nothing. It
//! owns the schema and its version, batch ingestion (one transaction per batch: an ingest killed
//! at any moment leaves the store consistent, and a rerun completes it) and loading records back
//! for the corpus stage.
//!
//! ```
//! let mut st = chancery_store::Store::open_in_memory().unwrap();
//! let rec = chancery_corpus::DocRecord { id: "x".into(), body: "Some text.".into(), ..Default::default() };
//! let h = chancery_store::content_hash(b"Some text.");
//! assert_eq!(st.ingest(&[(h.clone(), rec.clone())]).unwrap().added, 1);
//! assert_eq!(st.ingest(&[(h, rec)]).unwrap().added, 0);
//! assert_eq!(st.count().unwrap(), 1);
//! ```

use chancery_corpus::{ActorRec, DocRecord, EventRec};
use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension};

/// The schema version this code reads and writes.
pub const SCHEMA_VERSION: i64 = 1;

/// Store errors.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// SQLite said no.
    #[error("database error: {0}")]
    Sql(#[from] rusqlite::Error),
    /// The file holds a schema this version does not know.
    #[error("database schema version {found} is not supported (this chancery reads version {SCHEMA_VERSION})")]
    Version {
        /// Version found in the file.
        found: i64,
    },
}

/// What one batch did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct IngestStats {
    /// New articles stored.
    pub added: usize,
    /// Articles already present (same content hash).
    pub skipped: usize,
}

/// A stable 128-bit content hash (hex), not cryptographic: two FNV-1a lanes with different
/// offsets, finalised with splitmix64.
pub fn content_hash(bytes: &[u8]) -> String {
    let mut a: u64 = 0xcbf29ce484222325;
    let mut b: u64 = 0x84222325cbf29ce4;
    for &x in bytes {
        a = (a ^ x as u64).wrapping_mul(0x100000001b3);
        b = (b ^ x as u64).wrapping_mul(0x100000001b3).rotate_left(5);
    }
    let a = chancery_corpus::dedup::mix(a ^ bytes.len() as u64);
    let b = chancery_corpus::dedup::mix(b);
    format!("{a:016x}{b:016x}")
}

/// The store.
pub struct Store {
    conn: Connection,
}

const SCHEMA: &str = r#"
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
  id INTEGER PRIMARY KEY,
  hash TEXT NOT NULL UNIQUE,
  record_id TEXT NOT NULL,
  path TEXT NOT NULL,
  outlet TEXT, url TEXT, title TEXT, published TEXT,
  body TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS actors (
  article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  name TEXT NOT NULL, country TEXT, sector TEXT, title TEXT, surfaces TEXT NOT NULL, mentions INTEGER NOT NULL,
  PRIMARY KEY (article, idx)
);
CREATE TABLE IF NOT EXISTS events (
  article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  plover TEXT NOT NULL, cameo TEXT NOT NULL, goldstein REAL NOT NULL,
  source_name TEXT, source_country TEXT, target_name TEXT, target_country TEXT,
  participants TEXT NOT NULL,
  date TEXT, date_precision TEXT, date_text TEXT,
  place_name TEXT, place_country TEXT, lat REAL, lon REAL,
  status TEXT NOT NULL, attribution TEXT NOT NULL,
  evidence TEXT NOT NULL, ev_start INTEGER NOT NULL, ev_end INTEGER NOT NULL,
  PRIMARY KEY (article, idx)
);
CREATE INDEX IF NOT EXISTS events_dyad ON events (source_country, target_country);
CREATE INDEX IF NOT EXISTS actors_name ON actors (name);
"#;

const SEP: &str = "\u{1f}";

fn split(s: String) -> Vec<String> {
    if s.is_empty() {
        Vec::new()
    } else {
        s.split(SEP).map(String::from).collect()
    }
}

impl Store {
    /// Opens (creating if needed) a store at `path`.
    pub fn open(path: &str) -> Result<Store, StoreError> {
        Self::init(Connection::open(path)?)
    }

    /// A store in memory (tests, one-off runs).
    pub fn open_in_memory() -> Result<Store, StoreError> {
        Self::init(Connection::open_in_memory()?)
    }

    fn init(conn: Connection) -> Result<Store, StoreError> {
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        // WAL + full sync on commit: a killed process leaves the last committed batch intact.
        let _: String = conn.query_row("PRAGMA journal_mode=WAL", [], |r| r.get(0))?;
        conn.execute_batch("PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;")?;
        conn.execute_batch(SCHEMA)?;
        let found: Option<String> = conn.query_row("SELECT value FROM meta WHERE key='schema_version'", [], |r| r.get(0)).optional()?;
        match found {
            None => {
                conn.execute("INSERT INTO meta(key, value) VALUES ('schema_version', ?1)", params![SCHEMA_VERSION.to_string()])?;
            }
            Some(v) => {
                let v: i64 = v.parse().unwrap_or(-1);
                if v != SCHEMA_VERSION {
                    return Err(StoreError::Version { found: v });
                }
            }
        }
        Ok(Store { conn })
    }

    /// Number of articles.
    pub fn count(&self) -> Result<usize, StoreError> {
        Ok(self.conn.query_row("SELECT COUNT(*) FROM articles", [], |r| r.get::<_, i64>(0))? as usize)
    }

    /// True when an article with this content hash is stored.
    pub fn contains(&self, hash: &str) -> Result<bool, StoreError> {
        Ok(self.conn.query_row("SELECT 1 FROM articles WHERE hash=?1", params![hash], |_| Ok(())).optional()?.is_some())
    }

    /// Every stored content hash (to skip known articles before analysing them).
    pub fn hashes(&self) -> Result<std::collections::HashSet<String>, StoreError> {
        let mut st = self.conn.prepare("SELECT hash FROM articles")?;
        let rows = st.query_map([], |r| r.get::<_, String>(0))?;
        let mut out = std::collections::HashSet::new();
        for r in rows {
            out.insert(r?);
        }
        Ok(out)
    }

    /// Stores a batch in one transaction; articles whose hash is already stored are skipped.
    pub fn ingest(&mut self, batch: &[(String, DocRecord)]) -> Result<IngestStats, StoreError> {
        let tx = self.conn.transaction()?;
        let mut stats = IngestStats::default();
        {
            let mut ins_a = tx.prepare_cached("INSERT OR IGNORE INTO articles(hash, record_id, path, outlet, url, title, published, body) VALUES (?1,?2,?3,?4,?5,?6,?7,?8)")?;
            let mut ins_x = tx.prepare_cached("INSERT INTO actors(article, idx, name, country, sector, title, surfaces, mentions) VALUES (?1,?2,?3,?4,?5,?6,?7,?8)")?;
            let mut ins_e = tx.prepare_cached(
                "INSERT INTO events(article, idx, plover, cameo, goldstein, source_name, source_country, target_name, target_country, participants, date, date_precision, date_text, place_name, place_country, lat, lon, status, attribution, evidence, ev_start, ev_end) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19,?20,?21,?22)",
            )?;
            for (hash, d) in batch {
                let n = ins_a.execute(params![hash, d.id, d.path, d.outlet, d.url, d.title, d.published.map(|x| x.to_string()), d.body])?;
                if n == 0 {
                    stats.skipped += 1;
                    continue;
                }
                stats.added += 1;
                let id = tx.last_insert_rowid();
                for (i, a) in d.actors.iter().enumerate() {
                    ins_x.execute(params![id, i as i64, a.name, a.country, a.sector, a.title, a.surfaces.join(SEP), a.mentions as i64])?;
                }
                for (i, e) in d.events.iter().enumerate() {
                    ins_e.execute(params![
                        id,
                        i as i64,
                        e.plover,
                        e.cameo,
                        e.goldstein as f64,
                        e.source.as_ref().map(|s| s.0.clone()),
                        e.source.as_ref().and_then(|s| s.1.clone()),
                        e.target.as_ref().map(|s| s.0.clone()),
                        e.target.as_ref().and_then(|s| s.1.clone()),
                        e.participants.join(SEP),
                        e.date.map(|x| x.to_string()),
                        e.date_precision,
                        e.date_text,
                        e.place.as_ref().map(|p| p.0.clone()),
                        e.place.as_ref().map(|p| p.1.clone()),
                        e.place.as_ref().map(|p| p.2 as f64),
                        e.place.as_ref().map(|p| p.3 as f64),
                        e.status,
                        e.attribution.join(SEP),
                        e.evidence,
                        e.evidence_span.0 as i64,
                        e.evidence_span.1 as i64
                    ])?;
                }
            }
        }
        tx.commit()?;
        Ok(stats)
    }

    /// Loads every article, in ingestion order, with its store id.
    pub fn load_all(&self) -> Result<Vec<(i64, DocRecord)>, StoreError> {
        let date = |s: Option<String>| s.and_then(|s| NaiveDate::parse_from_str(&s, "%Y-%m-%d").ok());
        let mut out: Vec<(i64, DocRecord)> = Vec::new();
        let mut pos = std::collections::HashMap::new();
        {
            let mut st = self.conn.prepare("SELECT id, record_id, path, outlet, url, title, published, body FROM articles ORDER BY id")?;
            let rows = st.query_map([], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    DocRecord {
                        id: r.get(1)?,
                        path: r.get(2)?,
                        outlet: r.get(3)?,
                        url: r.get(4)?,
                        title: r.get(5)?,
                        published: date(r.get(6)?),
                        body: r.get(7)?,
                        actors: Vec::new(),
                        events: Vec::new(),
                    },
                ))
            })?;
            for row in rows {
                let (id, d) = row?;
                pos.insert(id, out.len());
                out.push((id, d));
            }
        }
        let mut st = self.conn.prepare("SELECT article, name, country, sector, title, surfaces, mentions FROM actors ORDER BY article, idx")?;
        let rows = st.query_map([], |r| {
            Ok((r.get::<_, i64>(0)?, ActorRec { name: r.get(1)?, country: r.get(2)?, sector: r.get(3)?, title: r.get(4)?, surfaces: split(r.get(5)?), mentions: r.get::<_, i64>(6)? as usize }))
        })?;
        for row in rows {
            let (a, x) = row?;
            if let Some(&i) = pos.get(&a) {
                out[i].1.actors.push(x);
            }
        }
        let mut st = self.conn.prepare(
            "SELECT article, plover, cameo, goldstein, source_name, source_country, target_name, target_country, participants, date, date_precision, date_text, place_name, place_country, lat, lon, status, attribution, evidence, ev_start, ev_end FROM events ORDER BY article, idx",
        )?;
        let rows = st.query_map([], |r| {
            let side = |n: Option<String>, c: Option<String>| n.map(|n| (n, c));
            let place = match (r.get::<_, Option<String>>(12)?, r.get::<_, Option<String>>(13)?, r.get::<_, Option<f64>>(14)?, r.get::<_, Option<f64>>(15)?) {
                (Some(n), Some(c), Some(la), Some(lo)) => Some((n, c, la as f32, lo as f32)),
                _ => None,
            };
            Ok((
                r.get::<_, i64>(0)?,
                EventRec {
                    plover: r.get(1)?,
                    cameo: r.get(2)?,
                    goldstein: r.get::<_, f64>(3)? as f32,
                    source: side(r.get(4)?, r.get(5)?),
                    target: side(r.get(6)?, r.get(7)?),
                    participants: split(r.get(8)?),
                    date: date(r.get(9)?),
                    date_precision: r.get(10)?,
                    date_text: r.get(11)?,
                    place,
                    status: r.get(16)?,
                    attribution: split(r.get(17)?),
                    evidence: r.get(18)?,
                    evidence_span: (r.get::<_, i64>(19)? as usize, r.get::<_, i64>(20)? as usize),
                },
            ))
        })?;
        for row in rows {
            let (a, e) = row?;
            if let Some(&i) = pos.get(&a) {
                out[i].1.events.push(e);
            }
        }
        Ok(out)
    }

    /// `PRAGMA integrity_check` result ("ok" when sound).
    pub fn integrity_check(&self) -> Result<String, StoreError> {
        Ok(self.conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rec(id: &str) -> DocRecord {
        DocRecord {
            id: id.into(),
            path: format!("{id}.txt"),
            outlet: Some("Example Wire".into()),
            published: NaiveDate::from_ymd_opt(2025, 5, 16),
            body: format!("Body of {id}."),
            actors: vec![ActorRec { name: "Jo Doe".into(), country: Some("AAA".into()), sector: Some("GOV".into()), title: None, surfaces: vec!["Doe".into(), "Jo Doe".into()], mentions: 2 }],
            events: vec![EventRec {
                plover: "CONSULT".into(),
                cameo: "040".into(),
                goldstein: 1.0,
                source: Some(("Jo Doe".into(), Some("AAA".into()))),
                target: None,
                participants: vec!["AAA".into(), "BBB".into()],
                date: NaiveDate::from_ymd_opt(2025, 5, 15),
                date_precision: Some("day".into()),
                date_text: Some("on Thursday".into()),
                place: Some(("Oslo".into(), "NOR".into(), 59.9, 10.7)),
                status: "reported".into(),
                attribution: vec!["Example Wire".into(), "officials".into()],
                evidence: "Doe met officials.".into(),
                evidence_span: (0, 18),
            }],
            ..Default::default()
        }
    }

    #[test]
    fn roundtrip_and_idempotence() {
        let mut st = Store::open_in_memory().unwrap();
        let batch = vec![(content_hash(b"a"), rec("a")), (content_hash(b"b"), rec("b"))];
        assert_eq!(st.ingest(&batch).unwrap(), IngestStats { added: 2, skipped: 0 });
        assert_eq!(st.ingest(&batch).unwrap(), IngestStats { added: 0, skipped: 2 });
        let all = st.load_all().unwrap();
        assert_eq!(all.len(), 2);
        assert_eq!(all[0].1, rec("a"));
        assert_eq!(st.integrity_check().unwrap(), "ok");
    }

    #[test]
    fn version_mismatch_is_an_error() {
        let dir = std::env::temp_dir().join(format!("chancery-store-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let p = dir.join("v.db");
        let _ = std::fs::remove_file(&p);
        {
            let st = Store::open(p.to_str().unwrap()).unwrap();
            st.conn.execute("UPDATE meta SET value='99' WHERE key='schema_version'", []).unwrap();
        }
        assert!(matches!(Store::open(p.to_str().unwrap()), Err(StoreError::Version { found: 99 })));
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn hash_is_stable() {
        assert_eq!(content_hash(b"hello"), content_hash(b"hello"));
        assert_ne!(content_hash(b"hello"), content_hash(b"hellp"));
        assert_eq!(content_hash(b"").len(), 32);
    }
}
