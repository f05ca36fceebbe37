//! Metadata helpers shared by the readers: absolute date strings found in bylines, `<meta>`
//! tags, JSON-LD and record fields.

use chrono::NaiveDate;

const MONTHS: [(&str, u32); 24] = [
    ("january", 1), ("february", 2), ("march", 3), ("april", 4), ("may", 5), ("june", 6),
    ("july", 7), ("august", 8), ("september", 9), ("october", 10), ("november", 11), ("december", 12),
    ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("may", 5), ("jun", 6),
    ("jul", 7), ("aug", 8), ("sep", 9), ("oct", 10), ("nov", 11), ("dec", 12),
];

/// Month number of an English month name or abbreviation ("Sept." and "Sept" too).
pub fn month_number(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    if w == "sept" {
        return Some(9);
    }
    MONTHS.iter().find(|(n, _)| *n == w).map(|(_, m)| *m)
}

/// Parses an absolute date written in one of the common forms: ISO 8601 (with or without time),
/// `June 30, 2025`, `30 June 2025`, `Jun 30 2025`, `2025/06/30`, `30.06.2025`, `Monday, June 30, 2025`,
/// RFC 2822 (`Mon, 30 Jun 2025 10:00:00 GMT`). Returns `None` when the string is not a full date.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    if s.len() < 6 || s.len() > 80 {
        return None;
    }
    // ISO-like: 2025-06-30, 2025-06-30T..., 2025/06/30, 20250630
    let b = s.as_bytes();
    if b.len() >= 8 && b[..4].iter().all(u8::is_ascii_digit) {
        let y: i32 = s[..4].parse().ok()?;
        if b.len() >= 10 && (b[4] == b'-' || b[4] == b'/' || b[4] == b'.') && b[7] == b[4] {
            let m: u32 = s[5..7].parse().ok()?;
            let d: u32 = s[8..10].parse().ok()?;
            return valid(y, m, d);
        }
        if b[..8].iter().all(u8::is_ascii_digit) && (b.len() == 8 || !b[8].is_ascii_digit()) {
            return valid(y, s[4..6].parse().ok()?, s[6..8].parse().ok()?);
        }
    }
    // Tokenise on spaces, commas, dots after numbers, slashes.
    let mut nums: Vec<u32> = Vec::new();
    let mut month: Option<u32> = None;
    let mut order: Vec<char> = Vec::new(); // 'n' number, 'm' month word
    for tok in s.split(|c: char| c.is_whitespace() || c == ',' || c == '/' || c == '-' || c == '.') {
        if tok.is_empty() {
            continue;
        }
        let t = tok.trim_end_matches([',', '.']);
        let t_ord = t.trim_end_matches("st").trim_end_matches("nd").trim_end_matches("rd").trim_end_matches("th");
        if !t_ord.is_empty() && t_ord.len() <= 4 && t_ord.bytes().all(|c| c.is_ascii_digit()) {
            nums.push(t_ord.parse().ok()?);
            order.push('n');
        } else if let Some(m) = month_number(t) {
            if month.is_none() {
                month = Some(m);
                order.push('m');
            }
        } else if t.contains(':') {
            // a time: ignore the rest
            if nums.len() >= 2 || (month.is_some() && !nums.is_empty()) {
                break;
            }
        }
    }
    match month {
        Some(m) => {
            // June 30 2025 | 30 June 2025 | 2025 June 30
            let year = nums.iter().copied().find(|n| *n >= 1900 && *n <= 2100)?;
            let day = nums.iter().copied().find(|n| *n >= 1 && *n <= 31)?;
            valid(year as i32, m, day)
        }
        None => {
            if nums.len() >= 3 {
                let (a, b2, c) = (nums[0], nums[1], nums[2]);
                if c >= 1900 {
                    // dd/mm/yyyy or mm/dd/yyyy: prefer day-first only when unambiguous
                    if a > 12 {
                        return valid(c as i32, b2, a);
                    }
                    if s.contains('.') {
                        return valid(c as i32, b2, a); // 30.06.2025 is European
                    }
                    return valid(c as i32, a, b2);
                }
                if a >= 1900 {
                    return valid(a as i32, b2, c);
                }
            }
            None
        }
    }
}

fn valid(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    if !(1900..=2100).contains(&y) {
        return None;
    }
    NaiveDate::from_ymd_opt(y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;
    fn check(s: &str, want: Option<&str>) {
        assert_eq!(parse_date(s).map(|d| d.to_string()), want.map(String::from), "{s:?}");
    }
    #[test]
    fn forms() {
        check("2025-06-30", Some("2025-06-30"));
        check("2025-06-30T08:15:00+03:00", Some("2025-06-30"));
        check("2025/06/30", Some("2025-06-30"));
        check("20250630", Some("2025-06-30"));
        check("June 30, 2025", Some("2025-06-30"));
        check("Jun 30 2025", Some("2025-06-30"));
        check("30 June 2025", Some("2025-06-30"));
        check("Monday, June 30, 2025", Some("2025-06-30"));
        check("Mon, 30 Jun 2025 10:00:00 GMT", Some("2025-06-30"));
        check("Sept. 3, 2024", Some("2024-09-03"));
        check("March 1st, 2024", Some("2024-03-01"));
        check("30.06.2025", Some("2025-06-30"));
        check("06/30/2025", Some("2025-06-30"));
        check("31/12/2024", Some("2024-12-31"));
        check("June 2025", None);
        check("yesterday", None);
        check("2025-02-30", None);
        check("Published 12 May 2024 at 10:31", Some("2024-05-12"));
    }
    #[test]
    fn months() {
        assert_eq!(month_number("Sept."), Some(9));
        assert_eq!(month_number("DEC"), Some(12));
        assert_eq!(month_number("Mayor"), None);
    }
}
