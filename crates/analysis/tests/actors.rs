//! Data-driven tests of the actor stage. Every sentence here was written for these tests.
//!
//! Expectations are strings:
//! - `"Name|CTRY|SEC|Title"`: some actor has exactly these fields (empty = none, `*` = any);
//! - `"mention => Name|CTRY|SEC|Title"`: the first occurrence of `mention` in the text is
//!   covered by a mention of that actor;
//! - `"!Name"`: no actor has that name;
//! - `"!mention =>"`: no mention overlaps the first occurrence of `mention`.

mod actor_spec;

use actor_spec::article;
use chancery_analysis::actors::{find_actors, ActorSet};
use chancery_analysis::ActorKind;
use chancery_kb::Kb;
use std::sync::OnceLock;

const COUNTRIES: &str = "iso3\tname\taliases\tadjectives\tcapitals\tsource
SYR\tSyria\tSyrian Arab Republic\tSyrian|Syrians\tDamascus\tt
USA\tUnited States\tU.S.|US|USA|America|United States of America\tAmerican|Americans|U.S.\tWashington\tt
ISR\tIsrael\tState of Israel\tIsraeli|Israelis\tJerusalem|Tel Aviv\tt
TUR\tTurkey\tTürkiye|Turkiye\tTurkish|Turks\tAnkara\tt
ARE\tUnited Arab Emirates\tUAE|Emirates\tEmirati|Emiratis\tAbu Dhabi\tt
RUS\tRussia\tRussian Federation\tRussian|Russians\tMoscow|Kremlin\tt
IRN\tIran\t\tIranian|Iranians\tTehran\tt
GBR\tUnited Kingdom\tUK|U.K.|Britain\tBritish|Britons\tLondon\tt
PSE\tPalestine\tPalestinian territories\tPalestinian|Palestinians\tRamallah\tt
EGY\tEgypt\t\tEgyptian|Egyptians\tCairo\tt
LBN\tLebanon\t\tLebanese\tBeirut\tt
QAT\tQatar\t\tQatari|Qataris\tDoha\tt
JOR\tJordan\t\tJordanian|Jordanians\tAmman\tt
UKR\tUkraine\t\tUkrainian|Ukrainians\tKyiv|Kiev\tt
FRA\tFrance\t\tFrench\tParis\tt
";

const PEOPLE: &str = "canonical\taliases\tcountry\tsector\ttitle\tfrom\tto\tsource
Marco Rubio\tRubio\tUSA\tGOV\tSecretary of State\t2025-01-21\t\tt
Marco Rubio\tRubio\tUSA\tGOV\tNational Security Advisor\t2025-05-01\t\tt
Donald Trump\tTrump|President Trump\tUSA\tGOV\tPresident\t2025-01-20\t\tt
Donald Trump\tTrump|President Trump\tUSA\tGOV\tPresident\t2017-01-20\t2021-01-20\tt
Joe Biden\tBiden\tUSA\tGOV\tPresident\t2021-01-20\t2025-01-20\tt
Ahmed al-Sharaa\tAhmad al-Sharaa|al-Sharaa\tSYR\tGOV\tPresident\t2025-01-29\t\tt
Asaad al-Shaibani\tal-Shaibani|Shaibani\tSYR\tGOV\tForeign Minister\t2024-12-21\t\tt
Bashar al-Assad\tAssad|al-Assad\tSYR\tGOV\tPresident\t2000-07-17\t2024-12-08\tt
Benjamin Netanyahu\tNetanyahu\tISR\tGOV\tPrime Minister\t2022-12-29\t\tt
Gideon Sa'ar\tGideon Saar|Sa'ar|Saar\tISR\tGOV\tForeign Minister\t2024-11-05\t\tt
Hakan Fidan\tFidan\tTUR\tGOV\tForeign Minister\t2023-06-04\t\tt
Recep Tayyip Erdogan\tErdogan\tTUR\tGOV\tPresident\t2014-08-28\t\tt
Tom Barrack\tThomas Barrack|Barrack\tUSA\tGOV\tAmbassador to Turkey\t2025-05\t\tt
Tom Barrack\tThomas Barrack|Barrack\tUSA\tGOV\tSpecial Envoy for Syria\t2025-05-23\t\tt
Vladimir Putin\tPutin\tRUS\tGOV\tPresident\t2012-05-07\t\tt
Sergei Lavrov\tLavrov\tRUS\tGOV\tForeign Minister\t2004-03-09\t\tt
Jo Doe\tDoe\tSYR\tGOV\tPrime Minister\t2019-01-01\t2022-06-30\tt
Jo Doe\tDoe\tSYR\tOPP\tOpposition Leader\t2022-07-01\t\tt
Abbas Araghchi\tAraghchi\tIRN\tGOV\tForeign Minister\t2024-08-21\t\tt
Keir Starmer\tStarmer\tGBR\tGOV\tPrime Minister\t2024-07-05\t\tt
Emmanuel Macron\tMacron\tFRA\tGOV\tPresident\t2017-05-14\t\tt
Antonio Guterres\tGuterres\tIGO:UN\tIGO\tSecretary-General\t2017-01-01\t\tt
Zara Newcomer\tNewcomer\tJOR\tGOV\tFinance Minister\t2030-01-01\t\tt
";

const ORGS: &str = "canonical\taliases\tcountry\tsector\tkind\tsource
United Nations\tUN|U.N.\tIGO:UN\tIGO\tigo\tt
Israel Defense Forces\tIDF\tISR\tMIL\tmilitary\tt
Mossad\t\tISR\tSPY\tintelligence\tt
Hamas\t\tPSE\tREB\tarmed_group\tt
U.S. Department of State\tState Department|US State Department\tUSA\tGOV\tministry\tt
Axios\t\tUSA\tMED\tmedia\tt
White House\t\tUSA\tGOV\tgovernment\tt
Hezbollah\t\tLBN\tREB\tarmed_group\tt
Reuters\t\tGBR\tMED\tmedia\tt
European Union\tEU\tIGO:EU\tIGO\tigo\tt
";

const TITLES: &str = "phrase\tsector\tcanonical\tkind\tsource
foreign minister\tGOV\tForeign Minister\ttitle\tt
assistant foreign minister\tGOV\tAssistant Foreign Minister\ttitle\tt
national security advisor\tGOV\tNational Security Advisor\ttitle\tt
defense minister\tGOV\tDefense Minister\ttitle\tt
secretary of state\tGOV\tSecretary of State\ttitle\tt
president\tGOV\tPresident\ttitle\tt
vice president\tGOV\tVice President\ttitle\tt
prime minister\tGOV\tPrime Minister\ttitle\tt
minister\tGOV\tMinister\ttitle\tt
envoy\tGOV\tEnvoy\ttitle\tt
special envoy\tGOV\tSpecial Envoy\ttitle\tt
spokesman\tGOV\tSpokesman\ttitle\tt
spokeswoman\tGOV\tSpokeswoman\ttitle\tt
ambassador\tGOV\tAmbassador\ttitle\tt
maj. gen.\tMIL\tMajor General\ttitle\tt
major general\tMIL\tMajor General\ttitle\tt
gen.\tMIL\tGeneral\ttitle\tt
col.\tMIL\tColonel\ttitle\tt
commander\tMIL\tCommander\ttitle\tt
king\tGOV\tKing\ttitle\tt
official\tGOV\tOfficial\ttitle\tt
officials\tGOV\tOfficials\tgroup\tt
forces\tMIL\tForces\tgroup\tt
troops\tMIL\tTroops\tgroup\tt
rebels\tREB\tRebels\tgroup\tt
militants\tREB\tMilitants\tgroup\tt
diplomats\tGOV\tDiplomats\tgroup\tt
foreign ministry\tGOV\tForeign Ministry\tgroup\tt
leader\tGOV\tLeader\trole\tt
";

fn kb() -> &'static Kb {
    static KB: OnceLock<Kb> = OnceLock::new();
    KB.get_or_init(|| Kb::from_files([("countries.tsv", COUNTRIES), ("people_test.tsv", PEOPLE), ("orgs.tsv", ORGS), ("titles.tsv", TITLES)]).unwrap())
}

fn check_with(kb: &Kb, date: Option<&str>, text: &str, expected: &[&str]) -> ActorSet {
    let a = actor_spec::article(text, date);
    let set = find_actors(&a, kb);
    // The index lists every mention, sorted.
    let n: usize = set.actors.iter().map(|x| x.mentions.len()).sum();
    assert_eq!(set.index.len(), n, "index size for {text:?}");
    assert!(set.index.windows(2).all(|w| w[0] <= w[1]), "index sorted for {text:?}");
    actor_spec::expect(&a, &set, text, date, expected);
    set
}

fn check(text: &str, expected: &[&str]) -> ActorSet {
    check_with(kb(), Some("2025-06-30"), text, expected)
}

fn check_on(date: &str, text: &str, expected: &[&str]) -> ActorSet {
    check_with(kb(), Some(date), text, expected)
}

#[test]
fn titles_with_known_names() {
    check("U.S. Secretary of State Marco Rubio arrived in the capital.", &["U.S. Secretary of State Marco Rubio => Marco Rubio|USA|GOV|Secretary of State"]);
    check("Syrian Foreign Minister Asaad al-Shaibani spoke to reporters.", &["Syrian Foreign Minister Asaad al-Shaibani => Asaad al-Shaibani|SYR|GOV|Foreign Minister"]);
    check("Turkish Foreign Minister Hakan Fidan hosted the meeting.", &["Hakan Fidan|TUR|GOV|Foreign Minister"]);
    check("Israeli Prime Minister Benjamin Netanyahu rejected the offer.", &["Israeli Prime Minister Benjamin Netanyahu => Benjamin Netanyahu|ISR|GOV|Prime Minister"]);
    check("Foreign Minister Gideon Saar called his counterpart.", &["Gideon Sa'ar|ISR|GOV|Foreign Minister"]);
    check("Foreign Minister Gideon Sa'ar called his counterpart.", &["Gideon Sa'ar|ISR|GOV|Foreign Minister"]);
    check("Foreign Minister Gideon Sa\u{2019}ar called his counterpart.", &["Gideon Sa'ar|ISR|GOV|Foreign Minister"]);
    check("President Donald Trump signed the order on Friday.", &["President Donald Trump => Donald Trump|USA|GOV|President"]);
    check("Syrian President Ahmad al-Sharaa met the delegation.", &["Ahmed al-Sharaa|SYR|GOV|President"]);
    check("Russian President Vladimir Putin said nothing.", &["Vladimir Putin|RUS|GOV|President"]);
    check("French President Emmanuel Macron phoned Erdogan.", &["Emmanuel Macron|FRA|GOV|President", "Erdogan => Recep Tayyip Erdogan|TUR|GOV|President"]);
    check("UN Secretary-General Antonio Guterres welcomed the truce.", &["Antonio Guterres|IGO:UN|IGO|Secretary-General"]);
    check("Rubio flew to Rome.", &["Rubio => Marco Rubio|USA|GOV|Secretary of State"]);
    check("Lavrov and Araghchi spoke by phone.", &["Sergei Lavrov|RUS|GOV|Foreign Minister", "Abbas Araghchi|IRN|GOV|Foreign Minister"]);
    check("British Prime Minister Keir Starmer visited Kyiv.", &["Keir Starmer|GBR|GOV|Prime Minister"]);
}

#[test]
fn unknown_names_take_title_country() {
    check("Syrian Foreign Minister Khaled Example met reporters.", &["Khaled Example|SYR|GOV|Foreign Minister"]);
    check("Egyptian Foreign Minister Omar Placeholder arrived in Doha.", &["Omar Placeholder|EGY|GOV|Foreign Minister"]);
    check("Qatari Prime Minister Hamad Testcase mediated the talks.", &["Hamad Testcase|QAT|GOV|Prime Minister"]);
    check("Jordanian King Example Second received the envoy.", &["Example Second|JOR|GOV|King"]);
    check("Lebanese President Nabil Sample said the border was calm.", &["Nabil Sample|LBN|GOV|President"]);
    check("Maj. Gen. Oren Fictive of the IDF Operations Directorate attended.", &["Maj. Gen. Oren Fictive => Oren Fictive|ISR|MIL|Major General, IDF Operations Directorate"]);
    check("Col. Dana Madeup of the IDF briefed the press.", &["Dana Madeup|ISR|MIL|Colonel, IDF"]);
    check("Jane Roe, the UAE assistant foreign minister, signed the memo.", &["Jane Roe|ARE|GOV|Assistant Foreign Minister"]);
    check("Yusuf Invented, a spokesman for Hamas, denied the report.", &["Yusuf Invented|PSE|REB|Spokesman, Hamas"]);
    check("Mira Sample, the Turkish ambassador, left the room.", &["Mira Sample|TUR|GOV|Ambassador"]);
    check("Karim Notreal, an Egyptian official, confirmed the date.", &["Karim Notreal|EGY|GOV|Official"]);
    check("Iranian Defense Minister Reza Fakename warned Israel.", &["Reza Fakename|IRN|GOV|Defense Minister", "Israel => Israel|ISR|GOV|"]);
    check("Hezbollah commander Ali Fabricated was killed.", &["Ali Fabricated|LBN|REB|Commander"]);
    check("Gen. Pat Imaginary of the IDF toured the north.", &["Pat Imaginary|ISR|MIL|General, IDF"]);
    check("Emirati envoy Salem Pretend carried the message.", &["Salem Pretend|ARE|GOV|Envoy"]);
    check("Ukrainian Foreign Minister Andrii Testname met Lavrov.", &["Andrii Testname|UKR|GOV|Foreign Minister", "Sergei Lavrov|RUS|GOV|Foreign Minister"]);
    check("Foreign Minister Layla ibn Sample of Jordan arrived.", &["Layla ibn Sample|JOR|GOV|Foreign Minister"]);
    check("Prime Minister Tariq Dummy of Lebanon resigned.", &["Tariq Dummy|LBN|GOV|Prime Minister"]);
    check("Spokesman Adam Nobody said the UN would respond.", &["Adam Nobody||GOV|Spokesman", "United Nations|IGO:UN|IGO|"]);
    check("Palestinian Prime Minister Sami Unknown met EU envoys.", &["Sami Unknown|PSE|GOV|Prime Minister", "EU envoys => *|IGO:EU|IGO|"]);
}

#[test]
fn possessives() {
    check("Netanyahu met Trump's envoy Tom Barrack in June.", &["Trump's envoy Tom Barrack => Tom Barrack|USA|GOV|Special Envoy for Syria", "Trump => Donald Trump|USA|GOV|President"]);
    check("Trump's envoy Luke Madeup visited Beirut.", &["Luke Madeup|USA|GOV|Envoy"]);
    check("Syria's foreign minister Rami Pretend gave a speech.", &["Rami Pretend|SYR|GOV|Foreign Minister", "Syria => Syria|SYR|GOV|"]);
    check("Israel's ambassador Noa Fictive returned home.", &["Noa Fictive|ISR|GOV|Ambassador"]);
    check("Hamas's spokesman Basem Testy rejected the plan.", &["Basem Testy|PSE|REB|Spokesman"]);
    check("Turkey's foreign minister said the talks went well.", &["Turkey's foreign minister => Hakan Fidan|TUR|GOV|Foreign Minister"]);
    check("Syria's stated efforts were welcomed by Rubio.", &["Syria => Syria|SYR|GOV|", "Marco Rubio|USA|GOV|Secretary of State"]);
    check("Putin's spokesman Ivan Fakeov declined to comment.", &["Ivan Fakeov|RUS|GOV|Spokesman"]);
    check("Iran's envoy to the UN, Majid Sample, spoke first.", &["Iran => Iran|IRN|GOV|", "United Nations|IGO:UN|IGO|"]);
    check("Russia's Lavrov replied quickly.", &["Sergei Lavrov|RUS|GOV|Foreign Minister", "Russia => Russia|RUS|GOV|"]);
}

#[test]
fn groups_and_compounds() {
    let s = check("U.S. and Israeli officials told Axios about the plan.", &["U.S. and Israeli officials => *|USA|GOV|", "U.S. and Israeli officials => *|ISR|GOV|", "Axios|USA|MED|"]);
    let p = "U.S. and Israeli officials told".find("officials").unwrap() + 9;
    let start = s.index[0].0;
    assert_eq!(s.index.iter().filter(|m| m.0 == start && m.1 == start + p).count(), 2, "compound: two entries with one span");
    check("Syrian and Israeli officials met in Baku.", &["*|SYR|GOV|", "*|ISR|GOV|"]);
    check("Syrian, Turkish and Israeli diplomats attended.", &["*|SYR|GOV|", "*|TUR|GOV|", "*|ISR|GOV|"]);
    check("Israeli officials insist the plateau is not negotiable.", &["Israeli officials => Israeli officials|ISR|GOV|"]);
    check("Syrian forces withdrew from the town.", &["Syrian forces => *|SYR|MIL|"]);
    check("Israeli forces now control the buffer zone.", &["Israeli forces => *|ISR|MIL|"]);
    check("Russian troops crossed the river.", &["*|RUS|MIL|"]);
    check("A senior U.S. official said the talks were soft.", &["senior U.S. official => *|USA|GOV|"]);
    check("Senior Israeli military officials were present.", &["Senior Israeli military officials => *|ISR|MIL|"]);
    check("Senior Israeli officials cautioned against haste.", &["*|ISR|GOV|"]);
    check("The Turkish foreign ministry issued a statement.", &["Turkish foreign ministry => *|TUR|GOV|"]);
    check("Iranian officials denied any role.", &["*|IRN|GOV|"]);
    check("Palestinian militants fired rockets.", &["*|PSE|REB|"]);
    check("The Syrian government welcomed the decision.", &["Syrian government => Syria|SYR|GOV|"]);
    check("The Syrian army shelled the hills.", &["Syrian army => *|SYR|MIL|"]);
    check("Egyptian and Qatari mediators shuttled between the sides.", &["*|EGY|GOV|", "*|QAT|GOV|"]);
    check("Russian, Iranian and Turkish officials met in Astana.", &["*|RUS|GOV|", "*|IRN|GOV|", "*|TUR|GOV|"]);
    check("British police arrested two men.", &["*|GBR|COP|"]);
    check("Lebanese lawmakers approved the budget.", &["*|LBN|LEG|"]);
    check("Israeli intelligence officials briefed the cabinet.", &["*|ISR|SPY|"]);
    check("Israeli officials spoke; later Israeli officials spoke again.", &["Israeli officials|ISR|GOV|"]);
    let s = check("Israeli officials spoke; later Israeli officials spoke again.", &[]);
    assert_eq!(s.actors.iter().filter(|a| a.country.as_deref() == Some("ISR")).count(), 1, "one group actor for both mentions");
    check("Syrians celebrated in the streets.", &["Syrians => Syrians|SYR|CVL|"]);
    check("According to officials, the deal is near.", &["!Officials", "!officials =>"]);
    check("Ukrainian forces and Russian forces clashed.", &["*|UKR|MIL|", "*|RUS|MIL|"]);
}

#[test]
fn groups_infer_country_from_context() {
    check("After Islamist rebels ousted the Assad regime, Israel struck targets.", &["Islamist rebels => *|SYR|REB|", "the Assad regime => Assad government|SYR|GOV|"]);
    check("The war in Syria dragged on. Islamist rebels took the city.", &["Islamist rebels => *|SYR|REB|"]);
    check("Kurdish fighters held the town, Turkish officials said.", &["Kurdish fighters => *|TUR|REB|"]);
    check("Houthi rebels fired missiles; Israel said it intercepted them.", &["Houthi rebels => *|ISR|REB|"]);
    check("Rebels advanced.", &["Rebels => *||REB|"]);
}

#[test]
fn metonyms_and_states() {
    check("Ankara stepped into a central role as mediator between Damascus, Washington, and Jerusalem.", &["Ankara => Turkey|TUR|GOV|", "Damascus => Syria|SYR|GOV|", "Washington => United States|USA|GOV|", "Jerusalem => Israel|ISR|GOV|"]);
    check("The plan was viewed with deep suspicion in Jerusalem.", &["Jerusalem => Israel|ISR|GOV|"]);
    check("Israel remains watchful.", &["Israel => Israel|ISR|GOV|"]);
    check("Israel has communicated with Syria through several channels.", &["Israel|ISR|GOV|", "Syria|SYR|GOV|"]);
    check("The Kremlin rejected the proposal.", &["Kremlin => Russia|RUS|GOV|"]);
    check("The White House said the call went well.", &["White House => White House|USA|GOV|"]);
    check("Moscow and Kyiv traded accusations.", &["Russia|RUS|GOV|", "Ukraine|UKR|GOV|"]);
    check("Tehran warned Washington against escalation.", &["Iran|IRN|GOV|", "United States|USA|GOV|"]);
    check("The meeting took place in Antalya, Turkey on Thursday.", &["!Turkey"]);
    check("Refugees returned to Syria last month.", &["Syria|SYR|GOV|"]);
    check("Fighting continued in Syria.", &["!Syria"]);
    check("The U.S. said it would help.", &["U.S. => United States|USA|GOV|"]);
    check("Trump decided to lift U.S. sanctions on Syria.", &["!U.S. =>", "Syria|SYR|GOV|", "Donald Trump|USA|GOV|President"]);
    check("The United States and Syria met for the first time in 15 years.", &["United States|USA|GOV|", "Syria|SYR|GOV|"]);
    check("Britain and France issued a joint statement.", &["United Kingdom|GBR|GOV|", "France|FRA|GOV|"]);
    check("The UAE hosted the indirect talks.", &["United Arab Emirates|ARE|GOV|"]);
    check("A Syria-Israel deal is possible.", &["Syria|SYR|GOV|", "Israel|ISR|GOV|"]);
    check("Egypt and Jordan condemned the move.", &["Egypt|EGY|GOV|", "Jordan|JOR|GOV|"]);
    check("Doha offered to host the next round.", &["Qatar|QAT|GOV|"]);
    check("Beirut denied the claim.", &["Lebanon|LBN|GOV|"]);
    check("The talks were hosted in Paris.", &["France|FRA|GOV|"]);
    check("Iranian influence is waning.", &["!Iran"]);
    check("Mossad and the IDF took part.", &["Mossad|ISR|SPY|", "the [IDF] => Israel Defense Forces|ISR|MIL|"]);
    check("The State Department issued a readout.", &["State Department => U.S. Department of State|USA|GOV|"]);
    check("Reuters reported the news first.", &["Reuters|GBR|MED|"]);
    check("Hezbollah fired rockets at Israel.", &["Hezbollah|LBN|REB|", "Israel|ISR|GOV|"]);
}

#[test]
fn administrations_and_regimes() {
    check("The Trump administration has launched preliminary discussions.", &["The Trump administration => United States|USA|GOV|", "!Donald Trump"]);
    check("the fall of the Assad regime last year", &["the Assad regime => Assad government|SYR|GOV|"]);
    check("The Biden administration had opposed the plan.", &["Biden administration => Biden government|USA|GOV|"]);
    check_on("2023-03-01", "The Biden administration opposed the plan.", &["Biden administration => United States|USA|GOV|"]);
    check("The Putin government denied it.", &["Russia|RUS|GOV|"]);
    check("Officials of the Fakeland regime were absent.", &["the Fakeland regime => Fakeland government||GOV|"]);
    check("The Netanyahu government survived the vote.", &["Israel|ISR|GOV|"]);
    check("Syrians under the Assad regime suffered; the Assad regime fell.", &["Assad government|SYR|GOV|"]);
}

#[test]
fn date_aware_offices() {
    check_on("2019-06-01", "Trump met Putin in Osaka.", &["Donald Trump|USA|GOV|President"]);
    check_on("2022-06-01", "Trump criticised the decision.", &["Donald Trump|USA|ELI|Former President"]);
    check_on("2025-06-01", "Biden gave a speech.", &["Joe Biden|USA|ELI|Former President"]);
    check_on("2023-06-01", "Biden gave a speech.", &["Joe Biden|USA|GOV|President"]);
    check_on("2020-01-01", "Prime Minister Jo Doe resigned.", &["Jo Doe|SYR|GOV|Prime Minister"]);
    check_on("2024-01-01", "Jo Doe led the protest.", &["Jo Doe|SYR|OPP|Opposition Leader"]);
    check_on("2025-06-01", "Former President Joe Biden spoke.", &["Joe Biden|USA|ELI|Former President"]);
    check_on("2025-06-01", "Assad fled to Moscow.", &["Bashar al-Assad|SYR|ELI|Former President"]);
    check_on("2020-06-01", "Assad addressed parliament.", &["Bashar al-Assad|SYR|GOV|President"]);
    check_on("2025-03-01", "Rubio spoke in Jeddah.", &["Marco Rubio|USA|GOV|Secretary of State"]);
    check_on("2025-06-01", "National Security Advisor Marco Rubio briefed reporters.", &["Marco Rubio|USA|GOV|National Security Advisor"]);
    check_on("2025-06-01", "Envoy Tom Barrack visited Damascus.", &["Tom Barrack|USA|GOV|Special Envoy for Syria"]);
    check_on("2025-06-01", "Ambassador Tom Barrack visited Ankara.", &["Tom Barrack|USA|GOV|Ambassador to Turkey"]);
    check_on("2025-06-01", "Finance Minister Zara Newcomer spoke.", &["Zara Newcomer|JOR|GOV|Minister"]);
    check_on("2025-06-01", "Zara Newcomer spoke.", &["Zara Newcomer|JOR||"]);
    check_with(kb(), None, "Trump spoke.", &["Donald Trump|USA|GOV|President"]);
    check_with(kb(), None, "Biden spoke.", &["Joe Biden|USA|ELI|Former President"]);
    check_on("2025-06-01", "Former Syrian Prime Minister Omar Pastman spoke.", &["Omar Pastman|SYR|ELI|Former Prime Minister"]);
}

#[test]
fn coreference() {
    let text = "Syrian President Ahmed al-Sharaa met Trump in Riyadh. Trump encouraged al-Sharaa to normalize ties. The Syrian leader agreed in principle.";
    let s = check(text, &["The Syrian leader => Ahmed al-Sharaa|SYR|GOV|President", "encouraged [al-Sharaa] to => Ahmed al-Sharaa|SYR|GOV|President"]);
    assert_eq!(s.actors.iter().find(|a| a.name == "Ahmed al-Sharaa").unwrap().mentions.len(), 3);
    check("Syrian Foreign Minister Khaled Example met reporters. Example said the talks were useful.", &["[Example] said => Khaled Example|SYR|GOV|Foreign Minister"]);
    let s = check("Syrian Foreign Minister Khaled Example met reporters. Example said the talks were useful.", &[]);
    assert_eq!(s.actors.iter().filter(|a| a.name == "Khaled Example").count(), 1);
    assert_eq!(s.actors.iter().find(|a| a.name == "Khaled Example").unwrap().mentions.len(), 2);
    check("Egyptian Foreign Minister Omar Placeholder arrived. The minister said little.", &["The minister => Omar Placeholder|EGY|GOV|Foreign Minister"]);
    check("Trump's envoy Tom Barrack met Netanyahu. The envoy later flew to Beirut.", &["The envoy => Tom Barrack|USA|GOV|*"]);
    check("Macron spoke first. The president then left.", &["The president => Emmanuel Macron|FRA|GOV|President"]);
    check("Syrian President Ahmad al-Sharaa spoke. Syrian President al-Sharaa later added detail.", &["Syrian President al-Sharaa => Ahmed al-Sharaa|SYR|GOV|President"]);
    let s = check("Syrian President Ahmed al-Sharaa spoke. Syrian President Ahmad al-Sharaa added detail.", &[]);
    assert_eq!(s.actors.iter().filter(|a| a.name == "Ahmed al-Sharaa").count(), 1, "spellings merge");
    let s = check("Foreign Minister Gideon Sa'ar spoke. Israeli Foreign Minister Gideon Saar added detail. Saar left.", &[]);
    assert_eq!(s.actors.iter().filter(|a| a.name == "Gideon Sa'ar").count(), 1);
    assert_eq!(s.actors.iter().find(|a| a.name == "Gideon Sa'ar").unwrap().mentions.len(), 3);
    check("The Turkish foreign minister spoke in Ankara.", &["The Turkish foreign minister => Hakan Fidan|TUR|GOV|Foreign Minister"]);
    check("The Israeli prime minister flew home.", &["Israeli prime minister => Benjamin Netanyahu|ISR|GOV|Prime Minister"]);
    check("Putin met Erdogan. The Russian leader praised the talks.", &["The Russian leader => Vladimir Putin|RUS|GOV|President"]);
    check("Putin met Erdogan. The Turkish leader praised the talks.", &["The Turkish leader => Recep Tayyip Erdogan|TUR|GOV|President"]);
    check("Lebanese President Nabil Sample spoke. The Lebanese leader then left.", &["The Lebanese leader => Nabil Sample|LBN|GOV|President"]);
    check("Jordanian Foreign Minister Layla Sample met Lavrov. Sample said the talks were useful.", &["[Sample] said => Layla Sample|JOR|GOV|Foreign Minister"]);
    check("The Syrian leader spoke.", &["The Syrian leader => Ahmed al-Sharaa|SYR|GOV|President"]);
    check("A minister resigned.", &["!minister =>"]);
    check("Iranian President Reza Fakename spoke on Monday. He said sanctions must end.", &["[He] said => Reza Fakename|IRN|GOV|President"]);
    check("Rubio met Fidan in Ankara. He said the talks were useful.", &["!He said =>"]);
    check("The talks resumed. He said nothing.", &["!He said =>"]);
    check("Macron spoke. Officials agreed, and he left.", &["!he left =>"]);
    check("Vice President Sam Sample met the press. The president was absent.", &["!The president => Sam Sample|*|*|*"]);
    check("Minister Nora Sample met Rubio. Sample then left.", &["[Sample] then => Nora Sample|*|GOV|Minister"]);
    check("Hamas's spokesman Basem Testy spoke. Testy repeated the claim.", &["[Testy] repeated => Basem Testy|PSE|REB|Spokesman"]);
    check("Jane Roe, the UAE assistant foreign minister, signed. Roe left.", &["[Roe] left => Jane Roe|ARE|GOV|*"]);
    check("Qatari Prime Minister Hamad Testcase arrived. Testcase met Rubio.", &["[Testcase] met => Hamad Testcase|QAT|GOV|Prime Minister", "Marco Rubio|USA|GOV|*"]);
}

#[test]
fn no_false_actors() {
    check("The weather was mild and the market was busy.", &["!weather =>"]);
    let s = check("It was a quiet day.", &[]);
    assert!(s.actors.is_empty());
    check("The Middle East is changing fast.", &["!Middle East =>"]);
    check("The agreement dates from 1974.", &[]);
    let s = check("", &[]);
    assert!(s.actors.is_empty());
    check("Officials said nothing.", &["!Officials =>"]);
    check("The meeting was held in a general atmosphere of calm.", &[]);
    check("Deceased U.S. citizens were discussed.", &["!U.S. =>"]);
    check("Prices rose in Paris.", &[]);
}

#[test]
fn odd_inputs_do_not_panic() {
    for t in [
        "'s", "Syrian", "the", "The Syrian", "U.S.", "Maj. Gen.", "Foreign Minister", "Trump's", "al-", "a, , and", "Syria's's", "\u{201c}Israel\u{201d}", "日本 Syria 日本", "Syrian and", "Israeli officials,", "of the IDF", ", the UAE", "Rubio, the", "Mr. X", "Islamist", "The Assad", "Trump administration", "Syrian President", "the president of Syria", "a senior",
    ] {
        let a = article(t, Some("2025-01-01"));
        let s = find_actors(&a, kb());
        assert!(s.index.windows(2).all(|w| w[0] <= w[1]));
        for x in &s.actors {
            for m in &x.mentions {
                assert!(m.start < m.end && m.end <= a.norm.len() && a.norm.is_char_boundary(m.start) && a.norm.is_char_boundary(m.end));
            }
        }
    }
}

#[test]
fn long_inputs_stay_linear() {
    // One paragraph of 40,000 sentences with plural titles, compounds, pronouns and groups that
    // take their country from context: must finish quickly and find every mention.
    let unit = "The foreign ministers of Norway and Syria met. He said Islamist rebels and the army left. ";
    let text = unit.repeat(40_000);
    let a = article(&text, Some("2025-06-30"));
    let t = std::time::Instant::now();
    let s = find_actors(&a, kb());
    assert!(t.elapsed().as_secs() < 20, "too slow: {:?}", t.elapsed());
    assert!(s.actors.iter().any(|x| x.name == "Syria"));
    let syria = s.actors.iter().position(|x| x.name == "Syria").unwrap();
    assert_eq!(s.actors[syria].mentions.len(), 40_000);
}

#[test]
fn misc_structures() {
    check("The president of Syria received the delegation.", &["president of Syria => Ahmed al-Sharaa|SYR|GOV|President"]);
    check("The foreign minister of Turkey said so.", &["foreign minister of Turkey => Hakan Fidan|TUR|GOV|Foreign Minister"]);
    check("President Ahmed al-Sharaa of Syria spoke.", &["Ahmed al-Sharaa|SYR|GOV|President"]);
    check("Rubio welcomed Syria's efforts and Israel's response.", &["Syria|SYR|GOV|", "Israel|ISR|GOV|"]);
    check("Netanyahu wants to begin with an updated agreement.", &["Benjamin Netanyahu|ISR|GOV|Prime Minister"]);
    check("Senior Israeli military officials, including Maj. Gen. Oded Fakename of the IDF Operations Directorate, were present.", &["*|ISR|MIL|", "Oded Fakename|ISR|MIL|Major General, IDF Operations Directorate"]);
    check("U.S. envoy Tom Barrack met Syrian officials.", &["Tom Barrack|USA|GOV|Special Envoy for Syria", "*|SYR|GOV|"]);
    check("Guterres urged restraint.", &["Antonio Guterres|IGO:UN|IGO|*"]);
    check("The UN envoy met Syrian officials.", &["The UN envoy => *|IGO:UN|IGO|", "*|SYR|GOV|"]);
    check("Netanyahu met Trump's envoy Tom Barrack.", &["Benjamin Netanyahu|ISR|*|*", "Tom Barrack|USA|GOV|*", "Donald Trump|USA|GOV|*"]);
    let s = check("Israeli Foreign Minister Gideon Saar reinforced this position.", &[]);
    let x = s.actors.iter().find(|a| a.name == "Gideon Sa'ar").unwrap();
    assert_eq!(x.kind, ActorKind::Person);
    let s = check("Damascus agreed.", &[]);
    assert_eq!(s.actors[0].kind, ActorKind::State);
    let s = check("Israeli officials agreed.", &[]);
    assert_eq!(s.actors[0].kind, ActorKind::Group);
    let s = check("Mossad agreed.", &[]);
    assert_eq!(s.actors[0].kind, ActorKind::Org);
    check("Egypt's Foreign Minister Omar Placeholder and Qatar's Prime Minister Hamad Testcase met.", &["Omar Placeholder|EGY|GOV|Foreign Minister", "Hamad Testcase|QAT|GOV|Prime Minister"]);
    check("Trump and Putin spoke, then Macron called Starmer.", &["Donald Trump|USA|*|*", "Vladimir Putin|RUS|*|*", "Emmanuel Macron|FRA|*|*", "Keir Starmer|GBR|*|*"]);
    check("Israeli troops and Syrian forces exchanged fire near Quneitra.", &["*|ISR|MIL|", "*|SYR|MIL|"]);
    check("The Syrian and Israeli foreign ministers met in Baku.", &["Syrian and Israeli foreign ministers => *|SYR|GOV|", "Syrian and Israeli foreign ministers => *|ISR|GOV|"]);
    check("Turkish envoys arrived on Monday.", &["Turkish envoys => *|TUR|GOV|"]);
    check("Syrian Foreign Minister Khaled Example spoke. The country's president agreed.", &["The country's president => Ahmed al-Sharaa|SYR|GOV|President"]);
    check("Fighting eased in Lebanon. The country's prime minister called for calm.", &["country's prime minister => *|LBN|GOV|"]);
    check("Hamas fighters left the tunnels.", &["Hamas fighters => Hamas fighters|PSE|REB|"]);
    check("The IDF spokesman said the raid was over.", &["IDF spokesman => *|ISR|MIL|"]);
    check("Classes resumed and businesses reopened.", &["!businesses =>"]);
    check("US officials declined to comment.", &["*|USA|GOV|"]);
    check("American diplomats left Kabul.", &["*|USA|GOV|"]);
    check("The Israeli Foreign Ministry condemned the vote.", &["*|ISR|GOV|"]);
}

// --- role nouns of bodies, focus country, sector folding (sentences written for these tests) ---

const ORGS_EXTRA: &str = "Jaysh Example\tJEX\tSYR\tINS\tarmed_group\tt
Example Liberation Front\tELF\tTUR\tSEP\tarmed_group\tt
Wagner Group\tWagner\tRUS\tUAF\tarmed_group\tt
Russian Defence Ministry\tRussia's defence ministry\tRUS\tMIL\tministry\tt
International Court of Justice\tICJ|World Court\tIGO:ICJ\tJUD\tcourt\tt
Example Economic Community\tEXCOM\tIGO:EXCOM\tIGO\tigo\tt
Example Oil Corporation\tExampleOil\tUSA\tBUS\tcompany\tt
Example Watch\t\tNGO:EXW\tNGO\tngo\tt
Example Atomic Agency\tEXAA\tIGO:EXAA\tIGO\tigo\tt
";

const FEATURES: &str = "name\talternates\tcountry\tlat\tlon\tpopulation\tkind\tsource
Example Governorate\tExample province\tSYR\t33.0\t36.0\t\tadmin\tt
";

const TITLES_EXTRA: &str = "gunmen\tUAF\tGunmen\tgroup\tt
fighters\tREB\tFighters\tgroup\tt
militias\tUAF\tMilitias\tgroup\tt
army\tMIL\tArmy\tgroup\tt
junta\tMIL\tJunta\tgroup\tt
government troops\tMIL\tGovernment Troops\tgroup\tt
rights groups\tNGO\tRights Groups\tgroup\tt
ministry\tGOV\tMinistry\tgroup\tt
health ministry\tGOV\tHealth Ministry\tgroup\tt
";

fn kb_ext() -> &'static Kb {
    static KB: OnceLock<Kb> = OnceLock::new();
    KB.get_or_init(|| {
        let orgs = format!("{ORGS}{ORGS_EXTRA}");
        let titles = format!("{TITLES}{TITLES_EXTRA}");
        Kb::from_files([("countries.tsv", COUNTRIES), ("people_test.tsv", PEOPLE), ("orgs.tsv", orgs.as_str()), ("titles.tsv", titles.as_str()), ("features.tsv", FEATURES)]).unwrap()
    })
}

fn check_ext(text: &str, expected: &[&str]) -> ActorSet {
    check_with(kb_ext(), Some("2025-06-30"), text, expected)
}

#[test]
fn role_nouns_of_bodies_corefer() {
    check_ext("Hezbollah rejected the plan on Monday. The group has denied rebuilding its arsenal.", &["The group => Hezbollah|LBN|REB|"]);
    check_ext("Jaysh Example attacked a checkpoint, and Israel struck back. The group said it lost two men.", &["The group => Jaysh Example|SYR|REB|"]);
    check_ext("Russia's defence ministry said the drills were routine. Turkish officials were told, the ministry said.", &["the ministry => Russian Defence Ministry|RUS|*|"]);
    check_ext("The State Department condemned the raid, and the ministry said it would respond.", &["the ministry => U.S. Department of State|USA|GOV|"]);
    check_ext("The European Union met Qatar's envoy. The bloc then agreed new sanctions.", &["The bloc => European Union|IGO:EU|IGO|"]);
    check_ext("The ICJ ordered a halt to the vote. The court in The Hague gave Egypt a week.", &["The court => International Court of Justice|IGO:ICJ|JUD|"]);
    // A bloc named only inside a title.
    check_ext("EXCOM envoy Jo Sample said the bloc was ready to help.", &["the bloc => Example Economic Community|IGO:EXCOM|IGO|"]);
    check_ext("ExampleOil signed a deal with Egypt. The company said output would rise.", &["The company => Example Oil Corporation|USA|BUS|"]);
    // Ministries read as groups, and "the region's/country's ... ministry".
    check_ext("Egypt's health ministry said 20 people died. The toll rose, the ministry said later.", &["the ministry => *|EGY|GOV|"]);
    check_ext("Drones hit two fields in Egypt. The region's natural resources ministry said output stopped, and the ministry asked for help.", &["The region's natural resources ministry => *|EGY|GOV|", "[the ministry] asked => *|EGY|GOV|"]);
    check_ext("Example Watch said the raids were unlawful. The group urged an inquiry.", &["The group => Example Watch|NGO:EXW|NGO|"]);
    check_ext("The Example Atomic Agency said Iran had enriched more uranium. The agency urged access.", &["The agency => Example Atomic Agency|IGO:EXAA|IGO|"]);
    check_ext("Hezbollah fired rockets, Israel said. The armed group denied it.", &["The armed group => Hezbollah|LBN|REB|"]);
    check_ext("The European Union met Qatar's envoy. The 27-nation bloc agreed.", &["The 27-nation bloc => European Union|IGO:EU|IGO|"]);
    // No antecedent, or a new body.
    check_ext("The group met on Monday.", &["!The group =>"]);
    check_ext("Hezbollah spoke. The group of experts disagreed.", &["!The group of =>"]);
    check_ext("Israel said the ministry would decide.", &["!the ministry =>"]);
}

#[test]
fn insurgents_and_separatists_fold_into_rebels() {
    check_ext("Jaysh Example claimed the attack.", &["Jaysh Example|SYR|REB|"]);
    check_ext("The Example Liberation Front denied it.", &["Example Liberation Front|TUR|REB|"]);
    check_ext("Syrian insurgents took the town.", &["Syrian insurgents => *|SYR|REB|"]);
    // Armed members of an organisation take its sector.
    check_ext("Wagner fighters left the base.", &["Wagner fighters => *|RUS|UAF|"]);
    check_ext("Jaysh Example fighters left the base.", &["Jaysh Example fighters => *|SYR|REB|"]);
    check_ext("IDF soldiers entered the village.", &["IDF soldiers => *|ISR|MIL|"]);
}

#[test]
fn bare_institutions_take_the_focus_country() {
    // The story is about Syria; the sentence before names Jordan as a place.
    let text = "Syrian officials said the talks went well. Syria wants calm, Syrian diplomats said.\n\nSyrian troops moved a convoy. A drone was seen near the border with Jordan.\n\nThe army said it had shot down the drone.";
    check_ext(text, &["The [army] said => *|SYR|MIL|"]);
    // Same paragraph: the focus country is among the earlier mentions, so it wins over the
    // nearer neighbour.
    check_ext("Syrian officials spoke. Syria's president spoke. A Syrian convoy was hit near the border with Jordan. The army said it repelled the attack.", &["The [army] said => *|SYR|MIL|"]);
    // Without any focus the nearest earlier country decides, as before.
    check_ext("Qatar's envoy arrived. The army said it was ready.", &["The [army] said => *|QAT|MIL|"]);
    check_ext("Egyptian officials spoke. Egypt agreed. Egypt left, and Jordan stayed.\n\nAnalysts say the militants are weak.", &["the [militants] are => *|EGY|REB|"]);
    check_ext("Egyptian officials spoke. Egypt agreed.\n\nGovernment troops withdrew from the town.", &["Government troops => *|EGY|MIL|"]);
    check_ext("Egyptian officials spoke. Egypt agreed. Jordan disagreed.\n\nThe junta has denied the accusations.", &["The [junta] has => *|EGY|MIL|"]);
    // A place in the sentence beats a speaker named further away.
    check_ext("Israel said the strikes would protect civilians in Example province, where Tuareg fighters and Alawite militias clashed.", &["Tuareg fighters => *|SYR|REB|", "Alawite militias => *|SYR|UAF|"]);
    // Unidentified gunmen and rights groups have no country.
    check_ext("Six soldiers were wounded in an ambush by gunmen in February.", &["gunmen => *||UAF|"]);
    check_ext("Rights groups have accused Syrian forces of abuses.", &["Rights groups => *||NGO|"]);
}

#[test]
fn dateline_sets_the_focus() {
    use chancery_article::Article;
    let a = Article::from_text("t.txt", "AMMAN (Test Wire) - Syrian and Jordanian officials met. Syria wants calm.\n\nThe army said it was ready.\n".to_string());
    let s = find_actors(&a, kb_ext());
    actor_spec::expect(&a, &s, &a.norm, None, &["The [army] said => *|JOR|MIL|"]);
}

#[test]
fn defence_force_names_are_military() {
    check_ext("The Jordan Defence Force said its troops were on alert.", &["Jordan Defence Force => *|JOR|MIL|"]);
    check_ext("Qatar Defence Forces said so.", &["Qatar Defence Forces => *|QAT|MIL|"]);
    check_ext("The European Union force patrolled the coast.", &["European Union => European Union|IGO:EU|IGO|"]);
}

#[test]
fn regional_governments_and_companies() {
    let orgs = format!("{ORGS}Examplestan Regional Government\tExamplestan\tSYR\tGOV\tgovernment\tt\nExample Petroleum\tExPet\tUSA\tBUS\tcompany\tt\n");
    let kb = Kb::from_files([("countries.tsv", COUNTRIES), ("people_test.tsv", PEOPLE), ("orgs.tsv", orgs.as_str()), ("titles.tsv", TITLES)]).unwrap();
    check_with(&kb, Some("2025-06-30"), "Examplestan rejected the reforms.", &["Examplestan => Examplestan Regional Government|SYR|GOV|"]);
    check_with(&kb, Some("2025-06-30"), "Fighting spread in Examplestan on Monday.", &["!Examplestan =>"]);
    check_with(&kb, Some("2025-06-30"), "Damascus accused ExPet of smuggling.", &["ExPet => Example Petroleum|USA|BUS|"]);
}

#[test]
fn domestic_bodies_take_the_country_of_their_story() {
    let titles = format!("{TITLES}police\tCOP\tPolice\tgroup\tt\nprotesters\tCVL\tProtesters\tgroup\tt\nruling party\tPTY\tRuling Party\tgroup\tt\nprisoners\tCVL\tPrisoners\tgroup\tt\nstudents\tEDU\tStudents\tgroup\tt\n");
    let kb = Kb::from_files([("countries.tsv", COUNTRIES), ("people_test.tsv", PEOPLE), ("orgs.tsv", ORGS), ("titles.tsv", titles.as_str())]).unwrap();
    let text = "Protesters gathered in Cairo for a third day. Egyptian officials called for calm, and Egypt closed the square.\n\nPolice fired tear gas, and students marched. The ruling party said it would not resign.";
    check_with(&kb, Some("2025-06-30"), text, &["Protesters => *|EGY|CVL|", "Police => *|EGY|COP|", "students => *|EGY|EDU|", "ruling party => *|EGY|PTY|"]);
    // Victims and bystanders are not given a country this way.
    check_with(&kb, Some("2025-06-30"), "Egypt and Jordan each released 40 prisoners.", &["!prisoners =>"]);
}

#[test]
fn offices_and_governments_without_a_written_country() {
    // "the defence minister" with no such person yet: the focus country's office holder.
    check_ext("Turkish officials met in Ankara. Turkey said the talks went well, Turkish diplomats said.\n\nThe foreign minister said more talks would follow.", &["The foreign minister => Hakan Fidan|TUR|GOV|Foreign Minister"]);
    // Envoys are often foreign: no focus country for them.
    check_ext("Turkish officials met in Ankara. Turkey said so.\n\nThe envoy said more talks would follow.", &["!The envoy =>"]);
    // An armed group's government governs.
    check_ext("The Hamas government denied the charge.", &["Hamas government => *|PSE|GOV|"]);
    // Crowds are where the sentence puts them.
    let titles = format!("{TITLES}protesters\tCVL\tProtesters\tgroup\tt\n");
    let kb = Kb::from_files([("countries.tsv", COUNTRIES), ("people_test.tsv", PEOPLE), ("orgs.tsv", ORGS), ("titles.tsv", titles.as_str())]).unwrap();
    check_with(&kb, Some("2025-06-30"), "Protesters stormed the French embassy in Tehran.", &["Protesters => *|IRN|CVL|"]);
}

#[test]
fn shared_body_names_follow_the_focus_country() {
    let orgs = format!("{ORGS}Democratic Party\tDemocrats\tUSA\tPTY\tparty\tt\nDemocratic Party of Egypt\t\tEGY\tPTY\tparty\tt\n");
    let kb = Kb::from_files([("countries.tsv", COUNTRIES), ("people_test.tsv", PEOPLE), ("orgs.tsv", orgs.as_str()), ("titles.tsv", TITLES)]).unwrap();
    let text = "Egyptian officials met in Cairo. Egypt said the vote would go ahead.\n\nThe Democratic Party called the decree illegal.";
    check_with(&kb, Some("2025-06-30"), text, &["[Democratic Party] called => Democratic Party of Egypt|EGY|PTY|"]);
    check_with(&kb, Some("2025-06-30"), "Trump met Rubio in Washington. The Democratic Party called the decree illegal.", &["[Democratic Party] called => Democratic Party|USA|PTY|"]);
}

#[test]
fn aliases_that_begin_with_a_title() {
    let people = format!("{PEOPLE}Wen Example\tPresident Wen|Wen\tEGY\tPTY\tParty Chief\t2020-01-01\t\tt\nWen Example\tPresident Wen|Wen\tEGY\tGOV\tPresident\t2020-01-01\t\tt\n");
    let kb = Kb::from_files([("countries.tsv", COUNTRIES), ("people_test.tsv", people.as_str()), ("orgs.tsv", ORGS), ("titles.tsv", TITLES)]).unwrap();
    let s = check_with(&kb, Some("2025-06-30"), "President Wen Example met Macron. President Wen said so.", &["President Wen Example => Wen Example|EGY|GOV|President", "[President Wen] said => Wen Example|EGY|GOV|President"]);
    assert_eq!(s.actors.iter().filter(|a| a.name == "Wen Example").count(), 1);
    assert!(!s.index.iter().any(|m| &s.actors[m.2].name != "Wen Example" && m.0 < 21), "nothing else in the name");
}

#[test]
fn appositive_describes_the_organisation() {
    check_ext("Fighting erupted after the killing of Omar Sample, the leader of a powerful armed group known as Jaysh Example, officials said.", &["Omar Sample => Omar Sample|SYR|REB|*", "Jaysh Example => Jaysh Example|SYR|REB|"]);
    // A relative clause is not the description.
    check_ext("Omar Sample, the leader of a group that fought Hezbollah, spoke.", &["Omar Sample => Omar Sample||GOV|Leader"]);
}

#[test]
fn written_titles_win_in_undated_articles() {
    // No date: the knowledge base cannot tell that the office has ended, the text can.
    check_with(kb(), None, "President Joe Biden signed the bill.", &["President Joe Biden => Joe Biden|USA|GOV|President"]);
    check_with(kb(), None, "Joe Biden signed the bill.", &["Joe Biden|USA|ELI|Former President"]);
    check_with(kb(), None, "Former President Joe Biden signed the bill.", &["Joe Biden|USA|ELI|Former President"]);
    // With a date the tenure decides.
    check_on("2025-06-01", "President Joe Biden signed the bill.", &["Joe Biden|USA|ELI|Former President"]);
}

#[test]
fn bare_domestic_institutions_take_the_story_country() {
    let titles = format!("{TITLES}{TITLES_EXTRA}government\tGOV\tGovernment\tgroup\tt\nauthorities\tGOV\tAuthorities\tgroup\tt\nadministration\tGOV\tAdministration\tgroup\tt\nsoldiers\tMIL\tSoldiers\tgroup\tt\nombudsman's office\tGOV\tOmbudsman's Office\tgroup\tt\nopposition\tOPP\tOpposition\tgroup\tt\nparliament\tLEG\tParliament\tgroup\tt\n");
    let orgs = format!("{ORGS}Democratic Party of Egypt\tDemocratic Party\tEGY\tPTY\tparty\tt\n");
    let kb = Kb::from_files([("countries.tsv", COUNTRIES), ("people_test.tsv", PEOPLE), ("orgs.tsv", orgs.as_str()), ("titles.tsv", titles.as_str())]).unwrap();
    let story = "Egyptian officials met in Cairo. Egypt said the vote would go ahead.\n\n";
    let text = format!("{story}The government said the talks would go on. The authorities closed the square, and the health ministry counted the wounded. Troops fired into the air, and soldiers blocked the road. The ombudsman's office said 40 people were hurt.");
    check_with(&kb, Some("2025-06-30"), &text, &["The [government] said => Egypt|EGY|GOV|", "The [authorities] closed => *|EGY|GOV|", "the [health ministry] counted => *|EGY|GOV|", "Troops => *|EGY|MIL|", "soldiers => *|EGY|MIL|", "The [ombudsman's office] said => *|EGY|GOV|"]);
    // A possessive pronoun works like "the".
    let text = format!("{story}The minister said his administration would not resign.");
    check_with(&kb, Some("2025-06-30"), &text, &["his [administration] would => Egypt|EGY|GOV|"]);
    check_with(&kb, Some("2025-06-30"), &format!("{story}The minister said his ministry would act."), &["his [ministry] would => *|EGY|GOV|"]);
    // The troops a state sends and the embassies it keeps abroad are not inferred this way.
    check_with(&kb, Some("2025-06-30"), &format!("{story}Egypt sent troops to Qatar, and the attack on its embassy was condemned."), &["!troops =>", "!embassy =>"]);
    // A written country still decides.
    check_with(&kb, Some("2025-06-30"), &format!("{story}Israeli troops fired into the air."), &["Israeli troops => *|ISR|MIL|"]);
    // "opposition" as the first half of a compound names no actor; the head does.
    check_with(&kb, Some("2025-06-30"), &format!("{story}The president accused the opposition-controlled parliament of blocking the budget."), &["opposition-controlled [parliament] => *|EGY|LEG|", "!opposition-controlled =>"]);
    // A body's country named before it in its sentence beats one named after it.
    check_with(&kb, Some("2025-06-30"), "Egypt's president accused the parliament of sympathising with Israel.", &["the [parliament] of => *|EGY|LEG|"]);
    // A party the text puts in opposition is coded as the opposition.
    check_with(&kb, Some("2025-06-30"), &format!("{story}The main opposition Democratic Party called the decree illegal."), &["Democratic Party => Democratic Party of Egypt|EGY|OPP|"]);
    check_with(&kb, Some("2025-06-30"), &format!("{story}The Democratic Party called the decree illegal."), &["Democratic Party => Democratic Party of Egypt|EGY|PTY|"]);
}

#[test]
fn bodies_repeated_before_a_verb_complement() {
    // "accusing the group of attacking" repeats the group; "the group of experts" is new.
    check_ext("Hezbollah rejected the plan. Israel accused the group of rebuilding its arsenal.", &["the group => Hezbollah|LBN|REB|"]);
    check_ext("Hezbollah rejected the plan. The group of experts disagreed.", &["!The group =>"]);
}
