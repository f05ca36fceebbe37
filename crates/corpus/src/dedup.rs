//! Near-duplicates: syndicated copies and light rewrites, found with SimHash over word
//! 3-shingles (candidates share one of four 16-bit bands, so every pair within Hamming distance 3
//! is found) and confirmed with the exact Jaccard similarity of the shingle sets.

use crate::DocRecord;
use std::collections::HashMap;

/// Jaccard similarity of shingle sets above which two articles are copies of each other.
pub const COPY_JACCARD: f32 = 0.5;

/// A 64-bit mix (splitmix64 finaliser) used for shingle hashing.
#[inline]
pub fn mix(mut x: u64) -> u64 {
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58476d1ce4e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d049bb133111eb);
    x ^ (x >> 31)
}

/// Hashes of the word 3-shingles of a text (lower-cased alphanumeric words), sorted and unique.
pub fn shingles(text: &str) -> Vec<u64> {
    let mut words: Vec<u64> = Vec::with_capacity(text.len() / 6);
    for w in text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        let mut h: u64 = 0xcbf29ce484222325;
        for b in w.bytes() {
            h = (h ^ b.to_ascii_lowercase() as u64).wrapping_mul(0x100000001b3);
        }
        words.push(h);
    }
    let mut out: Vec<u64> = if words.len() < 3 {
        words.iter().map(|&w| mix(w)).collect()
    } else {
        words.windows(3).map(|w| mix(w[0] ^ mix(w[1] ^ mix(w[2])))).collect()
    };
    out.sort_unstable();
    out.dedup();
    out
}

/// SimHash of a set of shingle hashes.
pub fn simhash(sh: &[u64]) -> u64 {
    let mut v = [0i32; 64];
    for &h in sh {
        for (i, slot) in v.iter_mut().enumerate() {
            if h >> i & 1 == 1 {
                *slot += 1;
            } else {
                *slot -= 1;
            }
        }
    }
    v.iter().enumerate().fold(0u64, |acc, (i, &x)| if x > 0 { acc | 1 << i } else { acc })
}

/// Exact Jaccard similarity of two sorted unique sets.
pub fn jaccard(a: &[u64], b: &[u64]) -> f32 {
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    let (mut i, mut j, mut inter) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                inter += 1;
                i += 1;
                j += 1;
            }
        }
    }
    inter as f32 / (a.len() + b.len() - inter) as f32
}

/// Containment of the smaller set in the larger (catches a copy that adds or cuts a paragraph).
pub fn containment(a: &[u64], b: &[u64]) -> f32 {
    let small = a.len().min(b.len());
    if small == 0 {
        return 0.0;
    }
    let j = jaccard(a, b);
    let inter = j * (a.len() + b.len()) as f32 / (1.0 + j);
    inter / small as f32
}

/// Pairs `(i, j, similarity)` of near-duplicate records, `i < j`.
pub fn near_duplicates(docs: &[DocRecord]) -> Vec<(usize, usize, f32)> {
    let sh: Vec<Vec<u64>> = docs.iter().map(|d| shingles(&d.body)).collect();
    let sims: Vec<u64> = sh.iter().map(|s| simhash(s)).collect();
    let mut candidates: Vec<(usize, usize)> = Vec::new();
    for band in 0..4 {
        let mut buckets: HashMap<u16, Vec<usize>> = HashMap::new();
        for (i, s) in sims.iter().enumerate() {
            if sh[i].len() < 5 {
                continue;
            }
            buckets.entry((s >> (band * 16)) as u16).or_default().push(i);
        }
        for v in buckets.values() {
            for (x, &i) in v.iter().enumerate() {
                for &j in &v[x + 1..] {
                    candidates.push((i, j));
                }
            }
        }
    }
    // Light rewrites change the SimHash more than 3 bits: also compare articles that share
    // their title or many rare shingles, via an inverted index on a sample of shingles.
    let mut index: HashMap<u64, Vec<usize>> = HashMap::new();
    for (i, s) in sh.iter().enumerate() {
        for &h in s.iter().filter(|&&h| h % 8 == 0) {
            index.entry(h).or_default().push(i);
        }
    }
    let mut shared: HashMap<(usize, usize), u32> = HashMap::new();
    for v in index.values() {
        if v.len() > 50 {
            continue; // boilerplate shingle
        }
        for (x, &i) in v.iter().enumerate() {
            for &j in &v[x + 1..] {
                *shared.entry((i, j)).or_default() += 1;
            }
        }
    }
    candidates.extend(shared.into_iter().filter(|(_, n)| *n >= 3).map(|(p, _)| p));
    candidates.sort_unstable();
    candidates.dedup();
    let mut out = Vec::new();
    for (i, j) in candidates {
        let sim = jaccard(&sh[i], &sh[j]).max(containment(&sh[i], &sh[j]) * 0.9);
        if sim >= COPY_JACCARD {
            out.push((i, j, sim));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(body: &str) -> DocRecord {
        DocRecord { body: body.into(), ..Default::default() }
    }

    const BASE: &str = "The foreign ministers of Norway and Chile met in Oslo on Tuesday to discuss fishing quotas in the southern ocean, officials said. The talks lasted four hours and ended without a joint statement. Both sides agreed to meet again in Santiago next spring, according to a spokesperson for the Norwegian ministry.";

    #[test]
    fn exact_copy_and_light_rewrite_are_linked() {
        let copy = BASE.to_string();
        let rewrite = BASE.replace("four hours", "nearly five hours").replace("officials said", "two officials said") + " Analysts called the meeting cordial.";
        let other = "Heavy rain flooded the river valley on Sunday, and farmers counted the damage to their crops while rescue teams searched for missing hikers in the hills above the town.";
        let docs = vec![doc(BASE), doc(&copy), doc(&rewrite), doc(other)];
        let pairs = near_duplicates(&docs);
        let linked: Vec<(usize, usize)> = pairs.iter().map(|p| (p.0, p.1)).collect();
        assert!(linked.contains(&(0, 1)), "{pairs:?}");
        assert!(linked.contains(&(0, 2)), "{pairs:?}");
        assert!(!linked.iter().any(|p| p.1 == 3), "{pairs:?}");
    }

    #[test]
    fn same_topic_different_text_is_not_a_copy() {
        let other = "Chilean and Norwegian diplomats gathered in the Norwegian capital this week for a round of negotiations on fisheries; no communique was issued, but a follow-up session in Chile is planned for next year.";
        let pairs = near_duplicates(&[doc(BASE), doc(other)]);
        assert!(pairs.is_empty(), "{pairs:?}");
    }

    #[test]
    fn jaccard_basics() {
        assert_eq!(jaccard(&[1, 2, 3], &[1, 2, 3]), 1.0);
        assert_eq!(jaccard(&[1, 2], &[3, 4]), 0.0);
        assert!((jaccard(&[1, 2, 3, 4], &[3, 4, 5, 6]) - 2.0 / 6.0).abs() < 1e-6);
    }
}
