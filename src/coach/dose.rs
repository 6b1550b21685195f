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
//!    the first weight for today's bone status ([`restart`]), until a weight is chosen or
//!    lifted after the break; so is a first weight chosen before the bones became weaker
//!    and never lifted;
//! 5. the bounds, last, in one place ([`bound`]): each may only lower the number, so no
//!    rule before can lift it over them:
//!    - for [`NO_INCREASE_DAYS_AFTER_OK`](super::pain::NO_INCREASE_DAYS_AFTER_OK) days after a pain check answered `ok`, never above
//!      what was planned at the pain minus one step ([`after_pain_cap`]), whatever was
//!      chosen or done since;
//!    - never a weight the user does not own (with a list of owned weights): the heaviest
//!      owned one below, else no weight (the plan asks which, `ChooseWeight`);
//!    - the first weight for the bone status bounds a first time and a first time again
//!      (`coach::safety::first_weight_kg`, stage 4); records dated after today are never
//!      read (`coach::dated`); the pace and the raise cap bound every raise
//!      (`coach::pace`, `coach::weights`).

use std::borrow::Cow;

use chrono::NaiveDate;
use serde::Serialize;

use super::pain::{PLANK_STEP_BACK_SECONDS, Recovery};
use super::progression::{
    self, BREAK_RESTART_DAYS, MIN_HOLD_SECONDS, MIN_REPS, Next, PLANK_STEP_SECONDS, PromptKind,
};
use super::{safety, weights};
use crate::card::Measure;
use crate::catalog::Exercise;
use crate::history::ExerciseRecord;
use crate::history::WeightChange;
use crate::profile::Settings;

/// A bound that lowered a number (stage 5), to say why.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Bound {
    /// Within the calm days after a pain check answered `ok`.
    AfterPainCheck,
    /// A weight the user does not own.
    NotOwned,
}

/// Today's dose of one exercise and the bounds that lowered it.
#[derive(Debug, Clone, PartialEq)]
pub struct Dose {
    pub next: Next,
    pub bounded: Vec<Bound>,
}

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
) -> Dose {
    // Copied only when something is dated after today (a wrong clock): the plan passes
    // what `coach::dated` already cut at today, and every weight decision of every
    // exercise, once per exercise, was the plan's largest copy (issue 28).
    let records: Cow<[(NaiveDate, &ExerciseRecord)]> = if records.iter().all(|(d, _)| *d <= today) {
        Cow::Borrowed(records)
    } else {
        records
            .iter()
            .filter(|(d, _)| *d <= today)
            .copied()
            .collect()
    };
    let changes: Cow<[WeightChange]> = if weight_changes.iter().all(|c| c.date <= today) {
        Cow::Borrowed(weight_changes)
    } else {
        weight_changes
            .iter()
            .filter(|c| c.date <= today)
            .cloned()
            .collect()
    };
    let proposed = progression::next_for_exercise(
        exercise,
        &records,
        &changes,
        settings.dumbbells(),
        today,
        recovery,
    );
    let next = restart(exercise, proposed, &records, &changes, settings, today);
    bound(exercise, next, settings, today, recovery)
}

/// Stage 4's end: over [`BREAK_RESTART_DAYS`] days away from the exercise, and no weight
/// chosen or lifted since, the weight starts again as a first time: never above the first
/// weight for today's bone status (`coach::safety::first_weight_kg`). (A session from 2015
/// does not set today's weight.) The break counts until a weight is chosen or lifted after
/// it: a session done without a weight after the break (none owned is light enough) does
/// not bring back the weight from before it.
fn restart(
    exercise: &Exercise,
    mut next: Next,
    records: &[(NaiveDate, &ExerciseRecord)],
    changes: &[WeightChange],
    settings: &Settings,
    today: NaiveDate,
) -> Next {
    if !exercise.weighted
        || !(away_since_last_weight(exercise, records, changes, today)
            || chosen_before_bones_weaker(exercise, records, changes, settings, today))
    {
        return next;
    }
    let first = safety::first_weight_kg(exercise, settings.bone_status, settings.dumbbells());
    // No owned weight light enough for a first time: no weight, the plan asks.
    next.weight_kg = next.weight_kg.zip(first).map(|(now, first)| now.min(first));
    next
}

/// Whether the weight is a first weight never lifted, chosen before the bone status became
/// weaker (`settings.bones_weaker_on`): it was chosen against the first-weight limit of
/// stronger bones, so the weaker bones' limit bounds it again until one is chosen after.
fn chosen_before_bones_weaker(
    exercise: &Exercise,
    records: &[(NaiveDate, &ExerciseRecord)],
    changes: &[WeightChange],
    settings: &Settings,
    today: NaiveDate,
) -> bool {
    let Some(weaker) = settings.bones_weaker_on.filter(|day| *day <= today) else {
        return false;
    };
    let lifted = progression::evidence(exercise, records)
        .iter()
        .any(|(_, r)| r.weight_kg.is_some());
    let chosen = changes
        .iter()
        .filter(|c| c.exercise == exercise.id)
        .map(|c| c.date)
        .max();
    !lifted && chosen.is_some_and(|day| day < weaker)
}

/// Whether a break of over [`BREAK_RESTART_DAYS`] days (between two days the exercise was
/// done, or from the last one to `today`) began on or after the newest weight chosen or
/// lifted: that weight is then from before the break.
fn away_since_last_weight(
    exercise: &Exercise,
    records: &[(NaiveDate, &ExerciseRecord)],
    changes: &[WeightChange],
    today: NaiveDate,
) -> bool {
    let done = progression::evidence(exercise, records);
    let lifted = done
        .iter()
        .filter(|(_, r)| r.weight_kg.is_some())
        .map(|(date, _)| *date);
    let chosen = changes
        .iter()
        .filter(|c| c.exercise == exercise.id)
        .map(|c| c.date);
    let anchor = lifted.chain(chosen).max().unwrap_or(NaiveDate::MIN);
    let days: Vec<NaiveDate> = done
        .iter()
        .map(|(date, _)| *date)
        .chain(std::iter::once(today))
        .collect();
    days.windows(2)
        .any(|w| w[0] >= anchor && (w[1] - w[0]).num_days() > BREAK_RESTART_DAYS)
}

/// What was planned at the pain, one step down: the ceiling for
/// [`NO_INCREASE_DAYS_AFTER_OK`](super::pain::NO_INCREASE_DAYS_AFTER_OK) days after the `ok`. The target one step (a rep, the plank
/// [`PLANK_STEP_BACK_SECONDS`]) below, not under the range when the pain was within it,
/// else not under the floor (5 reps, 15 s); the weight one step down (an owned weight, else
/// 1 kg or 2.5 lb), or the same when nothing is lighter. `None` for what the pain session
/// did not record.
#[must_use]
pub fn after_pain_cap(
    exercise: &Exercise,
    recovery: &Recovery,
    settings: &Settings,
) -> (Option<u32>, Option<f64>) {
    let (min, max) = (
        exercise.target_min,
        exercise.target_max.max(exercise.target_min),
    );
    let (floor, back, step) = match exercise.measure {
        Measure::Hold => (
            MIN_HOLD_SECONDS,
            PLANK_STEP_BACK_SECONDS,
            PLANK_STEP_SECONDS,
        ),
        Measure::Reps | Measure::TimedReps | Measure::Stomps => (MIN_REPS, 1, 1),
    };
    let target = recovery.pain_target.map(|planned| {
        let planned = planned.min(max);
        if planned >= min {
            planned.saturating_sub(back).max(min)
        } else {
            planned.saturating_sub(step).max(floor.min(planned))
        }
    });
    let weight = recovery
        .pain_weight_kg
        .filter(|_| exercise.weighted)
        .map(|w| weights::next_down(w, settings.dumbbells()).unwrap_or(w));
    (target, weight)
}

/// Stage 5, the bounds (see the module documentation). Each only lowers; a weight lowered
/// here takes its weight question with it (it was asked about the weight before).
fn bound(
    exercise: &Exercise,
    mut next: Next,
    settings: &Settings,
    today: NaiveDate,
    recovery: Option<&Recovery>,
) -> Dose {
    const EPS: f64 = 1e-6;
    let mut bounded = Vec::new();
    let before_kg = next.weight_kg;
    if let Some(recovery) = recovery.filter(|r| !r.may_increase(today)) {
        let (target, weight) = after_pain_cap(exercise, recovery, settings);
        let capped_target = target.filter(|cap| next.target > *cap);
        let capped_weight = weight.filter(|cap| next.weight_kg.is_some_and(|w| w > cap + EPS));
        if let Some(cap) = capped_target {
            next.target = cap;
        }
        if let Some(cap) = capped_weight {
            next.weight_kg = Some(cap);
        }
        if capped_target.is_some() || capped_weight.is_some() {
            bounded.push(Bound::AfterPainCheck);
        }
    }
    let owned = &settings.owned_weights_kg;
    if let Some(w) = next.weight_kg
        && !owned.is_empty()
        && !owned.iter().any(|o| (o - w).abs() < EPS)
    {
        next.weight_kg = owned
            .iter()
            .copied()
            .filter(|o| o.is_finite() && *o < w)
            .max_by(f64::total_cmp);
        bounded.push(Bound::NotOwned);
    }
    let lowered = match (before_kg, next.weight_kg) {
        (Some(a), Some(b)) => b < a - EPS,
        (Some(_), None) => true,
        _ => false,
    };
    if lowered {
        next.prompt = next.prompt.filter(|p| {
            !matches!(
                p.kind,
                PromptKind::IncreaseWeight | PromptKind::DecreaseWeight
            )
        });
    }
    Dose { next, bounded }
}

#[cfg(test)]
mod tests;
