//! Rules 8 and 9: the first session back after a pain check or a break, one step easier.

use chrono::NaiveDate;

#[cfg(doc)]
use super::BREAK_RESTART_DAYS;
use super::{
    BREAK_LONG_DAYS, BREAK_SHORT_DAYS, KG_EPSILON, MIN_HOLD_SECONDS, MIN_REPS, Next, Note,
    PLANK_STEP_SECONDS, WeightChange,
};
use crate::card::Measure;
use crate::catalog::Exercise;
use crate::coach::pain::{PLANK_STEP_BACK_SECONDS, Recovery};
use crate::coach::weights;
use crate::history::ExerciseRecord;
use crate::profile::Dumbbells;

/// Rule 9: the first session after a break of `gap` days (at least [`BREAK_SHORT_DAYS`]),
/// from what the rules before it `proposed` and the `last` session of the exercise. The
/// step down is taken from what was planned at that session, or from the proposal when it
/// is lower (an eased target, a lighter weight chosen, the step back after a pain check):
/// never from a raise the break interrupted.
///
/// Under [`BREAK_LONG_DAYS`]: one weight step down, reps 2 lower (not below the range),
/// the plank 10 s shorter. From [`BREAK_LONG_DAYS`]: about 75 % of the weight, and never
/// more than the shorter break's step down; reps at the bottom of the range, the plank at
/// its start. (Over [`BREAK_RESTART_DAYS`] days the weight starts again as a first time:
/// `coach::dose` bounds it by the first weight for the bone status.) No question either way
/// but a pain check. A weight the user chose after the break began is theirs. (Older adults
/// keep much of their strength for 12-16 weeks off and regain it in about 8 weeks; a
/// cautious return costs little.)
pub(super) fn after_break(
    exercise: &Exercise,
    proposed: Next,
    (last_date, last): (NaiveDate, &ExerciseRecord),
    latest: Option<&WeightChange>,
    dumbbells: Dumbbells<'_>,
    gap: i64,
) -> Next {
    let (min, max) = (
        exercise.target_min,
        exercise.target_max.max(exercise.target_min),
    );
    let floor = match exercise.measure {
        Measure::Hold => MIN_HOLD_SECONDS,
        Measure::Reps | Measure::TimedReps | Measure::Stomps => MIN_REPS,
    }
    .min(min);
    let planned = last.target.clamp(floor, max);
    let long = gap >= BREAK_LONG_DAYS;
    let back = match exercise.measure {
        Measure::Hold => PLANK_STEP_BACK_SECONDS,
        Measure::Reps | Measure::TimedReps | Measure::Stomps => 2,
    };
    // From what was planned, or lower; never harder than before the break.
    let base = proposed.target.min(planned);
    let target = if long {
        min.min(base)
    } else if base >= min {
        base.saturating_sub(back).max(min)
    } else {
        base
    };
    // The step down is from the weight last lifted, not from one chosen but never tried;
    // a lighter weight the rules before gave is kept.
    let lifted = last
        .weight_kg
        .or(proposed.weight_kg)
        .filter(|_| exercise.weighted);
    let stepped = lifted.map(|w| {
        let short = weights::next_down(w, dumbbells).unwrap_or(w);
        if long {
            weights::at_or_below(w * 0.75, dumbbells).min(short)
        } else {
            short
        }
    });
    let weight_kg = match (latest, stepped) {
        // Chosen after the break began: the user's own answer to it.
        (Some(chosen), _) if (chosen.date - last_date).num_days() >= BREAK_SHORT_DAYS => {
            Some(chosen.to_kg)
        }
        (_, Some(step)) => Some(proposed.weight_kg.map_or(step, |w| w.min(step))),
        (_, None) => proposed.weight_kg,
    };
    let lighter = weight_kg
        .zip(lifted)
        .is_some_and(|(now, before)| now < before - KG_EPSILON);
    // Said only when something is easier (heel raises and stomps have one target).
    let note = (lighter || target < planned).then_some(Note::WelcomeBack {
        days: u32::try_from(gap).unwrap_or(u32::MAX),
        long,
        lighter,
    });
    Next {
        target,
        weight_kg,
        prompt: proposed
            .prompt
            .filter(|p| p.kind == super::PromptKind::PainCheck),
        note,
    }
}

/// Rule 8: the first session after a pain check answered `ok`: one step easier than the
/// session with the pain. Reps (and heel raises, stomps) at the bottom of the range; the
/// plank [`PLANK_STEP_BACK_SECONDS`] shorter, never under the bottom; a target already
/// below the range one step lower (never under 5 reps or 15 s); the weight one step
/// down (an owned weight, else 1 kg lighter), or the lighter weight the user chose while it
/// was on hold; a weight chosen since the answer is the user's. No question: nothing gets
/// heavier now.
pub(super) fn comeback(
    exercise: &Exercise,
    evidence: &[(NaiveDate, &ExerciseRecord)],
    latest: Option<&WeightChange>,
    dumbbells: Dumbbells<'_>,
    recovery: &Recovery,
) -> Next {
    let (min, max) = (
        exercise.target_min,
        exercise.target_max.max(exercise.target_min),
    );
    // The record with the pain is "before the pain"; without it (not in these records),
    // the last one up to that day.
    let up_to_pain = || {
        evidence
            .iter()
            .rev()
            .filter(|(date, _)| *date <= recovery.pain_date)
    };
    let before = up_to_pain()
        .find(|(date, r)| *date == recovery.pain_date && r.reports_pain())
        .or_else(|| up_to_pain().next())
        .map(|(_, r)| *r);
    // The lighter of what the records say and what the session with the pain asked.
    let lower = |a: Option<f64>, b: Option<f64>| match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    };
    let before_target = [before.map(|r| r.target), recovery.pain_target]
        .into_iter()
        .flatten()
        .min();
    let (floor, step) = match exercise.measure {
        Measure::Hold => (MIN_HOLD_SECONDS, PLANK_STEP_SECONDS),
        Measure::Reps | Measure::TimedReps | Measure::Stomps => (MIN_REPS, 1),
    };
    let target = match (exercise.measure, before_target) {
        // Already eased below the range: one step lower still, not under the floor (as the
        // bound of `coach::dose::after_pain_cap`, which ends after 14 days: this does not,
        // so the end of the calm days never raises a target while the user is away).
        (_, Some(eased)) if eased < min => eased.saturating_sub(step).max(floor.min(eased)),
        (Measure::Hold, Some(held)) => held
            .clamp(min, max)
            .saturating_sub(PLANK_STEP_BACK_SECONDS)
            .max(min),
        _ => min,
    };
    let weight_kg = if exercise.weighted {
        let stepped = lower(before.and_then(|r| r.weight_kg), recovery.pain_weight_kg)
            .or(latest.map(|c| c.to_kg))
            .map(|w| weights::next_down(w, dumbbells).unwrap_or(w));
        match latest {
            // Chosen since the answer: the user's (the bounds of `coach::dose` still apply).
            Some(chosen) if chosen.date >= recovery.answered => Some(chosen.to_kg),
            // Chosen lighter while it was on hold: kept.
            Some(chosen) if chosen.date >= recovery.pain_date => lower(Some(chosen.to_kg), stepped),
            _ => stepped,
        }
    } else {
        None
    };
    Next {
        target,
        weight_kg,
        prompt: None,
        note: None,
    }
}
