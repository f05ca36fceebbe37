//! CAMEO and PLOVER code tables (`data/codes/*.tsv`, derived from the CAMEO codebook and the
//! PLOVER manual by `xtask/scripts/derive_codes.py`), compiled in.

use std::collections::HashMap;
use std::sync::OnceLock;

/// One CAMEO code.
#[derive(Debug, Clone, PartialEq)]
pub struct CameoCode {
    /// The code (`044`).
    pub code: String,
    /// Its name.
    pub name: String,
    /// Goldstein score (ICEWS codebook).
    pub goldstein: f32,
    /// PLOVER type it maps to (empty: not an event in PLOVER, e.g. plain statements).
    pub plover: String,
    /// PLOVER mode, if the map gives one.
    pub mode: Option<String>,
}

/// One PLOVER type or type+mode row.
#[derive(Debug, Clone, PartialEq)]
pub struct PloverRow {
    /// Type (`CONSULT`).
    pub plover: String,
    /// Mode, or None for the type's own row.
    pub mode: Option<String>,
    /// PLOVER conflict-cooperation score, if the manual gives one.
    pub score: Option<f32>,
}

/// The compiled tables.
#[derive(Debug)]
pub struct Codes {
    /// CAMEO codes in file order.
    pub cameo: Vec<CameoCode>,
    /// PLOVER rows in file order.
    pub plover: Vec<PloverRow>,
    by_code: HashMap<String, usize>,
}

const CAMEO_TSV: &str = include_str!("../../../data/codes/cameo.tsv");
const PLOVER_TSV: &str = include_str!("../../../data/codes/plover.tsv");

impl Codes {
    /// The built-in tables, parsed once.
    pub fn builtin() -> &'static Codes {
        static C: OnceLock<Codes> = OnceLock::new();
        C.get_or_init(|| Codes::parse(CAMEO_TSV, PLOVER_TSV))
    }

    /// Parses the two tables (bad rows are skipped; the tidy test checks there are none).
    pub fn parse(cameo: &str, plover: &str) -> Codes {
        let mut out = Codes { cameo: Vec::new(), plover: Vec::new(), by_code: HashMap::new() };
        for line in data_lines(cameo) {
            let c: Vec<&str> = line.split('\t').collect();
            if c.len() < 5 {
                continue;
            }
            let Ok(g) = c[2].parse::<f32>() else { continue };
            out.by_code.insert(c[0].to_string(), out.cameo.len());
            out.cameo.push(CameoCode {
                code: c[0].to_string(),
                name: c[1].to_string(),
                goldstein: g,
                plover: c[3].to_string(),
                mode: (!c[4].is_empty()).then(|| c[4].to_string()),
            });
        }
        for line in data_lines(plover) {
            let c: Vec<&str> = line.split('\t').collect();
            if c.len() < 4 {
                continue;
            }
            out.plover.push(PloverRow {
                plover: c[0].to_string(),
                mode: (!c[1].is_empty()).then(|| c[1].to_string()),
                score: c[3].parse().ok(),
            });
        }
        out
    }

    /// A CAMEO code by its code string.
    pub fn cameo(&self, code: &str) -> Option<&CameoCode> {
        self.by_code.get(code).map(|&i| &self.cameo[i])
    }

    /// True if `plover` is one of the PLOVER types.
    pub fn is_type(&self, plover: &str) -> bool {
        self.plover.iter().any(|r| r.plover == plover && r.mode.is_none())
    }

    /// True if `mode` is a mode of `plover`.
    pub fn is_mode(&self, plover: &str, mode: &str) -> bool {
        self.plover.iter().any(|r| r.plover == plover && r.mode.as_deref() == Some(mode))
    }
}

/// Non-comment, non-blank lines after the header.
pub(crate) fn data_lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')).skip(1)
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn tables_parse_completely() {
        let c = Codes::builtin();
        assert_eq!(c.cameo.len(), data_lines(CAMEO_TSV).count());
        assert_eq!(c.plover.len(), data_lines(PLOVER_TSV).count());
        assert_eq!(c.plover.iter().filter(|r| r.mode.is_none()).count(), 16);
        assert_eq!(c.cameo("044").unwrap().plover, "CONSULT");
        assert_eq!(c.cameo("195").unwrap().goldstein, -10.0);
        assert_eq!(c.cameo("02").unwrap().plover, "REQUEST");
        for k in &c.cameo {
            if let Some(m) = &k.mode {
                assert!(c.is_mode(&k.plover, m), "{} {} {}", k.code, k.plover, m);
            }
        }
    }
}
