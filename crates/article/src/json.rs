//! JSON and JSON Lines records: `text` or `html`, plus optional `id`, `url`, `outlet`,
//! `published`, `title`, `subtitle`, `author`. Metadata given in the record wins over metadata
//! inferred from the text.

use crate::{Article, InputKind, ReadError, Record, RecordError};
use serde_json::Value;

/// Reads one JSON document: an object, or an array of objects (the first is returned for a
/// single-record caller; use [`read_json_lines`] semantics through [`crate::read_records`]).
pub fn read_json_record(path: &str, src: &str, kind: InputKind) -> Result<Article, ReadError> {
    let v: Value = serde_json::from_str(src).map_err(|e| ReadError::Json(e.to_string()))?;
    match v {
        Value::Array(items) => {
            let first = items.into_iter().next().ok_or(ReadError::NoText)?;
            from_value(path, first, kind)
        }
        v => from_value(path, v, kind),
    }
}

/// Reads a JSON document holding one object or an array of objects (one record each).
pub fn read_json_document(path: &str, src: &str) -> Vec<Record> {
    match serde_json::from_str::<Value>(src) {
        Err(e) => vec![Err(RecordError { where_: "document".into(), error: ReadError::Json(e.to_string()) })],
        Ok(Value::Array(items)) if items.is_empty() => vec![Err(RecordError { where_: "document".into(), error: ReadError::NoText })],
        Ok(Value::Array(items)) => items
            .into_iter()
            .enumerate()
            .map(|(i, v)| from_value(path, v, InputKind::Json).map_err(|error| RecordError { where_: format!("item {}", i + 1), error }))
            .collect(),
        Ok(v) => vec![from_value(path, v, InputKind::Json).map_err(|error| RecordError { where_: "record".into(), error })],
    }
}

/// Reads a JSON Lines document: one record per non-blank line; a bad line is an error for that
/// line only.
pub fn read_json_lines(path: &str, src: &str) -> Vec<Record> {
    let mut out = Vec::new();
    for (i, line) in src.lines().enumerate() {
        let l = line.trim();
        if l.is_empty() {
            continue;
        }
        let r = serde_json::from_str::<Value>(l)
            .map_err(|e| ReadError::Json(e.to_string()))
            .and_then(|v| from_value(path, v, InputKind::JsonLines));
        out.push(r.map_err(|error| RecordError { where_: format!("line {}", i + 1), error }));
    }
    out
}

fn str_field(v: &Value, names: &[&str]) -> Option<String> {
    for n in names {
        match v.get(*n) {
            Some(Value::String(s)) if !s.trim().is_empty() => return Some(s.trim().to_string()),
            Some(Value::Number(x)) => return Some(x.to_string()),
            Some(Value::Array(a)) => {
                let parts: Vec<&str> = a.iter().filter_map(|x| x.as_str()).filter(|s| !s.trim().is_empty()).collect();
                if !parts.is_empty() {
                    return Some(parts.join(", "));
                }
            }
            _ => {}
        }
    }
    None
}

fn from_value(path: &str, v: Value, kind: InputKind) -> Result<Article, ReadError> {
    if !v.is_object() {
        return Err(ReadError::Json("expected a JSON object".into()));
    }
    let mut a = if let Some(t) = str_field(&v, &["text", "body", "content", "maintext"]) {
        Article::from_text(path, t)
    } else if let Some(h) = str_field(&v, &["html", "raw_html"]) {
        crate::html::read_html(path, &h)?
    } else {
        return Err(ReadError::NoText);
    };
    a.kind = Some(kind);
    if let Some(x) = str_field(&v, &["id", "doc_id", "page_id"]) {
        a.id = Some(x);
    }
    if let Some(x) = str_field(&v, &["url", "link"]) {
        a.url = Some(x);
    }
    if let Some(x) = str_field(&v, &["outlet", "source", "site_name", "publisher"]) {
        a.outlet = Some(x);
    }
    if let Some(x) = str_field(&v, &["title", "headline"]) {
        a.title = Some(x);
    }
    if let Some(x) = str_field(&v, &["subtitle", "description", "dek"]) {
        a.subtitle = Some(x);
    }
    if let Some(x) = str_field(&v, &["author", "authors", "byline"]) {
        a.author = Some(x);
    }
    if let Some(x) = str_field(&v, &["published", "date", "publish_date", "date_publish", "published_at"]) {
        match crate::meta::parse_date(&x) {
            Some(d) => a.published = Some(d),
            None => a.diagnostics.push(format!("unrecognised published date {x:?}")),
        }
    }
    Ok(a)
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn record_metadata_wins() {
        let src = r#"{"id":"r1","url":"https://ex.test/a","outlet":"Daily Ex","published":"2025-05-16","title":"Given Title","author":"Jane Roe","text":"Inferred Title\n\nThe ministers met in Oslo on Friday."}"#;
        let a = read_json_record("x.json", src, InputKind::Json).unwrap();
        assert_eq!(a.id.as_deref(), Some("r1"));
        assert_eq!(a.title.as_deref(), Some("Given Title"));
        assert_eq!(a.outlet.as_deref(), Some("Daily Ex"));
        assert_eq!(a.published.unwrap().to_string(), "2025-05-16");
        assert_eq!(a.author.as_deref(), Some("Jane Roe"));
    }
    #[test]
    fn lines_keep_going_after_a_bad_line() {
        let src = "{\"text\":\"First story text here.\"}\n{bad\n{\"nothing\":1}\n{\"text\":\"Third story.\"}\n";
        let recs = read_json_lines("f.jsonl", src);
        assert_eq!(recs.len(), 4);
        assert!(recs[0].is_ok());
        assert_eq!(recs[1].as_ref().unwrap_err().where_, "line 2");
        assert_eq!(recs[2].as_ref().unwrap_err().error, ReadError::NoText);
        assert!(recs[3].is_ok());
    }
    #[test]
    fn not_an_object() {
        assert!(matches!(read_json_record("x", "42", InputKind::Json), Err(ReadError::Json(_))));
        assert!(matches!(read_json_record("x", "{\"text\": ", InputKind::Json), Err(ReadError::Json(_))));
    }
}
