//! A small per-thread memo for word classifiers: pure functions of a short word that compare it
//! with long keyword lists. News text repeats its words, so most calls are one table probe.

/// Direct-mapped: a new word replaces whatever shared its slot.
pub(crate) struct WordMemo<T> {
    /// `(word bytes, zero-padded, as one number; length; value)`; length 0 is an empty slot.
    slots: Vec<(u128, u8, Option<T>)>,
}

const SLOTS: usize = 1024;

impl<T: Copy> WordMemo<T> {
    pub(crate) const fn new() -> Self {
        WordMemo { slots: Vec::new() }
    }

    /// `f(w)`, computed once per word (words of 1 to 16 bytes; others are not kept).
    #[inline]
    pub(crate) fn get(&mut self, w: &str, f: impl FnOnce(&str) -> T) -> T {
        let b = w.as_bytes();
        if b.is_empty() || b.len() > 16 {
            return f(w);
        }
        let mut key = [0u8; 16];
        key[..b.len()].copy_from_slice(b);
        let key = u128::from_le_bytes(key);
        let len = b.len() as u8;
        let h = ((key as u64) ^ ((key >> 64) as u64).rotate_left(29) ^ len as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        let i = (h >> 54) as usize & (SLOTS - 1);
        if self.slots.is_empty() {
            self.slots = vec![(0, 0, None); SLOTS];
        }
        let slot = &mut self.slots[i];
        if slot.1 == len && slot.0 == key {
            if let Some(v) = slot.2 {
                return v;
            }
        }
        let v = f(w);
        *slot = (key, len, Some(v));
        v
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn memo_returns_what_the_function_returns() {
        let mut m = WordMemo::new();
        let f = |w: &str| w.len() * 10 + w.bytes().filter(|b| *b == b'a').count();
        let words = ["a", "aa", "ab", "ba", "", "abcdefghijklmnop", "abcdefghijklmnopq", "\u{e9}a", "a\0", "a"];
        for _ in 0..3 {
            for w in words {
                assert_eq!(m.get(w, f), f(w), "{w:?}");
            }
        }
        // many words sharing slots
        for i in 0..5000 {
            let w = format!("w{i}");
            assert_eq!(m.get(&w, f), f(&w));
        }
    }
}
