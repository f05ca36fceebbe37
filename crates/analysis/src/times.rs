//! Time expressions, resolved against the publication date for past-tense news.
//!
//! [`find_times`] scans a text (usually one sentence) once with a hand-written tokenizer and
//! returns every time expression it recognises, resolved against the publication date:
//!
//! | kind | examples | precision | resolution |
//! |---|---|---|---|
//! | weekday | "on Thursday", "Thursday night", "last Thursday", "Thursday's talks" | day | most recent such day on or before the base (`last`: strictly before; `next`: strictly after; `this`: in the base's Monday-to-Sunday week) |
//! | day words | "yesterday", "today", "tonight", "tomorrow", "last night", "this morning" | day | base -1, 0, +1 |
//! | relative periods | "last week", "earlier this week", "next week", "this month", "last month", "last year", "late last year", "last weekend" | week / month / year | the period before, containing or after the base; a week starts on Monday, a weekend on Saturday |
//! | ago | "three days ago", "two weeks ago", "a year ago" | day / week / month / year | counted back from the base |
//! | months | "in June", "a June meeting", "late April", "mid-March", "last June", "December last year" | month | the most recent such month on or before the base's month (`last`: strictly before) |
//! | dates | "May 2", "Oct. 7", "2 May", "Thursday, May 15", "May 2, 2025", "2 May 2025", "2025-05-02" | day | with a year: absolute; without: the most recent such day on or before the base |
//! | month + year | "June 2025", "June of 2025" | month | absolute |
//! | years | "in 2024", "since 2011", "by the end of 2025", "mid-2024", "from 2011 to 2014" | year | absolute |
//!
//! Decisions:
//! - **Lean to the past.** News reports past events, so an expression without a year or a
//!   direction word resolves backwards. The exception is an explicit future cue earlier in the
//!   same sentence ("will", "shall", "'ll", "scheduled", "due", "upcoming") with no reporting verb
//!   ("said", "told", "announced", "was", ...) after it: then weekdays, months and dates resolve
//!   forwards (on or after the base). After a weak future cue ("would", "plans", "planned",
//!   "intends", "expected", "aims", "hopes") they take whichever of the past and the future
//!   candidate is nearer to the base ("said the vote would take place on July 15", published
//!   June 30 -> July 15 of the same year). "tomorrow", "next week", "next month", "next year",
//!   "next Thursday" always resolve forwards. [`TimeExpr::anchor`] says which way was taken.
//! - **Year context.** A month or date without a year that follows a year expression in the same
//!   sentence takes that year ("last year ... a surprise December offensive" -> December of the
//!   year before the base; "in 2024 ... in June" -> June 2024, even without a base).
//! - **Week context.** A weekday after "last week" / "this week" / "next week" in the same
//!   sentence is that week's day ("Last week, on Thursday, ..." -> Thursday of the week before).
//! - **Attributive years and months.** A year or month standing before a noun after a determiner
//!   or possessive ("the 1974 disengagement agreement", "his June meeting", "Thursday's talks",
//!   "last year's election") is returned with [`TimeExpr::attributive`] set: it names the time of
//!   the thing the noun denotes, which may not be the event the sentence reports. Callers dating
//!   an event should prefer non-attributive expressions. A four-digit number with neither a
//!   temporal cue nor a determiner ("2000 people") is not a year and is not returned.
//! - **Durations are skipped**: "for 15 years", "in 15 years", "in the last year", "over the
//!   past week", "the next two weeks" yield nothing.
//! - **No base.** Without a publication date, expressions are kept with `value: None` unless
//!   they carry their own year (or take it from an absolute year earlier in the sentence);
//!   [`TimeExpr::precision`] is still set.
//! - **Span.** The span includes a preceding temporal preposition (also given as
//!   [`TimeExpr::cue`]: "on Thursday", "since 2011"), modifiers ("late April", "by the end of
//!   2025"), and a weekday before a date ("Thursday, May 15").
//!
//! Not handled: seasons ("last summer"), numeric dates other than ISO ("5/2/2025"), ranges as one
//! expression ("May 2-3" gives May 2), times of day, and expressions relative to another
//! expression ("a day later", "the following week").

use chrono::{Datelike, Duration, NaiveDate};
use std::cell::RefCell;

/// How precise a resolved date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Precision {
    /// A day.
    Day,
    /// A week (or weekend): the value is its first day (Monday, or Saturday for a weekend).
    Week,
    /// A month.
    Month,
    /// A year.
    Year,
}

impl Precision {
    /// Lower-case name used in output.
    pub fn as_str(self) -> &'static str {
        match self {
            Precision::Day => "day",
            Precision::Week => "week",
            Precision::Month => "month",
            Precision::Year => "year",
        }
    }
}

/// How an expression was placed in time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    /// The text gives the year itself ("May 2, 2025", "in 2024").
    Absolute,
    /// Resolved backwards from the base ("on Thursday", "last week", "in June").
    Past,
    /// The period containing the base ("today", "this week", "this year").
    Present,
    /// Resolved forwards ("tomorrow", "next month", "will meet on Thursday").
    Future,
}

impl Anchor {
    /// Lower-case name used in output.
    pub fn as_str(self) -> &'static str {
        match self {
            Anchor::Absolute => "absolute",
            Anchor::Past => "past",
            Anchor::Present => "present",
            Anchor::Future => "future",
        }
    }
}

/// A time expression found in text.
#[derive(Debug, Clone, PartialEq)]
pub struct TimeExpr {
    /// Byte offset of the start (in the text given to the finder).
    pub start: usize,
    /// Byte offset one past the end.
    pub end: usize,
    /// The resolved date (first day of the period), or None when it cannot be resolved.
    pub value: Option<NaiveDate>,
    /// Precision of `value`.
    pub precision: Option<Precision>,
    /// The text ("on Thursday").
    pub text: String,
    /// How the expression was placed in time.
    pub anchor: Anchor,
    /// True when the expression modifies a following noun ("the 1974 agreement", "his June
    /// meeting", "Thursday's talks"): it dates that thing, not necessarily the reported event.
    pub attributive: bool,
    /// The temporal preposition before it, lower case ("on", "in", "since", "until", "by",
    /// "before", "after", "from", "to", "during", ...), included in the span.
    pub cue: Option<&'static str>,
}

// ---------------------------------------------------------------------------------------------
// Tokens

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kw {
    None,
    Weekday(u8),
    /// Month number, abbreviation?
    Month(u8, bool),
    Yesterday,
    Today,
    Tomorrow,
    Tonight,
    Last,
    Next,
    This,
    Past,
    Earlier,
    Later,
    Early,
    Late,
    Mid,
    /// end / beginning / start / middle (of)
    Edge,
    Of,
    The,
    /// a / an
    A,
    /// every / each (habitual: "every November", "each Friday")
    Every,
    /// his, her, its, their, our, my, your, that, these, those
    Det,
    /// 0 day, 1 week, 2 month, 3 year; plural?
    Unit(u8, bool),
    Weekend,
    /// morning, afternoon, evening, night
    DayPart(bool),
    Ago,
    Cue(&'static str),
    /// and / or (year lists)
    And,
    NumWord(u8),
    FutureMark,
    WeakFuture,
    PastMark,
    /// A word that is never the head noun of an attributive time ("after", "said", ...).
    Function,
    /// A plural count noun: "2000 people" is not a year.
    CountNoun,
}

#[derive(Debug, Clone, Copy)]
struct Tok {
    s: usize,
    e: usize,
    kw: Kw,
    /// Value of a numeric token (digits with an optional ordinal suffix), else u32::MAX.
    num: u32,
    /// Number of digits of a numeric token.
    ndig: u8,
    /// Numeric token with an ordinal suffix ("2nd").
    ord: bool,
    /// First character upper case.
    cap: bool,
    /// First token of a sentence.
    sent: bool,
}

impl Tok {
    fn is_num(&self) -> bool {
        self.num != u32::MAX
    }
    fn day(&self) -> Option<u32> {
        (self.is_num() && self.ndig <= 2 && (1..=31).contains(&self.num)).then_some(self.num)
    }
    fn year(&self) -> Option<i32> {
        (self.is_num() && !self.ord && self.ndig == 4 && (1800..=2100).contains(&self.num)).then_some(self.num as i32)
    }
}

fn lower<'b>(w: &str, buf: &'b mut [u8; 16]) -> &'b str {
    if w.len() > 16 || !w.is_ascii() {
        return "";
    }
    for (d, s) in buf.iter_mut().zip(w.bytes()) {
        *d = s.to_ascii_lowercase();
    }
    std::str::from_utf8(&buf[..w.len()]).unwrap_or("")
}

fn classify(w: &str) -> Kw {
    if w.len() <= 16 && w.is_ascii() && !w.bytes().any(|b| b.is_ascii_uppercase()) {
        // already lower case (most words): no copy
        return classify_lower(w);
    }
    let mut buf = [0u8; 16];
    classify_lower(lower(w, &mut buf))
}

/// [`classify`] of a lower-case word.
fn classify_lower(l: &str) -> Kw {
    match l {
        "monday" => Kw::Weekday(0),
        "tuesday" => Kw::Weekday(1),
        "wednesday" => Kw::Weekday(2),
        "thursday" => Kw::Weekday(3),
        "friday" => Kw::Weekday(4),
        "saturday" => Kw::Weekday(5),
        "sunday" => Kw::Weekday(6),
        "january" => Kw::Month(1, false),
        "february" => Kw::Month(2, false),
        "march" => Kw::Month(3, false),
        "april" => Kw::Month(4, false),
        "may" => Kw::Month(5, false),
        "june" => Kw::Month(6, false),
        "july" => Kw::Month(7, false),
        "august" => Kw::Month(8, false),
        "september" => Kw::Month(9, false),
        "october" => Kw::Month(10, false),
        "november" => Kw::Month(11, false),
        "december" => Kw::Month(12, false),
        "jan" => Kw::Month(1, true),
        "feb" => Kw::Month(2, true),
        "mar" => Kw::Month(3, true),
        "apr" => Kw::Month(4, true),
        "jun" => Kw::Month(6, true),
        "jul" => Kw::Month(7, true),
        "aug" => Kw::Month(8, true),
        "sep" | "sept" => Kw::Month(9, true),
        "oct" => Kw::Month(10, true),
        "nov" => Kw::Month(11, true),
        "dec" => Kw::Month(12, true),
        "yesterday" => Kw::Yesterday,
        "today" => Kw::Today,
        "tomorrow" => Kw::Tomorrow,
        "tonight" => Kw::Tonight,
        "last" => Kw::Last,
        "next" => Kw::Next,
        "this" => Kw::This,
        "past" | "previous" | "coming" | "following" => Kw::Past,
        "earlier" => Kw::Earlier,
        "later" => Kw::Later,
        "early" => Kw::Early,
        "late" => Kw::Late,
        "mid" => Kw::Mid,
        "end" | "beginning" | "start" | "middle" => Kw::Edge,
        "of" => Kw::Of,
        "the" => Kw::The,
        "a" | "an" => Kw::A,
        "every" | "each" => Kw::Every,
        "his" | "her" | "its" | "their" | "our" | "my" | "your" | "that" | "these" | "those" => Kw::Det,
        "day" => Kw::Unit(0, false),
        "days" => Kw::Unit(0, true),
        "week" => Kw::Unit(1, false),
        "weeks" => Kw::Unit(1, true),
        "month" => Kw::Unit(2, false),
        "months" => Kw::Unit(2, true),
        "year" => Kw::Unit(3, false),
        "years" => Kw::Unit(3, true),
        "weekend" => Kw::Weekend,
        "morning" | "afternoon" | "evening" => Kw::DayPart(false),
        "night" => Kw::DayPart(true),
        "ago" => Kw::Ago,
        "on" => Kw::Cue("on"),
        "in" => Kw::Cue("in"),
        "during" => Kw::Cue("during"),
        "since" => Kw::Cue("since"),
        "until" => Kw::Cue("until"),
        "till" => Kw::Cue("till"),
        "by" => Kw::Cue("by"),
        "before" => Kw::Cue("before"),
        "after" => Kw::Cue("after"),
        "from" => Kw::Cue("from"),
        "through" => Kw::Cue("through"),
        "throughout" => Kw::Cue("throughout"),
        "between" => Kw::Cue("between"),
        "at" => Kw::Cue("at"),
        "to" => Kw::Cue("to"),
        "and" | "or" => Kw::And,
        "two" => Kw::NumWord(2),
        "three" => Kw::NumWord(3),
        "four" => Kw::NumWord(4),
        "five" => Kw::NumWord(5),
        "six" => Kw::NumWord(6),
        "seven" => Kw::NumWord(7),
        "eight" => Kw::NumWord(8),
        "nine" => Kw::NumWord(9),
        "ten" => Kw::NumWord(10),
        "eleven" => Kw::NumWord(11),
        "twelve" => Kw::NumWord(12),
        "one" => Kw::NumWord(1),
        "will" | "shall" | "ll" | "scheduled" | "due" | "upcoming" => Kw::FutureMark,
        "would" | "plans" | "planned" | "intends" | "expected" | "aims" | "hopes" => Kw::WeakFuture,
        "said" | "says" | "told" | "tells" | "announced" | "reported" | "added" | "stated" | "confirmed" | "was" | "were" | "had" | "did" => Kw::PastMark,
        "as" | "with" | "for" | "when" | "while" | "amid" | "but" | "which" | "who" | "is" | "are" | "be" | "been" | "has" | "have" | "not" | "than" | "so" | "if" | "because" | "then" | "also" | "it" | "they" | "he" | "she" | "we" | "there" | "into" | "onto" | "against" | "under" | "over" | "around" | "via" | "per" | "about" => Kw::Function,
        "people" | "soldiers" | "troops" | "residents" | "km" | "kilometres" | "kilometers" | "miles" | "metres" | "meters" | "dollars" | "euros" | "tonnes" | "tons" | "families" | "civilians" | "fighters" | "members" | "deaths" | "cases" | "points" | "votes" | "men" | "women" | "children" | "prisoners" | "homes" | "houses" | "buildings" | "units" | "vehicles" | "rockets" | "missiles" | "drones" | "hours" | "minutes" => Kw::CountNoun,
        _ => Kw::None,
    }
}

/// Abbreviations after which a period does not end a sentence.
fn is_abbrev(w: &str) -> bool {
    w.len() == 1
        || matches!(
            w,
            "Mr" | "Mrs" | "Ms" | "Dr" | "St" | "Gen" | "Col" | "Lt" | "Sgt" | "Rep" | "Sen" | "Gov" | "Jan" | "Feb" | "Mar" | "Apr" | "Jun" | "Jul" | "Aug" | "Sep" | "Sept" | "Oct" | "Nov" | "Dec" | "No" | "Vol" | "Jr" | "Sr" | "Prof" | "Mt"
        )
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

fn tokenize(text: &str, out: &mut Vec<Tok>) {
    out.clear();
    let mut start: Option<usize> = None;
    let mut prev_end = 0usize;
    let push = |s: usize, e: usize, out: &mut Vec<Tok>, prev_end: &mut usize| {
        let w = &text[s..e];
        let b = w.as_bytes();
        // numeric: digits + optional ordinal suffix
        let nd = b.iter().take_while(|c| c.is_ascii_digit()).count();
        let (mut num, mut ndig, mut ord) = (u32::MAX, 0u8, false);
        if nd > 0 && nd <= 9 {
            let suffix = &w[nd..];
            let ok_suffix = suffix.is_empty() || matches!(suffix, "st" | "nd" | "rd" | "th");
            if ok_suffix {
                num = w[..nd].parse().unwrap_or(u32::MAX);
                ndig = nd as u8;
                ord = !suffix.is_empty();
            }
        }
        let kw = if nd > 0 { Kw::None } else { classify(w) };
        let cap = w.chars().next().is_some_and(char::is_uppercase);
        let sent = match out.last() {
            None => true,
            Some(p) => {
                let gap = &text[*prev_end..s];
                gap.contains('\n')
                    || (gap.bytes().any(|c| matches!(c, b'.' | b'!' | b'?'))
                        && (cap || nd > 0 || gap.contains('"'))
                        && !(gap.trim_start().starts_with('.') && is_abbrev(&text[p.s..p.e])))
            }
        };
        out.push(Tok { s, e, kw, num, ndig, ord, cap, sent });
        *prev_end = e;
    };
    for (i, c) in text.char_indices() {
        if is_word_char(c) {
            if start.is_none() {
                start = Some(i);
            }
        } else if let Some(s) = start.take() {
            push(s, i, out, &mut prev_end);
        }
    }
    if let Some(s) = start {
        push(s, text.len(), out, &mut prev_end);
    }
}

thread_local! {
    static TOKS: RefCell<Vec<Tok>> = const { RefCell::new(Vec::new()) };
}

// ---------------------------------------------------------------------------------------------
// Date arithmetic

fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

fn add_months(d: NaiveDate, n: i32) -> Option<NaiveDate> {
    let total = d.year() * 12 + d.month0() as i32 + n;
    ymd(total.div_euclid(12), total.rem_euclid(12) as u32 + 1, 1)
}

fn monday(d: NaiveDate) -> NaiveDate {
    d - Duration::days(d.weekday().num_days_from_monday() as i64)
}

/// Nearest month `m` on or before (`future`: on or after) the base's month.
fn resolve_month(base: NaiveDate, m: u32, future: bool) -> Option<NaiveDate> {
    let y = base.year();
    let y = if future {
        if m >= base.month() { y } else { y + 1 }
    } else if m <= base.month() {
        y
    } else {
        y - 1
    };
    ymd(y, m, 1)
}

/// Nearest day `m`/`d` on or before (`future`: on or after) the base.
fn resolve_day(base: NaiveDate, m: u32, d: u32, future: bool) -> Option<NaiveDate> {
    for k in 0..9 {
        let y = if future { base.year() + k } else { base.year() - k };
        if let Some(x) = ymd(y, m, d) {
            if (future && x >= base) || (!future && x <= base) {
                return Some(x);
            }
        }
    }
    None
}

// ---------------------------------------------------------------------------------------------
// Scanner

/// What the words before an expression say about its direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tense {
    /// Past or unknown: resolve backwards.
    Past,
    /// A weak future cue ("would", "plans", "expected"): the nearer of the past and future
    /// candidates.
    Weak,
    /// An explicit future cue ("will", "scheduled"): resolve forwards.
    Future,
}

/// The nearer of two candidates to the base (ties go to the past one).
fn nearer(base: NaiveDate, past: Option<NaiveDate>, fut: Option<NaiveDate>) -> Option<NaiveDate> {
    match (past, fut) {
        (Some(p), Some(f)) => Some(if (f - base) < (base - p) { f } else { p }),
        (p, f) => p.or(f),
    }
}

struct Scan<'a> {
    text: &'a str,
    t: &'a [Tok],
    base: Option<NaiveDate>,
    /// Tokens before this index belong to an earlier expression.
    floor: usize,
    /// Index of the first token of the current sentence.
    sent_start: usize,
    /// Tense of the current sentence so far.
    tense: Tense,
    /// Week given earlier in the sentence ("last week ... on Thursday"): its Monday (None when
    /// the base is unknown) and anchor.
    ctx_week: Option<(Option<NaiveDate>, Anchor)>,
    /// Year given earlier in the sentence: (year, absolute?).
    ctx_year: Option<(Option<i32>, bool)>,
    /// Last emitted expression: (end token index exclusive, precision year?).
    last_year_end: Option<usize>,
}

#[derive(Default)]
struct Prefix {
    start: usize,
    cue: Option<&'static str>,
    modified: bool,
    det: bool,
}

impl<'a> Scan<'a> {
    fn kw(&self, i: usize) -> Kw {
        self.t.get(i).map_or(Kw::None, |t| t.kw)
    }
    fn gap(&self, i: usize) -> &'a str {
        // gap before token i
        if i == 0 || i >= self.t.len() {
            return "";
        }
        &self.text[self.t[i - 1].e..self.t[i].s]
    }
    fn ws(&self, i: usize) -> bool {
        let g = self.gap(i);
        !g.is_empty() && g.len() <= 4 && g.bytes().all(|c| c == b' ' || c == b'\t' || c == b'\n' || c == b'\r') || g == "\u{a0}"
    }
    fn ws_or_comma(&self, i: usize) -> bool {
        self.ws(i) || matches!(self.gap(i), ", " | "," | ",  ")
    }
    fn hyphen(&self, i: usize) -> bool {
        matches!(self.gap(i), "-" | "\u{2010}" | "\u{2011}" | "\u{2013}")
    }
    fn word(&self, i: usize) -> &'a str {
        &self.text[self.t[i].s..self.t[i].e]
    }
    /// May token `i` (looking backwards) be part of an expression starting later?
    fn usable(&self, i: usize, head: usize) -> bool {
        i >= self.floor && i >= self.sent_start && i < head
    }
    fn possessive_after(&self, i: usize) -> bool {
        i + 1 < self.t.len() && self.word(i + 1) == "s" && matches!(self.gap(i + 1), "'" | "\u{2019}")
    }
    /// Is the token after the expression (ending at token `end` exclusive) a lower-case content
    /// word, the kind of noun an attributive time modifies?
    fn noun_after(&self, end: usize) -> bool {
        let Some(t) = self.t.get(end) else { return false };
        if !self.ws(end) || t.cap || t.is_num() || t.sent {
            return false;
        }
        matches!(t.kw, Kw::None | Kw::Unit(..) | Kw::Weekend | Kw::CountNoun)
    }

    /// Modifiers and a preposition before the core of an expression starting at token `cs`.
    fn prefix(&self, cs: usize) -> Prefix {
        let mut p = Prefix { start: cs, ..Default::default() };
        let mut j = cs;
        // modifier
        if j > 0 && self.usable(j - 1, cs) {
            match self.kw(j - 1) {
                Kw::Early | Kw::Late | Kw::Earlier | Kw::Later if self.ws(j) => {
                    j -= 1;
                    p.modified = true;
                }
                Kw::Mid if self.ws(j) || self.hyphen(j) => {
                    j -= 1;
                    p.modified = true;
                }
                Kw::Of if j >= 2 && self.usable(j - 2, cs) && self.kw(j - 2) == Kw::Edge && self.ws(j) && self.ws(j - 1) => {
                    j -= 2;
                    p.modified = true;
                    if j >= 1 && self.usable(j - 1, cs) && self.kw(j - 1) == Kw::The && self.ws(j) {
                        j -= 1;
                    }
                }
                _ => {}
            }
        }
        if j > 0 && self.usable(j - 1, cs) && self.ws(j) {
            match self.kw(j - 1) {
                Kw::Cue(c) => {
                    j -= 1;
                    p.cue = Some(c);
                    // "from ... to", "between ... and": keep the first cue's word only
                }
                Kw::The | Kw::A | Kw::Det => p.det = true,
                Kw::None | Kw::CountNoun
                    // possessive noun before: "Russia's June offensive"
                    if self.word(j - 1) == "s" && matches!(self.gap(j - 1), "'" | "\u{2019}") => {
                        p.det = true;
                    }
                _ => {}
            }
        }
        p.start = j;
        p
    }

    #[allow(clippy::too_many_arguments)]
    fn emit(&mut self, out: &mut Vec<TimeExpr>, start_tok: usize, end_tok: usize, value: Option<NaiveDate>, prec: Precision, anchor: Anchor, attributive: bool, cue: Option<&'static str>) {
        let (s, e) = (self.t[start_tok].s, self.t[end_tok - 1].e);
        out.push(TimeExpr { start: s, end: e, value, precision: Some(prec), text: self.text[s..e].to_string(), anchor, attributive, cue });
        self.floor = end_tok;
        if !attributive {
            if prec == Precision::Year || anchor == Anchor::Absolute {
                self.ctx_year = Some((value.map(|v| v.year()), anchor == Anchor::Absolute));
            }
            self.last_year_end = (prec == Precision::Year).then_some(end_tok);
        }
    }

    /// Tries an expression whose head is token `h`; returns the index after it.
    fn at(&mut self, h: usize, out: &mut Vec<TimeExpr>) -> Option<usize> {
        let t = self.t[h];
        match t.kw {
            Kw::Month(m, abbr) if t.cap => self.month(h, m as u32, abbr, out),
            Kw::Weekday(wd) if t.cap => self.weekday(h, wd as u32, out),
            Kw::Yesterday | Kw::Today | Kw::Tomorrow | Kw::Tonight => self.day_word(h, out),
            Kw::Unit(u, false) => self.relative(h, u, out),
            Kw::Weekend | Kw::DayPart(_) => self.relative(h, 9, out),
            Kw::Ago => self.ago(h, out),
            Kw::None if t.ndig == 4 => self.year_or_iso(h, out),
            _ => None,
        }
    }

    fn month(&mut self, h: usize, m: u32, abbr: bool, out: &mut Vec<TimeExpr>) -> Option<usize> {
        let n = self.t.len();
        let mut j = h + 1;
        let mut day: Option<u32> = None;
        let mut year: Option<i32> = None;
        let mut cs = h;
        let num_gap_ok = |s: &Self, i: usize| if abbr { s.ws(i) || matches!(s.gap(i), ". " | ".") } else { s.ws(i) };
        // "2 May", "2 May 2025"
        if !abbr && h >= 1 && self.usable(h - 1, h) && self.ws(h) {
            if let Some(d) = self.t[h - 1].day() {
                day = Some(d);
                cs = h - 1;
            }
        }
        // "the 5th of June"
        if day.is_none() && !abbr && h >= 2 && self.usable(h - 2, h) && self.kw(h - 1) == Kw::Of && self.ws(h) && self.ws(h - 1) {
            if let Some(d) = self.t[h - 2].day() {
                day = Some(d);
                cs = h - 2;
                if cs >= 1 && self.usable(cs - 1, cs) && self.kw(cs - 1) == Kw::The && self.ws(cs) {
                    cs -= 1;
                }
            }
        }
        if day.is_none() && j < n && num_gap_ok(self, j) {
            if let Some(d) = self.t[j].day() {
                // not "May 2:30", not "June 5 people"
                let bad_after = j + 1 < n && (self.gap(j + 1).starts_with(':') || self.kw(j + 1) == Kw::CountNoun);
                if !bad_after {
                    day = Some(d);
                    j += 1;
                }
            } else if let Some(y) = self.t[j].year() {
                year = Some(y);
                j += 1;
            }
        }
        if day.is_some() && year.is_none() && j < n && self.ws_or_comma(j) {
            if let Some(y) = self.t[j].year() {
                if !(j + 1 < n && self.kw(j + 1) == Kw::CountNoun) {
                    year = Some(y);
                    j += 1;
                }
            }
        }
        if let Some(d) = day {
            ymd(2000, m, d)?;
        }
        if day.is_none() && year.is_none() && j + 1 < n && self.kw(j) == Kw::Of && self.ws(j) && self.ws(j + 1) {
            if let Some(y) = self.t[j + 1].year() {
                year = Some(y);
                j += 2;
            }
        }
        // "December last year", "May 2 of this year"
        let mut rel_year: Option<i32> = None;
        if year.is_none() {
            let k = if self.kw(j) == Kw::Of && self.ws(j) { j + 1 } else { j };
            if k + 1 < n && self.ws(k) && self.ws(k + 1) && self.kw(k + 1) == Kw::Unit(3, false) {
                let off = match self.kw(k) {
                    Kw::Last => Some(-1),
                    Kw::This => Some(0),
                    Kw::Next => Some(1),
                    _ => None,
                };
                if let Some(o) = off {
                    rel_year = Some(o);
                    j = k + 2;
                }
            }
        }
        if abbr && day.is_none() && year.is_none() {
            return None;
        }
        // weekday before a date: "Thursday, May 15"
        if day.is_some() && cs >= 1 && self.usable(cs - 1, cs) && self.ws_or_comma(cs) && matches!(self.kw(cs - 1), Kw::Weekday(_)) && self.t[cs - 1].cap {
            cs -= 1;
        }
        // last / this / next June
        let mut rel: Option<Kw> = None;
        if day.is_none() && year.is_none() && rel_year.is_none() && cs >= 1 && self.usable(cs - 1, cs) && self.ws(cs) {
            if let k @ (Kw::Last | Kw::This | Kw::Next) = self.kw(cs - 1) {
                rel = Some(k);
                cs -= 1;
            }
        }
        if day.is_none() && year.is_none() && cs >= 1 && self.usable(cs - 1, cs) && self.kw(cs - 1) == Kw::Every {
            // "every November": habitual
            return None;
        }
        let mut p = self.prefix(cs);
        // the second of a pair: "between March and May", "in June or July"
        let listed = p.start == cs
            && cs >= 1
            && self.floor == cs - 1
            && !out.is_empty()
            && self.kw(cs - 1) == Kw::And
            && self.ws(cs)
            // "... and May said": a person
            && !matches!(self.kw(j), Kw::PastMark | Kw::FutureMark | Kw::WeakFuture);
        if listed {
            p.start = cs - 1;
        }
        if day.is_none() && year.is_none() && rel_year.is_none() && rel.is_none() {
            // a bare month name: require some evidence that it is a month
            let ambiguous = matches!(m, 3 | 5 | 8);
            let evidence = p.cue.is_some() || p.modified || p.det || listed;
            let next_cap = h + 1 < n && self.t[h + 1].cap && !self.t[h + 1].sent && self.ws(h + 1);
            if !evidence && (ambiguous || next_cap) {
                return None;
            }
            if !evidence && h >= 1 && self.usable(h - 1, h + 1) && self.t[h - 1].cap && !self.t[h].sent {
                // "Prime Minister June ..." style names
                return None;
            }
        }
        let tense = self.tense;
        let base = self.base;
        let (value, anchor) = if let Some(y) = year {
            (day.map_or(ymd(y, m, 1), |d| ymd(y, m, d)), Anchor::Absolute)
        } else if let Some(o) = rel_year {
            (base.and_then(|b| ymd(b.year() + o, m, day.unwrap_or(1))), if o > 0 { Anchor::Future } else { Anchor::Past })
        } else if let Some(r) = rel {
            let v = base.and_then(|b| {
                let y = b.year();
                let bm = b.month();
                let y = match r {
                    Kw::Last => if m < bm { y } else { y - 1 },
                    Kw::Next => if m > bm { y } else { y + 1 },
                    _ => y,
                };
                ymd(y, m, 1)
            });
            (v, match r { Kw::Next => Anchor::Future, Kw::This => Anchor::Present, _ => Anchor::Past })
        } else if let Some((cy, abs)) = self.ctx_year {
            (cy.and_then(|y| ymd(y, m, day.unwrap_or(1))), if abs { Anchor::Absolute } else { Anchor::Past })
        } else {
            let resolve = |b: NaiveDate, future: bool| match day {
                Some(d) => resolve_day(b, m, d, future),
                None => resolve_month(b, m, future),
            };
            let v = base.and_then(|b| match tense {
                Tense::Past => resolve(b, false),
                Tense::Future => resolve(b, true),
                Tense::Weak => nearer(if day.is_some() { b } else { month_of(b) }, resolve(b, false), resolve(b, true)),
            });
            (v, direction(base, v, tense, day.is_none()))
        };
        let attributive = (p.cue.is_none() && self.noun_after(j) && (p.det || !self.t[p.start].sent) && rel_year.is_none())
            || self.possessive_after(j - 1);
        self.emit(out, p.start, j, value, if day.is_some() { Precision::Day } else { Precision::Month }, anchor, attributive, p.cue);
        if rel_year.is_some() && !attributive {
            // "in December last year ... on May 2": the same year
            self.ctx_year = Some((value.map(|v| v.year()), false));
        }
        Some(j)
    }

    fn weekday(&mut self, h: usize, wd: u32, out: &mut Vec<TimeExpr>) -> Option<usize> {
        let n = self.t.len();
        // a date follows: let the month take it
        if h + 1 < n && self.ws_or_comma(h + 1) && self.t[h + 1].cap {
            if let Kw::Month(..) = self.kw(h + 1) {
                return None;
            }
        }
        if h + 2 < n && self.ws_or_comma(h + 1) && self.t[h + 1].day().is_some() && matches!(self.kw(h + 2), Kw::Month(..)) {
            return None;
        }
        // holiday or name: "Good Friday", "Bloody Sunday"
        if h >= 1 && self.usable(h - 1, h) && self.t[h - 1].cap && !self.t[h].sent && matches!(self.kw(h - 1), Kw::None) {
            return None;
        }
        // "on a Sunday", "every Friday", "black Friday": not a date
        if h >= 1 && self.usable(h - 1, h) && (matches!(self.kw(h - 1), Kw::A | Kw::Every) || matches!(self.word(h - 1), "black" | "cyber" | "good" | "bloody" | "super" | "ash" | "palm" | "easter" | "holy")) {
            return None;
        }
        let mut cs = h;
        let mut rel = None;
        if h >= 1 && self.usable(h - 1, h) && self.ws(h) {
            if let k @ (Kw::Last | Kw::This | Kw::Next) = self.kw(h - 1) {
                rel = Some(k);
                cs -= 1;
            } else if h >= 2 && self.usable(h - 2, h) && self.ws(h - 1) && self.kw(h - 2) == Kw::This && self.word(h - 1).eq_ignore_ascii_case("past") {
                // "this past Sunday"
                rel = Some(Kw::Last);
                cs -= 2;
            }
        }
        let mut j = h + 1;
        if j < n && self.ws(j) && matches!(self.kw(j), Kw::DayPart(_)) {
            j += 1;
        }
        let p = self.prefix(cs);
        let base = self.base;
        let (value, anchor) = match rel {
            Some(Kw::Last) => (base.map(|b| wd_back(b, wd, true)), Anchor::Past),
            Some(Kw::Next) => (base.map(|b| wd_fwd(b, wd, true)), Anchor::Future),
            Some(_) => (base.map(|b| monday(b) + Duration::days(wd as i64)), Anchor::Present),
            None if self.ctx_week.is_some() => {
                // "last week ... on Thursday": that week's Thursday
                let (m, anchor) = self.ctx_week.unwrap_or((None, Anchor::Past));
                (m.map(|m| m + Duration::days(wd as i64)), anchor)
            }
            None => {
                let v = base.map(|b| match self.tense {
                    Tense::Past => wd_back(b, wd, false),
                    Tense::Future => wd_fwd(b, wd, false),
                    Tense::Weak => nearer(b, Some(wd_back(b, wd, false)), Some(wd_fwd(b, wd, false))).unwrap_or(b),
                });
                (v, direction(base, v, self.tense, false))
            }
        };
        let attributive = self.possessive_after(j - 1);
        self.emit(out, p.start, j, value, Precision::Day, anchor, attributive, p.cue);
        Some(j)
    }

    fn day_word(&mut self, h: usize, out: &mut Vec<TimeExpr>) -> Option<usize> {
        let t = self.t[h];
        if t.cap && !t.sent {
            // "USA Today", "Syria Today"
            return None;
        }
        let n = self.t.len();
        let (off, anchor) = match t.kw {
            Kw::Yesterday => (-1, Anchor::Past),
            Kw::Tomorrow => (1, Anchor::Future),
            _ => (0, Anchor::Present),
        };
        let mut j = h + 1;
        if t.kw != Kw::Tonight && j < n && self.ws(j) && matches!(self.kw(j), Kw::DayPart(_)) {
            j += 1;
        }
        let p = self.prefix(h);
        let value = self.base.map(|b| b + Duration::days(off));
        let attributive = self.possessive_after(j - 1);
        self.emit(out, p.start, j, value, Precision::Day, anchor, attributive, p.cue);
        Some(j)
    }

    /// "last week", "this month", "next year", "earlier this week", "last night", "this
    /// morning", "last weekend"; `unit` 1 week, 2 month, 3 year, 0 day (skipped), 9 weekend or
    /// part of day.
    fn relative(&mut self, h: usize, unit: u8, out: &mut Vec<TimeExpr>) -> Option<usize> {
        if unit == 0 || h == 0 || !self.usable(h - 1, h) || !self.ws(h) {
            return None;
        }
        let mut rel = self.kw(h - 1);
        let mut rel_at = h - 1;
        if self.kw(h) == Kw::Weekend && h >= 2 && self.usable(h - 2, h) && self.ws(h - 1) && self.kw(h - 2) == Kw::This && self.word(h - 1).eq_ignore_ascii_case("past") {
            // "this past weekend"
            rel = Kw::Last;
            rel_at = h - 2;
        }
        if self.kw(h) == Kw::Weekend && rel == Kw::The && h >= 2 && self.usable(h - 2, h) && self.ws(h - 1) {
            // "over the weekend", "during the weekend": the most recent one
            let w = self.word(h - 2);
            if w.eq_ignore_ascii_case("over") || matches!(self.kw(h - 2), Kw::Cue("during" | "at" | "on")) {
                let v = self.base.map(|b| if b.weekday().num_days_from_monday() >= 5 { wd_back(b, 5, false) } else { monday(b) - Duration::days(2) });
                let cue = match self.kw(h - 2) {
                    Kw::Cue(c) => Some(c),
                    _ => Some("over"),
                };
                self.emit(out, h - 2, h + 1, v, Precision::Week, Anchor::Past, false, cue);
                return Some(h + 1);
            }
        }
        if !matches!(rel, Kw::Last | Kw::This | Kw::Next) {
            return None;
        }
        // "in the last year", "the next week": durations
        if rel_at == h - 1 && h >= 2 && self.usable(h - 2, h) && matches!(self.kw(h - 2), Kw::The | Kw::Det | Kw::A) {
            return None;
        }
        let base = self.base;
        let anchor = match rel {
            Kw::Last => Anchor::Past,
            Kw::Next => Anchor::Future,
            _ => Anchor::Present,
        };
        let sign: i64 = match rel {
            Kw::Last => -1,
            Kw::Next => 1,
            _ => 0,
        };
        let (value, prec) = match (unit, self.kw(h)) {
            (1, _) => (base.map(|b| monday(b) + Duration::days(7 * sign)), Precision::Week),
            (2, _) => (base.and_then(|b| add_months(b, sign as i32)), Precision::Month),
            (3, _) => (base.and_then(|b| ymd(b.year() + sign as i32, 1, 1)), Precision::Year),
            (_, Kw::Weekend) => {
                // a weekend starts on Saturday: the one before the base's week (last), in it
                // (this), or after it (next)
                let v = base.map(|b| {
                    let m = monday(b);
                    match rel {
                        Kw::Last => m - Duration::days(2),
                        Kw::Next => m + Duration::days(12),
                        _ => m + Duration::days(5),
                    }
                });
                (v, Precision::Week)
            }
            (_, Kw::DayPart(night)) => {
                // last night, this morning, tomorrow night is handled by day_word
                match rel {
                    Kw::Last if night => (base.map(|b| b - Duration::days(1)), Precision::Day),
                    Kw::This => (base, Precision::Day),
                    _ => return None,
                }
            }
            _ => return None,
        };
        let anchor = if unit == 9 && rel == Kw::Last { Anchor::Past } else { anchor };
        let p = self.prefix(rel_at);
        let attributive = self.possessive_after(h);
        self.emit(out, p.start, h + 1, value, prec, anchor, attributive, p.cue);
        if unit == 1 && !attributive {
            self.ctx_week = Some((value, anchor));
        }
        Some(h + 1)
    }

    fn ago(&mut self, h: usize, out: &mut Vec<TimeExpr>) -> Option<usize> {
        if h < 2 || !self.usable(h - 2, h) || !self.ws(h) || !self.ws(h - 1) {
            return None;
        }
        let Kw::Unit(u, plural) = self.kw(h - 1) else { return None };
        let q = &self.t[h - 2];
        let count: i64 = match q.kw {
            Kw::A if !plural => 1,
            Kw::NumWord(k) => k as i64,
            Kw::None if q.is_num() && !q.ord && q.ndig <= 3 => q.num as i64,
            _ => return None,
        };
        let base = self.base;
        let (value, prec) = match u {
            0 => (base.map(|b| b - Duration::days(count)), Precision::Day),
            1 => (base.map(|b| monday(b - Duration::days(7 * count))), Precision::Week),
            2 => (base.and_then(|b| add_months(b, -(count as i32))), Precision::Month),
            _ => (base.and_then(|b| ymd(b.year() - count as i32, 1, 1)), Precision::Year),
        };
        self.emit(out, h - 2, h + 1, value, prec, Anchor::Past, false, None);
        Some(h + 1)
    }

    fn year_or_iso(&mut self, h: usize, out: &mut Vec<TimeExpr>) -> Option<usize> {
        let n = self.t.len();
        let t = self.t[h];
        // ISO date 2025-05-02
        if h + 2 < n && self.gap(h + 1) == "-" && self.gap(h + 2) == "-" && self.t[h + 1].ndig == 2 && self.t[h + 2].ndig == 2 && !self.t[h + 1].ord && !self.t[h + 2].ord {
            let d = ymd(t.num as i32, self.t[h + 1].num, self.t[h + 2].num)?;
            let p = self.prefix(h);
            self.emit(out, p.start, h + 3, Some(d), Precision::Day, Anchor::Absolute, false, p.cue);
            return Some(h + 3);
        }
        let y = t.year()?;
        // part of a bigger number or a range: "$2024", "2,024", "2024-25", "2024%"
        let before = &self.text[..t.s];
        if before.ends_with('$') || before.ends_with(',') || before.ends_with('.') || before.ends_with('#') {
            return None;
        }
        let after = &self.text[t.e..];
        if after.starts_with('%') || after.starts_with(",0") || after.as_bytes().first().is_some_and(|c| c.is_ascii_digit()) {
            return None;
        }
        if h + 1 < n && self.hyphen(h + 1) && self.t[h + 1].is_num() {
            return None;
        }
        if h + 1 < n && self.ws(h + 1) && matches!(self.kw(h + 1), Kw::CountNoun | Kw::Unit(_, true)) {
            return None;
        }
        let mut p = self.prefix(h);
        // "from 2011 to 2014", "in 2011 and 2012": the second year of a list
        let listed = p.cue.is_none()
            && h >= 1
            && self.last_year_end == Some(h - 1)
            && matches!(self.kw(h - 1), Kw::And | Kw::Cue("to"))
            && self.ws(h);
        if listed && matches!(self.kw(h - 1), Kw::And) {
            p.start = h - 1;
        }
        let poss = self.possessive_after(h);
        let attributive = (p.cue.is_none() && !p.modified && !listed) || poss;
        if attributive && !p.det && !poss {
            // "2000 people": a number, not a year
            return None;
        }
        let cap_after = h + 1 < n && self.t[h + 1].cap && self.ws(h + 1);
        if attributive && !poss && !self.noun_after(h + 1) && !cap_after {
            // "the 2000" with nothing after it: not clearly a year
            return None;
        }
        let cue = if listed { p.cue.or(match self.kw(h - 1) { Kw::Cue(c) => Some(c), _ => None }) } else { p.cue };
        self.emit(out, p.start, h + 1, ymd(y, 1, 1), Precision::Year, Anchor::Absolute, attributive, cue);
        Some(h + 1)
    }
}

fn month_of(d: NaiveDate) -> NaiveDate {
    d.with_day(1).unwrap_or(d)
}

/// The anchor of an expression resolved under `tense`: Future when it lies after the base (its
/// month after the base's month for month precision).
fn direction(base: Option<NaiveDate>, v: Option<NaiveDate>, tense: Tense, month: bool) -> Anchor {
    match (tense, base, v) {
        (Tense::Past, ..) => Anchor::Past,
        (Tense::Future, ..) => Anchor::Future,
        (Tense::Weak, Some(b), Some(v)) if (month && v > month_of(b)) || (!month && v > b) => Anchor::Future,
        (Tense::Weak, None, _) => Anchor::Future,
        _ => Anchor::Past,
    }
}

fn wd_back(b: NaiveDate, wd: u32, strict: bool) -> NaiveDate {
    let bw = b.weekday().num_days_from_monday();
    let mut diff = (bw + 7 - wd) % 7;
    if diff == 0 && strict {
        diff = 7;
    }
    b - Duration::days(diff as i64)
}

fn wd_fwd(b: NaiveDate, wd: u32, strict: bool) -> NaiveDate {
    let bw = b.weekday().num_days_from_monday();
    let mut diff = (wd + 7 - bw) % 7;
    if diff == 0 && strict {
        diff = 7;
    }
    b + Duration::days(diff as i64)
}

/// Finds time expressions in `text` and resolves them against `base` (the publication date).
///
/// See the module documentation for what is recognised and how it is resolved. Offsets are byte
/// offsets into `text`. A base outside the years 1000-9000 is treated as unknown. The scan allocates only for the expressions it returns (tokens go to a
/// reused per-thread buffer).
pub fn find_times(text: &str, base: Option<NaiveDate>) -> Vec<TimeExpr> {
    let mut out = Vec::new();
    // A base far outside history is treated as unknown (keeps date arithmetic in range).
    let base = base.filter(|b| (1000..=9000).contains(&b.year()));
    // Quick reject: every expression has a digit or one of a few letters' words; cheap test on
    // texts with neither digits nor upper-case letters nor the relative words' letters is not
    // worth it, so just scan.
    TOKS.with(|cell| {
        let Ok(mut toks) = cell.try_borrow_mut() else { return };
        tokenize(text, &mut toks);
        let mut sc = Scan { text, t: &toks, base, floor: 0, sent_start: 0, tense: Tense::Past, ctx_week: None, ctx_year: None, last_year_end: None };
        let mut i = 0;
        while i < toks.len() {
            let t = toks[i];
            if t.sent {
                sc.sent_start = i;
                sc.tense = Tense::Past;
                sc.ctx_year = None;
                sc.ctx_week = None;
                sc.last_year_end = None;
            }
            match t.kw {
                Kw::FutureMark => sc.tense = Tense::Future,
                Kw::WeakFuture if sc.tense != Tense::Future => sc.tense = Tense::Weak,
                Kw::PastMark => sc.tense = Tense::Past,
                Kw::None if sc.tense != Tense::Past && !t.cap && t.e - t.s >= 5 && text[t.s..t.e].ends_with("ed") => {
                    // a past-tense verb after the future cue ("will offer the lander it unveiled
                    // in May"), but not a passive ("will be extended until March")
                    let passive = i >= 1 && matches!(&text[toks[i - 1].s..toks[i - 1].e], "be" | "been" | "being" | "get" | "remain");
                    if !passive {
                        sc.tense = Tense::Past;
                    }
                }
                _ => {}
            }
            if let Some(next) = sc.at(i, &mut out) {
                // a sentence may start inside the expression's tail only at its head; keep going
                i = next.max(i + 1);
            } else {
                i += 1;
            }
        }
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    /// Renders an expression as `text=value`, with the value formatted by precision
    /// (`2025-05-15`, `W2025-05-12`, `2025-05`, `2025`; `?day` etc. when unresolved), then
    /// ` attr` when attributive.
    fn render(t: &TimeExpr) -> String {
        let p = t.precision.unwrap();
        let v = match t.value {
            None => format!("?{}", p.as_str()),
            Some(v) => match p {
                Precision::Day => v.to_string(),
                Precision::Week => format!("W{v}"),
                Precision::Month => v.format("%Y-%m").to_string(),
                Precision::Year => v.format("%Y").to_string(),
            },
        };
        format!("{}={}{}", t.text, v, if t.attributive { " attr" } else { "" })
    }

    /// Runs the finder on `text` with base date `base` ("" = none) and compares the rendered
    /// expressions with `expected`.
    fn check(text: &str, base: &str, expected: &[&str]) {
        let b = if base.is_empty() { None } else { Some(d(base)) };
        let got = find_times(text, b);
        for t in &got {
            assert_eq!(&text[t.start..t.end], t.text, "span of {t:?}");
        }
        let got: Vec<String> = got.iter().map(render).collect();
        assert_eq!(got, expected, "\ntext: {text}\nbase: {base}");
    }

    // 2025-05-16 is a Friday.
    const FRI: &str = "2025-05-16";

    #[test]
    fn weekdays() {
        check("Rubio met Shaibani on Thursday in Antalya.", FRI, &["on Thursday=2025-05-15"]);
        check("The ministers met Thursday.", FRI, &["Thursday=2025-05-15"]);
        check("The ministers met last Thursday.", FRI, &["last Thursday=2025-05-15"]);
        check("They spoke on Friday.", FRI, &["on Friday=2025-05-16"]);
        check("They spoke last Friday.", FRI, &["last Friday=2025-05-09"]);
        check("They spoke on Saturday.", FRI, &["on Saturday=2025-05-10"]);
        check("They spoke on Monday.", FRI, &["on Monday=2025-05-12"]);
        check("They spoke on Sunday.", FRI, &["on Sunday=2025-05-11"]);
        check("The talks will resume next Monday.", FRI, &["next Monday=2025-05-19"]);
        check("Next Friday the vote is held.", FRI, &["Next Friday=2025-05-23"]);
        check("Talks will resume on Monday.", FRI, &["on Monday=2025-05-19"]);
        check("The summit will open on Friday.", FRI, &["on Friday=2025-05-16"]);
        check("Talks will resume, officials said on Monday.", FRI, &["on Monday=2025-05-12"]);
        check("He said the vote would take place on Tuesday.", FRI, &["on Tuesday=2025-05-13"]);
        check("He said the vote would take place on Sunday.", FRI, &["on Sunday=2025-05-18"]);
        check("He said the vote would take place on Thursday.", FRI, &["on Thursday=2025-05-15"]);
        check("He said the vote would take place on Friday.", FRI, &["on Friday=2025-05-16"]);
        check("They would meet on Monday, officials said.", FRI, &["on Monday=2025-05-19"]);
        check("They will show the lander they unveiled on Monday.", FRI, &["on Monday=2025-05-12"]);
        check("The truce will be extended on Monday.", FRI, &["on Monday=2025-05-19"]);
        check("He said on Tuesday that talks will be held on Thursday.", FRI, &["on Tuesday=2025-05-13", "on Thursday=2025-05-22"]);
        check("Fighting broke out on Wednesday night.", FRI, &["on Wednesday night=2025-05-14"]);
        check("Tuesday morning brought more strikes.", FRI, &["Tuesday morning=2025-05-13"]);
        check("Thursday's meeting ended without a deal.", FRI, &["Thursday=2025-05-15 attr"]);
        check("He met them this Wednesday.", FRI, &["this Wednesday=2025-05-14"]);
        check("He met them this Sunday.", FRI, &["this Sunday=2025-05-18"]);
        check("He met them this past Sunday.", FRI, &["this past Sunday=2025-05-11"]);
        check("He met them this past Friday.", FRI, &["this past Friday=2025-05-09"]);
        check("Fighting resumed late Thursday.", FRI, &["late Thursday=2025-05-15"]);
        check("Last week, on Thursday, the envoy met Shaibani.", FRI, &["Last week=W2025-05-05", "on Thursday=2025-05-08"]);
        check("Earlier this week, on Monday, talks began.", FRI, &["Earlier this week=W2025-05-12", "on Monday=2025-05-12"]);
        check("Talks ended last week. On Thursday they resumed.", FRI, &["last week=W2025-05-05", "On Thursday=2025-05-15"]);
        check("Last week, on Thursday, the envoy met Shaibani.", "", &["Last week=?week", "on Thursday=?day"]);
        check("Crowds marked Good Friday in Jerusalem.", FRI, &[]);
        check("Shops opened early on black Friday.", FRI, &[]);
        check("He was rushed to hospital on a Sunday.", FRI, &[]);
        check("The market opens every Friday.", FRI, &[]);
        check("Smog returns every November.", FRI, &[]);
        check("Rubio met Shaibani on Thursday.", "", &["on Thursday=?day"]);
        check("Since Monday, three convoys have crossed.", FRI, &["Since Monday=2025-05-12"]);
        check("The deadline is by Wednesday.", FRI, &["by Wednesday=2025-05-14"]);
    }

    #[test]
    fn day_words() {
        check("The envoy arrived yesterday.", FRI, &["yesterday=2025-05-15"]);
        check("The envoy arrives today.", FRI, &["today=2025-05-16"]);
        check("Today the council votes.", FRI, &["Today=2025-05-16"]);
        check("The envoy arrives tomorrow.", FRI, &["tomorrow=2025-05-17"]);
        check("A vote is expected tonight.", FRI, &["tonight=2025-05-16"]);
        check("Shelling resumed yesterday morning.", FRI, &["yesterday morning=2025-05-15"]);
        check("Shelling resumed last night.", FRI, &["last night=2025-05-15"]);
        check("He spoke this morning.", FRI, &["this morning=2025-05-16"]);
        check("Talks continue until tomorrow evening.", FRI, &["until tomorrow evening=2025-05-17"]);
        check("The story ran in USA Today.", FRI, &[]);
        check("Today's vote was delayed.", FRI, &["Today=2025-05-16 attr"]);
        check("The envoy arrived yesterday.", "", &["yesterday=?day"]);
    }

    #[test]
    fn relative_periods() {
        check("The ministers met last week.", FRI, &["last week=W2025-05-05"]);
        check("The ministers met earlier this week.", FRI, &["earlier this week=W2025-05-12"]);
        check("They will meet later this week.", FRI, &["later this week=W2025-05-12"]);
        check("They will meet next week.", FRI, &["next week=W2025-05-19"]);
        check("Prices rose this month.", FRI, &["this month=2025-05"]);
        check("Prices rose earlier this month.", FRI, &["earlier this month=2025-05"]);
        check("Prices rose last month.", FRI, &["last month=2025-04"]);
        check("Prices will rise next month.", FRI, &["next month=2025-06"]);
        check("Prices rose last month.", "2025-01-10", &["last month=2024-12"]);
        check("Prices will rise next month.", "2025-12-10", &["next month=2026-01"]);
        check("The election took place last year.", FRI, &["last year=2024"]);
        check("The election takes place this year.", FRI, &["this year=2025"]);
        check("The election takes place next year.", FRI, &["next year=2026"]);
        check("The regime fell late last year.", FRI, &["late last year=2024"]);
        check("Talks began earlier this year.", FRI, &["earlier this year=2025"]);
        check("Last year's election was disputed.", FRI, &["Last year=2024 attr"]);
        check("Protests spread last weekend.", FRI, &["last weekend=W2025-05-10"]);
        check("Protests spread last weekend.", "2025-05-18", &["last weekend=W2025-05-10"]);
        check("Protests spread over the weekend.", FRI, &["over the weekend=W2025-05-10"]);
        check("Protests spread over the weekend.", "2025-05-18", &["over the weekend=W2025-05-17"]);
        check("Protests are planned this weekend.", FRI, &["this weekend=W2025-05-17"]);
        check("Protests spread this past weekend.", FRI, &["this past weekend=W2025-05-10"]);
        check("The ministers met last week.", "", &["last week=?week"]);
        check("Prices rose last month.", "", &["last month=?month"]);
    }

    #[test]
    fn durations_are_skipped() {
        check("He ruled for 15 years.", FRI, &[]);
        check("The plant will be finished in 15 years.", FRI, &[]);
        check("Prices doubled in the last year.", FRI, &[]);
        check("Prices doubled over the past week.", FRI, &[]);
        check("Talks are expected in the next two weeks.", FRI, &[]);
        check("The siege lasted three months.", FRI, &[]);
        check("He waited a week.", FRI, &[]);
        check("In the next month aid will flow.", FRI, &[]);
    }

    #[test]
    fn ago() {
        check("He left three days ago.", FRI, &["three days ago=2025-05-13"]);
        check("He left 10 days ago.", FRI, &["10 days ago=2025-05-06"]);
        check("He left two weeks ago.", FRI, &["two weeks ago=W2025-04-28"]);
        check("He left a week ago.", FRI, &["a week ago=W2025-05-05"]);
        check("He left six months ago.", FRI, &["six months ago=2024-11"]);
        check("He left a year ago.", FRI, &["a year ago=2024"]);
        check("He left 14 years ago.", FRI, &["14 years ago=2011"]);
        check("He left two days ago.", "", &["two days ago=?day"]);
    }

    #[test]
    fn months() {
        check("The leaders met in June.", "2025-06-30", &["in June=2025-06"]);
        check("The leaders met in June.", FRI, &["in June=2024-06"]);
        check("The leaders met in May.", FRI, &["in May=2025-05"]);
        check("The leaders met in April.", FRI, &["in April=2025-04"]);
        check("Since his June meeting with Putin, little changed.", "2025-07-02", &["June=2025-06 attr"]);
        check("After a June meeting, talks stalled.", "2025-07-02", &["June=2025-06 attr"]);
        check("Fighting eased in late April.", FRI, &["in late April=2025-04"]);
        check("Fighting eased in early May.", FRI, &["in early May=2025-05"]);
        check("Fighting eased in mid-March.", FRI, &["in mid-March=2025-03"]);
        check("Fighting eased by mid March.", FRI, &["by mid March=2025-03"]);
        check("Aid arrived at the end of January.", FRI, &["at the end of January=2025-01"]);
        check("Aid arrived by the beginning of February.", FRI, &["by the beginning of February=2025-02"]);
        check("Aid arrived last June.", FRI, &["last June=2024-06"]);
        check("Aid arrived last May.", FRI, &["last May=2024-05"]);
        check("Aid arrived last April.", FRI, &["last April=2025-04"]);
        check("Aid arrives next June.", FRI, &["next June=2025-06"]);
        check("Aid arrives next April.", FRI, &["next April=2026-04"]);
        check("Aid arrived this March.", FRI, &["this March=2025-03"]);
        check("Elections will be held in September.", FRI, &["in September=2025-09"]);
        check("Elections will be held in March.", FRI, &["in March=2026-03"]);
        check("Elections were held in September.", FRI, &["in September=2024-09"]);
        check("The firm will sell the lander it unveiled in June.", FRI, &["in June=2024-06"]);
        check("The offensive began in December last year.", FRI, &["in December last year=2024-12"]);
        check("The offensive began in December of last year.", FRI, &["in December of last year=2024-12"]);
        check("The offensive began in January this year.", FRI, &["in January this year=2025-01"]);
        check("Russia's June offensive stalled.", "2025-07-02", &["June=2025-06 attr"]);
        check("Since June, prices have doubled.", FRI, &["Since June=2024-06"]);
        check("From January to March, exports fell.", FRI, &["From January=2025-01", "to March=2025-03"]);
        check("Between March and May, exports fell.", FRI, &["Between March=2025-03", "and May=2025-05"]);
        check("Exports fell in June or July.", FRI, &["in June=2024-06", "or July=2024-07"]);
        check("Exports fell in June and May said so.", FRI, &["in June=2024-06"]);
        check("The leaders met in June.", "", &["in June=?month"]);
    }

    #[test]
    fn months_that_are_not_months() {
        check("May said the vote would pass.", FRI, &[]);
        check("The minister may travel to Cairo.", FRI, &[]);
        check("Protesters march to the palace.", FRI, &[]);
        check("April Ryan asked the question.", FRI, &[]);
        check("Prime Minister May met Macron.", FRI, &[]);
        check("The August heat slowed the offensive.", "2025-09-01", &["August=2025-08 attr"]);
        check("June Carter sang.", FRI, &[]);
        check("The March 8 rally drew thousands.", FRI, &["March 8=2025-03-08 attr"]);
        check("The Oct consultants left.", FRI, &[]);
    }

    #[test]
    fn year_context() {
        check("Assad fell last year after a surprise December offensive.", FRI, &["last year=2024", "December=2024-12 attr"]);
        check("Assad fell after a surprise December offensive.", FRI, &["December=2024-12 attr"]);
        check("Assad fell after a surprise December offensive.", "2025-12-20", &["December=2025-12 attr"]);
        check("In 2024, the rebels met in June and in November.", "", &["In 2024=2024", "in June=2024-06", "in November=2024-11"]);
        check("In 2024, the rebels met in June.", FRI, &["In 2024=2024", "in June=2024-06"]);
        check("Last year fighting peaked on May 2.", FRI, &["Last year=2024", "on May 2=2024-05-02"]);
        check("In December last year rebels struck, and on May 2 they won.", FRI, &["In December last year=2024-12", "on May 2=2024-05-02"]);
        check("Fighting peaked last year. In June talks began.", FRI, &["last year=2024", "In June=2024-06"]);
        check("Fighting peaked last year. In April talks began.", FRI, &["last year=2024", "In April=2025-04"]);
        check("The 1974 agreement set the line, and in June troops crossed it.", FRI, &["1974=1974 attr", "in June=2024-06"]);
    }

    #[test]
    fn explicit_dates() {
        check("The ceasefire began on May 2.", FRI, &["on May 2=2025-05-02"]);
        check("The ceasefire began on May 20.", FRI, &["on May 20=2024-05-20"]);
        check("The ceasefire began on May 16.", FRI, &["on May 16=2025-05-16"]);
        check("The ceasefire began on December 8.", FRI, &["on December 8=2024-12-08"]);
        check("The ceasefire began on May 2, 2025.", FRI, &["on May 2, 2025=2025-05-02"]);
        check("The ceasefire began on May 2 2023.", FRI, &["on May 2 2023=2023-05-02"]);
        check("The ceasefire began on 2 May 2025.", FRI, &["on 2 May 2025=2025-05-02"]);
        check("The ceasefire began on 2 May.", FRI, &["on 2 May=2025-05-02"]);
        check("The ceasefire began on 2025-05-02.", FRI, &["on 2025-05-02=2025-05-02"]);
        check("The ceasefire began 2025-05-02 at noon.", "", &["2025-05-02=2025-05-02"]);
        check("The ceasefire began on May 2, 2025.", "", &["on May 2, 2025=2025-05-02"]);
        check("The ceasefire began on May 2.", "", &["on May 2=?day"]);
        check("The Oct. 7 attack changed everything.", FRI, &["Oct. 7=2024-10-07 attr"]);
        check("The attack on Oct. 7, 2023 changed everything.", FRI, &["on Oct. 7, 2023=2023-10-07"]);
        check("Assad fled on Dec. 8, 2024.", FRI, &["on Dec. 8, 2024=2024-12-08"]);
        check("Assad fled on Sept. 3.", FRI, &["on Sept. 3=2024-09-03"]);
        check("The deal was signed on June 5th.", FRI, &["on June 5th=2024-06-05"]);
        check("The deal was signed on the 5th of June.", FRI, &["on the 5th of June=2024-06-05"]);
        check("The deal was signed on the 5th of June 2023.", FRI, &["on the 5th of June 2023=2023-06-05"]);
        check("Talks were held on Thursday, May 15.", FRI, &["on Thursday, May 15=2025-05-15"]);
        check("Talks were held on Thursday, May 15, 2025.", "", &["on Thursday, May 15, 2025=2025-05-15"]);
        check("Talks were held Thursday 15 May.", FRI, &["Thursday 15 May=2025-05-15"]);
        check("Talks will be held on June 3.", FRI, &["on June 3=2025-06-03"]);
        check("Talks will be held on May 3.", FRI, &["on May 3=2026-05-03"]);
        check("He said the vote would take place on July 15.", "2025-06-30", &["on July 15=2025-07-15"]);
        check("He said the vote would take place on June 15.", "2025-06-30", &["on June 15=2025-06-15"]);
        check("The summit is expected in September.", "2025-06-30", &["in September=2025-09"]);
        check("The summit is expected in March.", "2025-06-30", &["in March=2025-03"]);
        check("The summit was expected in January.", "2025-12-10", &["in January=2026-01"]);
        check("The leap day vote on February 29 passed.", FRI, &["on February 29=2024-02-29"]);
        check("Nothing happened on February 31.", FRI, &[]);
        check("He was born on January 1, 1970.", FRI, &["on January 1, 1970=1970-01-01"]);
        check("Polls closed at 8 p.m. on May 2.", FRI, &["on May 2=2025-05-02"]);
    }

    #[test]
    fn month_and_year() {
        check("The talks began in June 2025.", FRI, &["in June 2025=2025-06"]);
        check("The talks began in June of 2024.", FRI, &["in June of 2024=2024-06"]);
        check("The talks began in June 2025.", "", &["in June 2025=2025-06"]);
        check("The talks began in early June 2025.", "", &["in early June 2025=2025-06"]);
        check("The December 2024 offensive toppled Assad.", FRI, &["December 2024=2024-12 attr"]);
        check("Since March 2011, war has raged.", FRI, &["Since March 2011=2011-03"]);
    }

    #[test]
    fn years() {
        check("The group was founded in 2024.", FRI, &["in 2024=2024"]);
        check("The group was founded in 2024.", "", &["in 2024=2024"]);
        check("The war has raged since 2011.", FRI, &["since 2011=2011"]);
        check("Troops will withdraw by the end of 2025.", FRI, &["by the end of 2025=2025"]);
        check("Troops withdrew in mid-2024.", FRI, &["in mid-2024=2024"]);
        check("Troops withdrew in late 2024.", FRI, &["in late 2024=2024"]);
        check("Israel seized the area in 1967.", FRI, &["in 1967=1967"]);
        check("Under the 1974 disengagement agreement, the zone is demilitarised.", FRI, &["1974=1974 attr"]);
        check("The 2024 elections were disputed.", FRI, &["2024=2024 attr"]);
        check("2024's elections were disputed.", FRI, &["2024=2024 attr"]);
        check("Some 2000 people fled.", FRI, &[]);
        check("About 1500 troops moved in.", FRI, &[]);
        check("In 2000 people fled the town.", FRI, &[]);
        check("The budget is $2024 million.", FRI, &[]);
        check("Growth hit 2024% in one town.", FRI, &[]);
        check("The 2024-25 season ended.", FRI, &[]);
        check("The rate rose 12.2025 percent.", FRI, &[]);
        check("He served from 2011 to 2014.", FRI, &["from 2011=2011", "to 2014=2014"]);
        check("Elections were held in 2011 and 2012.", FRI, &["in 2011=2011", "and 2012=2012"]);
        check("Between 2011 and 2014, prices tripled.", FRI, &["Between 2011=2011", "and 2014=2014"]);
        check("The count reached 1999.", FRI, &[]);
        check("Room 2011 was empty.", FRI, &[]);
        check("He fled the country during 2013.", FRI, &["during 2013=2013"]);
        check("The plan runs until 2030.", FRI, &["until 2030=2030"]);
        check("The 1990s were calm.", FRI, &[]);
    }

    #[test]
    fn several_in_one_text() {
        check(
            "Officials said on Thursday that the ministers met in Riyadh on Tuesday, weeks after a March meeting.",
            FRI,
            &["on Thursday=2025-05-15", "on Tuesday=2025-05-13", "March=2025-03 attr"],
        );
        check(
            "Assad fled on Dec. 8, 2024. Talks began in January. They will resume next week.",
            FRI,
            &["on Dec. 8, 2024=2024-12-08", "in January=2025-01", "next week=W2025-05-19"],
        );
        check("Yesterday and today, talks went on.", FRI, &["Yesterday=2025-05-15", "today=2025-05-16"]);
        check("No dates here at all, just words.", FRI, &[]);
        check("", FRI, &[]);
        check("2024", FRI, &[]);
        check("In", FRI, &[]);
    }

    #[test]
    fn anchors_and_cues() {
        let b = Some(d(FRI));
        let t = find_times("They met on Thursday.", b);
        assert_eq!((t[0].anchor, t[0].cue), (Anchor::Past, Some("on")));
        let t = find_times("They will meet on Thursday.", b);
        assert_eq!(t[0].anchor, Anchor::Future);
        let t = find_times("They meet today.", b);
        assert_eq!((t[0].anchor, t[0].cue), (Anchor::Present, None));
        let t = find_times("Since May 2, 2025, they met.", b);
        assert_eq!((t[0].anchor, t[0].cue), (Anchor::Absolute, Some("since")));
        let t = find_times("They meet tomorrow.", b);
        assert_eq!(t[0].anchor, Anchor::Future);
    }

    #[test]
    fn offsets_are_bytes_with_non_ascii() {
        let text = "Türkiye’s envoy met him on Thursday — in Ankara — before 2025’s talks.";
        let got = find_times(text, Some(d(FRI)));
        assert_eq!(got.len(), 2);
        assert_eq!(&text[got[0].start..got[0].end], "on Thursday");
        assert_eq!(got[1].text, "before 2025");
        assert!(got[1].attributive);
    }

    #[test]
    fn never_panics_on_odd_input() {
        let base = Some(d(FRI));
        for s in ["May", "May 2", "on", "last", "ago", "2 days ago", "9999-99-99", "2025-13-45", "Oct.", "May 99, 2025", "last year's", "the end of", "mid-", "-2024", "Monday,", "\u{a0}June 2025", "31 February 2025", "a ago", "0 days ago"] {
            let _ = find_times(s, base);
            let _ = find_times(s, None);
        }
        check("Prices fell on 2025-13-45.", FRI, &[]);
        for b in [NaiveDate::MIN, NaiveDate::MAX] {
            let got = find_times("They met yesterday, next week and 999 weeks ago.", Some(b));
            assert!(got.iter().all(|t| t.value.is_none()), "{got:?}");
        }
    }
}
