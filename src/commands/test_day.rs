//! `botsterk test [--json]`: the test day without a screen (issue 30): the four tests and
//! how each is done, the last results against their published norms, and when the next
//! test day is due. Test results are recorded with `botsterk log` (see [`log`]).

use chrono::NaiveDate;
use serde::Serialize;

use super::CommandError;
use super::log_test::{kind_of, parse_test};
use crate::coach::function_test::{
    self, Norm, Person, Placed, TestDay, TestKind, norm, place, test_day,
};
use crate::history::{History, TestRecord};
use crate::i18n::function_test::{result_words, texts, value_words};
use crate::lang::Lang;
use crate::profile::Profile;
use crate::store::Store;

/// The results of `kind`, oldest first, up to today.
fn results(history: &History, kind: TestKind, today: NaiveDate) -> Vec<&TestRecord> {
    let mut out: Vec<&TestRecord> = history
        .tests
        .iter()
        .filter(|r| r.kind == kind.id() && r.date <= today)
        .collect();
    out.sort_by_key(|r| r.date);
    out
}

#[derive(Serialize)]
struct TestJson<'a> {
    kind: &'static str,
    name: &'static str,
    optional: bool,
    last: Option<&'a TestRecord>,
    /// The last result placed: `talk_it_over`, `usual`, `above_usual`; null without a norm.
    placed: Option<&'static str>,
    /// The threshold line (the first value not below it; TUG: the value from which on).
    threshold: Option<f64>,
    sources: Vec<&'static str>,
    said: Option<String>,
    results: Vec<&'a TestRecord>,
}

#[derive(Serialize)]
struct Json<'a> {
    test_day: TestDay,
    tests: Vec<TestJson<'a>>,
}

fn placed_id(p: Placed) -> &'static str {
    match p {
        Placed::TalkItOver => "talk_it_over",
        Placed::Usual => "usual",
        Placed::AboveUsual => "above_usual",
    }
}

/// `botsterk test`: only reads.
///
/// # Errors
/// A store error when the history or profile cannot be read.
pub fn run(
    store: &Store,
    json: bool,
    today: NaiveDate,
    lang: Lang,
) -> Result<String, CommandError> {
    let history = store.load_history()?;
    let profile = store.load_profile()?;
    let day = test_day(&history, today);
    if json {
        let tests = TestKind::ALL
            .into_iter()
            .map(|kind| {
                let all = results(&history, kind, today);
                let last = all.last().copied();
                let n = last.and_then(|r| norm(kind, person_on(profile.as_ref(), r.date)));
                TestJson {
                    kind: kind.id(),
                    name: texts(lang).name(kind),
                    optional: kind.optional(),
                    last,
                    placed: last
                        .zip(n.as_ref())
                        .map(|(r, n)| placed_id(place(r.value, n))),
                    threshold: n.as_ref().map(Norm::threshold),
                    sources: n
                        .as_ref()
                        .map(|n| n.sources().iter().map(|s| s.short.as_str()).collect())
                        .unwrap_or_default(),
                    said: last.map(|r| result_words(r, profile.as_ref(), lang)),
                    results: all,
                }
            })
            .collect();
        let out = Json {
            test_day: day,
            tests,
        };
        return Ok(serde_json::to_string_pretty(&out).unwrap_or_default());
    }
    Ok(to_text(&history, profile.as_ref(), &day, today, lang))
}

fn person_on(profile: Option<&Profile>, date: NaiveDate) -> Person {
    Person::on(
        profile.and_then(|p| p.birth_year),
        profile.and_then(|p| p.sex),
        date,
    )
}

fn to_text(
    history: &History,
    profile: Option<&Profile>,
    day: &TestDay,
    today: NaiveDate,
    lang: Lang,
) -> String {
    let t = texts(lang);
    let texts = lang.texts();
    let mut out = vec![t.every.to_owned(), String::new()];
    out.push((t.next_due)(&texts.day(day.due.max(today), today)));
    out.push(match day.last {
        Some(last) => (t.last_day)(&texts.date(last)),
        None => t.no_test_yet.to_owned(),
    });
    for (i, kind) in TestKind::ALL.into_iter().enumerate() {
        out.push(String::new());
        let needs = t.needs[i];
        let sources: Vec<&str> = function_test::norms::sources_of(kind)
            .iter()
            .map(|s| s.short.as_str())
            .collect();
        let mut heading = format!("{}. {} ({})", i + 1, t.name(kind), sources.join(", "));
        if !needs.is_empty() {
            heading = format!("{heading}, {needs}");
        }
        out.push(heading);
        out.push(format!("   {}", t.protocols[i]));
        let all = results(history, kind, today);
        match all.split_last() {
            Some((last, earlier)) => {
                let said = result_words(last, profile, lang);
                out.push(format!(
                    "   {}",
                    (t.last_result)(&texts.date(last.date), &said)
                ));
                if !earlier.is_empty() {
                    let list: Vec<String> = earlier
                        .iter()
                        .rev()
                        .take(3)
                        .map(|r| format!("{} ({})", value_words(kind, r, lang), texts.date(r.date)))
                        .collect();
                    out.push(format!("   {}", (t.before)(&list.join("; "))));
                }
            }
            None => out.push(format!("   {}", t.no_result)),
        }
    }
    out.push(String::new());
    out.push(t.how_to_log.to_owned());
    out.join("\n")
}

/// The entries of `log` that are test results: `Some` when any is.
#[must_use]
pub fn any_test(entries: &[String]) -> bool {
    entries.iter().any(|e| kind_of(e).is_some())
}

/// `botsterk log` with test results: every entry checked, then all saved at once.
///
/// # Errors
/// [`CommandError::Usage`] for an entry that is not a test result, a test twice, or (with
/// `unless_again`, the command with `--again` to suggest) a result on a day that has one of
/// that test already; a store error.
pub fn log(
    store: &Store,
    entries: &[String],
    (date, shown_date): (NaiveDate, &str),
    unless_again: Option<&str>,
    lang: Lang,
) -> Result<String, CommandError> {
    let t = texts(lang);
    let not_tests: Vec<&str> = entries
        .iter()
        .filter(|e| kind_of(e).is_none())
        .map(String::as_str)
        .collect();
    if !not_tests.is_empty() {
        return Err(CommandError::Usage((t.mixed)(&not_tests.join(" "))));
    }
    let mut records: Vec<TestRecord> = Vec::new();
    for entry in entries {
        let record = parse_test(entry, date).map_err(|e| {
            CommandError::Usage((t.bad_value)(&e.typed, t.expected[e.kind as usize]))
        })?;
        if records.iter().any(|r| r.kind == record.kind) {
            let kind = TestKind::from_id(&record.kind).map_or("", |k| t.name(k));
            return Err(CommandError::Usage((t.twice)(kind)));
        }
        records.push(record);
    }
    let _lock = store.lock(super::LOCK_WAIT)?;
    let before = store.load_history()?;
    if let Some(again_hint) = unless_again {
        for record in &records {
            if before
                .tests
                .iter()
                .any(|r| r.kind == record.kind && r.date == date)
            {
                let kind = TestKind::from_id(&record.kind).map_or("", |k| t.name(k));
                return Err(CommandError::Usage((t.already)(
                    kind,
                    &lang.texts().date(date),
                    again_hint,
                )));
            }
        }
    }
    let profile = store.load_profile()?;
    let said: Vec<String> = records
        .iter()
        .map(|r| {
            format!(
                "  {}: {}",
                t.name(TestKind::from_id(&r.kind).unwrap_or(TestKind::ChairStand)),
                result_words(r, profile.as_ref(), lang)
            )
        })
        .collect();
    store.update(|h| h.tests.extend(records))?;
    Ok(format!("{}\n{}", (t.logged)(shown_date), said.join("\n")))
}
