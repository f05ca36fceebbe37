//! A small, forgiving HTML tokenizer and tree builder tuned for reading articles fast.
//!
//! It is not a full HTML5 parser: it keeps elements, attributes and text (as byte ranges into the
//! source, decoded lazily), applies the implied-end-tag rules that matter for text layout (`<p>`,
//! `<li>`, table cells, options) and recovers from stray or misnested end tags by popping to the
//! nearest matching open element. Everything is iterative; nesting deeper than [`MAX_DEPTH`] is
//! flattened (deeper elements become children of the element at the limit), so hostile input cannot
//! blow the stack of any later traversal either.

/// Open elements kept on the stack at most; deeper elements are attached flat at this depth.
pub const MAX_DEPTH: usize = 400;

/// Sentinel for "no node".
pub const NONE: u32 = u32::MAX;

/// Element names the reader cares about; everything else is [`Tag::Other`].
#[allow(missing_docs)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tag {
    Text,
    Document,
    Html, Head, Body, Base, Title, Meta, Link, Script, Style, Noscript, Template, Svg, Math, Iframe,
    Object, Embed, Canvas, Video, Audio, Picture, Source, Img, Map,
    Nav, Header, Footer, Aside, Main, Article, Section, Div, Span, Form, Button, Input, Select,
    Option, Textarea, Label, Fieldset, Dialog, Menu,
    P, Br, Hr, H1, H2, H3, H4, H5, H6, Ul, Ol, Li, Dl, Dt, Dd, Blockquote, Pre, Code,
    Table, Thead, Tbody, Tfoot, Tr, Td, Th, Caption, Figure, Figcaption,
    A, B, I, Em, Strong, U, Small, Sup, Sub, Time, Address, Abbr, Cite, Q, Mark, S, Del, Ins,
    Font, Center, Details, Summary,
    Other,
}

impl Tag {
    /// The tag for a lower-case element name.
    pub fn from_name(n: &[u8]) -> Tag {
        use Tag::*;
        match n {
            b"html" => Html, b"head" => Head, b"body" => Body, b"base" => Base, b"title" => Title, b"meta" => Meta,
            b"link" => Link, b"script" => Script, b"style" => Style, b"noscript" => Noscript,
            b"template" => Template, b"svg" => Svg, b"math" => Math, b"iframe" => Iframe,
            b"object" => Object, b"embed" => Embed, b"canvas" => Canvas, b"video" => Video,
            b"audio" => Audio, b"picture" => Picture, b"source" => Source, b"img" => Img, b"map" => Map,
            b"nav" => Nav, b"header" => Header, b"footer" => Footer, b"aside" => Aside, b"main" => Main,
            b"article" => Article, b"section" => Section, b"div" => Div, b"span" => Span, b"form" => Form,
            b"button" => Button, b"input" => Input, b"select" => Select, b"option" => Option,
            b"textarea" => Textarea, b"label" => Label, b"fieldset" => Fieldset, b"dialog" => Dialog,
            b"menu" => Menu, b"p" => P, b"br" => Br, b"hr" => Hr, b"h1" => H1, b"h2" => H2, b"h3" => H3,
            b"h4" => H4, b"h5" => H5, b"h6" => H6, b"ul" => Ul, b"ol" => Ol, b"li" => Li, b"dl" => Dl,
            b"dt" => Dt, b"dd" => Dd, b"blockquote" => Blockquote, b"pre" => Pre, b"code" => Code,
            b"table" => Table, b"thead" => Thead, b"tbody" => Tbody, b"tfoot" => Tfoot, b"tr" => Tr,
            b"td" => Td, b"th" => Th, b"caption" => Caption, b"figure" => Figure,
            b"figcaption" => Figcaption, b"a" => A, b"b" => B, b"i" => I, b"em" => Em,
            b"strong" => Strong, b"u" => U, b"small" => Small, b"sup" => Sup, b"sub" => Sub,
            b"time" => Time, b"address" => Address, b"abbr" => Abbr, b"cite" => Cite, b"q" => Q,
            b"mark" => Mark, b"s" => S, b"del" => Del, b"ins" => Ins, b"font" => Font,
            b"center" => Center, b"details" => Details, b"summary" => Summary,
            _ => Other,
        }
    }

    /// Elements without content or end tag.
    pub fn is_void(self) -> bool {
        use Tag::*;
        matches!(self, Base | Meta | Link | Br | Hr | Img | Input | Source | Embed)
    }

    /// Elements that start a new line of text (block-level for layout).
    pub fn is_block(self) -> bool {
        use Tag::*;
        matches!(
            self,
            Html | Body | Nav | Header | Footer | Aside | Main | Article | Section | Div | Form | Fieldset
                | Dialog | Menu | P | Hr | H1 | H2 | H3 | H4 | H5 | H6 | Ul | Ol | Li | Dl | Dt | Dd
                | Blockquote | Pre | Table | Thead | Tbody | Tfoot | Tr | Td | Th | Caption | Figure
                | Figcaption | Address | Center | Details | Summary | Br | Option | Select | Textarea
        )
    }

    /// A heading element.
    pub fn is_heading(self) -> bool {
        matches!(self, Tag::H1 | Tag::H2 | Tag::H3 | Tag::H4 | Tag::H5 | Tag::H6)
    }

    fn closes_p(self) -> bool {
        use Tag::*;
        matches!(
            self,
            Address | Article | Aside | Blockquote | Details | Dialog | Div | Dl | Fieldset | Figcaption
                | Figure | Footer | Form | H1 | H2 | H3 | H4 | H5 | H6 | Header | Hr | Main | Menu | Nav
                | Ol | P | Pre | Section | Table | Ul
        )
    }

    /// Content is raw text up to the matching end tag.
    fn raw_text(self) -> bool {
        matches!(self, Tag::Script | Tag::Style | Tag::Textarea | Tag::Title | Tag::Noscript | Tag::Template | Tag::Iframe)
    }
}

/// One node: an element or a text run.
#[derive(Debug, Clone)]
pub struct Node {
    /// Element kind ([`Tag::Text`] for text).
    pub tag: Tag,
    /// Parent index ([`NONE`] for the root).
    pub parent: u32,
    /// First child index.
    pub first_child: u32,
    /// Last child index.
    pub last_child: u32,
    /// Next sibling index.
    pub next: u32,
    /// Text: byte range of the raw (entity-encoded) text in the source.
    /// Element: range into [`Dom::attrs`].
    pub a: u32,
    /// End of the range in `a`.
    pub b: u32,
}

/// An attribute: lower-cased name, value as a byte range of the source (raw, entities encoded).
#[derive(Debug, Clone, Copy)]
pub struct Attr {
    /// Name start in the source.
    pub name: (u32, u32),
    /// Value range in the source.
    pub value: (u32, u32),
}

/// A parsed document: an arena of nodes over the source text.
#[derive(Debug)]
pub struct Dom<'s> {
    /// The source.
    pub src: &'s str,
    /// All nodes; index 0 is the document root.
    pub nodes: Vec<Node>,
    /// All attributes.
    pub attrs: Vec<Attr>,
}

fn lower_name(b: &[u8], buf: &mut [u8; 16]) -> Tag {
    if b.len() > 16 {
        return Tag::Other;
    }
    for (i, c) in b.iter().enumerate() {
        buf[i] = c.to_ascii_lowercase();
    }
    Tag::from_name(&buf[..b.len()])
}

impl<'s> Dom<'s> {
    /// Parses `src`. Never fails; garbage becomes text.
    pub fn parse(src: &'s str) -> Dom<'s> {
        let mut b = Builder {
            dom: Dom { src, nodes: Vec::with_capacity(src.len() / 40 + 8), attrs: Vec::with_capacity(src.len() / 60 + 8) },
            stack: Vec::with_capacity(64),
        };
        b.dom.nodes.push(Node { tag: Tag::Document, parent: NONE, first_child: NONE, last_child: NONE, next: NONE, a: 0, b: 0 });
        b.stack.push(0);
        b.run();
        b.dom
    }

    /// The node at `i`.
    #[inline]
    pub fn node(&self, i: u32) -> &Node {
        &self.nodes[i as usize]
    }

    /// Children of `i`.
    pub fn children(&self, i: u32) -> Children<'_, 's> {
        Children { dom: self, cur: self.nodes[i as usize].first_child }
    }

    /// Raw value of attribute `name` (lower-case) on element `i`.
    pub fn attr(&self, i: u32, name: &str) -> Option<&'s str> {
        let n = &self.nodes[i as usize];
        if n.tag == Tag::Text {
            return None;
        }
        for at in &self.attrs[n.a as usize..n.b as usize] {
            let an = &self.src[at.name.0 as usize..at.name.1 as usize];
            if an.eq_ignore_ascii_case(name) {
                return Some(&self.src[at.value.0 as usize..at.value.1 as usize]);
            }
        }
        None
    }

    /// Raw text of a text node.
    pub fn raw_text(&self, i: u32) -> &'s str {
        let n = &self.nodes[i as usize];
        &self.src[n.a as usize..n.b as usize]
    }

    /// Pre-order traversal of the subtree under `root` (including `root`), iterative.
    pub fn descendants(&self, root: u32) -> Descendants<'_, 's> {
        Descendants { dom: self, root, cur: root, started: false, skip: false }
    }

    /// All text under `i`, entities decoded, whitespace collapsed to single spaces, trimmed.
    pub fn text_of(&self, i: u32) -> String {
        let mut s = String::new();
        for d in self.descendants(i) {
            let n = self.node(d);
            if n.tag == Tag::Text {
                if self.inside_skipped(d, i) {
                    continue;
                }
                push_collapsed(&mut s, &decode_entities(self.raw_text(d)));
                if !s.ends_with(' ') {
                    // keep word boundaries only where the source had them
                }
            } else if n.tag.is_block() && !s.is_empty() && !s.ends_with(' ') {
                s.push(' ');
            }
        }
        let t = s.trim();
        if t.len() == s.len() {
            s
        } else {
            t.to_string()
        }
    }

    fn inside_skipped(&self, mut d: u32, stop: u32) -> bool {
        while d != stop && d != NONE {
            let p = self.node(d).parent;
            if p == NONE {
                break;
            }
            if matches!(self.node(p).tag, Tag::Script | Tag::Style | Tag::Noscript | Tag::Template) {
                return true;
            }
            d = p;
        }
        false
    }
}

/// Iterator over children.
pub struct Children<'d, 's> {
    dom: &'d Dom<'s>,
    cur: u32,
}

impl Iterator for Children<'_, '_> {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.cur == NONE {
            return None;
        }
        let c = self.cur;
        self.cur = self.dom.nodes[c as usize].next;
        Some(c)
    }
}

/// Pre-order iterator over a subtree.
pub struct Descendants<'d, 's> {
    dom: &'d Dom<'s>,
    root: u32,
    cur: u32,
    started: bool,
    skip: bool,
}

impl Descendants<'_, '_> {
    /// Skips the children of the node just returned.
    pub fn skip_children(&mut self) {
        self.skip = true;
    }
}

impl Iterator for Descendants<'_, '_> {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if !self.started {
            self.started = true;
            return if self.cur == NONE { None } else { Some(self.cur) };
        }
        if self.cur == NONE {
            return None;
        }
        let nodes = &self.dom.nodes;
        let n = &nodes[self.cur as usize];
        let skip = std::mem::take(&mut self.skip);
        if n.first_child != NONE && !skip {
            self.cur = n.first_child;
            return Some(self.cur);
        }
        let mut c = self.cur;
        loop {
            if c == self.root {
                self.cur = NONE;
                return None;
            }
            let nn = &nodes[c as usize];
            if nn.next != NONE {
                self.cur = nn.next;
                return Some(self.cur);
            }
            c = nn.parent;
            if c == NONE {
                self.cur = NONE;
                return None;
            }
        }
    }
}

struct Builder<'s> {
    dom: Dom<'s>,
    stack: Vec<u32>,
}

impl<'s> Builder<'s> {
    fn append(&mut self, node: Node) -> u32 {
        let id = self.dom.nodes.len() as u32;
        let parent = node.parent;
        self.dom.nodes.push(node);
        let p = &mut self.dom.nodes[parent as usize];
        let last = p.last_child;
        p.last_child = id;
        if last == NONE {
            p.first_child = id;
        } else {
            self.dom.nodes[last as usize].next = id;
        }
        id
    }

    fn top(&self) -> u32 {
        *self.stack.last().unwrap_or(&0)
    }

    fn text(&mut self, a: usize, b: usize) {
        if a >= b {
            return;
        }
        let parent = self.top();
        // Merge with a preceding text sibling (split by a comment, say).
        let last = self.dom.nodes[parent as usize].last_child;
        if last != NONE {
            let l = &mut self.dom.nodes[last as usize];
            if l.tag == Tag::Text && l.b as usize == a {
                l.b = b as u32;
                return;
            }
        }
        self.append(Node { tag: Tag::Text, parent, first_child: NONE, last_child: NONE, next: NONE, a: a as u32, b: b as u32 });
    }

    fn tag_of(&self, i: u32) -> Tag {
        self.dom.nodes[i as usize].tag
    }

    /// Pops up to and including the nearest open `tag`, not crossing any of `barriers`.
    fn close(&mut self, tag: Tag, barriers: &[Tag]) -> bool {
        for k in (1..self.stack.len()).rev() {
            let t = self.tag_of(self.stack[k]);
            if t == tag {
                self.stack.truncate(k);
                return true;
            }
            if barriers.contains(&t) {
                return false;
            }
        }
        false
    }

    fn start_tag(&mut self, tag: Tag, attrs_from: usize, self_closing: bool) -> u32 {
        use Tag::*;
        if !matches!(tag, Title | Meta | Link | Script | Style | Noscript | Template | Other | Base) && self.stack.iter().any(|&k| self.tag_of(k) == Head) {
            // Anything else (a <body>, a <div>) ends the head.
            self.close(Head, &[]);
        }
        if tag.closes_p() {
            self.close(P, &[Div, Article, Section, Td, Th, Li, Blockquote, Body, Main, Table, Button, Dd, Figure, Form, Header, Footer, Aside, Nav]);
        }
        match tag {
            Li => {
                self.close(Li, &[Ul, Ol, Menu, Div, Table, Body, Article, Section]);
            }
            Dt | Dd
                if !self.close(Dd, &[Dl, Div, Body]) => {
                    self.close(Dt, &[Dl, Div, Body]);
                }
            Td | Th
                if !self.close(Td, &[Tr, Table]) => {
                    self.close(Th, &[Tr, Table]);
                }
            Tr => {
                self.close(Tr, &[Table, Tbody, Thead, Tfoot]);
            }
            Tbody | Thead | Tfoot => {
                for t in [Tbody, Thead, Tfoot] {
                    self.close(t, &[Table]);
                }
            }
            Option => {
                self.close(Option, &[Select, Body]);
            }
            A => {
                self.close(A, &[Div, P, Li, Td, Body, Article, Section]);
            }
            _ => {}
        }
        let parent = self.top();
        let id = self.append(Node {
            tag,
            parent,
            first_child: NONE,
            last_child: NONE,
            next: NONE,
            a: attrs_from as u32,
            b: self.dom.attrs.len() as u32,
        });
        if !tag.is_void() && !self_closing && self.stack.len() < MAX_DEPTH {
            self.stack.push(id);
        }
        id
    }

    fn end_tag(&mut self, tag: Tag, name: &[u8]) {
        use Tag::*;
        if tag == Other {
            // Unknown element: close the nearest Other only if it is on top (cheap and safe).
            let _ = name;
            if self.stack.len() > 1 && self.tag_of(self.top()) == Other {
                self.stack.pop();
            }
            return;
        }
        if tag == Head {
            self.close(Head, &[]);
            return;
        }
        if matches!(tag, Html | Body) {
            return;
        }
        let barriers: &[Tag] = match tag {
            Li => &[Ul, Ol, Table],
            Td | Th | Tr => &[Table],
            P => &[Div, Article, Section, Td, Th, Li, Blockquote, Body, Table],
            _ => &[],
        };
        self.close(tag, barriers);
    }

    fn run(&mut self) {
        let src = self.dom.src;
        let b = src.as_bytes();
        let n = b.len();
        let mut i = 0usize;
        let mut text_start = 0usize;
        let mut name_buf = [0u8; 16];
        while i < n {
            let Some(off) = memchr::memchr(b'<', &b[i..]) else { break };
            let lt = i + off;
            i = lt + 1;
            if i >= n {
                break;
            }
            let c = b[i];
            if c == b'!' {
                self.text(text_start, lt);
                if b[i..].starts_with(b"!--") {
                    i = match memchr::memmem::find(&b[i + 3..], b"-->") {
                        Some(p) => i + 3 + p + 3,
                        None => n,
                    };
                } else {
                    i = memchr::memchr(b'>', &b[i..]).map_or(n, |p| i + p + 1);
                }
                text_start = i;
                continue;
            }
            if c == b'?' {
                self.text(text_start, lt);
                i = memchr::memchr(b'>', &b[i..]).map_or(n, |p| i + p + 1);
                text_start = i;
                continue;
            }
            let closing = c == b'/';
            let ns = if closing { i + 1 } else { i };
            if ns >= n || !b[ns].is_ascii_alphabetic() {
                if closing {
                    // `</ >` or `</3`: a bogus comment.
                    self.text(text_start, lt);
                    i = memchr::memchr(b'>', &b[i..]).map_or(n, |p| i + p + 1);
                    text_start = i;
                }
                continue;
            }
            let mut ne = ns;
            while ne < n && !matches!(b[ne], b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'/' | b'>') {
                ne += 1;
            }
            self.text(text_start, lt);
            let tag = lower_name(&b[ns..ne], &mut name_buf);
            if closing {
                i = memchr::memchr(b'>', &b[ne..]).map_or(n, |p| ne + p + 1);
                text_start = i;
                self.end_tag(tag, &b[ns..ne]);
                continue;
            }
            // Attributes.
            let attrs_from = self.dom.attrs.len();
            let mut j = ne;
            let mut self_closing = false;
            loop {
                while j < n && matches!(b[j], b' ' | b'\t' | b'\n' | b'\r' | b'\x0c') {
                    j += 1;
                }
                if j >= n {
                    break;
                }
                if b[j] == b'>' {
                    j += 1;
                    break;
                }
                if b[j] == b'/' {
                    j += 1;
                    if j < n && b[j] == b'>' {
                        self_closing = true;
                        j += 1;
                        break;
                    }
                    continue;
                }
                let an = j;
                while j < n && !matches!(b[j], b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'/' | b'>' | b'=') {
                    j += 1;
                }
                if j == an {
                    j += 1; // stray '=' etc.
                    continue;
                }
                let ae = j;
                while j < n && matches!(b[j], b' ' | b'\t' | b'\n' | b'\r' | b'\x0c') {
                    j += 1;
                }
                let (vs, ve);
                if j < n && b[j] == b'=' {
                    j += 1;
                    while j < n && matches!(b[j], b' ' | b'\t' | b'\n' | b'\r' | b'\x0c') {
                        j += 1;
                    }
                    if j < n && (b[j] == b'"' || b[j] == b'\'') {
                        let q = b[j];
                        vs = j + 1;
                        ve = memchr::memchr(q, &b[vs..]).map_or(n, |p| vs + p);
                        j = (ve + 1).min(n);
                    } else {
                        vs = j;
                        while j < n && !matches!(b[j], b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'>') {
                            j += 1;
                        }
                        ve = j;
                    }
                } else {
                    vs = ae;
                    ve = ae;
                }
                if self.dom.attrs.len() - attrs_from < 64 {
                    self.dom.attrs.push(Attr { name: (an as u32, ae as u32), value: (vs as u32, ve as u32) });
                }
            }
            i = j;
            text_start = i;
            let id = self.start_tag(tag, attrs_from, self_closing);
            if tag.raw_text() && !self_closing {
                // Find the matching end tag, case-insensitively.
                let name = &b[ns..ne];
                let mut k = i;
                let end;
                loop {
                    match memchr::memmem::find(&b[k..], b"</") {
                        None => {
                            end = (n, n);
                            break;
                        }
                        Some(p) => {
                            let s = k + p + 2;
                            if s + name.len() <= n && b[s..s + name.len()].eq_ignore_ascii_case(name) {
                                let close = memchr::memchr(b'>', &b[s..]).map_or(n, |q| s + q + 1);
                                end = (k + p, close);
                                break;
                            }
                            k = s;
                        }
                    }
                }
                if end.0 > i {
                    let parent_ok = self.top() == id;
                    if parent_ok {
                        self.text(i, end.0);
                    }
                }
                if self.top() == id {
                    self.stack.pop();
                }
                i = end.1;
                text_start = i;
            }
        }
        self.text(text_start, n);
    }
}

/// Appends `t` to `s` with runs of whitespace collapsed to one space.
pub fn push_collapsed(s: &mut String, t: &str) {
    let mut last_space = s.is_empty() || s.ends_with(' ') || s.ends_with('\n');
    for c in t.chars() {
        if c.is_whitespace() {
            if !last_space {
                s.push(' ');
                last_space = true;
            }
        } else {
            s.push(c);
            last_space = false;
        }
    }
}

/// Decodes character references (`&amp;`, `&#8217;`, `&#x2019;` and the common named ones).
pub fn decode_entities(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.as_bytes().contains(&b'&') {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let b = s.as_bytes();
    let mut i = 0;
    let mut last = 0;
    while let Some(p) = memchr::memchr(b'&', &b[i..]) {
        let amp = i + p;
        i = amp + 1;
        // Find the reference end: alnum run, optional ';'.
        let mut j = i;
        let numeric = j < b.len() && b[j] == b'#';
        if numeric {
            j += 1;
        }
        let hex = numeric && j < b.len() && (b[j] == b'x' || b[j] == b'X');
        if hex {
            j += 1;
        }
        let ds = j;
        while j < b.len() && j - ds < 32 && b[j].is_ascii_alphanumeric() {
            j += 1;
        }
        if j == ds {
            continue;
        }
        let body = &s[ds..j];
        let semi = j < b.len() && b[j] == b';';
        let ch: Option<char> = if numeric {
            let v = if hex { u32::from_str_radix(body, 16).ok() } else { body.parse::<u32>().ok() };
            v.map(|v| match v {
                0 => '\u{fffd}',
                0x80..=0x9f => windows1252_c1(v),
                _ => char::from_u32(v).unwrap_or('\u{fffd}'),
            })
        } else if semi || matches!(body, "amp" | "lt" | "gt" | "quot" | "nbsp" | "copy") {
            named_entity(body)
        } else {
            None
        };
        if let Some(c) = ch {
            out.push_str(&s[last..amp]);
            out.push(c);
            i = if semi { j + 1 } else { j };
            last = i;
        }
    }
    out.push_str(&s[last..]);
    std::borrow::Cow::Owned(out)
}

fn windows1252_c1(v: u32) -> char {
    const T: [char; 32] = [
        '\u{20ac}', '\u{81}', '\u{201a}', '\u{192}', '\u{201e}', '\u{2026}', '\u{2020}', '\u{2021}', '\u{2c6}', '\u{2030}',
        '\u{160}', '\u{2039}', '\u{152}', '\u{8d}', '\u{17d}', '\u{8f}', '\u{90}', '\u{2018}', '\u{2019}', '\u{201c}',
        '\u{201d}', '\u{2022}', '\u{2013}', '\u{2014}', '\u{2dc}', '\u{2122}', '\u{161}', '\u{203a}', '\u{153}', '\u{9d}',
        '\u{17e}', '\u{178}',
    ];
    T[(v - 0x80) as usize]
}

/// The character of a named reference (HTML's common named references; unknown names: `None`).
fn named_entity(name: &str) -> Option<char> {
    Some(match name {
        "amp" => '&', "lt" => '<', "gt" => '>', "quot" => '"', "apos" => '\'', "nbsp" => '\u{a0}',
        "ndash" => '\u{2013}', "mdash" => '\u{2014}', "hellip" => '\u{2026}', "lsquo" => '\u{2018}',
        "rsquo" => '\u{2019}', "sbquo" => '\u{201a}', "ldquo" => '\u{201c}', "rdquo" => '\u{201d}',
        "bdquo" => '\u{201e}', "laquo" => '\u{ab}', "raquo" => '\u{bb}', "lsaquo" => '\u{2039}',
        "rsaquo" => '\u{203a}', "bull" => '\u{2022}', "middot" => '\u{b7}', "copy" => '\u{a9}',
        "reg" => '\u{ae}', "trade" => '\u{2122}', "deg" => '\u{b0}', "plusmn" => '\u{b1}',
        "times" => '\u{d7}', "divide" => '\u{f7}', "frac12" => '\u{bd}', "frac14" => '\u{bc}',
        "frac34" => '\u{be}', "euro" => '\u{20ac}', "pound" => '\u{a3}', "yen" => '\u{a5}',
        "cent" => '\u{a2}', "sect" => '\u{a7}', "para" => '\u{b6}', "dagger" => '\u{2020}',
        "Dagger" => '\u{2021}', "prime" => '\u{2032}', "Prime" => '\u{2033}', "thinsp" => '\u{2009}',
        "ensp" => '\u{2002}', "emsp" => '\u{2003}', "zwnj" => '\u{200c}', "zwj" => '\u{200d}',
        "shy" => '\u{ad}', "iexcl" => '\u{a1}', "iquest" => '\u{bf}', "ordf" => '\u{aa}',
        "ordm" => '\u{ba}', "micro" => '\u{b5}', "acute" => '\u{b4}', "uml" => '\u{a8}',
        "szlig" => '\u{df}', "agrave" => '\u{e0}', "aacute" => '\u{e1}', "acirc" => '\u{e2}',
        "atilde" => '\u{e3}', "auml" => '\u{e4}', "aring" => '\u{e5}', "aelig" => '\u{e6}',
        "ccedil" => '\u{e7}', "egrave" => '\u{e8}', "eacute" => '\u{e9}', "ecirc" => '\u{ea}',
        "euml" => '\u{eb}', "igrave" => '\u{ec}', "iacute" => '\u{ed}', "icirc" => '\u{ee}',
        "iuml" => '\u{ef}', "eth" => '\u{f0}', "ntilde" => '\u{f1}', "ograve" => '\u{f2}',
        "oacute" => '\u{f3}', "ocirc" => '\u{f4}', "otilde" => '\u{f5}', "ouml" => '\u{f6}',
        "oslash" => '\u{f8}', "ugrave" => '\u{f9}', "uacute" => '\u{fa}', "ucirc" => '\u{fb}',
        "uuml" => '\u{fc}', "yacute" => '\u{fd}', "yuml" => '\u{ff}', "Agrave" => '\u{c0}',
        "Aacute" => '\u{c1}', "Acirc" => '\u{c2}', "Atilde" => '\u{c3}', "Auml" => '\u{c4}',
        "Aring" => '\u{c5}', "AElig" => '\u{c6}', "Ccedil" => '\u{c7}', "Egrave" => '\u{c8}',
        "Eacute" => '\u{c9}', "Ecirc" => '\u{ca}', "Euml" => '\u{cb}', "Igrave" => '\u{cc}',
        "Iacute" => '\u{cd}', "Icirc" => '\u{ce}', "Iuml" => '\u{cf}', "Ntilde" => '\u{d1}',
        "Ograve" => '\u{d2}', "Oacute" => '\u{d3}', "Ocirc" => '\u{d4}', "Otilde" => '\u{d5}',
        "Ouml" => '\u{d6}', "Oslash" => '\u{d8}', "Ugrave" => '\u{d9}', "Uacute" => '\u{da}',
        "Ucirc" => '\u{db}', "Uuml" => '\u{dc}', "Yacute" => '\u{dd}', "oelig" => '\u{153}',
        "OElig" => '\u{152}', "scaron" => '\u{161}', "Scaron" => '\u{160}', "zcaron" => '\u{17e}',
        "Zcaron" => '\u{17d}', "larr" => '\u{2190}', "rarr" => '\u{2192}', "uarr" => '\u{2191}',
        "darr" => '\u{2193}', "hearts" => '\u{2665}', "minus" => '\u{2212}', "le" => '\u{2264}',
        "ge" => '\u{2265}', "ne" => '\u{2260}', "asymp" => '\u{2248}', "infin" => '\u{221e}',
        "alpha" => '\u{3b1}', "beta" => '\u{3b2}', "gamma" => '\u{3b3}', "delta" => '\u{3b4}',
        "pi" => '\u{3c0}', "mu" => '\u{3bc}', "sigma" => '\u{3c3}', "omega" => '\u{3c9}',
        "lrm" => '\u{200e}', "rlm" => '\u{200f}', "circ" => '\u{2c6}', "tilde" => '\u{2dc}',
        "fnof" => '\u{192}', "permil" => '\u{2030}', "loz" => '\u{25ca}', "check" => '\u{2713}',
        "half" => '\u{bd}', "sup2" => '\u{b2}', "sup3" => '\u{b3}', "sup1" => '\u{b9}',
        "curren" => '\u{a4}', "brvbar" => '\u{a6}', "not" => '\u{ac}', "macr" => '\u{af}',
        "cedil" => '\u{b8}', "colon" => ':', "comma" => ',', "period" => '.', "excl" => '!',
        "quest" => '?', "lpar" => '(', "rpar" => ')', "sol" => '/', "num" => '#', "dollar" => '$',
        "percnt" => '%', "ast" => '*', "plus" => '+', "equals" => '=', "lowbar" => '_',
        "hyphen" => '\u{2010}', "dash" => '\u{2010}', "NewLine" => '\n', "Tab" => '\t',
        _ => return None,
    })
}
