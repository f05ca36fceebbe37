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
            if declared_charset(head).is_none() && !looks_like_legacy_text(bytes) {
                return Err(ReadError::Binary(format!("invalid UTF-8 (first bad byte at {valid_up_to}) and no legacy encoding fits")));
            }
            let (invalid, multibyte) = count_invalid_utf8(bytes);
            // UTF-8 with a few bad bytes: keep UTF-8 when most of it is valid, or when it holds
            // more valid multi-byte characters than bad bytes (a legacy decoding would garble them).
            if enc == encoding_rs::UTF_8 || (invalid * 100 < bytes.len() && (valid_up_to > bytes.len() / 2 || multibyte > invalid)) {
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

/// Number of invalid UTF-8 sequences and of valid multi-byte characters.
fn count_invalid_utf8(mut bytes: &[u8]) -> (usize, usize) {
    let mut n = 0;
    let mut multi = 0;
    let count_multi = |s: &[u8]| s.iter().filter(|b| **b >= 0xC0).count();
    loop {
        match std::str::from_utf8(bytes) {
            Ok(_) => return (n, multi + count_multi(bytes)),
            Err(e) => {
                n += 1;
                multi += count_multi(&bytes[..e.valid_up_to()]);
                let skip = e.valid_up_to() + e.error_len().unwrap_or(1);
                if skip >= bytes.len() {
                    return (n, multi);
                }
                bytes = &bytes[skip..];
            }
        }
    }
}

/// Non-UTF-8 bytes that a legacy encoding can plausibly explain: the detector is confident, or
/// the bytes are mostly ASCII text with a few high bytes (Latin-1 accents). Random bytes fail both.
fn looks_like_legacy_text(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(65536)];
    let mut det = chardetng::EncodingDetector::new();
    det.feed(sample, sample.len() == bytes.len());
    let (_, confident) = det.guess_assess(None, false);
    let texty = sample.iter().filter(|b| b.is_ascii_alphanumeric() || b.is_ascii_whitespace() || b.is_ascii_punctuation()).count();
    let spaces = sample.iter().filter(|b| **b == b' ' || **b == b'\n').count();
    // Text in any alphabetic script separates words; CJK legacy text is left to the detector.
    (confident && spaces * 50 >= sample.len()) || texty * 10 >= sample.len() * 7
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
    fn random_high_bytes_are_binary() {
        // A fixed pseudo-random sequence of bytes >= 0x80 (no spaces, no structure).
        let mut x: u32 = 12345;
        let v: Vec<u8> = (0..3000)
            .map(|_| {
                x = x.wrapping_mul(1103515245).wrapping_add(12345);
                0x80 | (x >> 16) as u8
            })
            .collect();
        assert!(matches!(decode(&v).unwrap_err(), ReadError::Binary(_)));
    }
    #[test]
    fn cyrillic_windows_1251_is_text() {
        let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode("Министры иностранных дел встретились в Женеве в понедельник и договорились продолжить переговоры на следующей неделе. ");
        let d = decode(&bytes.repeat(3)).unwrap();
        assert!(d.text.contains("Министры"), "{}", d.text);
    }
    #[test]
    fn latin1_short_is_text() {
        let d = decode(b"Caf\xe9 talks in Gen\xe8ve resumed on Monday. The ministers met.\n").unwrap();
        assert!(d.text.contains("Gen\u{e8}ve"), "{}", d.text);
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
