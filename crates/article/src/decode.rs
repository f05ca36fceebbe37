//! Bytes to text: UTF-8 first, then a BOM, a `<meta charset>`, or a detected legacy encoding.
//! Binary content and empty inputs are errors.

use crate::ReadError;

/// Decoded text plus a note when anything but plain UTF-8 was used.
#[derive(Debug)]
pub struct Decoded {
    /// The text.
    pub text: String,
    /// Which encoding was used, when it was not plain UTF-8.
    pub note: Option<String>,
}

/// Decodes bytes into text.
pub fn decode(bytes: &[u8]) -> Result<Decoded, ReadError> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(ReadError::Empty);
    }
    if let Some((enc, bom_len)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, _, had_errors) = enc.decode(&bytes[bom_len..]);
        let text = text.into_owned();
        check_text(&text)?;
        let note = if enc == encoding_rs::UTF_8 {
            None
        } else {
            Some(format!("decoded as {} (byte order mark){}", enc.name(), if had_errors { " with replacement characters" } else { "" }))
        };
        return Ok(Decoded { text, note });
    }
    let head = &bytes[..bytes.len().min(8192)];
    if memchr::memchr(0, head).is_some() {
        return Err(ReadError::Binary("NUL bytes".into()));
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => {
            check_text(s)?;
            Ok(Decoded { text: s.to_string(), note: None })
        }
        Err(e) => {
            // Mostly UTF-8 with a few bad bytes? Keep UTF-8 and replace them.
            let valid_up_to = e.valid_up_to();
            let enc = declared_charset(head).or_else(|| {
                let mut det = chardetng::EncodingDetector::new();
                det.feed(bytes, true);
                Some(det.guess(None, true))
            });
            let enc = enc.unwrap_or(encoding_rs::WINDOWS_1252);
            if enc == encoding_rs::UTF_8 || (valid_up_to > bytes.len() / 2 && count_invalid_utf8(bytes) * 100 < bytes.len()) {
                let text = String::from_utf8_lossy(bytes).into_owned();
                check_text(&text)?;
                return Ok(Decoded { text, note: Some(format!("invalid UTF-8 at byte {valid_up_to}: bad bytes replaced with U+FFFD")) });
            }
            let (text, _, had_errors) = enc.decode(bytes);
            let text = text.into_owned();
            check_text(&text)?;
            Ok(Decoded {
                text,
                note: Some(format!("not UTF-8 (first bad byte at {valid_up_to}); decoded as {}{}", enc.name(), if had_errors { " with replacement characters" } else { "" })),
            })
        }
    }
}

fn count_invalid_utf8(mut bytes: &[u8]) -> usize {
    let mut n = 0;
    loop {
        match std::str::from_utf8(bytes) {
            Ok(_) => return n,
            Err(e) => {
                n += 1;
                let skip = e.valid_up_to() + e.error_len().unwrap_or(1);
                if skip >= bytes.len() {
                    return n;
                }
                bytes = &bytes[skip..];
            }
        }
    }
}

/// `<meta charset="...">` or `content="text/html; charset=..."` in the first bytes.
fn declared_charset(head: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let lower: Vec<u8> = head.iter().map(|b| b.to_ascii_lowercase()).collect();
    let pos = memchr::memmem::find(&lower, b"charset=")?;
    let rest = &lower[pos + 8..];
    let rest = rest.strip_prefix(b"\"").or_else(|| rest.strip_prefix(b"'")).unwrap_or(rest);
    let end = rest.iter().position(|b| !(b.is_ascii_alphanumeric() || *b == b'-' || *b == b'_')).unwrap_or(rest.len());
    encoding_rs::Encoding::for_label(&rest[..end])
}

/// Rejects text that is mostly control characters (a binary file that happened to decode).
fn check_text(s: &str) -> Result<(), ReadError> {
    if s.trim().is_empty() {
        return Err(ReadError::Empty);
    }
    let mut total = 0usize;
    let mut bad = 0usize;
    for c in s.chars().take(8192) {
        total += 1;
        if (c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}')) || c == '\u{fffd}' {
            bad += 1;
        }
    }
    if total > 0 && bad * 10 > total {
        return Err(ReadError::Binary(format!("{bad} of the first {total} characters are control or undecodable characters")));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_plain() {
        assert_eq!(decode("héllo".as_bytes()).unwrap().text, "héllo");
    }
    #[test]
    fn empty_and_whitespace() {
        assert_eq!(decode(b"").unwrap_err(), ReadError::Empty);
        assert_eq!(decode(b" \n\t ").unwrap_err(), ReadError::Empty);
    }
    #[test]
    fn nul_is_binary() {
        assert!(matches!(decode(b"PK\x03\x04\x00\x00abc").unwrap_err(), ReadError::Binary(_)));
    }
    #[test]
    fn control_heavy_is_binary() {
        let v: Vec<u8> = (1u8..31).cycle().take(500).collect();
        assert!(matches!(decode(&v).unwrap_err(), ReadError::Binary(_)));
    }
    #[test]
    fn utf16_bom() {
        let mut v = vec![0xFF, 0xFE];
        for u in "Peace talks".encode_utf16() {
            v.extend_from_slice(&u.to_le_bytes());
        }
        let d = decode(&v).unwrap();
        assert_eq!(d.text, "Peace talks");
        assert!(d.note.unwrap().contains("UTF-16LE"));
    }
    #[test]
    fn latin1_meta_charset() {
        let mut v = b"<html><head><meta charset=\"iso-8859-1\"></head><body>Caf".to_vec();
        v.push(0xE9);
        v.extend_from_slice(b" au lait, na\xEFve r\xE9sum\xE9</body></html>");
        let d = decode(&v).unwrap();
        assert!(d.text.contains("Café"), "{}", d.text);
    }
    #[test]
    fn windows1252_detected() {
        let v = b"The minister said \x93we will not retreat\x94 and left \x96 quickly. Caf\xe9 d\xe9j\xe0 vu.".to_vec();
        let d = decode(&v).unwrap();
        assert!(d.text.contains('\u{201c}'), "{}", d.text);
    }
    #[test]
    fn mostly_utf8_with_one_bad_byte_is_kept() {
        let mut v = "Long enough UTF-8 text with accents é and more words here to dominate. ".repeat(5).into_bytes();
        v.push(0xFF);
        let d = decode(&v).unwrap();
        assert!(d.text.contains('\u{fffd}'));
        assert!(d.note.is_some());
    }
}
