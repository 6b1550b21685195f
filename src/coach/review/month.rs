//! A month in review (issue 29): sessions against the aim, practice days, what got
//! stronger, and the pain reports with their answers. Bone changes too slowly to feel, so
//! a month is the shortest span in which the numbers show a trend worth saying.

use chrono::{Datelike, Months, NaiveDate};
use serde::Serialize;

use crate::card::Measure;
use crate::catalog::Catalog;
use crate::history::{History, PainAnswer};
use crate::profile::Settings;

/// One exercise's first and last working number in the month.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Stronger {
    pub exercise: String,
    /// "reps", "seconds" (a hold) or "kg" (a weighted exercise).
    pub unit: &'static str,
    pub from: f64,
    pub to: f64,
}

/// A pain report of the month and the answer to its check, if there is one yet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PainReport {
    pub date: NaiveDate,
    pub exercise: String,
    /// The first answer given on or after the report.
    pub answer: Option<PainAnswer>,
    pub answered_on: Option<NaiveDate>,
}

/// The month's numbers.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MonthReview {
    /// `YYYY-MM`.
    pub month: String,
    pub first: NaiveDate,
    pub last: NaiveDate,
    /// Counted sessions (short ones load bone but do not count).
    pub sessions: u32,
    pub short_sessions: u32,
    /// The weekly target over the month's days (rounded).
    pub aim: u32,
    pub practice_days: u32,
    pub practice_aim: u32,
    /// Exercises whose number went up in the month, in catalog order.
    pub stronger: Vec<Stronger>,
    pub pains: Vec<PainReport>,
}

/// The first day of `month` (`YYYY-MM`), if it is one.
#[must_use]
pub fn parse_month(text: &str) -> Option<NaiveDate> {
    let (year, month) = text.trim().split_once('-')?;
    if year.len() != 4 || month.is_empty() || month.len() > 2 {
        return None;
    }
    NaiveDate::from_ymd_opt(year.parse().ok()?, month.parse().ok()?, 1)
}

/// The first day of the month before the one `today` is in.
#[must_use]
pub fn last_month(today: NaiveDate) -> NaiveDate {
    let first = today.with_day(1).unwrap_or(today);
    first.checked_sub_months(Months::new(1)).unwrap_or(first)
}

/// The review of the month that starts on `first`. Records dated after `today` are left
/// out (a wrong clock decides nothing).
#[must_use]
pub fn month_review(
    catalog: &Catalog,
    history: &History,
    settings: &Settings,
    practice_target: u32,
    first: NaiveDate,
    today: NaiveDate,
) -> MonthReview {
    let first = first.with_day(1).unwrap_or(first);
    let next = first.checked_add_months(Months::new(1)).unwrap_or(first);
    let last = next.pred_opt().unwrap_or(first).min(today);
    let in_month = |d: NaiveDate| d >= first && d <= last;
    let days = (next - first).num_days();
    let per_days =
        |per_week: u32| u32::try_from((i64::from(per_week) * days + 3) / 7).unwrap_or(u32::MAX);

    let sessions: Vec<_> = history
        .sessions
        .iter()
        .filter(|s| in_month(s.date))
        .collect();
    let mut counted: Vec<NaiveDate> = sessions
        .iter()
        .filter(|s| !s.is_short())
        .map(|s| s.date)
        .collect();
    counted.sort_unstable();
    counted.dedup();
    let short_sessions = sessions.iter().filter(|s| s.is_short()).count();
    let mut practice: Vec<NaiveDate> = history
        .practice
        .iter()
        .filter(|p| in_month(p.date))
        .map(|p| p.date)
        .collect();
    practice.sort_unstable();
    practice.dedup();

    let mut ordered = sessions.clone();
    ordered.sort_by_key(|s| s.started_at);
    let stronger = catalog
        .all()
        .iter()
        .filter_map(|exercise| {
            let numbers: Vec<(&'static str, f64)> = ordered
                .iter()
                .flat_map(|s| s.exercises.iter())
                .filter(|e| e.id == exercise.id && !e.skipped)
                .map(|e| match (e.weight_kg, exercise.measure) {
                    (Some(kg), _) => ("kg", kg),
                    (None, Measure::Hold) => ("seconds", f64::from(e.target)),
                    (None, _) => ("reps", f64::from(e.target)),
                })
                .collect();
            let (unit, from) = *numbers.first()?;
            let (last_unit, to) = *numbers.last()?;
            (unit == last_unit && to > from).then(|| Stronger {
                exercise: exercise.id.clone(),
                unit,
                from,
                to,
            })
        })
        .collect();

    let mut pains: Vec<PainReport> = sessions
        .iter()
        .flat_map(|s| {
            s.exercises
                .iter()
                .filter(|e| e.reports_pain())
                .map(|e| (s.date, e.id.clone()))
        })
        .map(|(date, exercise)| {
            let answer = history
                .pain_checks
                .iter()
                .filter(|a| a.exercise == exercise && a.date >= date && a.date <= today)
                .min_by_key(|a| a.date);
            PainReport {
                date,
                answer: answer.map(|a| a.answer),
                answered_on: answer.map(|a| a.date),
                exercise,
            }
        })
        .collect();
    pains.sort_by(|a, b| (a.date, &a.exercise).cmp(&(b.date, &b.exercise)));
    pains.dedup();

    MonthReview {
        month: first.format("%Y-%m").to_string(),
        first,
        last,
        sessions: u32::try_from(counted.len()).unwrap_or(u32::MAX),
        short_sessions: u32::try_from(short_sessions).unwrap_or(u32::MAX),
        aim: per_days(settings.weekly_target),
        practice_days: u32::try_from(practice.len()).unwrap_or(u32::MAX),
        practice_aim: per_days(practice_target),
        stronger,
        pains,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Program;
    use crate::history::build::{beginner, d, exercise, history, reps, session};
    use crate::history::{Effort, PainCheckAnswer};

    #[test]
    fn months_are_read_as_typed_and_last_month_wraps_the_year() {
        assert_eq!(parse_month("2026-11"), Some(d(2026, 11, 1)));
        assert_eq!(parse_month("2026-1"), Some(d(2026, 1, 1)));
        assert_eq!(parse_month("2026-13"), None);
        assert_eq!(parse_month("26-11"), None);
        assert_eq!(last_month(d(2027, 1, 3)), d(2026, 12, 1));
        assert_eq!(last_month(d(2028, 3, 31)), d(2028, 2, 1));
    }

    #[test]
    fn november_counts_its_sessions_what_grew_and_its_pain() {
        let catalog = Catalog::builtin();
        let mut early = beginner(d(2026, 11, 2));
        early.exercises[1].target = 10;
        let mut late = beginner(d(2026, 11, 27));
        late.exercises[1].target = 12;
        let mut hurt = exercise("wall-push-up", None, reps(&[3]));
        hurt.effort = Some(Effort::Pain);
        let mut h = history(vec![
            early,
            beginner(d(2026, 11, 4)),
            late,
            session(d(2026, 11, 20), Program::Beginner, vec![hurt]),
            // October and December are not November's.
            beginner(d(2026, 10, 30)),
            beginner(d(2026, 12, 1)),
        ]);
        h.pain_checks.push(PainCheckAnswer::new(
            d(2026, 11, 24),
            "wall-push-up".into(),
            PainAnswer::Ok,
            d(2026, 11, 20),
        ));
        let m = month_review(
            &catalog,
            &h,
            &Settings::default(),
            3,
            d(2026, 11, 1),
            d(2026, 12, 2),
        );
        assert_eq!(m.month, "2026-11");
        assert_eq!((m.first, m.last), (d(2026, 11, 1), d(2026, 11, 30)));
        // Logged afterwards, the one-exercise session with pain counts (a logged session
        // has no plan to be short of).
        assert_eq!((m.sessions, m.short_sessions), (4, 0));
        assert_eq!(m.aim, 13);
        assert!(
            m.stronger
                .iter()
                .any(|s| s.exercise == "chair-squat" && s.from < s.to),
            "{:?}",
            m.stronger
        );
        assert_eq!(
            m.pains,
            [PainReport {
                date: d(2026, 11, 20),
                exercise: "wall-push-up".into(),
                answer: Some(PainAnswer::Ok),
                answered_on: Some(d(2026, 11, 24)),
            }]
        );
    }

    #[test]
    fn this_month_ends_today() {
        let catalog = Catalog::builtin();
        let m = month_review(
            &catalog,
            &history(vec![beginner(d(2026, 12, 20))]),
            &Settings::default(),
            3,
            d(2026, 12, 1),
            d(2026, 12, 9),
        );
        assert_eq!(m.last, d(2026, 12, 9));
        assert_eq!(m.sessions, 0);
    }
}
