//! `botsterk history --month [YYYY-MM]`: a month in review, in words or as JSON (last
//! month when no month is given). Only reads.

use chrono::{Datelike, NaiveDate};

use crate::catalog::Catalog;
use crate::coach::plan::Settings;
use crate::coach::review::month::{MonthReview, last_month, month_review, parse_month};
use crate::commands::CommandError;
use crate::commands::status::{day_month, exercise_name};
use crate::i18n::Lang;
use crate::store::Store;

/// Reads the history and the profile, and says the month.
///
/// # Errors
/// A month not written YYYY-MM (exit 2), or files that cannot be read (exit 1).
pub fn run(
    store: &Store,
    catalog: &Catalog,
    settings: &Settings,
    month: &str,
    json: bool,
    today: NaiveDate,
    lang: Lang,
) -> Result<String, CommandError> {
    let first = if month.trim().is_empty() {
        last_month(today)
    } else {
        parse_month(month)
            .ok_or_else(|| CommandError::Usage((lang.texts().status.bad_month)(month)))?
    };
    let history = store.load_history()?;
    let practice_target = store
        .load_profile()?
        .map_or(crate::coach::practice::DEFAULT_PRACTICE_DAYS, |p| {
            p.practice_target()
        });
    let review = month_review(catalog, &history, settings, practice_target, first, today);
    Ok(if json {
        serde_json::to_string_pretty(&review).unwrap_or_default()
    } else {
        text(&review, catalog, settings.units, lang)
    })
}

/// The review in a few lines.
#[must_use]
pub fn text(
    review: &MonthReview,
    catalog: &Catalog,
    units: crate::profile::Units,
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
    if review.stronger.is_empty() {
        lines.push(s.month_nothing_stronger.to_owned());
    } else {
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
        lines.push((s.month_stronger)(&grew.join("; ")));
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
