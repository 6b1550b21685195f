//! A month in review in words (`history --month`, home's first screen of a month), and the
//! small ways a date and an exercise are named in a sentence.

use chrono::{Datelike, NaiveDate};

use super::{Lang, Texts};
use crate::catalog::Catalog;
use crate::coach::review::month::MonthReview;

/// "4 December" (the year only when it is not `today`'s).
pub fn day_month(t: &Texts, date: NaiveDate, today: NaiveDate) -> String {
    let month = t.months[date.month0() as usize];
    if date.year() == today.year() {
        format!("{} {month}", date.day())
    } else {
        format!("{} {month} {}", date.day(), date.year())
    }
}

/// An exercise's name as a sentence uses it: "goblet squats".
pub fn exercise_name(catalog: &Catalog, id: &str, lang: Lang) -> String {
    // Practice moves by their practice names too (`Catalog::name_of`).
    let name = catalog
        .name_of(id, lang)
        .map_or_else(|| id.to_owned(), str::to_owned);
    let mut chars = name.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_lowercase().chain(chars).collect()
    })
}

/// What got stronger in the month: "goblet squats 7 kg → 8 kg; plank 20 → 30 s"; `None`
/// when no number went up.
#[must_use]
pub fn stronger(
    review: &MonthReview,
    catalog: &Catalog,
    units: crate::units::Units,
    lang: Lang,
) -> Option<String> {
    let t = lang.texts();
    let s = t.status;
    let grew: Vec<String> = review
        .stronger
        .iter()
        .map(|g| {
            let (from, to, unit) = match g.unit {
                "kg" => (t.weight(g.from, units), t.weight(g.to, units), ""),
                "seconds" => (format!("{}", g.from), format!("{}", g.to), s.unit_seconds),
                _ => (format!("{}", g.from), format!("{}", g.to), s.unit_reps),
            };
            let unit = if unit.is_empty() {
                String::new()
            } else {
                format!(" {unit}")
            };
            format!(
                "{} {from} → {to}{unit}",
                exercise_name(catalog, &g.exercise, lang)
            )
        })
        .collect();
    (!grew.is_empty()).then(|| grew.join("; "))
}

/// The review in a few lines.
#[must_use]
pub fn text(
    review: &MonthReview,
    catalog: &Catalog,
    units: crate::units::Units,
    lang: Lang,
) -> String {
    let t = lang.texts();
    let s = t.status;
    let year = review.first.year();
    let month = t.months[review.first.month0() as usize];
    let mut lines = vec![
        (s.month_title)(month, year),
        (s.month_sessions)(review.sessions, review.aim, review.short_sessions),
        (s.month_practice)(review.practice_days, review.practice_aim),
    ];
    match stronger(review, catalog, units, lang) {
        None => lines.push(s.month_nothing_stronger.to_owned()),
        Some(grew) => lines.push((s.month_stronger)(&grew)),
    }
    if review.pains.is_empty() {
        lines.push(s.month_no_pain.to_owned());
    }
    for pain in &review.pains {
        let outcome = match (pain.answer, pain.answered_on) {
            (Some(answer), Some(on)) => {
                (s.month_answer)(answer.as_str(), &day_month(t, on, review.first))
            }
            _ => s.month_unanswered.to_owned(),
        };
        lines.push((s.month_pain)(
            &exercise_name(catalog, &pain.exercise, lang),
            &day_month(t, pain.date, review.first),
            &outcome,
        ));
    }
    lines.join("\n")
}
