//! Input-kind detection by content (never by file extension).

use crate::InputKind;

/// Decides what kind of document `text` is.
pub fn detect(text: &str) -> InputKind {
    let t = text.trim_start();
    if t.starts_with('{') || t.starts_with('[') {
        let trimmed = t.trim_end();
        // One JSON value spanning the whole input?
        if (t.starts_with('{') && trimmed.ends_with('}')) || (t.starts_with('[') && trimmed.ends_with(']')) {
            let mut lines = trimmed.lines().filter(|l| !l.trim().is_empty());
            let first = lines.next().unwrap_or("");
            let multi_record = first.trim_start().starts_with('{') && first.trim_end().ends_with('}') && lines.clone().next().is_some()
                && lines.all(|l| l.trim_start().starts_with('{'));
            if multi_record && serde_json::from_str::<serde_json::Value>(first).is_ok() {
                return InputKind::JsonLines;
            }
            return InputKind::Json;
        }
        let first = t.lines().next().unwrap_or("");
        if t.starts_with('{') && first.trim_end().ends_with('}') {
            return InputKind::JsonLines;
        }
        if t.starts_with('{') {
            return InputKind::Json; // broken JSON: let the JSON reader say what is wrong
        }
    }
    if looks_like_html(t) {
        return InputKind::Html;
    }
    InputKind::Text
}

fn looks_like_html(t: &str) -> bool {
    if !t.starts_with('<') {
        // Some pages start with a comment or whitespace-free junk; look at the first KB only.
        let head = &t[..crate::floor_char_boundary(t, 1024)];
        let lower = head.to_ascii_lowercase();
        return lower.contains("<!doctype html") || lower.contains("<html");
    }
    let head = &t[..crate::floor_char_boundary(t, 4096)];
    let lower = head.to_ascii_lowercase();
    ["<!doctype", "<html", "<head", "<body", "<meta", "<div", "<p>", "<p ", "<article", "<title", "<!--", "<?xml", "<section", "<span", "<h1", "<table", "<ul", "<script", "<link"]
        .iter()
        .any(|p| lower.contains(p))
}

#[cfg(test)]
mod tests {
    use super::*;
    fn check(input: &str, want: InputKind) {
        assert_eq!(detect(input), want, "{input:?}");
    }
    #[test]
    fn kinds() {
        check("Plain headline\n\nBody text.", InputKind::Text);
        check("  <!DOCTYPE html><html><body><p>x</p></body></html>", InputKind::Html);
        check("<html><p>hi</p></html>", InputKind::Html);
        check("<div class=a>text</div>", InputKind::Html);
        check("{\"text\": \"hello\"}", InputKind::Json);
        check("{\n  \"text\": \"hello\",\n  \"id\": \"x\"\n}\n", InputKind::Json);
        check("{\"text\": \"a\"}\n{\"text\": \"b\"}\n", InputKind::JsonLines);
        check("{\"text\": \"a\"}\n\n{\"text\": \"b\"}", InputKind::JsonLines);
        check("[{\"text\": \"a\"}, {\"text\": \"b\"}]", InputKind::Json);
        check("<3 this is just text with a heart", InputKind::Text);
        check("{broken json", InputKind::Json);
        check("x < y and y > z in plain text", InputKind::Text);
    }
}
