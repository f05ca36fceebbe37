//! HTML reading: main text, boilerplate removal, layout and metadata, on small pages written for
//! these tests (no real pages are copied here).

use chancery_article::{html::read_html, read, BlockKind};

/// Three paragraphs of made-up news prose, used as the body of most pages below.
const BODY: &str = r#"
<p>The harbour authority of Portvale said on Tuesday that it would close the northern pier for repairs, after inspectors found cracks in two of its supporting columns during a routine survey.</p>
<p>Ferry operators, who use the pier for about forty crossings a day, said they had been given a week's notice and would move their boats to the southern quay, where space is limited.</p>
<p>"We understand the safety concerns, but the timing is difficult for us," said Mara Ellison, who runs a small passenger service to the islands, adding that bookings were already high.</p>
"#;

fn page(head: &str, body: &str) -> String {
    format!("<!DOCTYPE html><html><head><meta charset=\"utf-8\">{head}</head><body>{body}</body></html>")
}

/// Reads `html` and compares the blocks (kind initial + text) with `expected`.
fn check(html: &str, expected: &[(&str, &str)]) {
    let a = read_html("t.html", html).expect("page reads");
    let got: Vec<(String, String)> = a
        .blocks
        .iter()
        .map(|b| {
            let k = match b.kind {
                BlockKind::Paragraph => "P",
                BlockKind::Heading => "H",
                BlockKind::ListItem => "L",
                BlockKind::Quote => "Q",
            };
            (k.to_string(), a.orig(b.start, b.end).to_string())
        })
        .collect();
    let want: Vec<(String, String)> = expected.iter().map(|(k, t)| (k.to_string(), t.to_string())).collect();
    assert_eq!(got, want, "\nfull text:\n{}", a.text);
}

fn body_paras() -> Vec<(&'static str, &'static str)> {
    vec![
        ("P", "The harbour authority of Portvale said on Tuesday that it would close the northern pier for repairs, after inspectors found cracks in two of its supporting columns during a routine survey."),
        ("P", "Ferry operators, who use the pier for about forty crossings a day, said they had been given a week's notice and would move their boats to the southern quay, where space is limited."),
        ("P", "\"We understand the safety concerns, but the timing is difficult for us,\" said Mara Ellison, who runs a small passenger service to the islands, adding that bookings were already high."),
    ]
}

#[test]
fn plain_article() {
    check(&page("<title>Pier to close</title>", &format!("<article>{BODY}</article>")), &body_paras());
}

#[test]
fn boilerplate_is_removed() {
    let body = format!(
        r#"<div id="cookie-banner"><p>We use cookies to improve your experience, please accept them all, thank you very much.</p><button>Accept</button></div>
        <header><a href="/">Portvale Gazette</a></header>
        <nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav>
        <div class="layout">
          <div class="article-body">{BODY}
            <div class="share-buttons"><a href="/share">Share on social media</a> <a href="/mail">Email this story to a friend</a></div>
          </div>
          <aside class="sidebar"><h3>Most read</h3><p>Local bakery wins a regional prize for its sourdough loaves, judges said on Friday.</p></aside>
          <div class="related-articles"><h3>Related</h3><ul><li><a href="/a">Council approves new budget for the coming year</a></li><li><a href="/b">Storm damages the old lighthouse on the cape</a></li></ul></div>
          <section id="comments"><h3>Comments</h3><p>I have used that pier for years and never noticed any cracks, what a shame for everyone.</p></section>
        </div>
        <footer><p>Copyright 2031 Portvale Gazette. All rights reserved by the company and its partners.</p></footer>"#
    );
    check(&page("", &body), &body_paras());
}

#[test]
fn headings_lists_quotes() {
    let body = r#"<main><div class="entry-content">
      <p>The council published its plan for the harbour on Monday, listing the works it expects to finish before the summer season starts.</p>
      <h2>What will change</h2>
      <ul><li>The northern pier closes for twelve weeks.</li><li>Ferries move to the southern quay.</li></ul>
      <p>Officials said the plan had been discussed with operators, fishermen and residents over several months of meetings.</p>
      <blockquote><p>It is the biggest repair in thirty years.</p></blockquote>
      <p>Work is due to start in the second week of March, weather permitting, and will be paid for by the regional government.</p>
    </div></main>"#;
    check(
        &page("", body),
        &[
            ("P", "The council published its plan for the harbour on Monday, listing the works it expects to finish before the summer season starts."),
            ("H", "What will change"),
            ("L", "The northern pier closes for twelve weeks."),
            ("L", "Ferries move to the southern quay."),
            ("P", "Officials said the plan had been discussed with operators, fishermen and residents over several months of meetings."),
            ("Q", "It is the biggest repair in thirty years."),
            ("P", "Work is due to start in the second week of March, weather permitting, and will be paid for by the regional government."),
        ],
    );
}

#[test]
fn headline_repeated_in_body_is_not_body() {
    let head = r#"<meta property="og:title" content="Portvale to close northern pier">"#;
    let body = format!("<article><h1>Portvale to close northern pier</h1>{BODY}</article>");
    let a = read_html("t.html", &page(head, &body)).unwrap();
    assert_eq!(a.title.as_deref(), Some("Portvale to close northern pier"));
    assert!(a.headings().next().is_none(), "{:?}", a.text);
}

#[test]
fn inline_markup_and_entities() {
    let body = r#"<article><p>The mayor&#8217;s office said the <b>repairs</b> would cost &pound;2&nbsp;million &amp; take <a href="/x">twelve weeks</a>, according to a statement.</p>
    <p>Residents&nbsp;&mdash; many of whom fish from the pier &mdash; said they would miss it during the &quot;busy&quot; months of the year.</p></article>"#;
    check(
        &page("", body),
        &[
            ("P", "The mayor\u{2019}s office said the repairs would cost \u{a3}2 million & take twelve weeks, according to a statement."),
            ("P", "Residents \u{2014} many of whom fish from the pier \u{2014} said they would miss it during the \"busy\" months of the year."),
        ],
    );
}

#[test]
fn loose_text_with_line_breaks() {
    let body = "<div id=\"main\"><div class=\"menu\"><a href=\"/\">Home</a></div>The harbour authority of Portvale said on Tuesday that it would close the northern pier for repairs.<br><br>Ferry operators said they would move their boats to the southern quay, where space is limited.</div>";
    check(
        &page("", body),
        &[
            ("P", "The harbour authority of Portvale said on Tuesday that it would close the northern pier for repairs."),
            ("P", "Ferry operators said they would move their boats to the southern quay, where space is limited."),
        ],
    );
}

#[test]
fn hidden_elements_are_dropped() {
    let body = format!(r#"<article>{BODY}<div style="display: none"><p>This paragraph is hidden from readers and must never appear in the extracted text of the page.</p></div><p hidden>Also hidden, and long enough to count as a paragraph of running text here.</p></article>"#);
    check(&page("", &body), &body_paras());
}

#[test]
fn sentences_and_offsets() {
    let a = read_html("t.html", &page("", &format!("<article>{BODY}</article>"))).unwrap();
    assert_eq!(a.blocks.len(), 3);
    assert!(a.sentences.len() >= 3);
    // Offsets point into norm; the original text of each block matches the text layout.
    let parts: Vec<&str> = a.text.split("\n\n").collect();
    for (b, p) in a.blocks.iter().zip(parts) {
        assert_eq!(a.orig(b.start, b.end), p);
    }
    assert_eq!(a.kind, Some(chancery_article::InputKind::Html));
}

// ---------------------------------------------------------------- metadata

#[derive(Default)]
struct Want<'a> {
    title: Option<&'a str>,
    subtitle: Option<&'a str>,
    author: Option<&'a str>,
    published: Option<&'a str>,
    outlet: Option<&'a str>,
    url: Option<&'a str>,
}

fn check_meta(head: &str, body_extra: &str, want: Want) {
    let html = page(head, &format!("{body_extra}<article>{BODY}</article>"));
    let a = read_html("t.html", &html).expect("page reads");
    assert_eq!(a.title.as_deref(), want.title, "title");
    assert_eq!(a.subtitle.as_deref(), want.subtitle, "subtitle");
    assert_eq!(a.author.as_deref(), want.author, "author");
    assert_eq!(a.published.map(|d| d.to_string()).as_deref(), want.published, "published");
    assert_eq!(a.outlet.as_deref(), want.outlet, "outlet");
    assert_eq!(a.url.as_deref(), want.url, "url");
}

#[test]
fn json_ld_news_article() {
    let head = r#"<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
      "headline":"Portvale pier to close for repairs","datePublished":"2031-03-04T09:30:00+01:00",
      "dateModified":"2031-03-05T10:00:00+01:00","author":[{"@type":"Person","name":"Jonas Whitby"},{"@type":"Person","name":"Ana Duarte"}],
      "publisher":{"@type":"Organization","name":"Portvale Gazette"},"description":"Cracks found in two columns of the northern pier."}</script>
      <link rel="canonical" href="https://gazette.example/2031/03/04/pier">"#;
    check_meta(head, "", Want {
        title: Some("Portvale pier to close for repairs"),
        subtitle: Some("Cracks found in two columns of the northern pier."),
        author: Some("Jonas Whitby, Ana Duarte"),
        published: Some("2031-03-04"),
        outlet: Some("Portvale Gazette"),
        url: Some("https://gazette.example/2031/03/04/pier"),
    });
}

#[test]
fn json_ld_graph_with_person_reference() {
    let head = r#"<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
      {"@type":"WebSite","@id":"https://g.example/#site","name":"Gull Weekly"},
      {"@type":"Person","@id":"https://g.example/#/person/1","name":"Rosa Lind"},
      {"@type":["ReportageNewsArticle"],"headline":"Storm hits the cape","datePublished":"2030-11-20",
       "author":{"@id":"https://g.example/#/person/1"}}]}</script>"#;
    check_meta(head, "", Want {
        title: Some("Storm hits the cape"),
        author: Some("Rosa Lind"),
        published: Some("2030-11-20"),
        outlet: Some("Gull Weekly"),
        ..Default::default()
    });
}

#[test]
fn opengraph_and_meta_names() {
    let head = r#"<meta property="og:title" content="Ferries move to the southern quay">
      <meta property="og:site_name" content="Island Times">
      <meta property="og:url" content="https://island.example/ferries">
      <meta property="og:description" content="Operators get a week&#39;s notice before the pier closes.">
      <meta name="author" content="By Pia Sorensen">
      <meta property="article:published_time" content="2029-06-30T08:15:00Z">"#;
    check_meta(head, "", Want {
        title: Some("Ferries move to the southern quay"),
        subtitle: Some("Operators get a week's notice before the pier closes."),
        author: Some("Pia Sorensen"),
        published: Some("2029-06-30"),
        outlet: Some("Island Times"),
        url: Some("https://island.example/ferries"),
    });
}

#[test]
fn parsely_sailthru_and_dublin_core() {
    check_meta(
        r#"<meta name="parsely-author" content="Theo Marsh"><meta name="parsely-pub-date" content="2028-01-15T12:00:00Z"><title>Harbour news - Coast Post</title>"#,
        "",
        Want { title: Some("Harbour news - Coast Post"), author: Some("Theo Marsh"), published: Some("2028-01-15"), ..Default::default() },
    );
    check_meta(
        r#"<meta name="sailthru.author" content="Ida Berg"><meta name="sailthru.date" content="2027-09-02 10:00:00">"#,
        "",
        Want { author: Some("Ida Berg"), published: Some("2027-09-02"), ..Default::default() },
    );
    check_meta(
        r#"<meta name="DC.creator" content="Olle Vik"><meta name="DC.date" content="2026-05-07">"#,
        "",
        Want { author: Some("Olle Vik"), published: Some("2026-05-07"), ..Default::default() },
    );
}

#[test]
fn byline_elements_and_time() {
    check_meta("", r#"<div class="byline">By <a rel="author" href="/people/kai">Kai Norum</a> | <time datetime="2025-12-01T07:00:00Z">1 December</time></div>"#, Want {
        author: Some("Kai Norum"),
        published: Some("2025-12-01"),
        ..Default::default()
    });
    check_meta("", r#"<p>By Lena Fagerli</p><span class="posted-on">Posted on March 3, 2024</span>"#, Want {
        author: Some("Lena Fagerli"),
        published: Some("2024-03-03"),
        ..Default::default()
    });
    check_meta("", r#"<a href="https://x.example/author/nils-haug/">Nils Haug</a>"#, Want { author: Some("Nils Haug"), ..Default::default() });
}

#[test]
fn title_prefers_visible_headline() {
    let head = r#"<meta property="og:title" content="Pier closure: what you need to know | Coast Post"><meta property="og:site_name" content="Coast Post">"#;
    check_meta(head, "<h1>Northern pier closes for twelve weeks</h1>", Want {
        title: Some("Northern pier closes for twelve weeks"),
        outlet: Some("Coast Post"),
        ..Default::default()
    });
    check_meta(r#"<title>Pier closure explained | Coast Post</title><meta property="og:site_name" content="Coast Post">"#, "", Want {
        title: Some("Pier closure explained"),
        outlet: Some("Coast Post"),
        ..Default::default()
    });
}

#[test]
fn description_that_repeats_the_lead_is_not_a_dek() {
    let head = r#"<meta name="description" content="The harbour authority of Portvale said on Tuesday that it would close the northern pier...">"#;
    check_meta(head, "", Want::default());
}

#[test]
fn date_from_url_when_nothing_else() {
    check_meta(r#"<link rel="canonical" href="https://news.example/2023/08/14/pier-story/">"#, "", Want {
        published: Some("2023-08-14"),
        url: Some("https://news.example/2023/08/14/pier-story/"),
        ..Default::default()
    });
}

// ---------------------------------------------------------------- charset and robustness

#[test]
fn latin1_page_via_read() {
    let mut bytes = b"<html><head><meta charset=\"iso-8859-1\"><title>Caf\xe9</title></head><body><article><p>Le caf\xe9 du port a ferm\xe9 ses portes mardi, apr\xe8s quarante ans de service aux p\xeacheurs de la ville.</p><p>Les habitants ont d\xe9pos\xe9 des fleurs devant la vitrine, selon plusieurs t\xe9moins pr\xe9sents sur place.</p></article></body></html>".to_vec();
    bytes.extend_from_slice(b"\n");
    let arts = read("t.html", &bytes).unwrap();
    let a = &arts[0];
    assert_eq!(a.kind, Some(chancery_article::InputKind::Html));
    assert!(a.text.contains("Le café du port a fermé ses portes mardi"), "{}", a.text);
}

#[test]
fn deeply_nested_divs_do_not_overflow() {
    let depth = 100_000;
    let mut s = String::with_capacity(depth * 11 + 400);
    s.push_str("<html><body>");
    for _ in 0..depth {
        s.push_str("<div>");
    }
    s.push_str("<p>The harbour authority said on Tuesday that it would close the northern pier for repairs, officials said.</p>");
    for _ in 0..depth {
        s.push_str("</div>");
    }
    s.push_str("</body></html>");
    let a = read_html("deep.html", &s).expect("reads");
    assert!(a.text.contains("close the northern pier"), "{}", a.text);
    // Unclosed nesting too.
    let s2 = "<div><span><b>".repeat(50_000) + "Some closing words, long enough to count as a paragraph of text.";
    let _ = read_html("deep2.html", &s2);
}

#[test]
fn huge_page_reads() {
    let para = "<p>The harbour authority said on Tuesday that it would close the northern pier for repairs, after inspectors found cracks.</p>\n";
    let s = format!("<html><body><nav><a href='/'>Home</a></nav><article>{}</article></body></html>", para.repeat(40_000));
    let a = read_html("huge.html", &s).expect("reads");
    assert_eq!(a.blocks.len(), 40_000);
}

#[test]
fn broken_markup_never_panics() {
    let cases = [
        "<", "<<<>>>", "</", "<!--", "<!-- never closed <p>text</p>", "<script>never closed", "<p a=\"unterminated",
        "<p a='x' b=y c>t</p>", "</p></p></div></body>", "<a href=x><a href=y>nested links</a></a>", "<p>&#xFFFFFFFF; &#0; &#128; &bogus; &amp",
        "<table><tr><td>cell<td>cell<tr><td>row</table>", "<ul><li>one<li>two</ul>", "<title>t</title><body>\u{fffd}\u{0}</body>",
        "<html><head><div>body content in the head, long enough to be read as text by the reader.</div>",
        "<svg><title>icon</title></svg><p>text after an icon that is long enough to count as prose.</p>",
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":[[[[{}]]]],\"headline\":5}</script><p>body text that is long enough, with a comma.</p>",
        "<script type=\"application/ld+json\">{not json</script><p>x</p>", "<meta name=author content=\"\u{e9}\u{e9}\u{e9} | x\"><p>y</p>",
        "<p>é</p><time datetime=\"9999-99-99\">é</time>",
    ];
    for c in cases {
        let _ = read_html("broken.html", c);
        let _ = read("broken.html", c.as_bytes());
    }
}

#[test]
fn empty_page_is_no_content() {
    assert_eq!(read_html("e.html", "<html><body><nav><a href='/'>Home</a></nav></body></html>").unwrap_err(), chancery_article::ReadError::NoContent);
}

#[test]
fn trailing_comments_and_related_sections_are_cut() {
    let body = format!(
        r#"<article>{BODY}<h3>Comments</h3><p>Lovely old pier, I used to walk there every Sunday with my grandfather, long ago now.</p><p>Repairs are long overdue, the council should have acted years ago, in my opinion.</p></article>"#
    );
    check(&page("", &body), &body_paras());
    let body = format!(
        r#"<article>{BODY}<h2>You may also like</h2><p>Fishing season opens early this year, the regional authority said in a short statement on Monday.</p></article>"#
    );
    check(&page("", &body), &body_paras());
}

#[test]
fn json_ld_webpage_author_and_byline_lines() {
    let head = r#"<script type="application/ld+json">{"@graph":[{"@type":"WebPage","author":{"@id":"/p/9"},"datePublished":"2030-02-11T10:00:00Z"},
      {"@type":"Person","@id":"/p/9","name":"Edda Holm"}]}</script>"#;
    check_meta(head, "", Want { author: Some("Edda Holm"), published: Some("2030-02-11"), ..Default::default() });
    // The role on the byline's second line is not part of the name; the date in the line is found.
    check_meta("", r#"<div class="author-box"><span class="author-name">Bo Lund</span><div>Senior Reporter</div></div><p>By Bo Lund - Mar 27, 2024</p>"#, Want {
        author: Some("Bo Lund"),
        published: Some("2024-03-27"),
        ..Default::default()
    });
}

/// Reads a whole page written by hand and returns (title, author, published).
fn meta_of(html: &str) -> (Option<String>, Option<String>, Option<String>) {
    let a = read_html("t.html", html).expect("page reads");
    (a.title.clone(), a.author.clone(), a.published.map(|d| d.to_string()))
}

#[test]
fn author_written_after_a_label() {
    let cases: &[(&str, &str)] = &[
        (r#"<div class="hdr"><div class="caption">Author</div><div class="who">Oskar Brandt</div></div>"#, "Oskar Brandt"),
        (r#"<div><strong>Contributors:</strong> Wenna Clay</div>"#, "Wenna Clay"),
        (r#"<p>By <a href="https://x.example/people/43">R. T. Moss</a> &nbsp; <a class="btn" href="/print">Print edition</a></p>"#, "R. T. Moss"),
        (r#"<div class="x1"><span class="y2">By</span><span>Dalia Munro</span></div>"#, "Dalia Munro"),
        (r#"<h2>Article by</h2><div class="big">Eero Saarinen-Lapp</div>"#, "Eero Saarinen-Lapp"),
        (r#"<a class="the-author" href="/p/1"><span>Mina Farrow</span></a>"#, "Mina Farrow"),
        (r#"<span class="who">Posted byAlvar Teig</span><span class="post-author">Posted byAlvar Teig</span>"#, "Alvar Teig"),
    ];
    for (extra, want) in cases {
        let html = page("", &format!("{extra}<article>{BODY}</article>"));
        assert_eq!(meta_of(&html).1.as_deref(), Some(*want), "{extra}");
    }
    // A label followed by a sentence is not a byline.
    let html = page("", &format!("<div><b>Author</b> of three books on the harbour, she said so herself at length.</div><article>{BODY}</article>"));
    assert_eq!(meta_of(&html).1, None);
}

#[test]
fn twitter_label_data_author() {
    let head = r#"<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Hale Brook"><meta name="twitter:label2" content="Filed under"><meta name="twitter:data2" content="Books">"#;
    check_meta(head, "", Want { author: Some("Hale Brook"), ..Default::default() });
}

#[test]
fn page_wide_sidebar_class_does_not_hide_the_byline() {
    let html = format!(
        r#"<html><head></head><body class="single has-sidebar comments-open"><div class="entry-meta"><span class="author vcard"><span class="fn">Nora Vale</span></span></div><article>{BODY}</article><div class="sidebar"><span class="author">Not Her</span></div></body></html>"#
    );
    assert_eq!(meta_of(&html).1.as_deref(), Some("Nora Vale"));
}

#[test]
fn dates_in_short_lines() {
    let cases: &[(&str, &str)] = &[
        (r#"<div style="font-size:18px">Posted on the 15/12/2030 at 19:00 by <a href="/me">someone</a></div>"#, "2030-12-15"),
        (r#"<span class="c1">December 18, 2029<!-- --> ・ 3 min read</span>"#, "2029-12-18"),
        (r#"<div class="row"><svg><use href="/ui.svg#cal"></use></svg> Dec 12, 2028 </div>"#, "2028-12-12"),
        (r#"<h5 class="pre">  January 23, 2027 </h5>"#, "2027-01-23"),
        (r#"<p>Published 4 May 2026, updated 9 May 2026</p>"#, "2026-05-04"),
    ];
    for (extra, want) in cases {
        let html = page("", &format!("{extra}<article>{BODY}</article>"));
        assert_eq!(meta_of(&html).2.as_deref(), Some(*want), "{extra}");
    }
    // A copyright line is not the publication date.
    let html = page("", &format!("<article>{BODY}</article><div>&copy; 2025 Harbour Co. 12 May 2025</div>"));
    assert_eq!(meta_of(&html).2, None);
}

#[test]
fn blog_name_h1_does_not_replace_the_title() {
    let head = r#"<title>Rebuilding the lighthouse lens, part 4 | Tide Notes</title><meta property="og:site_name" content="Tide Notes">"#;
    let html = page(head, &format!("<h1>Harbourmaster's little corner</h1><article>{BODY}</article>"));
    assert_eq!(meta_of(&html).0.as_deref(), Some("Rebuilding the lighthouse lens, part 4"));
    // The visible headline with the site appended loses the site name.
    let head = r#"<title>Quay works begin - Coast Post</title><meta property="og:site_name" content="Coast Post">"#;
    let html = page(head, &format!("<h1>Quay works begin next Monday - Coast Post</h1><article>{BODY}</article>"));
    assert_eq!(meta_of(&html).0.as_deref(), Some("Quay works begin next Monday"));
}

#[test]
fn author_cleanup_roles_and_kinds() {
    let cases: &[(&str, &str)] = &[
        (r#"<span class="author">Recipe by Tove Ekdal</span>"#, "Tove Ekdal"),
        (r#"<div class="byline">Guide by Ivo Renn Former Deputy Tech Editor</div>"#, "Ivo Renn"),
        (r#"<div class="byline">Ada Quist, Home- and Garden-Security Expert</div>"#, "Ada Quist"),
        (r#"<div class="byline">Ada Quist, Bo Lund</div>"#, "Ada Quist, Bo Lund"),
    ];
    for (extra, want) in cases {
        let html = page("", &format!("{extra}<article>{BODY}</article>"));
        assert_eq!(meta_of(&html).1.as_deref(), Some(*want), "{extra}");
    }
}

#[test]
fn account_name_in_metadata_gives_way_to_visible_byline() {
    let head = r#"<meta name="author" content="Site Admin">"#;
    check_meta(head, r#"<div class="byline">By Tilde Marsh</div>"#, Want { author: Some("Tilde Marsh"), ..Default::default() });
    // A person in the metadata stays even when the page shows another name.
    let head = r#"<meta name="author" content="Ulla Brek">"#;
    check_meta(head, r#"<div class="byline">By Tilde Marsh</div>"#, Want { author: Some("Ulla Brek"), ..Default::default() });
}

#[test]
fn updated_dates_are_not_publication_dates() {
    let cases: &[(&str, Option<&str>)] = &[
        (r#"<div class="x">Updated <time datetime="2031-01-16T00:00:00Z">January 16, 2031</time></div><p>March 3, 2030</p>"#, Some("2030-03-03")),
        // With nothing else on the page, the update date is better than none.
        (r#"<div class="date-create">Updated <span>January 08, 2031</span></div>"#, Some("2031-01-08")),
        (r#"<span class="post-date"><span>Last Updated</span> <span>on</span> <span class="date">Feb 24, 2031</span></span><span><time datetime="2030-05-05">5 May</time></span>"#, Some("2030-05-05")),
        (r#"<p class="meta">Updated <time datetime="2031-02-02">2 Feb</time></p><p>Published <time datetime="2030-12-30">30 Dec</time></p>"#, Some("2030-12-30")),
    ];
    for (extra, want) in cases {
        let html = page("", &format!("{extra}<article>{BODY}</article>"));
        assert_eq!(meta_of(&html).2.as_deref(), *want, "{extra}");
    }
}

#[test]
fn title_trailers_are_stripped() {
    let cases: &[(&str, &str)] = &[
        (r#"<title>How to calm a seasick dog on the ferry | Pet Advice | Portvale Vets</title>"#, "How to calm a seasick dog on the ferry"),
        (r#"<title>Harbour dredging starts again in the spring | District</title>"#, "Harbour dredging starts again in the spring"),
        (r#"<title>Gull Weekly | gullweekly.example - The ten best harbour walks this winter</title><link rel="canonical" href="https://gullweekly.example/walks">"#, "The ten best harbour walks this winter"),
        // A short title keeps its parts.
        (r#"<title>Tides | Today</title>"#, "Tides | Today"),
    ];
    for (head, want) in cases {
        let html = page(head, &format!("<article>{BODY}</article>"));
        assert_eq!(meta_of(&html).0.as_deref(), Some(*want), "{head}");
    }
}

#[test]
fn name_and_date_in_one_separated_line() {
    let html = page("", &format!("<header><h1>Quay works begin</h1><p>Ansel Pirk | Senior Writer | July 2, 2029</p></header><article>{BODY}</article>"));
    let (_, author, date) = meta_of(&html);
    assert_eq!(author.as_deref(), Some("Ansel Pirk"));
    assert_eq!(date.as_deref(), Some("2029-07-02"));
    // Menu-like lines without a date are not bylines.
    let html = page("", &format!("<p>Harbour News | Weather | Sport</p><article>{BODY}</article>"));
    assert_eq!(meta_of(&html).1, None);
}
