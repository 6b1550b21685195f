//! The test day's results over time, each against its norm, as the report's charts and the
//! history's Tests & falls tab draw them (issue 30): one series per test with results,
//! oldest first, each result with the threshold of the norm for the user's age band on
//! its own day (a birthday can move a later result into the next band). Pure: the records
//! and the profile's two answers in.

use chrono::NaiveDate;

use super::{Norm, Person, TestKind, norm};
use crate::history::TestRecord;
use crate::profile::Sex;

/// One result in a series.
#[derive(Debug, Clone, PartialEq)]
pub struct Point {
    pub date: NaiveDate,
    /// The result as the file has it, kept finite and between 0 and 1000 for a drawing
    /// (a later botsterk's kind may hold anything).
    pub value: f64,
    /// The norm's threshold on that day ([`Norm::threshold`]): `None` without the
    /// profile's answers the norm needs, or outside the ages its table covers.
    pub threshold: Option<f64>,
}

/// Why a series has no threshold line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoLine {
    /// The profile has no year of birth (or, for a test whose norm differs for men and
    /// women, no sex): the norm cannot be looked up.
    NotGiven,
    /// The answers are given, but no result falls in an age the published table covers.
    AgeNotCovered,
}

/// One test's results over time.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    pub kind: TestKind,
    /// Oldest first; those of one day in the order recorded.
    pub points: Vec<Point>,
    /// The norm on the day of the latest result (its words and sources are named under
    /// the chart), if any.
    pub norm: Option<Norm>,
}

impl Series {
    /// The latest result.
    #[must_use]
    pub fn last(&self) -> Option<&Point> {
        self.points.last()
    }

    /// The top of a chart's value axis: the highest result or threshold and some room
    /// above it (at least 1).
    #[must_use]
    pub fn high(&self) -> f64 {
        self.points
            .iter()
            .flat_map(|p| std::iter::once(p.value).chain(p.threshold))
            .fold(1.0_f64, f64::max)
            * 1.15
    }

    /// Why there is no threshold line (`None` when at least one result has one).
    #[must_use]
    pub fn no_line(&self, birth_year: Option<i32>, sex: Option<Sex>) -> Option<NoLine> {
        if self.points.iter().any(|p| p.threshold.is_some()) {
            return None;
        }
        let needs_sex = matches!(self.kind, TestKind::ChairStand | TestKind::Grip);
        let sex_given = sex.is_some_and(|s| s != Sex::RatherNotSay);
        let given = match self.kind {
            TestKind::Grip => sex_given,
            _ => birth_year.is_some() && (sex_given || !needs_sex),
        };
        Some(if given {
            NoLine::AgeNotCovered
        } else {
            NoLine::NotGiven
        })
    }
}

/// A value as a drawing may use it: finite, between 0 and 1000.
fn drawable(value: f64) -> f64 {
    if value.is_finite() {
        value.clamp(0.0, 1000.0)
    } else {
        0.0
    }
}

/// A series per test with results on or before `up_to` (every result with `None`), in the
/// order of a test day; kinds this botsterk does not know are left out (they have no norm
/// and no chart). A result stopped for pain is no measure of what the body can do (`4` on
/// a test's card records 0): it is listed with its mark, never drawn.
#[must_use]
pub fn over_time(
    tests: &[TestRecord],
    birth_year: Option<i32>,
    sex: Option<Sex>,
    up_to: Option<NaiveDate>,
) -> Vec<Series> {
    TestKind::ALL
        .into_iter()
        .filter_map(|kind| {
            let mut of_kind: Vec<&TestRecord> = tests
                .iter()
                .filter(|t| {
                    t.kind == kind.id()
                        && !t.stopped_for_pain
                        && up_to.is_none_or(|last| t.date <= last)
                })
                .collect();
            // Stable: one day's results stay in the order recorded.
            of_kind.sort_by_key(|t| t.date);
            let norm_on = |date| norm(kind, Person::on(birth_year, sex, date));
            let points: Vec<Point> = of_kind
                .iter()
                .map(|t| Point {
                    date: t.date,
                    value: drawable(t.value),
                    threshold: norm_on(t.date).as_ref().map(Norm::threshold),
                })
                .collect();
            let norm = norm_on(points.last()?.date);
            Some(Series { kind, points, norm })
        })
        .collect()
}

/// How many charts [`over_time`] makes of `tests` (all of them): one per known kind with a
/// result.
#[must_use]
pub fn charted_kinds(tests: &[TestRecord]) -> usize {
    TestKind::ALL
        .into_iter()
        .filter(|k| {
            tests
                .iter()
                .any(|t| t.kind == k.id() && !t.stopped_for_pain)
        })
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn record(date: NaiveDate, kind: &str, value: f64) -> TestRecord {
        TestRecord {
            date,
            kind: kind.into(),
            value,
            unit: String::new(),
            ..Default::default()
        }
    }

    #[test]
    fn a_result_stopped_for_pain_is_not_drawn() {
        let mut hurt = record(day(2026, 5, 1), "chair-stand", 0.0);
        hurt.stopped_for_pain = true;
        let tests = vec![
            record(day(2026, 3, 1), "chair-stand", 11.0),
            hurt.clone(),
            record(day(2026, 6, 1), "chair-stand", 12.0),
        ];
        let all = over_time(&tests, None, None, None);
        let values: Vec<f64> = all[0].points.iter().map(|p| p.value).collect();
        assert_eq!(values, [11.0, 12.0]);
        // Only a result stopped for pain: no chart at all.
        assert!(over_time(std::slice::from_ref(&hurt), None, None, None).is_empty());
        assert_eq!(charted_kinds(&[hurt]), 0);
    }

    /// A woman born in 1956: 69 in 2025 (65-69: below 11 stands), 70 in 2026 (70-74:
    /// below 10): each result's line is the norm of its own day.
    #[test]
    fn each_result_has_the_threshold_of_its_own_age_band() {
        let tests = vec![
            record(day(2026, 3, 1), "chair-stand", 11.0),
            record(day(2025, 6, 1), "chair-stand", 9.0),
            record(day(2026, 3, 1), "tug", 9.4),
            record(day(2026, 3, 1), "a-later-kind", 3.0),
        ];
        let all = over_time(&tests, Some(1956), Some(Sex::Female), None);
        assert_eq!(all.len(), 2, "the later kind has no chart");
        assert_eq!(charted_kinds(&tests), 2);
        let chair = &all[0];
        assert_eq!(chair.kind, TestKind::ChairStand);
        let lines: Vec<(NaiveDate, f64, Option<f64>)> = chair
            .points
            .iter()
            .map(|p| (p.date, p.value, p.threshold))
            .collect();
        assert_eq!(
            lines,
            [
                (day(2025, 6, 1), 9.0, Some(11.0)),
                (day(2026, 3, 1), 11.0, Some(10.0))
            ]
        );
        assert!(matches!(
            chair.norm,
            Some(Norm::ChairStand { below: 10, .. })
        ));
        assert!((chair.high() - 11.0 * 1.15).abs() < 1e-9);
        assert_eq!(
            all[1].points[0].threshold,
            Some(12.0),
            "TUG: 12 s at any age"
        );
        assert_eq!(chair.no_line(Some(1956), Some(Sex::Female)), None);
        let later = over_time(
            &tests,
            Some(1956),
            Some(Sex::Female),
            Some(day(2025, 12, 31)),
        );
        assert_eq!(later.len(), 1, "up to a day: the TUG of 2026 is not yet");
    }

    #[test]
    fn without_the_answers_or_outside_the_tables_there_is_no_line_and_why() {
        let tests = vec![
            record(day(2026, 3, 1), "chair-stand", 11.0),
            record(day(2026, 3, 1), "balance-test", 3.0),
            record(day(2026, 3, 1), "grip", f64::NAN),
        ];
        let none = over_time(&tests, None, None, None);
        assert!(
            none.iter()
                .all(|s| s.points[0].threshold.is_none() && s.norm.is_none())
        );
        assert_eq!(none[0].no_line(None, None), Some(NoLine::NotGiven));
        assert_eq!(
            none[2].points[0].value, 0.0,
            "a value not a number draws as 0"
        );
        // The year without the sex: the balance test has its line, the chair stand not.
        let year = over_time(&tests, Some(1950), Some(Sex::RatherNotSay), None);
        assert_eq!(
            year[0].no_line(Some(1950), Some(Sex::RatherNotSay)),
            Some(NoLine::NotGiven)
        );
        assert_eq!(year[1].points[0].threshold, Some(3.0));
        // 50 years old: the tables start at 60.
        let young = over_time(&tests, Some(1976), Some(Sex::Male), None);
        assert_eq!(
            young[0].no_line(Some(1976), Some(Sex::Male)),
            Some(NoLine::AgeNotCovered)
        );
        assert_eq!(young[2].points[0].threshold, Some(27.0), "grip: any age");
    }
}
