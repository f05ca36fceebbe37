//! Tidy checks on the data files: they parse, codes are valid, keys are unique (all enforced by
//! the parser, so loading is the check), and the knowledge base meets its coverage targets.

use chancery_kb::{Candidate, Kb, BUILTIN_FILES};
use std::collections::HashSet;

/// Copies of the built-in files: the loader defers the built-in `places.tsv` (by address) and
/// trusts it, so validating it takes a copy.
fn copies() -> Vec<(&'static str, String)> {
    BUILTIN_FILES.iter().map(|(n, c)| (*n, c.to_string())).collect()
}

#[test]
fn builtin_files_parse_and_validate() {
    let copies = copies();
    let countries = copies.iter().find(|(n, _)| *n == "countries.tsv").unwrap();
    for (name, content) in &copies {
        // Each file alone (people, orgs and places checked against countries).
        if let Err(e) = Kb::from_files([(countries.0, countries.1.as_str()), (*name, content.as_str())]) {
            panic!("{e}");
        }
    }
    Kb::from_files(copies.iter().map(|(n, c)| (*n, c.as_str()))).unwrap();
}

#[test]
fn deferred_gazetteer_equals_eager_one() {
    let copies = copies();
    let eager = Kb::from_files(copies.iter().map(|(n, c)| (*n, c.as_str()))).unwrap();
    let lazy = Kb::builtin();
    assert_eq!(eager.places.len(), lazy.places.len());
    for (a, b) in eager.places.iter().zip(lazy.places.iter()) {
        assert_eq!((&a.name, &a.country, a.kind, a.population), (&b.name, &b.country, b.kind, b.population));
        assert_eq!((a.lat, a.lon, &a.alternates), (b.lat, b.lon, &b.alternates));
    }
    for (name, cc) in [("Aleppo", None), ("aleppo", None), ("Kiev", None), ("Gaza Strip", None), ("Golan", Some("SYR")), ("Santa Cruz", Some("BRA")), ("Nowhere Atall", None)] {
        let (a, b) = (eager.places.lookup(name, cc), lazy.places.lookup(name, cc));
        assert_eq!(a.map(|p| (&p.name, &p.country)), b.map(|p| (&p.name, &p.country)), "{name}");
        let all = |kb: &Kb| kb.places.candidates(name).map(|p| format!("{}/{}", p.name, p.country)).collect::<Vec<_>>();
        assert_eq!(all(&eager), all(lazy), "{name}");
    }
    assert!(lazy.places.candidates("santa cruz").count() >= 5);
    assert_eq!(lazy.places.candidates("Nowhere Atall").count(), 0);
}

#[test]
fn user_places_replace_and_extend_the_deferred_gazetteer() {
    let head = "name\talternates\tcountry\tlat\tlon\tpopulation\tkind\tsource\n";
    let user = format!("{head}Aleppo\tHalab Test\tSYR\t36.0\t37.0\t1\tcity\tx\nTestville\t\tSYR\t35.0\t38.0\t10\tcity\tx\n");
    let kb = Kb::with_overrides([("places.tsv", user.as_str())]).unwrap();
    let aleppo = kb.places.lookup("Aleppo", Some("SYR")).unwrap();
    assert_eq!((aleppo.population, aleppo.lat), (1, 36.0));
    assert_eq!(kb.places.candidates("Aleppo").filter(|p| p.country == "SYR").count(), 1);
    assert_eq!(kb.places.lookup("halab test", None).unwrap().name, "Aleppo");
    assert_eq!(kb.places.lookup("Testville", None).unwrap().population, 10);
    assert_eq!(kb.places.len(), Kb::builtin().places.len() + 1);
    // A user feature goes into the matcher and blocks the country form inside it.
    let feat = format!("{head}Greater Testland of Syria\t\tSYR\t35.0\t38.0\t\tfeature\tx\n");
    let kb = Kb::with_overrides([("features.tsv", feat.as_str())]).unwrap();
    let text = "Rain in Greater Testland of Syria.";
    let h: Vec<_> = kb.find(text).collect();
    assert_eq!((h.len(), &text[h[0].start..h[0].end]), (1, "Greater Testland of Syria"));
    assert!(matches!(h[0].candidates[0], Candidate::Place(i) if kb.places.get(i).unwrap().name == "Greater Testland of Syria"));
    // A bad user row is still an error (only the built-in gazetteer is trusted).
    let bad = format!("{head}Badplace\t\tSYR\t95.0\t38.0\t\tcity\tx\n");
    assert!(Kb::with_overrides([("places.tsv", bad.as_str())]).is_err());
}

#[test]
fn features_and_gazetteer_keys_do_not_collide() {
    // The loader keeps the earlier row when the deferred gazetteer repeats a (name, country)
    // key, where a strict parse would keep the later one: the built-in files must not differ.
    let parse_keys = |file: &str| -> HashSet<(String, String)> {
        let content = BUILTIN_FILES.iter().find(|(n, _)| *n == file).unwrap().1;
        content.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()).skip(1).map(|l| {
            let mut c = l.split('\t').map(str::trim);
            (c.next().unwrap_or("").to_string(), c.nth(1).unwrap_or("").to_string())
        }).collect()
    };
    let features = parse_keys("features.tsv");
    let clash: Vec<_> = parse_keys("places.tsv").intersection(&features).cloned().collect();
    assert!(clash.is_empty(), "{clash:?}");
}

#[test]
fn coverage_targets() {
    let kb = Kb::builtin();
    assert!(kb.countries.len() >= 250, "countries: {}", kb.countries.len());
    let people: HashSet<&str> = kb.people.iter().map(|p| p.canonical.as_str()).collect();
    assert!(people.len() >= 1500, "people: {}", people.len());
    assert!(kb.orgs.len() >= 400, "orgs: {}", kb.orgs.len());
    let titles = kb.titles.iter().filter(|t| t.kind == chancery_kb::TitleKind::Title).count();
    assert!(titles >= 150, "titles: {titles}");
}

#[test]
fn parser_rejects_bad_rows() {
    let countries = "iso3\tname\taliases\tadjectives\tcapitals\tsource\nSYR\tSyria\t\tSyrian\tDamascus\tx\n";
    let bad_sector = "canonical\taliases\tcountry\tsector\tkind\tsource\nFoo\t\tSYR\tXXX\tigo\tx\n";
    let e = Kb::from_files([("countries.tsv", countries), ("orgs.tsv", bad_sector)]).err().unwrap();
    assert!(e.to_string().contains("invalid sector"), "{e}");
    let bad_country = "canonical\taliases\tcountry\tsector\tkind\tsource\nFoo\t\tZZZ\tGOV\tministry\tx\n";
    let e = Kb::from_files([("countries.tsv", countries), ("orgs.tsv", bad_country)]).err().unwrap();
    assert!(e.to_string().contains("not in countries.tsv"), "{e}");
    let dup = "phrase\tsector\tcanonical\tkind\tsource\nenvoy\tGOV\tEnvoy\ttitle\tx\nEnvoy\tGOV\tEnvoy\ttitle\tx\n";
    let e = Kb::from_files([("titles.tsv", dup)]).err().unwrap();
    assert!(e.to_string().contains("duplicate"), "{e}");
    let bad_date = "canonical\taliases\tcountry\tsector\ttitle\tfrom\tto\tsource\nX Y\t\tSYR\tGOV\tPresident\t2025-13\t\tx\n";
    assert!(Kb::from_files([("countries.tsv", countries), ("people_x.tsv", bad_date)]).is_err());
    assert!(Kb::from_files([("weird.tsv", "a\n")]).is_err());
}

#[test]
fn overrides_replace_and_add() {
    let user_people = "canonical\taliases\tcountry\tsector\ttitle\tfrom\tto\tsource\nZed Example\tZed\tSYR\tGOV\tEnvoy of Tests\t2024\t\ttest\n";
    let kb = Kb::with_overrides([("people_user.tsv", user_people)]).unwrap();
    let hits: Vec<_> = kb.find("Yesterday Zed Example arrived.").collect();
    assert_eq!(hits.len(), 1);
}

#[test]
fn office_is_date_aware() {
    let c = "iso3\tname\taliases\tadjectives\tcapitals\tsource\nAAA\tAland\t\tAlandic\tAcity\tx\n";
    let p = "canonical\taliases\tcountry\tsector\ttitle\tfrom\tto\tsource\nJo Doe\tDoe\tAAA\tGOV\tPrime Minister\t2019-01-01\t2022-06-30\tx\nJo Doe\tDoe\tAAA\tOPP\tOpposition Leader\t2022-07-01\t\tx\n";
    let kb = Kb::from_files([("countries.tsv", c), ("people_t.tsv", p)]).unwrap();
    let d = |s: &str| Some(chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap());
    assert_eq!(kb.office_on("Jo Doe", d("2020-05-01")).unwrap().title, "Prime Minister");
    assert_eq!(kb.office_on("Jo Doe", d("2024-05-01")).unwrap().title, "Opposition Leader");
    assert_eq!(kb.office_on("Jo Doe", None).unwrap().title, "Opposition Leader");
}

#[test]
fn matcher_case_and_boundaries() {
    let c = "iso3\tname\taliases\tadjectives\tcapitals\tsource\nUSA\tUnited States\tU.S.|US\tAmerican\tWashington\tx\n";
    let t = "phrase\tsector\tcanonical\tkind\tsource\nsecretary of state\tGOV\tSecretary of State\ttitle\tx\n";
    let p = "canonical\taliases\tcountry\tsector\ttitle\tfrom\tto\tsource\nAhmed al-Sharaa\tAhmad al-Sharaa|al-Sharaa\tUSA\tGOV\tPresident\t2025\t\tx\n";
    let kb = Kb::from_files([("countries.tsv", c), ("titles.tsv", t), ("people_t.tsv", p)]).unwrap();
    let spans = |text: &str| kb.find(text).map(|h| text[h.start..h.end].to_string()).collect::<Vec<_>>();
    assert_eq!(spans("Let us talk to the US Secretary of State."), vec!["US", "Secretary of State"]);
    assert_eq!(spans("Al-Sharaa met al-Sharaa's aides."), vec!["Al-Sharaa", "al-Sharaa"]);
    assert_eq!(spans("USAID and Americana"), Vec::<String>::new());
    assert_eq!(spans("the U.S. envoy"), vec!["U.S."]);
}

/// Every hit of `text` in the built-in knowledge base as `span=what` (first candidate):
/// `country:ISO3`, `place:Name`, `person:Name`, `org:Name`, `title:phrase`.
fn hits(text: &str) -> Vec<String> {
    let kb = Kb::builtin();
    kb.find(text)
        .map(|h| {
            let what = match h.candidates[0] {
                Candidate::Country(i, _) => format!("country:{}", kb.countries[i as usize].iso3),
                Candidate::Place(i) => format!("place:{}", kb.places.get(i).map_or("?", |p| p.name.as_str())),
                Candidate::Person(i) => format!("person:{}", kb.people[i as usize].canonical),
                Candidate::Org(i) => format!("org:{}", kb.orgs[i as usize].canonical),
                Candidate::Title(i) => format!("title:{}", kb.titles[i as usize].phrase),
            };
            format!("{}={what}", &text[h.start..h.end])
        })
        .collect()
}

fn check(text: &str, expected: &[&str]) {
    assert_eq!(hits(text), expected, "{text}");
}

#[test]
fn place_names_block_the_country_forms_inside_them() {
    check("People from Latin America and South America reached North America.", &["Latin America=place:Latin America", "South America=place:South America", "North America=place:North America"]);
    check("Central American leaders met Latin American ministers.", &["Central American=place:Central America", "leaders=title:leaders", "Latin American=place:Latin America"]);
    check("China sent ships into the South China Sea.", &["China=country:CHN", "ships=title:ships", "South China Sea=place:South China Sea"]);
    check("An Indian ship crossed the Indian Ocean.", &["Indian=country:IND", "ship=title:ship", "Indian Ocean=place:Indian Ocean"]);
    check("Oil spills in the Niger Delta and along the Niger River worry Niger.", &["Niger Delta=place:Niger Delta", "Niger River=place:Niger River", "Niger=country:NER"]);
    check("Piracy in the Gulf of Guinea alarmed Guinea.", &["Gulf of Guinea=place:Gulf of Guinea", "Guinea=country:GIN"]);
    check("Papua New Guinea lies on New Guinea.", &["Papua New Guinea=country:PNG", "New Guinea=place:New Guinea"]);
    check("Rain fell over Mount Lebanon, Lebanon said.", &["Mount Lebanon=place:Mount Lebanon", "Lebanon=country:LBN"]);
    check("Jordan closed the Jordan River crossing.", &["Jordan=country:JOR", "Jordan River=place:Jordan River"]);
    check("Ships left the Gaza Strip.", &["Ships=title:ships", "Gaza Strip=place:Gaza Strip"]);
    check("Tensions rose in the Middle East and Central Asia.", &["Middle East=place:Middle East", "Central Asia=place:Central Asia"]);
    check("Ferries crossed the Strait of Gibraltar.", &["Strait of Gibraltar=place:Strait of Gibraltar"]);
    // Lower-case descriptions keep the country they name.
    check("Rockets hit northern Israel.", &["Israel=country:ISR"]);
    // A name followed by more letters is no match.
    check("Latin Americanists and Americana", &[]);
}

/// Surface forms that the data gives to two different things: a person form (canonical name or
/// alias) shared by two people, or equal to a country name, alias, adjective or capital, or to an
/// organisation's name or alias. The matcher would give such a hit several candidates.
fn alias_clashes(kb: &Kb) -> Vec<String> {
    use std::collections::BTreeMap;
    let mut people: BTreeMap<&str, std::collections::BTreeSet<&str>> = BTreeMap::new();
    for p in &kb.people {
        for f in std::iter::once(&p.canonical).chain(p.aliases.iter()) {
            people.entry(f.as_str()).or_default().insert(p.canonical.as_str());
        }
    }
    let mut other: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for c in &kb.countries {
        for f in std::iter::once(&c.name).chain(&c.aliases).chain(&c.adjectives).chain(&c.capitals) {
            other.entry(f.as_str()).or_default().push(format!("country {}", c.iso3));
        }
    }
    for o in &kb.orgs {
        for f in std::iter::once(&o.canonical).chain(&o.aliases) {
            other.entry(f.as_str()).or_default().push(format!("org {}", o.canonical));
        }
    }
    let mut out = Vec::new();
    for (form, who) in &people {
        if who.len() > 1 {
            out.push(format!("{form:?}: people {who:?}"));
        }
        if let Some(o) = other.get(form) {
            out.push(format!("{form:?}: person {who:?} and {o:?}"));
        }
    }
    out
}

#[test]
fn person_forms_are_not_shared() {
    let clashes = alias_clashes(Kb::builtin());
    assert!(clashes.is_empty(), "person forms given to two things (remove the bare alias or disambiguate):\n{}", clashes.join("\n"));
}

#[test]
fn alias_clash_check_finds_clashes() {
    let c = "iso3\tname\taliases\tadjectives\tcapitals\tsource\nAAA\tAland\t\tAlandic\tAcity\tx\n";
    let o = "canonical\taliases\tcountry\tsector\tkind\tsource\nAland Party\tAP\tAAA\tPTY\tparty\tx\n";
    let check = |people: &str, expected: &[&str]| {
        let kb = Kb::from_files([("countries.tsv", c), ("orgs.tsv", o), ("people_a.tsv", people)]).unwrap();
        assert_eq!(alias_clashes(&kb), expected, "{people}");
    };
    let head = "canonical\taliases\tcountry\tsector\ttitle\tfrom\tto\tsource\n";
    check(&format!("{head}Jo Doe\tDoe\tAAA\tGOV\tPresident\t2019\t\tx\nJo Doe\tDoe\tAAA\tPTY\tLeader\t2019\t\tx\n"), &[]);
    check(&format!("{head}Jo Doe\tDoe\tAAA\tGOV\tPresident\t2019\t\tx\nAl Doe\tDoe\tAAA\tGOV\tMinister\t2019\t\tx\n"), &[r#""Doe": people {"Al Doe", "Jo Doe"}"#]);
    check(&format!("{head}Jo Doe\tAland\tAAA\tGOV\tPresident\t2019\t\tx\n"), &[r#""Aland": person {"Jo Doe"} and ["country AAA"]"#]);
    check(&format!("{head}Jo Doe\tAP|Acity\tAAA\tGOV\tPresident\t2019\t\tx\n"), &[r#""AP": person {"Jo Doe"} and ["org Aland Party"]"#, r#""Acity": person {"Jo Doe"} and ["country AAA"]"#]);
}

#[test]
fn office_keys_are_unique_across_people_files() {
    // Inside one file a repeated key is a parse error; across the built-in files it would
    // silently replace the earlier row (the rule for user overrides).
    let mut seen: std::collections::HashMap<String, &str> = Default::default();
    for (name, content) in BUILTIN_FILES.iter().filter(|(n, _)| n.starts_with("people")) {
        for line in content.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()).skip(1) {
            let c: Vec<&str> = line.split('\t').map(str::trim).collect();
            let key = format!("{}|{}|{}", c[0], c.get(4).unwrap_or(&""), c.get(5).unwrap_or(&""));
            if let Some(other) = seen.insert(key.clone(), name) {
                assert_eq!(other, *name, "{key} in {other} and {name}");
            }
        }
    }
}
