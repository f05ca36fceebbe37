//! A char-for-char normalised copy of the text: typographic quotes, apostrophes, dashes and odd
//! spaces become their ASCII counterparts, one character for one character, so that character
//! offsets computed on the copy are valid in the original.

/// The ASCII stand-in for a typographic character, if it has one.
#[inline]
pub fn fold_char(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{02BC}' | '\u{02BB}' | '\u{02B9}' | '\u{0060}' | '\u{00B4}' | '\u{FF07}' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{00AB}' | '\u{00BB}' | '\u{FF02}' => '"',
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}' => '-',
        '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => ' ',
        '\u{2028}' | '\u{2029}' | '\u{0085}' => '\n',
        _ => c,
    }
}

/// Returns the normalised copy (same number of chars; ASCII stand-ins may be shorter in bytes).
pub fn normalize(s: &str) -> String {
    if s.is_ascii() {
        return s.to_string();
    }
    s.chars().map(fold_char).collect()
}

/// Maps a byte offset in `norm` (the normalised copy) to the byte offset of the same character
/// position in `orig`. Both strings must come from [`normalize`].
pub fn norm_to_orig(orig: &str, norm: &str, byte: usize) -> usize {
    if orig.len() == norm.len() {
        return byte;
    }
    let nchars = norm[..crate::floor_char_boundary(norm, byte)].chars().count();
    orig.char_indices().nth(nchars).map(|(i, _)| i).unwrap_or(orig.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn char_aligned() {
        let s = "Sa\u{2019}ar said \u{201c}no\u{201d} \u{2014} Israel\u{2013}Syria\u{a0}talks";
        let n = normalize(s);
        assert_eq!(n, "Sa'ar said \"no\" - Israel-Syria talks");
        assert_eq!(s.chars().count(), n.chars().count());
    }
    #[test]
    fn maps_back() {
        let s = "\u{201c}Hi\u{201d} Sa\u{2019}ar";
        let n = normalize(s);
        let b = n.find("Sa'ar").unwrap();
        assert_eq!(&s[norm_to_orig(s, &n, b)..], "Sa\u{2019}ar");
    }
}
