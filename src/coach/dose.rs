//! One decision per exercise and day (PROGRAM.md, "How the rules combine"): the target
//! and weight of one exercise today, from its records, the user's weight decisions, the
//! profile and `today`. Pure.
//!
//! The rules run in a fixed order, and each stage may only lower what the one before gave,
//! except progression:
//! 1. what was planned at the last session of the exercise; a first time starts from the
//!    first-weight rule (`coach::progression`, rule 1);
//! 2. progression or easing from the last sessions (`coach::progression`, rules 2-6);
//! 3. after a pain check answered `ok`: one step below what was planned at the pain
//!    (`coach::progression`, rule 8);
//! 4. time away (`coach::progression`, rule 9): 14-27 days one step down, 28-90 days about
//!    75 %, over [`BREAK_RESTART_DAYS`] days a first time again: the weight is then at most
//!    the first weight for today's bone status ([`restart`]);
//! 5. the bounds, last (records dated after today are never read: `coach::dated`).

use chrono::NaiveDate;

use super::pain::Recovery;
use super::progression::{self, BREAK_RESTART_DAYS, Next, WeightChange};
use super::safety;
use crate::catalog::Exercise;
use crate::history::ExerciseRecord;
use crate::profile::Settings;

/// Today's target and weight for `exercise` (see the module documentation). `records` and
/// `weight_changes` dated after `today` are left out here too.
#[must_use]
pub fn decide(
    exercise: &Exercise,
    records: &[(NaiveDate, &ExerciseRecord)],
    weight_changes: &[WeightChange],
    settings: &Settings,
    today: NaiveDate,
    recovery: Option<&Recovery>,
) -> Next {
    let records: Vec<(NaiveDate, &ExerciseRecord)> = records
        .iter()
        .filter(|(date, _)| *date <= today)
        .copied()
        .collect();
    let changes: Vec<WeightChange> = weight_changes
        .iter()
        .filter(|c| c.date <= today)
        .cloned()
        .collect();
    let proposed = progression::next_for_exercise(
        exercise,
        &records,
        &changes,
        &settings.owned_weights_kg,
        today,
        recovery,
        settings.units,
    );
    restart(exercise, proposed, &records, &changes, settings, today)
}

/// Stage 4's end: over [`BREAK_RESTART_DAYS`] days since the exercise was last done, and no
/// weight chosen since, the weight starts again as a first time: never above the first
/// weight for today's bone status (`coach::safety::first_weight_kg`). (A session from 2015
/// does not set today's weight.)
fn restart(
    exercise: &Exercise,
    mut next: Next,
    records: &[(NaiveDate, &ExerciseRecord)],
    changes: &[WeightChange],
    settings: &Settings,
    today: NaiveDate,
) -> Next {
    let Some(last) = progression::last_done(exercise, records) else {
        return next;
    };
    let chosen_since = changes
        .iter()
        .any(|c| c.exercise == exercise.id && c.date > last);
    if (today - last).num_days() <= BREAK_RESTART_DAYS || chosen_since {
        return next;
    }
    let first = safety::first_weight_kg(
        exercise,
        settings.bone_status,
        &settings.owned_weights_kg,
        settings.units,
    );
    next.weight_kg = match (next.weight_kg, first) {
        (Some(now), Some(first)) => Some(now.min(first)),
        (now, _) => now,
    };
    next
}

#[cfg(test)]
mod tests;
