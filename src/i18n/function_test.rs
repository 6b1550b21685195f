//! The test day's texts (issue 30), in English and Dutch: the tests' names and protocols,
//! a result placed against its norm (never a diagnosis), and `botsterk test` and `log`'s
//! words for test results.

use crate::coach::function_test::{Norm, Person, Placed, TestKind, norm, place, stage_id};
use crate::history::TestRecord;
use crate::lang::Lang;
use crate::profile::{Profile, Sex};

/// The texts of one language.
#[derive(Debug)]
pub struct FunctionTestTexts {
    /// The tests' names, in the order of [`TestKind::ALL`].
    pub names: [&'static str; 4],
    /// How each test is done, in the order of [`TestKind::ALL`].
    pub protocols: [&'static str; 4],
    /// What an optional test needs (empty for the others).
    pub needs: [&'static str; 4],
    /// What a `log` entry of each test takes, with an example.
    pub expected: [&'static str; 4],
    /// The balance stages, in order.
    pub stages: [&'static str; 4],
    /// `profile`: the two answers the norms need.
    pub label_birth_year: &'static str,
    pub label_sex: &'static str,
    /// female, male, rather not say.
    pub sexes: [&'static str; 3],
    /// "women", "men".
    pub women: &'static str,
    pub men: &'static str,
    /// A result in words. `{number}`
    pub stands: fn(&str) -> String,
    pub stands_arms: &'static str,
    /// `{stage}` (the last held), `{held}` of 4.
    pub stages_held: fn(&str, u32) -> String,
    pub no_stage_held: &'static str,
    /// Placed against the norm: see [`Facts`].
    pub placed: fn(&Facts) -> String,
    /// No norm: the profile lacks what it needs.
    pub no_norm_profile: &'static str,
    /// After the value of a result stopped for pain: why it is not placed against the norm.
    pub not_placed_pain: &'static str,
    /// No norm: the tables do not cover the age.
    pub no_norm_age: &'static str,
    /// `botsterk test`'s heading. `{due}` (a day in words)
    pub next_due: fn(&str) -> String,
    /// `{last}` (a date)
    pub last_day: fn(&str) -> String,
    pub no_test_yet: &'static str,
    pub every: &'static str,
    /// `{date}` `{result}`
    pub last_result: fn(&str, &str) -> String,
    pub no_result: &'static str,
    /// `{earlier}` (results with dates)
    pub before: fn(&str) -> String,
    pub how_to_log: &'static str,
    /// `log`: recorded. `{date}`
    pub logged: fn(&str) -> String,
    /// `log` refusals. `{typed}`
    pub bad_value: fn(&str, &str) -> String,
    pub twice: fn(&str) -> String,
    /// `{kind}` `{date}` `{again}`
    pub already: fn(&str, &str, &str) -> String,
    /// `{typed}`
    pub mixed: fn(&str) -> String,
    pub with_program: &'static str,
}

/// What a placed result is worded from.
pub struct Facts<'a> {
    pub kind: TestKind,
    /// The result in words ("12 stands").
    pub value: &'a str,
    pub placed: Placed,
    pub norm: &'a Norm,
    /// "women" or "men", for the norms that differ by sex.
    pub who: &'a str,
    /// The sources, joined.
    pub sources: &'a str,
    /// Numbers as the language writes them.
    pub number: &'a dyn Fn(f64) -> String,
}

/// The texts of `lang`.
#[must_use]
pub fn texts(lang: Lang) -> &'static FunctionTestTexts {
    match lang {
        Lang::En => &EN,
        Lang::Nl => &NL,
    }
}

impl FunctionTestTexts {
    #[must_use]
    pub fn name(&self, kind: TestKind) -> &'static str {
        self.names[kind as usize]
    }

    #[must_use]
    pub fn sex(&self, sex: Sex) -> &'static str {
        self.sexes[sex as usize]
    }

    #[must_use]
    pub fn who(&self, sex: Sex) -> &'static str {
        match sex {
            Sex::Male => self.men,
            _ => self.women,
        }
    }
}

fn ages(a: [u32; 2]) -> String {
    format!("{}-{}", a[0], a[1])
}

fn placed_en(f: &Facts) -> String {
    let (v, src, n) = (f.value, f.sources, f.number);
    let talk = "Talk it over with your physiotherapist or doctor";
    match (f.norm, f.placed) {
        (Norm::ChairStand { ages: a, usual, .. }, p) => {
            let (who, r) = (
                format!("{} {}", f.who, ages(*a)),
                format!("{}-{}", usual[0], usual[1]),
            );
            match p {
                Placed::TalkItOver => {
                    format!("{v}: below the usual range for {who} ({r}). {talk} ({src}).")
                }
                Placed::Usual => format!("{v}: in the usual range for {who} ({r}; {src})."),
                Placed::AboveUsual => format!("{v}: above the usual range for {who} ({r}; {src})."),
            }
        }
        (Norm::BalanceTest { .. }, Placed::TalkItOver) => {
            format!("{v}: the tandem stand was not held for 10 s. {talk} ({src}).")
        }
        (Norm::BalanceTest { .. }, _) => format!("{v}: the tandem stand held for 10 s ({src})."),
        (
            Norm::Tug {
                ages: a,
                risk_at,
                mean,
            },
            p,
        ) => {
            let mean = format!("the mean at {} is {} s", ages(*a), n(*mean));
            if p == Placed::TalkItOver {
                format!("{v}: {} s or more. {talk} ({src}; {mean}).", n(*risk_at))
            } else {
                format!("{v}: under {} s ({src}; {mean}).", n(*risk_at))
            }
        }
        (Norm::Grip { low_below, .. }, Placed::TalkItOver) => format!(
            "{v}: below {} kg, the low line for {}. {talk} ({src}).",
            n(*low_below),
            f.who
        ),
        (Norm::Grip { low_below, .. }, _) => format!(
            "{v}: not below {} kg, the low line for {} ({src}).",
            n(*low_below),
            f.who
        ),
    }
}

fn placed_nl(f: &Facts) -> String {
    let (v, src, n) = (f.value, f.sources, f.number);
    let talk = "Bespreek het met je fysiotherapeut of huisarts";
    match (f.norm, f.placed) {
        (Norm::ChairStand { ages: a, usual, .. }, p) => {
            let (who, r) = (
                format!("{} van {}", f.who, ages(*a)),
                format!("{}-{}", usual[0], usual[1]),
            );
            match p {
                Placed::TalkItOver => {
                    format!("{v}: onder het gebruikelijke bereik voor {who} ({r}). {talk} ({src}).")
                }
                Placed::Usual => {
                    format!("{v}: binnen het gebruikelijke bereik voor {who} ({r}; {src}).")
                }
                Placed::AboveUsual => {
                    format!("{v}: boven het gebruikelijke bereik voor {who} ({r}; {src}).")
                }
            }
        }
        (Norm::BalanceTest { .. }, Placed::TalkItOver) => {
            format!("{v}: de tandemstand niet 10 s volgehouden. {talk} ({src}).")
        }
        (Norm::BalanceTest { .. }, _) => format!("{v}: de tandemstand 10 s volgehouden ({src})."),
        (
            Norm::Tug {
                ages: a,
                risk_at,
                mean,
            },
            p,
        ) => {
            let mean = format!("het gemiddelde bij {} is {} s", ages(*a), n(*mean));
            if p == Placed::TalkItOver {
                format!("{v}: {} s of meer. {talk} ({src}; {mean}).", n(*risk_at))
            } else {
                format!("{v}: onder {} s ({src}; {mean}).", n(*risk_at))
            }
        }
        (Norm::Grip { low_below, .. }, Placed::TalkItOver) => format!(
            "{v}: onder {} kg, de grens voor laag bij {}. {talk} ({src}).",
            n(*low_below),
            f.who
        ),
        (Norm::Grip { low_below, .. }, _) => format!(
            "{v}: niet onder {} kg, de grens voor laag bij {} ({src}).",
            n(*low_below),
            f.who
        ),
    }
}

pub static EN: FunctionTestTexts = FunctionTestTexts {
    names: [
        "30-second chair stand",
        "4-stage balance test",
        "Timed Up and Go",
        "Grip strength",
    ],
    protocols: [
        "A chair about 43 cm high, without arms, against a wall. Sit in the middle, feet flat, \
         arms crossed on your chest. Stand up fully and sit down again, as many times as you \
         can in 30 seconds. A stand more than halfway up when the time runs out counts; using \
         your arms ends the test with 0.",
        "Stand beside a sturdy counter, hands free but within reach, for 10 seconds in each \
         stance without holding on: feet \
         side by side, semi-tandem (the big toe beside the other heel), tandem (one foot \
         right in front of the other), then on one leg. Stop at the first stance you cannot \
         hold for 10 seconds.",
        "With someone nearby. Sit in a chair with arms; 3 metres ahead a mark on the floor. \
         On go, stand up, walk to the mark at your usual pace, turn, walk back and sit down. \
         The time from go until you sit is the result.",
        "With a grip dynamometer. Sit with your elbow bent at a right angle and squeeze as \
         hard as you can for a few seconds, three times with the stronger hand; the best \
         counts, in kg.",
    ],
    needs: [
        "",
        "",
        "optional: someone nearby",
        "optional: a grip dynamometer",
    ],
    expected: [
        "stands in 30 s, 0 to 60, or arms when the arms were used (chair-stand:12, chair-stand:arms)",
        "the last stage held: none, side-by-side, semi-tandem, tandem or one-leg (balance-test:tandem)",
        "seconds, 1 to 120 (tug:9.4s)",
        "kg, 1 to 100 (grip:22kg)",
    ],
    stages: ["feet side by side", "semi-tandem", "tandem", "one leg"],
    label_birth_year: "Year of birth",
    label_sex: "Sex",
    sexes: ["female", "male", "rather not say"],
    women: "women",
    men: "men",
    stands: |n| format!("{n} stands"),
    stands_arms: "0 stands (arms used)",
    stages_held: |stage, held| format!("{stage} held ({held} of 4 stages)"),
    no_stage_held: "no stage held (0 of 4)",
    placed: placed_en,
    no_norm_profile: "(for the published norms: botsterk profile --birth-year YYYY --sex female|male)",
    not_placed_pain: "(cut short, so not compared with the norm)",
    no_norm_age: "(the published norms are for ages 60 and over)",
    next_due: |due| format!("Next test day: {due}."),
    last_day: |last| format!("Last test day: {last}."),
    no_test_yet: "No test day yet: a first one gives the measure to compare with.",
    every: "A test day every 6 weeks, on a day without strength training: four short tests \
            that change in weeks, where bone density takes a year to show.",
    last_result: |date, result| format!("Last, {date}: {result}"),
    no_result: "No result yet.",
    before: |earlier| format!("Before: {earlier}."),
    how_to_log: "Record results: botsterk log chair-stand:12 balance-test:tandem tug:9.4s grip:22kg",
    logged: |date| format!("Test results recorded for {date}:"),
    bad_value: |typed, expected| {
        format!("\"{typed}\" is not a test result botsterk takes: {expected}")
    },
    twice: |kind| format!("{kind} is in this log twice: one result per test a day."),
    already: |kind, date, again| {
        format!("There is a result for {kind} on {date} already. To add another:\n  {again}")
    },
    mixed: |typed| {
        format!("Test results are logged on their own, not with a session or practice: {typed}")
    },
    with_program: "--program is for strength sessions, not for test results.",
};

pub static NL: FunctionTestTexts = FunctionTestTexts {
    names: [
        "30 seconden opstaan uit een stoel",
        "4-standen balanstest",
        "Timed Up and Go",
        "Knijpkracht",
    ],
    protocols: [
        "Een stoel van ongeveer 43 cm hoog, zonder leuningen, tegen een muur. Zit in het \
         midden, voeten plat, armen gekruist voor de borst. Sta helemaal op en ga weer zitten, \
         zo vaak als je kunt in 30 seconden. Ben je bij het einde meer dan halverwege omhoog, \
         dan telt die mee; gebruik je je armen, dan eindigt de test met 0.",
        "Sta naast een stevig aanrecht, handen vrij maar binnen handbereik, 10 seconden in \
         elke stand zonder vast te houden: voeten \
         naast elkaar, half-tandem (de grote teen naast de andere hiel), tandem (de ene voet \
         recht voor de andere), dan op één been. Stop bij de eerste stand die je geen 10 \
         seconden volhoudt.",
        "Met iemand in de buurt. Zit op een stoel met leuningen; 3 meter verderop een streep \
         op de vloer. Op start: sta op, loop in je gewone tempo naar de streep, draai om, loop \
         terug en ga zitten. De tijd van start tot je zit is de uitslag.",
        "Met een handknijpkrachtmeter. Zit met je elleboog in een rechte hoek en knijp een paar \
         seconden zo hard als je kunt, drie keer met de sterkste hand; de beste telt, in kg.",
    ],
    needs: [
        "",
        "",
        "niet verplicht: iemand in de buurt",
        "niet verplicht: een knijpkrachtmeter",
    ],
    expected: [
        "keer opgestaan in 30 s, 0 tot 60, of armen als de armen gebruikt zijn (stoeltest:12, stoeltest:armen)",
        "de laatste stand die je volhield: geen, naast-elkaar, half-tandem, tandem of een-been (balanstest:tandem)",
        "seconden, 1 tot 120 (tug:9,4s)",
        "kg, 1 tot 100 (knijpkracht:22kg)",
    ],
    stages: ["voeten naast elkaar", "half-tandem", "tandem", "één been"],
    label_birth_year: "Geboortejaar",
    label_sex: "Geslacht",
    sexes: ["vrouw", "man", "zeg ik liever niet"],
    women: "vrouwen",
    men: "mannen",
    stands: |n| format!("{n} keer opgestaan"),
    stands_arms: "0 keer (armen gebruikt)",
    stages_held: |stage, held| format!("{stage} volgehouden ({held} van 4 standen)"),
    no_stage_held: "geen stand volgehouden (0 van 4)",
    placed: placed_nl,
    no_norm_profile: "(voor de gepubliceerde normen: botsterk profile --birth-year JJJJ --sex vrouw|man)",
    not_placed_pain: "(afgebroken, dus niet met de norm vergeleken)",
    no_norm_age: "(de gepubliceerde normen zijn voor 60 jaar en ouder)",
    next_due: |due| format!("Volgende testdag: {due}."),
    last_day: |last| format!("Vorige testdag: {last}."),
    no_test_yet: "Nog geen testdag: een eerste geeft de maat om mee te vergelijken.",
    every: "Elke 6 weken een testdag, op een dag zonder krachttraining: vier korte tests die \
            in weken veranderen, waar botdichtheid een jaar nodig heeft.",
    last_result: |date, result| format!("Laatst, {date}: {result}"),
    no_result: "Nog geen uitslag.",
    before: |earlier| format!("Eerder: {earlier}."),
    how_to_log: "Uitslagen noteren: botsterk log stoeltest:12 balanstest:tandem tug:9,4s knijpkracht:22kg",
    logged: |date| format!("Testuitslagen genoteerd voor {date}:"),
    bad_value: |typed, expected| {
        format!("\"{typed}\" is geen testuitslag die botsterk aanneemt: {expected}")
    },
    twice: |kind| format!("{kind} staat twee keer in deze log: één uitslag per test per dag."),
    already: |kind, date, again| {
        format!("Er is al een uitslag voor {kind} op {date}. Nog een toevoegen:\n  {again}")
    },
    mixed: |typed| {
        format!("Testuitslagen noteer je apart, niet samen met een training of oefening: {typed}")
    },
    with_program: "--program is voor krachttrainingen, niet voor testuitslagen.",
};

/// A result in words, placed against its norm when the profile gives what it needs ("12
/// stands: in the usual range for women 70-74 (10-15; CDC STEADI, Rikli & Jones 1999).").
#[must_use]
pub fn result_words(record: &TestRecord, profile: Option<&Profile>, lang: Lang) -> String {
    let t = texts(lang);
    let Some(kind) = TestKind::from_id(&record.kind) else {
        // A test a later botsterk added: as the file says.
        return format!(
            "{} {}: {} {}",
            record.kind, record.date, record.value, record.unit
        );
    };
    let value = value_words(kind, record, lang);
    // A test cut short by pain measured the pain, not the body: no placing, no advice.
    if record.stopped_for_pain {
        return format!("{value} {}", t.not_placed_pain);
    }
    let person = Person::on(
        profile.and_then(|p| p.birth_year),
        profile.and_then(|p| p.sex),
        record.date,
    );
    match norm(kind, person) {
        Some(n) => {
            let sources: Vec<&str> = n.sources().iter().map(|s| s.short.as_str()).collect();
            let texts = lang.texts();
            let number = |v: f64| texts.number(v);
            (t.placed)(&Facts {
                kind,
                value: &value,
                placed: place(record.value, &n),
                who: match &n {
                    Norm::ChairStand { sex, .. } | Norm::Grip { sex, .. } => t.who(*sex),
                    _ => "",
                },
                norm: &n,
                sources: &sources.join(", "),
                number: &number,
            })
        }
        None if person.age.is_some_and(|a| a < 60)
            && (person.sex.is_some() || !needs_sex(kind)) =>
        {
            format!("{value} {}", t.no_norm_age)
        }
        None => format!("{value} {}", t.no_norm_profile),
    }
}

fn needs_sex(kind: TestKind) -> bool {
    matches!(kind, TestKind::ChairStand | TestKind::Grip)
}

/// The value alone in words: "12 stands", "tandem held (3 of 4 stages)", "9.4 s", "22 kg".
#[must_use]
pub fn value_words(kind: TestKind, record: &TestRecord, lang: Lang) -> String {
    let t = texts(lang);
    let n = lang.texts().number(record.value);
    match kind {
        TestKind::ChairStand if record.used_arms == Some(true) => t.stands_arms.to_owned(),
        TestKind::ChairStand => (t.stands)(&n),
        TestKind::BalanceTest => {
            #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
            let held = record.value.clamp(0.0, 4.0) as u32;
            match stage_id(held) {
                Some(_) => (t.stages_held)(t.stages[held as usize - 1], held),
                None => t.no_stage_held.to_owned(),
            }
        }
        TestKind::Tug => format!("{n} s"),
        TestKind::Grip => format!("{n} kg"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A chair stand stopped for pain at 0 stands (`4` on its card) is not "below the usual
    /// range" with advice to see a doctor: the pain stopped it, not the legs.
    #[test]
    fn a_result_stopped_for_pain_is_not_placed_against_the_norm() {
        let profile = Profile {
            birth_year: Some(1955),
            sex: Some(Sex::Female),
            ..Profile::defaults(Lang::En)
        };
        let mut record = TestRecord {
            date: chrono::NaiveDate::from_ymd_opt(2026, 12, 7).unwrap(),
            kind: "chair-stand".into(),
            value: 0.0,
            unit: "stands".into(),
            ..Default::default()
        };
        let placed = result_words(&record, Some(&profile), Lang::En);
        assert!(placed.contains("below the usual range"), "{placed}");
        record.stopped_for_pain = true;
        assert_eq!(
            result_words(&record, Some(&profile), Lang::En),
            "0 stands (cut short, so not compared with the norm)"
        );
        assert_eq!(
            result_words(&record, Some(&profile), Lang::Nl),
            "0 keer opgestaan (afgebroken, dus niet met de norm vergeleken)"
        );
    }
}
