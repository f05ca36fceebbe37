//! Tidy checks on the data files: they parse, codes are valid, keys are unique (all enforced by
//! the parser, so loading is the check), and the knowledge base meets its coverage targets.

use chancery_kb::{Kb, BUILTIN_FILES};
use std::collections::HashSet;

#[test]
fn builtin_files_parse_and_validate() {
    for (name, content) in BUILTIN_FILES {
        // Each file alone (people, orgs and places checked against countries below).
        let with_countries: Vec<(&str, &str)> = BUILTIN_FILES.iter().filter(|(n, _)| *n == "countries.tsv").map(|(n, c)| (*n, *c)).chain(std::iter::once((*name, *content))).collect();
        if let Err(e) = Kb::from_files(with_countries) {
            panic!("{e}");
        }
    }
    Kb::from_files(BUILTIN_FILES.iter().map(|(n, c)| (*n, *c))).unwrap();
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
