//! The pace of progression (PROGRAM.md, "Progression"; coach rules). Pure.
//!
//! Bone needs weeks to adapt to a new load: raise the weight OR the reps, every few weeks.
//!
//! - A rep or hold target rises at most one step per exercise in [`TARGET_STEP_DAYS`] days,
//!   counted from the first session at the current target.
//! - A weight rises at most once per exercise in [`WEIGHT_STEP_DAYS`] days, counted from ANY
//!   change of that weight: an answered question, the `weight` command, the TUI's answer,
//!   or a different weight seen in a session (logged or live) than in the one before it. A
//!   step down starts the 14 days too.

use chrono::{Days, NaiveDate};

use crate::history::{ExerciseRecord, WeightChange};

/// Days between two steps of a rep or hold target.
pub const TARGET_STEP_DAYS: u64 = 7;
/// Days between a change of a weight and the next raise of it.
pub const WEIGHT_STEP_DAYS: u64 = 14;

const EPS: f64 = 1e-6;

/// The first day of the current target: walking back from the newest record, the oldest
/// of the run of records at `target` (`records` oldest first; the target as `clamp` gives
/// it). `None` without records.
#[must_use]
pub fn target_since(
    records: &[(NaiveDate, &ExerciseRecord)],
    target: u32,
    clamp: impl Fn(u32) -> u32,
) -> Option<NaiveDate> {
    records
        .iter()
        .rev()
        .take_while(|(_, r)| clamp(r.target) == target)
        .last()
        .map(|(date, _)| *date)
}

/// The first day the target may rise again, after it began on `since`.
#[must_use]
pub fn next_target_step(since: NaiveDate) -> NaiveDate {
    since + Days::new(TARGET_STEP_DAYS)
}

/// The newest day the weight of `exercise` changed: a decision that changed it (a first
/// choice, up or down; not a decline), or a session at another weight than the one before.
#[must_use]
pub fn last_weight_change(
    exercise: &str,
    records: &[(NaiveDate, &ExerciseRecord)],
    weight_changes: &[WeightChange],
) -> Option<NaiveDate> {
    let decided = weight_changes
        .iter()
        .filter(|c| c.exercise == exercise && !c.is_decline())
        .map(|c| c.date)
        .max();
    // The newest session whose weight differs from the one before it (in the records'
    // order), walked once without a list (issue 28).
    let weighed = records
        .iter()
        .filter(|(_, r)| r.id == exercise && !r.sets.is_empty())
        .filter_map(|(date, r)| r.weight_kg.map(|w| (*date, w)));
    let mut before: Option<f64> = None;
    let mut seen = None;
    for (date, kg) in weighed {
        if before.is_some_and(|b| (b - kg).abs() > EPS) {
            seen = seen.max(Some(date));
        }
        before = Some(kg);
    }
    decided.max(seen)
}

/// The first day a weight may rise after a change on `changed`.
#[must_use]
pub fn next_weight_step(changed: NaiveDate) -> NaiveDate {
    changed + Days::new(WEIGHT_STEP_DAYS)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::history::build::{d, exercise, reps};

    fn at(kg: f64) -> ExerciseRecord {
        exercise("goblet-squat", Some(kg), reps(&[10, 10]))
    }

    #[test]
    fn a_heavier_weight_seen_in_a_session_counts_as_a_change() {
        let (a, b, c) = (at(8.0), at(10.0), at(10.0));
        let records = [
            (d(2026, 11, 1), &a),
            (d(2026, 11, 3), &b),
            (d(2026, 11, 5), &c),
        ];
        assert_eq!(
            last_weight_change("goblet-squat", &records, &[]),
            Some(d(2026, 11, 3))
        );
        assert_eq!(next_weight_step(d(2026, 11, 3)), d(2026, 11, 17));
    }

    #[test]
    fn decisions_count_but_declines_do_not() {
        let change = |day, from: Option<f64>, to| {
            WeightChange::new(d(2026, 11, day), "goblet-squat".into(), from, to)
        };
        let changes = [change(1, None, 8.0), change(9, Some(8.0), 8.0)];
        assert_eq!(
            last_weight_change("goblet-squat", &[], &changes),
            Some(d(2026, 11, 1))
        );
        let down = [change(4, Some(8.0), 7.0)];
        assert_eq!(
            last_weight_change("goblet-squat", &[], &down),
            Some(d(2026, 11, 4))
        );
    }

    #[test]
    fn the_target_began_with_the_first_session_at_it() {
        let mut a = at(8.0);
        a.target = 10;
        let mut b = at(8.0);
        b.target = 11;
        let c = b.clone();
        let records = [
            (d(2026, 11, 1), &a),
            (d(2026, 11, 8), &b),
            (d(2026, 11, 10), &c),
        ];
        assert_eq!(target_since(&records, 11, |t| t), Some(d(2026, 11, 8)));
        assert_eq!(next_target_step(d(2026, 11, 8)), d(2026, 11, 15));
    }
}
