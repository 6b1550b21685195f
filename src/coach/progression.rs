//! Progression: what the next session asks of ONE exercise, and which question (if any) the
//! coach puts to the user about it. Pure: the records, the user's weight decisions, the
//! weights they own and `today` all come in as arguments; nothing here reads a file, the
//! terminal or the clock.
//!
//! # The rules (PROGRAM.md, "Progression"; all of them *coach rules*)
//!
//! **Evidence.** A record counts as evidence when it was not skipped and has at least one
//! set. Skipped exercises and exercises without sets are ignored, with one exception: a
//! record that reports pain always counts, sets or not, because pain is never ignored.
//! Records of other exercises (another `id`) are ignored. Records are taken in date order
//! (a stable sort, so same-day records keep the order they were given in).
//!
//! **What a set achieved** ([`achieved`]): reps for [`Measure::Reps`] and
//! [`Measure::TimedReps`], seconds for [`Measure::Hold`], and for [`Measure::Stomps`] the
//! stomps of the weaker foot (the target is per foot; without the per-foot counts, half the
//! total). A set *reached* the target when it achieved at least the target.
//!
//! **Good effort** means the user answered "too easy" or "just right". An unanswered effort
//! (stopped before the question) is neither good nor "too hard": it never raises anything.
//!
//! 1. **No evidence:** the target is the bottom of the range (`target_min`: 10 reps, plank
//!    20 s). The weight (weighted exercises only) is the newest [`WeightChange`] for the
//!    exercise, else `None`: the plan then asks which weight the user has
//!    (`coach::safety::first_weight_kg`, an owned one when the user listed theirs).
//! 2. **Double progression, at a bone's pace** (reps, timed reps, stomps): the next target
//!    starts from the last record's target. If every set reached it with good effort, the
//!    target rises by ONE step, up to `target_max`, but at most once in
//!    [`pace::TARGET_STEP_DAYS`] days (counted from the first session at the current
//!    target; held back: a [`Note::Paced`]). When the user has taken a heavier weight since
//!    the last record, the target goes back to `target_min` and no question is asked.
//! 3. **Plank** ([`Measure::Hold`]): the same ladder in steps of [`PLANK_STEP_SECONDS`]
//!    (20 s, 25 s, ... 60 s). Heel raises (15-15) and stomps (20-20) have a range of one
//!    value.
//! 4. **Heavier:** when every set of the last record reached `target_max` with good effort,
//!    propose the next weight ([`weights::raise`]): an owned one, or a step of 1 kg (2.5 lb)
//!    without a list; never more than max(2 kg / 5 lb, 25 %) at once (else a
//!    [`Note::TooBigStep`]); never within [`pace::WEIGHT_STEP_DAYS`] days of ANY change of
//!    that weight ([`pace::last_weight_change`]: a decision, or another weight seen in a
//!    session); not when the user already answered since the last record.
//! 5. **Lighter, visibly:** "too hard" in the last two records in a row, or a set of the
//!    last one below the range (and below its own target): a weighted exercise gets a
//!    [`PromptKind::DecreaseWeight`] question to the next owned weight below (or a step
//!    down); with nothing lighter its target drops [`NO_LIGHTER_REPS`] reps. An unweighted
//!    exercise's target drops one step, or to the best set + 1 below the range, never under
//!    [`MIN_REPS`] reps or [`MIN_HOLD_SECONDS`] s. Every drop carries a [`Note::Easier`].
//! 6. **Pain** in the last record of evidence: the target and weight are kept, and the
//!    question is [`PromptKind::PainCheck`]. (The plan never gets here for an exercise on
//!    hold: `coach::pain` leaves it out until its pain check is answered.)
//! 7. **Advanced program** ([`advance_program_prompt`]): proposed (never forced) when each
//!    beginner exercise has a current run of at least [`ADVANCE_MIN_SESSIONS`] sessions at
//!    the top, spanning at least [`ADVANCE_MIN_SPAN_DAYS`] days, and none reported pain in
//!    the last [`ADVANCE_PAIN_FREE_DAYS`] days.
//! 8. **Back after a pain check** answered `ok`: one step easier than the session with the
//!    pain, and no harder for 14 days (`coach::pain`).
//! 9. **Back after a break** of [`BREAK_SHORT_DAYS`]-27 days: one weight step down, reps 2
//!    lower, the plank 10 s shorter; from [`BREAK_LONG_DAYS`] days: about 75 % of the
//!    weight, the bottom of the range. No question at the first session back; a
//!    [`Note::WelcomeBack`].
//!
//! A [`Next`] carries at most one question. After the user answers one, the caller stores
//! the [`WeightChange`] and asks again: the answer is then part of the input.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::pain::{PLANK_STEP_BACK_SECONDS, Recovery};
use super::{pace, weights};
use crate::catalog::{Catalog, Exercise, Measure, Program};
use crate::history::{Effort, ExerciseRecord, SessionRecord, SetRecord};
use crate::profile::Units;

/// How much the plank target moves per step, in seconds.
pub const PLANK_STEP_SECONDS: u32 = 5;
/// The lightest weight the coach ever proposes.
pub const MIN_WEIGHT_KG: f64 = 0.5;
/// The plank hold that counts as "the top" for moving on to the advanced program. The
/// ladder goes on to 60 s, but waiting for that would hold people back for months.
pub const ADVANCE_PLANK_SECONDS: u32 = 30;
/// Sessions (distinct days) at the top before the advanced program is proposed.
pub const ADVANCE_MIN_SESSIONS: usize = 3;
/// Days between the first and the last of those sessions ("a few weeks").
pub const ADVANCE_MIN_SPAN_DAYS: i64 = 14;
/// Pain reported less than this many days ago holds the advanced program back.
pub const ADVANCE_PAIN_FREE_DAYS: i64 = 14;

/// Weights closer than this are the same weight.
const KG_EPSILON: f64 = 1e-6;
/// The lowest a rep target goes when sets fall below the range.
pub const MIN_REPS: u32 = 5;
/// The lowest a hold target goes.
pub const MIN_HOLD_SECONDS: u32 = 15;
/// Reps taken off when no lighter weight is possible.
pub const NO_LIGHTER_REPS: u32 = 2;
/// Days away from an exercise after which the first session back is easier.
pub const BREAK_SHORT_DAYS: i64 = 14;
/// Days away after which it starts again near the beginning.
pub const BREAK_LONG_DAYS: i64 = 28;

/// A weight decision the user made for one exercise: accepted a proposal (`to_kg` is the
/// proposed weight), entered another weight, declined (`to_kg == from_kg`), or chose a
/// first weight (`from_kg` is `None`). Stored by others; this module only reads them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WeightChange {
    /// The user's local calendar day of the decision.
    pub date: NaiveDate,
    /// The exercise id.
    pub exercise: String,
    /// The weight before, `None` for the first choice.
    pub from_kg: Option<f64>,
    /// The weight from now on.
    pub to_kg: f64,
}

impl WeightChange {
    /// A move to a heavier weight. A first choice (`from_kg` is `None`) is not an increase.
    #[must_use]
    pub fn is_increase(&self) -> bool {
        self.from_kg
            .is_some_and(|from| self.to_kg > from + KG_EPSILON)
    }

    /// A proposal the user declined: the weight stays what it was.
    #[must_use]
    pub fn is_decline(&self) -> bool {
        self.from_kg.is_some_and(|from| same_kg(from, self.to_kg))
    }
}

/// What the coach asks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PromptKind {
    /// "Raise goblet squat from 8 kg to 10 kg?" (accept / other weight / decline)
    IncreaseWeight,
    /// "Go lighter: from 8 kg to 6 kg?" (accept / other weight / decline)
    DecreaseWeight,
    /// Pain was reported: advise to talk to a doctor or physiotherapist.
    PainCheck,
    /// "Ready for the advanced program?" (never forced)
    AdvanceProgram,
    /// "Which weight do you have?" the first time a weighted exercise comes up; `to_kg` is
    /// a light suggestion.
    ChooseWeight,
}

/// Why the coach asks, as data: the UI words it in English or Dutch.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PromptReason {
    /// Every set reached the top of the range with good effort.
    TopOfRangeReached,
    /// "Too hard" in the last two sessions.
    TooHardTwice,
    /// A set of the last session fell short of the bottom of the range.
    BelowRange,
    /// Pain was reported.
    PainReported,
    /// Some weeks at the top of every beginner exercise.
    BeginnerTopReached,
    /// No weight is known yet for this exercise.
    FirstTime,
    /// No weight is known yet, and with osteopenia or osteoporosis the first one is half
    /// the usual suggestion.
    FirstTimeWeakerBones,
}

/// A question for the user about one exercise (or, for
/// [`PromptKind::AdvanceProgram`], about the program: `exercise` is `"advanced"`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Prompt {
    pub exercise: String,
    pub kind: PromptKind,
    /// The current weight, when there is one.
    pub from_kg: Option<f64>,
    /// The proposed weight (weight questions only).
    pub to_kg: Option<f64>,
    pub reason: PromptReason,
    /// Pain checks: the day of the first pain report not yet answered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<NaiveDate>,
}

/// The next session of one exercise.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Next {
    /// Reps, seconds for a hold, or stomps per foot; always within the exercise's range.
    pub target: u32,
    /// The working weight (weighted exercises only); `None` when not known yet.
    pub weight_kg: Option<f64>,
    /// At most one question.
    pub prompt: Option<Prompt>,
    /// What the plan says about it, when something was held back or made easier.
    pub note: Option<Note>,
}

/// Why a target or weight is what it is, when the plan should say so (`plan --json`
/// `notes`, home, the card).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum Note {
    /// The next weight the user owns is more than a step away.
    TooBigStep {
        from_kg: f64,
        next_kg: f64,
        /// The heaviest weight that would be a step.
        max_kg: f64,
    },
    /// The target went down.
    Easier { from: u32, to: u32, why: EasierWhy },
    /// Back after a break of this many days.
    WelcomeBack { days: u32, long: bool },
    /// Held by the pace rules until this day: the target, or the weight.
    Paced {
        until: NaiveDate,
        target: Option<u32>,
        weight_kg: Option<f64>,
    },
}

/// Why a target went down.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EasierWhy {
    TooHardTwice,
    BelowRange,
    /// A weighted exercise with no lighter weight: fewer reps instead.
    NoLighterWeight,
}

/// What one set achieved, in the unit of the target: reps (plain and timed), seconds held,
/// or stomps of the weaker foot (half the total when the feet were not counted apart).
#[must_use]
pub fn achieved(measure: Measure, set: &SetRecord) -> u32 {
    match measure {
        Measure::Reps | Measure::TimedReps => set.reps.unwrap_or(0),
        Measure::Hold => set.seconds.unwrap_or(0),
        Measure::Stomps => match (set.left, set.right) {
            (Some(left), Some(right)) => left.min(right),
            (Some(one), None) | (None, Some(one)) => one,
            (None, None) => set.reps.unwrap_or(0) / 2,
        },
    }
}

/// The records of one exercise across `sessions`, oldest first (sessions ordered by date,
/// then start time), ready for [`next_for_exercise`] and [`advance_program_prompt`].
#[must_use]
pub fn exercise_records<'a>(
    sessions: &'a [SessionRecord],
    exercise_id: &str,
) -> Vec<(NaiveDate, &'a ExerciseRecord)> {
    let mut ordered: Vec<&SessionRecord> = sessions.iter().collect();
    ordered.sort_by_key(|s| (s.date, s.started_at));
    ordered
        .into_iter()
        .flat_map(|s| {
            s.exercises
                .iter()
                .filter(|e| e.id == exercise_id)
                .map(move |e| (s.date, e))
        })
        .collect()
}

/// The next session's target and weight for `exercise`, and at most one question, from its
/// past `records` (oldest first), the user's `weight_changes` (any exercise; others are
/// ignored), the weights they own (any order; empty means "use 1 kg steps") and `today`.
/// The rules are in the module documentation.
///
/// **Current weight** (weighted exercises only; always `None` otherwise): the newest
/// weight decision when it was made after the last record, else the last record's weight,
/// else the newest decision. A decision on the same day as the record counts as made after
/// it when the record was done at another weight, or when it is a decline (so a question
/// declined at the end of a session is not asked again until there is a new session).
///
/// A decision made after the last record means the user has already answered on this
/// evidence: no weight question until the next session. If it was an increase, the target
/// goes back to `target_min` (the new weight starts at the bottom of the range).
#[must_use]
pub fn next_for_exercise(
    exercise: &Exercise,
    records: &[(NaiveDate, &ExerciseRecord)],
    weight_changes: &[WeightChange],
    owned_weights_kg: &[f64],
    today: NaiveDate,
    recovery: Option<&Recovery>,
    units: Units,
) -> Next {
    let (min, max) = (
        exercise.target_min,
        exercise.target_max.max(exercise.target_min),
    );
    let mut mine: Vec<(NaiveDate, &ExerciseRecord)> = records
        .iter()
        .filter(|(_, r)| r.id == exercise.id)
        .copied()
        .collect();
    mine.sort_by_key(|(date, _)| *date);
    let evidence: Vec<(NaiveDate, &ExerciseRecord)> = mine
        .into_iter()
        .filter(|(_, r)| is_evidence(r) || r.effort == Some(Effort::Pain))
        .collect();
    let latest = if exercise.weighted {
        latest_change(&exercise.id, weight_changes)
    } else {
        None
    };

    // Rule 8: back after a pain check answered `ok`, nothing done since the answer.
    if let Some(recovery) = recovery
        && !evidence
            .iter()
            .any(|(date, _)| *date > recovery.pain_date && *date >= recovery.answered)
    {
        return comeback(
            exercise,
            &evidence,
            latest,
            owned_weights_kg,
            recovery,
            units,
        );
    }
    // Rule 8: no harder for a while after that answer.
    let calm_from = recovery.map(|r| r.answered + chrono::Days::new(14));
    let calm = calm_from.is_none_or(|from| today >= from);

    // Rule 1: nothing to go on yet.
    let Some(&(last_date, last)) = evidence.last() else {
        return Next {
            target: min,
            weight_kg: latest.map(|c| c.to_kg),
            prompt: None,
            note: None,
        };
    };

    let decided = latest.filter(|c| decided_after(c, last_date, last));
    let weight_kg = if exercise.weighted {
        decided
            .map(|c| c.to_kg)
            .or(last.weight_kg)
            .or(latest.map(|c| c.to_kg))
    } else {
        None
    };
    let step = match exercise.measure {
        Measure::Hold => PLANK_STEP_SECONDS,
        Measure::Reps | Measure::TimedReps | Measure::Stomps => 1,
    };
    // Targets may go below the range (rule 4), never under the floor.
    let floor = match exercise.measure {
        Measure::Hold => MIN_HOLD_SECONDS,
        Measure::Reps | Measure::TimedReps | Measure::Stomps => MIN_REPS,
    }
    .min(min);
    let clamp = |t: u32| t.clamp(floor, max);
    let record_target = clamp(last.target);
    let reset = decided.is_some_and(WeightChange::is_increase);
    let next = |target: u32, prompt: Option<Prompt>, note: Option<Note>| Next {
        target: clamp(target),
        weight_kg,
        prompt,
        note,
    };
    let prompt = |kind, to_kg, reason| Prompt {
        exercise: exercise.id.clone(),
        kind,
        from_kg: weight_kg,
        to_kg,
        reason,
        since: None,
    };

    // Rule 6: pain first. Keep (or, after a heavier weight was taken, reset) the target.
    if last.effort == Some(Effort::Pain) {
        let target = if reset { min } else { record_target };
        return next(
            target,
            Some(prompt(
                PromptKind::PainCheck,
                None,
                PromptReason::PainReported,
            )),
            None,
        );
    }
    // Rule 9: back after a break (days since the exercise was last done).
    let gap = (today - last_date).num_days();
    if gap >= BREAK_SHORT_DAYS {
        return after_break(
            exercise,
            (last_date, last),
            record_target,
            weight_kg,
            decided,
            (owned_weights_kg, units),
            gap,
        );
    }
    // Rule 2: a new, heavier weight starts at the bottom of the range.
    if reset {
        return next(min, None, None);
    }

    let sets_reach = |goal: u32| {
        last.sets
            .iter()
            .all(|set| achieved(exercise.measure, set) >= goal)
    };

    // Rule 5: lighter, and said so.
    let below_range = last
        .sets
        .iter()
        .any(|set| achieved(exercise.measure, set) < min.min(record_target));
    let too_hard_twice = evidence.len() >= 2
        && evidence[evidence.len() - 2..]
            .iter()
            .all(|(_, r)| r.effort == Some(Effort::TooHard));
    if below_range || too_hard_twice {
        let (reason, why) = if below_range {
            (PromptReason::BelowRange, EasierWhy::BelowRange)
        } else {
            (PromptReason::TooHardTwice, EasierWhy::TooHardTwice)
        };
        if !exercise.weighted {
            let best = last
                .sets
                .iter()
                .map(|set| achieved(exercise.measure, set))
                .max()
                .unwrap_or(0);
            let lower = record_target.saturating_sub(step);
            let target = clamp(if below_range {
                best.saturating_add(1).min(lower)
            } else {
                lower
            });
            let note = (target < record_target).then_some(Note::Easier {
                from: record_target,
                to: target,
                why,
            });
            return next(target, None, note);
        }
        if decided.is_some() {
            // Answered since this session: nothing more to ask until the next one.
            return next(record_target, None, None);
        }
        let lighter = weight_kg.and_then(|w| weights::next_down(w, owned_weights_kg, units));
        return match lighter {
            Some(to) => next(
                record_target,
                Some(prompt(PromptKind::DecreaseWeight, Some(to), reason)),
                None,
            ),
            // Nothing lighter: fewer reps instead.
            None => {
                let target = clamp(record_target.saturating_sub(NO_LIGHTER_REPS));
                let note = (target < record_target).then_some(Note::Easier {
                    from: record_target,
                    to: target,
                    why: EasierWhy::NoLighterWeight,
                });
                next(target, None, note)
            }
        };
    }

    let good_effort = matches!(last.effort, Some(Effort::TooEasy | Effort::JustRight));
    if !(good_effort && sets_reach(record_target)) {
        return next(record_target, None, None);
    }
    // Rules 2 and 3: one step up the range, at most one a week (rule 1).
    if record_target < max {
        let since = pace::target_since(&evidence, record_target, clamp).unwrap_or(last_date);
        let from = pace::next_target_step(since).max(calm_from.unwrap_or(since));
        if today < from {
            return next(
                record_target,
                None,
                Some(Note::Paced {
                    until: from,
                    target: Some(record_target),
                    weight_kg: None,
                }),
            );
        }
        return next(record_target.saturating_add(step), None, None);
    }
    // Rule 4: at the top; a weighted exercise may go heavier.
    if !exercise.weighted || decided.is_some() || !sets_reach(max) {
        return next(max, None, None);
    }
    let Some(current) = weight_kg else {
        return next(max, None, None);
    };
    // Rule 1: a weight rises at most once in 14 days, counted from any change of it.
    let changed = pace::last_weight_change(&exercise.id, &evidence, weight_changes);
    let from = changed
        .map(pace::next_weight_step)
        .into_iter()
        .chain(calm_from)
        .max();
    if let Some(from) = from.filter(|from| today < *from) {
        return next(
            max,
            None,
            Some(Note::Paced {
                until: from,
                target: None,
                weight_kg: Some(current),
            }),
        );
    }
    if !calm {
        return next(max, None, None);
    }
    match weights::raise(current, owned_weights_kg, units) {
        weights::Raise::To(to) => next(
            max,
            Some(prompt(
                PromptKind::IncreaseWeight,
                Some(to),
                PromptReason::TopOfRangeReached,
            )),
            None,
        ),
        weights::Raise::TooBig { next_kg, max_kg } => next(
            max,
            None,
            Some(Note::TooBigStep {
                from_kg: current,
                next_kg,
                max_kg,
            }),
        ),
        weights::Raise::NoneOwned => next(max, None, None),
    }
}

/// Rule 9: the first session after a break of `gap` days (at least [`BREAK_SHORT_DAYS`]).
/// Under [`BREAK_LONG_DAYS`]: one weight step down, reps 2 lower (not below the range),
/// the plank 10 s shorter. From [`BREAK_LONG_DAYS`]: about 75 % of the last weight, reps
/// at the bottom of the range, the plank at its start. No question either way. (Older
/// adults keep much of their strength for 12-16 weeks off and regain it in about 8 weeks;
/// a cautious return costs little.)
fn after_break(
    exercise: &Exercise,
    (last_date, last): (NaiveDate, &ExerciseRecord),
    record_target: u32,
    weight_kg: Option<f64>,
    decided: Option<&WeightChange>,
    (owned_weights_kg, units): (&[f64], Units),
    gap: i64,
) -> Next {
    let min = exercise.target_min;
    let long = gap >= BREAK_LONG_DAYS;
    let back = match exercise.measure {
        Measure::Hold => PLANK_STEP_BACK_SECONDS,
        Measure::Reps | Measure::TimedReps | Measure::Stomps => 2,
    };
    // Never harder than before the break: a target already below the range stays.
    let target = if long {
        min.min(record_target)
    } else if record_target >= min {
        record_target.saturating_sub(back).max(min)
    } else {
        record_target
    };
    // The step down is from the weight last lifted, not from one chosen but never tried.
    let lifted = last.weight_kg.or(weight_kg).filter(|_| exercise.weighted);
    let stepped = lifted.map(|w| {
        if long {
            weights::at_or_below(w * 0.75, owned_weights_kg, units)
        } else {
            weights::next_down(w, owned_weights_kg, units).unwrap_or(w)
        }
    });
    let weight_kg = match (decided, stepped) {
        // Chosen after the break began: the user's own answer to it.
        (Some(chosen), _) if (chosen.date - last_date).num_days() >= BREAK_SHORT_DAYS => {
            Some(chosen.to_kg)
        }
        // Chosen before: only when lighter still.
        (Some(chosen), Some(step)) => Some(chosen.to_kg.min(step)),
        (Some(chosen), None) => Some(chosen.to_kg),
        (None, step) => step,
    };
    let lighter = weight_kg
        .zip(lifted)
        .is_some_and(|(now, before)| now < before - KG_EPSILON);
    // Said only when something is easier (heel raises and stomps have one target).
    let note = (lighter || target < record_target).then_some(Note::WelcomeBack {
        days: u32::try_from(gap).unwrap_or(u32::MAX),
        long,
    });
    Next {
        target,
        weight_kg,
        prompt: None,
        note,
    }
}

/// Rule 8: the first session after a pain check answered `ok`: one step easier than the
/// session with the pain. Reps (and heel raises, stomps) at the bottom of the range; the
/// plank [`PLANK_STEP_BACK_SECONDS`] shorter, never under the bottom; the weight one step
/// down (an owned weight, else 1 kg lighter), unless the user chose a weight since the
/// answer. No question: nothing gets heavier now.
fn comeback(
    exercise: &Exercise,
    evidence: &[(NaiveDate, &ExerciseRecord)],
    latest: Option<&WeightChange>,
    owned_weights_kg: &[f64],
    recovery: &Recovery,
    units: Units,
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
    let target = match (exercise.measure, before_target) {
        (Measure::Hold, Some(held)) => held
            .clamp(min, max)
            .saturating_sub(PLANK_STEP_BACK_SECONDS)
            .max(min),
        _ => min,
    };
    let weight_kg = if exercise.weighted {
        match latest {
            Some(chosen) if chosen.date >= recovery.answered => Some(chosen.to_kg),
            _ => lower(before.and_then(|r| r.weight_kg), recovery.pain_weight_kg)
                .or(latest.map(|c| c.to_kg))
                .map(|w| weights::next_down(w, owned_weights_kg, units).unwrap_or(w)),
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

/// Rule 7: whether to propose the advanced program, from the records of every beginner
/// exercise (pass all four; each with its records, oldest first).
///
/// An exercise is *at the top* in a record of evidence when every set reached its goal
/// with good effort ("too easy" or "just right"; at the top but "too hard" means not ready
/// yet). The goal is `target_max` (wall push-ups and chair squats 15, heel raises 15),
/// except for the plank: [`ADVANCE_PLANK_SECONDS`] (30 s), since its ladder to 60 s would
/// take months. Each exercise needs a *current* run of records at the top (from its latest
/// record of evidence back to the first that was not at the top; skipped records do not
/// break it) covering at least [`ADVANCE_MIN_SESSIONS`] different days, the first and last
/// at least [`ADVANCE_MIN_SPAN_DAYS`] days apart. And no exercise may have reported pain
/// less than [`ADVANCE_PAIN_FREE_DAYS`] days before `today` (pain on day D holds it back
/// through D+13). `None` for an empty list. The prompt's exercise is `"advanced"`.
#[must_use]
pub fn advance_program_prompt(
    beginner: &[(&Exercise, &[(NaiveDate, &ExerciseRecord)])],
    today: NaiveDate,
) -> Option<Prompt> {
    if beginner.is_empty() {
        return None;
    }
    for &(exercise, records) in beginner {
        let mut mine: Vec<(NaiveDate, &ExerciseRecord)> = records
            .iter()
            .filter(|(_, r)| r.id == exercise.id)
            .copied()
            .collect();
        mine.sort_by_key(|(date, _)| *date);
        let recent_pain = mine.iter().any(|(date, r)| {
            r.effort == Some(Effort::Pain) && (today - *date).num_days() < ADVANCE_PAIN_FREE_DAYS
        });
        if recent_pain {
            return None;
        }
        let goal = match exercise.measure {
            Measure::Hold => ADVANCE_PLANK_SECONDS.clamp(exercise.target_min, exercise.target_max),
            Measure::Reps | Measure::TimedReps | Measure::Stomps => exercise.target_max,
        };
        let at_top = |r: &ExerciseRecord| {
            matches!(r.effort, Some(Effort::TooEasy | Effort::JustRight))
                && r.sets
                    .iter()
                    .all(|set| achieved(exercise.measure, set) >= goal)
        };
        let mut run: Vec<NaiveDate> = mine
            .iter()
            .rev()
            .filter(|(_, r)| is_evidence(r))
            .take_while(|(_, r)| at_top(r))
            .map(|(date, _)| *date)
            .collect();
        run.dedup();
        let (Some(&newest), Some(&oldest)) = (run.first(), run.last()) else {
            return None;
        };
        if run.len() < ADVANCE_MIN_SESSIONS || (newest - oldest).num_days() < ADVANCE_MIN_SPAN_DAYS
        {
            return None;
        }
    }
    Some(Prompt {
        exercise: Program::Advanced.as_str().to_owned(),
        kind: PromptKind::AdvanceProgram,
        from_kg: None,
        to_kg: None,
        reason: PromptReason::BeginnerTopReached,
        since: None,
    })
}

/// [`advance_program_prompt`] over a whole history: the beginner exercises of `catalog`
/// with their records from `sessions`.
#[must_use]
pub fn advance_prompt_for_history(
    catalog: &Catalog,
    sessions: &[SessionRecord],
    today: NaiveDate,
) -> Option<Prompt> {
    let records: Vec<(&Exercise, Vec<(NaiveDate, &ExerciseRecord)>)> = catalog
        .program(Program::Beginner)
        .map(|e| (e, exercise_records(sessions, &e.id)))
        .collect();
    let borrowed: Vec<(&Exercise, &[(NaiveDate, &ExerciseRecord)])> =
        records.iter().map(|(e, r)| (*e, r.as_slice())).collect();
    advance_program_prompt(&borrowed, today)
}

/// Not skipped and at least one set.
fn is_evidence(record: &ExerciseRecord) -> bool {
    !record.skipped && !record.sets.is_empty()
}

fn same_kg(a: f64, b: f64) -> bool {
    (a - b).abs() < KG_EPSILON
}

/// The newest decision for the exercise; on the same day, the one given last.
fn latest_change<'a>(exercise_id: &str, changes: &'a [WeightChange]) -> Option<&'a WeightChange> {
    changes.iter().filter(|c| c.exercise == exercise_id).fold(
        None,
        |best: Option<&WeightChange>, c| match best {
            Some(b) if b.date > c.date => Some(b),
            _ => Some(c),
        },
    )
}

/// Whether `change` was made after the record of `date` (see [`next_for_exercise`]).
fn decided_after(change: &WeightChange, date: NaiveDate, record: &ExerciseRecord) -> bool {
    change.date > date
        || (change.date == date
            && (record.weight_kg.is_none_or(|w| !same_kg(w, change.to_kg)) || change.is_decline()))
}

#[cfg(test)]
#[path = "progression_pace_tests.rs"]
mod pace_tests;

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn day(offset: i64) -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, 3, 1).unwrap() + chrono::Duration::days(offset)
    }

    fn exercise(id: &str) -> Exercise {
        Catalog::builtin().get(id).unwrap().clone()
    }

    fn rep_set(reps: u32) -> SetRecord {
        SetRecord {
            reps: Some(reps),
            ..SetRecord::default()
        }
    }

    fn hold_set(seconds: u32) -> SetRecord {
        SetRecord {
            seconds: Some(seconds),
            ..SetRecord::default()
        }
    }

    fn stomp_set(left: u32, right: u32) -> SetRecord {
        SetRecord {
            reps: Some(left + right),
            left: Some(left),
            right: Some(right),
            ..SetRecord::default()
        }
    }

    fn record(
        id: &str,
        target: u32,
        sets: Vec<SetRecord>,
        effort: Option<Effort>,
        weight_kg: Option<f64>,
    ) -> ExerciseRecord {
        ExerciseRecord {
            id: id.to_owned(),
            weight_kg,
            target,
            sets,
            effort,
            skipped: false,
            extra: Default::default(),
        }
    }

    fn reps(id: &str, target: u32, done: &[u32], effort: Effort) -> ExerciseRecord {
        record(
            id,
            target,
            done.iter().map(|&r| rep_set(r)).collect(),
            Some(effort),
            None,
        )
    }

    fn weighted(id: &str, kg: f64, target: u32, done: &[u32], effort: Effort) -> ExerciseRecord {
        ExerciseRecord {
            weight_kg: Some(kg),
            ..reps(id, target, done, effort)
        }
    }

    fn change(offset: i64, id: &str, from_kg: Option<f64>, to_kg: f64) -> WeightChange {
        WeightChange {
            date: day(offset),
            exercise: id.to_owned(),
            from_kg,
            to_kg,
        }
    }

    /// `next_for_exercise` over owned `(day offset, record)` pairs.
    fn next(
        id: &str,
        records: &[(i64, ExerciseRecord)],
        changes: &[WeightChange],
        owned: &[f64],
        today: i64,
    ) -> Next {
        let refs: Vec<(NaiveDate, &ExerciseRecord)> =
            records.iter().map(|(d, r)| (day(*d), r)).collect();
        next_for_exercise(
            &exercise(id),
            &refs,
            changes,
            owned,
            day(today),
            None,
            Units::Kg,
        )
    }

    fn kind(n: &Next) -> Option<PromptKind> {
        n.prompt.as_ref().map(|p| p.kind)
    }

    // ---- rule 1 ----

    #[test]
    fn without_records_the_target_is_the_bottom_of_the_range() {
        assert_eq!(
            next("wall-push-up", &[], &[], &[], 0),
            Next {
                target: 10,
                weight_kg: None,
                prompt: None,
                note: None,
            }
        );
        assert_eq!(next("modified-plank", &[], &[], &[], 0).target, 20);
        assert_eq!(next("heel-raise", &[], &[], &[], 0).target, 15);
        assert_eq!(next("stomp", &[], &[], &[], 0).target, 20);
        let goblet = next("goblet-squat", &[], &[], &[], 0);
        assert_eq!((goblet.target, goblet.weight_kg), (10, None));
    }

    #[test]
    fn without_records_the_weight_is_the_latest_choice() {
        let changes = [
            change(0, "goblet-squat", None, 4.0),
            change(1, "deadlift", None, 8.0),
            change(2, "goblet-squat", Some(4.0), 6.0),
        ];
        let n = next("goblet-squat", &[], &changes, &[], 3);
        assert_eq!((n.target, n.weight_kg, n.prompt), (10, Some(6.0), None));
        // Weight choices mean nothing for an exercise without weights.
        let changes = [change(0, "wall-push-up", None, 4.0)];
        assert_eq!(next("wall-push-up", &[], &changes, &[], 3).weight_kg, None);
    }

    #[test]
    fn skipped_records_and_records_without_sets_are_no_evidence() {
        let mut skipped = reps("wall-push-up", 14, &[14, 14], Effort::JustRight);
        skipped.skipped = true;
        let empty = record("wall-push-up", 14, vec![], None, None);
        let n = next("wall-push-up", &[(0, skipped), (2, empty)], &[], &[], 4);
        assert_eq!(n.target, 10);
        // ... and do not hide the record before them.
        let earlier = reps("wall-push-up", 12, &[12, 12], Effort::JustRight);
        let mut skipped = reps("wall-push-up", 13, &[3], Effort::TooHard);
        skipped.skipped = true;
        let n = next("wall-push-up", &[(0, earlier), (2, skipped)], &[], &[], 7);
        assert_eq!(n.target, 13);
    }

    #[test]
    fn records_of_other_exercises_are_ignored() {
        let other = reps("chair-squat", 14, &[14, 14], Effort::JustRight);
        assert_eq!(next("wall-push-up", &[(0, other)], &[], &[], 2).target, 10);
    }

    #[test]
    fn records_are_taken_in_date_order() {
        let newer = reps("wall-push-up", 12, &[12, 12], Effort::JustRight);
        let older = reps("wall-push-up", 14, &[14, 14], Effort::JustRight);
        assert_eq!(
            next("wall-push-up", &[(5, newer), (1, older)], &[], &[], 12).target,
            13
        );
    }

    // ---- rule 2 ----

    #[test]
    fn every_set_reached_with_good_effort_adds_one_rep() {
        for effort in [Effort::JustRight, Effort::TooEasy] {
            let r = reps("wall-push-up", 10, &[10, 11], effort);
            let n = next("wall-push-up", &[(0, r)], &[], &[], 7);
            assert_eq!((n.target, n.prompt), (11, None), "{effort:?}");
        }
    }

    #[test]
    fn a_missed_set_too_hard_or_no_answer_keeps_the_target() {
        let missed = reps("chair-squat", 12, &[12, 11], Effort::JustRight);
        assert_eq!(next("chair-squat", &[(0, missed)], &[], &[], 2).target, 12);
        let hard = reps("chair-squat", 12, &[12, 12], Effort::TooHard);
        assert_eq!(next("chair-squat", &[(0, hard)], &[], &[], 2).target, 12);
        let unanswered = record("chair-squat", 12, vec![rep_set(12)], None, None);
        assert_eq!(
            next("chair-squat", &[(0, unanswered)], &[], &[], 2).target,
            12
        );
    }

    #[test]
    fn unweighted_at_the_top_stays_there_without_a_question() {
        let r = reps("wall-push-up", 15, &[15, 16], Effort::TooEasy);
        let n = next("wall-push-up", &[(0, r)], &[], &[], 2);
        assert_eq!((n.target, n.weight_kg, n.prompt), (15, None, None));
    }

    #[test]
    fn extra_reps_below_the_top_still_move_one_rep() {
        let r = weighted("goblet-squat", 4.0, 10, &[12, 12, 12], Effort::TooEasy);
        let n = next("goblet-squat", &[(0, r)], &[], &[], 7);
        assert_eq!((n.target, n.prompt), (11, None));
    }

    #[test]
    fn an_out_of_range_target_in_a_record_is_clamped() {
        let r = reps("wall-push-up", 40, &[40, 40], Effort::JustRight);
        assert_eq!(next("wall-push-up", &[(0, r)], &[], &[], 2).target, 15);
        // Too low a target is read as the floor of 5 reps, not as the range's bottom.
        let r = reps("wall-push-up", 0, &[10, 10], Effort::JustRight);
        assert_eq!(next("wall-push-up", &[(0, r)], &[], &[], 7).target, 6);
    }

    // ---- rule 3 ----

    #[test]
    fn plank_climbs_five_seconds_after_a_completed_hold_up_to_sixty() {
        let hold = |target, secs: &[u32], effort| {
            record(
                "modified-plank",
                target,
                secs.iter().map(|&s| hold_set(s)).collect(),
                Some(effort),
                None,
            )
        };
        let n = next(
            "modified-plank",
            &[(0, hold(20, &[20, 21], Effort::JustRight))],
            &[],
            &[],
            7,
        );
        assert_eq!(n.target, 25);
        let n = next(
            "modified-plank",
            &[(0, hold(25, &[25, 25], Effort::TooEasy))],
            &[],
            &[],
            7,
        );
        assert_eq!(n.target, 30);
        let n = next(
            "modified-plank",
            &[(0, hold(25, &[25, 25], Effort::TooHard))],
            &[],
            &[],
            7,
        );
        assert_eq!(n.target, 25);
        let n = next(
            "modified-plank",
            &[(0, hold(25, &[25, 22], Effort::JustRight))],
            &[],
            &[],
            7,
        );
        assert_eq!(n.target, 25);
        let n = next(
            "modified-plank",
            &[(0, hold(58, &[58, 58], Effort::JustRight))],
            &[],
            &[],
            7,
        );
        assert_eq!(n.target, 60);
        let n = next(
            "modified-plank",
            &[(0, hold(60, &[70, 60], Effort::TooEasy))],
            &[],
            &[],
            7,
        );
        assert_eq!((n.target, n.prompt), (60, None));
        // A hold below 20 s: the best hold + 1 s, at most a step back, never under 15 s.
        let n = next(
            "modified-plank",
            &[(0, hold(40, &[40, 15], Effort::JustRight))],
            &[],
            &[],
            7,
        );
        assert_eq!(n.target, 35);
        let n = next(
            "modified-plank",
            &[(0, hold(20, &[12], Effort::TooHard))],
            &[],
            &[],
            7,
        );
        assert_eq!(n.target, 15);
        assert!(matches!(
            n.note,
            Some(Note::Easier {
                from: 20,
                to: 15,
                ..
            })
        ));
    }

    #[test]
    fn heel_raises_and_stomps_keep_their_single_target() {
        let r = reps("heel-raise", 15, &[15, 15], Effort::TooEasy);
        assert_eq!(next("heel-raise", &[(0, r)], &[], &[], 2).target, 15);
        // Below the range: the best set + 1, and said so.
        let r = reps("heel-raise", 15, &[9, 8], Effort::TooHard);
        assert_eq!(next("heel-raise", &[(0, r)], &[], &[], 2).target, 10);
        let stomps = record(
            "stomp",
            20,
            vec![stomp_set(20, 20), stomp_set(21, 20)],
            Some(Effort::TooEasy),
            None,
        );
        let n = next("stomp", &[(0, stomps)], &[], &[], 2);
        assert_eq!((n.target, n.weight_kg, n.prompt), (20, None, None));
    }

    #[test]
    fn stomps_count_the_weaker_foot() {
        let ex = exercise("stomp");
        assert_eq!(achieved(ex.measure, &stomp_set(20, 17)), 17);
        assert_eq!(achieved(ex.measure, &rep_set(40)), 20);
        assert_eq!(
            achieved(
                Measure::Stomps,
                &SetRecord {
                    left: Some(9),
                    ..SetRecord::default()
                }
            ),
            9
        );
        assert_eq!(achieved(Measure::Hold, &hold_set(33)), 33);
        assert_eq!(achieved(Measure::TimedReps, &rep_set(15)), 15);
    }

    // ---- rule 4 ----

    #[test]
    fn weighted_at_the_top_asks_to_go_to_the_next_owned_weight() {
        let r = weighted("goblet-squat", 4.0, 12, &[12, 12, 13], Effort::JustRight);
        let n = next(
            "goblet-squat",
            &[(0, r)],
            &[],
            &[10.0, 2.0, 6.0, 4.0, 8.0],
            2,
        );
        assert_eq!(n.target, 12);
        assert_eq!(n.weight_kg, Some(4.0));
        assert_eq!(
            n.prompt,
            Some(Prompt {
                exercise: "goblet-squat".into(),
                kind: PromptKind::IncreaseWeight,
                from_kg: Some(4.0),
                to_kg: Some(6.0),
                reason: PromptReason::TopOfRangeReached,
                since: None,
            })
        );
    }

    #[test]
    fn without_a_heavier_owned_weight_the_step_is_one_kg() {
        let r = || weighted("deadlift", 8.0, 10, &[10, 10, 10], Effort::TooEasy);
        let to = |owned: &[f64]| {
            next("deadlift", &[(0, r())], &[], owned, 2)
                .prompt
                .and_then(|p| p.to_kg)
        };
        assert_eq!(to(&[]), Some(9.0));
        // With a list, only owned weights: none heavier, no question.
        assert_eq!(to(&[4.0, 6.0, 8.0]), None);
        assert_eq!(to(&[9.0, 12.0]), Some(9.0));
        // 8 to 12 kg is more than a step: no question, a note instead.
        assert_eq!(to(&[12.0]), None);
        let n = next("deadlift", &[(0, r())], &[], &[12.0], 2);
        assert!(matches!(n.note, Some(Note::TooBigStep { next_kg, .. }) if next_kg == 12.0));
    }

    #[test]
    fn no_increase_when_a_set_missed_the_top_or_effort_was_not_good() {
        let missed = weighted("goblet-squat", 4.0, 12, &[12, 12, 11], Effort::JustRight);
        let n = next("goblet-squat", &[(0, missed)], &[], &[], 2);
        assert_eq!((n.target, n.prompt), (12, None));
        let hard = weighted("goblet-squat", 4.0, 12, &[12, 12, 12], Effort::TooHard);
        let n = next("goblet-squat", &[(0, hard)], &[], &[], 2);
        assert_eq!((n.target, n.prompt), (12, None));
    }

    #[test]
    fn an_accepted_increase_resets_the_target_to_the_bottom() {
        let r = weighted("goblet-squat", 4.0, 12, &[12, 12, 12], Effort::JustRight);
        let changes = [change(3, "goblet-squat", Some(4.0), 6.0)];
        let n = next("goblet-squat", &[(2, r.clone())], &changes, &[], 3);
        assert_eq!((n.target, n.weight_kg, n.prompt), (10, Some(6.0), None));
        // Accepted at the end of the same session: the record was done at 4 kg.
        let changes = [change(2, "goblet-squat", Some(4.0), 6.0)];
        let n = next("goblet-squat", &[(2, r)], &changes, &[], 3);
        assert_eq!((n.target, n.weight_kg, n.prompt), (10, Some(6.0), None));
        // Accepted before the session on the same day: the record is at 6 kg and counts.
        let r6 = weighted("goblet-squat", 6.0, 10, &[10, 10, 10], Effort::JustRight);
        let n = next("goblet-squat", &[(2, r6)], &changes, &[], 9);
        assert_eq!((n.target, n.weight_kg, n.prompt), (11, Some(6.0), None));
    }

    #[test]
    fn a_declined_increase_is_not_asked_again_until_the_next_session() {
        let r = weighted("goblet-squat", 4.0, 12, &[12, 12, 12], Effort::JustRight);
        let declined = [change(2, "goblet-squat", Some(4.0), 4.0)];
        let n = next("goblet-squat", &[(2, r.clone())], &declined, &[], 4);
        assert_eq!((n.target, n.weight_kg, n.prompt), (12, Some(4.0), None));
        // A new session at the top asks again.
        let n = next("goblet-squat", &[(2, r.clone()), (5, r)], &declined, &[], 6);
        assert_eq!(kind(&n), Some(PromptKind::IncreaseWeight));
    }

    #[test]
    fn the_current_weight_follows_the_latest_decision() {
        let r = weighted("goblet-squat", 4.0, 11, &[11, 11, 11], Effort::JustRight);
        // Entered a lighter weight after the session: no reset, no question.
        let changes = [change(3, "goblet-squat", Some(4.0), 3.0)];
        let n = next("goblet-squat", &[(2, r.clone())], &changes, &[], 9);
        assert_eq!((n.target, n.weight_kg, n.prompt), (12, Some(3.0), None));
        // An older decision does not override the record's weight.
        let changes = [change(0, "goblet-squat", None, 8.0)];
        let n = next("goblet-squat", &[(2, r)], &changes, &[], 4);
        assert_eq!(n.weight_kg, Some(4.0));
    }

    #[test]
    fn at_most_one_increase_within_fourteen_days() {
        // Increased on day 0, at the top again on day 12.
        let changes = [change(0, "overhead-press", Some(2.0), 3.0)];
        let r = weighted("overhead-press", 3.0, 12, &[12, 12, 12], Effort::JustRight);
        let at = |today| next("overhead-press", &[(12, r.clone())], &changes, &[], today);
        let n13 = at(13);
        assert_eq!(
            (n13.target, n13.weight_kg, n13.prompt),
            (12, Some(3.0), None)
        );
        let n14 = at(14);
        assert_eq!(kind(&n14), Some(PromptKind::IncreaseWeight));
        assert_eq!(n14.prompt.unwrap().to_kg, Some(4.0));
        assert_eq!(kind(&at(15)), Some(PromptKind::IncreaseWeight));
        // A decline does not count as a change; a step down does.
        let declined = [change(0, "overhead-press", Some(3.0), 3.0)];
        let r = weighted("overhead-press", 3.0, 12, &[12, 12, 12], Effort::JustRight);
        let n = next("overhead-press", &[(1, r.clone())], &declined, &[], 3);
        assert_eq!(kind(&n), Some(PromptKind::IncreaseWeight));
        let down = [change(0, "overhead-press", Some(4.0), 3.0)];
        let n = next("overhead-press", &[(1, r)], &down, &[], 3);
        assert_eq!(n.prompt, None);
    }

    // ---- rule 5 ----

    #[test]
    fn too_hard_twice_asks_to_go_lighter() {
        let records = [
            (
                0,
                weighted("goblet-squat", 8.0, 11, &[11, 11, 10], Effort::TooHard),
            ),
            (
                2,
                weighted("goblet-squat", 8.0, 11, &[11, 10, 10], Effort::TooHard),
            ),
        ];
        let n = next("goblet-squat", &records, &[], &[4.0, 6.0, 8.0], 4);
        assert_eq!(n.target, 11);
        assert_eq!(
            n.prompt,
            Some(Prompt {
                exercise: "goblet-squat".into(),
                kind: PromptKind::DecreaseWeight,
                from_kg: Some(8.0),
                to_kg: Some(6.0),
                reason: PromptReason::TooHardTwice,
                since: None,
            })
        );
        assert_eq!(
            next("goblet-squat", &records, &[], &[], 4)
                .prompt
                .unwrap()
                .to_kg,
            Some(7.0)
        );
        // Once is not enough.
        let n = next("goblet-squat", &records[1..], &[], &[], 4);
        assert_eq!((n.target, n.prompt), (11, None));
    }

    #[test]
    fn a_set_below_the_range_asks_to_go_lighter() {
        let r = weighted("deadlift", 6.0, 9, &[9, 9, 7], Effort::JustRight);
        let n = next("deadlift", &[(0, r)], &[], &[], 2);
        assert_eq!(n.target, 9);
        let p = n.prompt.unwrap();
        assert_eq!(
            (p.kind, p.from_kg, p.to_kg, p.reason),
            (
                PromptKind::DecreaseWeight,
                Some(6.0),
                Some(5.0),
                PromptReason::BelowRange
            )
        );
    }

    #[test]
    fn without_a_lighter_weight_the_target_drops_two_reps_and_says_so() {
        // 1 kg is the lightest: 2 reps fewer instead, with a note.
        let r = weighted("overhead-press", 1.0, 10, &[8, 8, 8], Effort::TooHard);
        let n = next("overhead-press", &[(0, r)], &[], &[], 2);
        assert_eq!((n.target, n.prompt), (8, None));
        assert!(matches!(
            n.note,
            Some(Note::Easier {
                from: 10,
                to: 8,
                why: EasierWhy::NoLighterWeight
            })
        ));
        // The lightest owned weight: the same.
        let r = weighted("overhead-press", 2.0, 10, &[8, 8, 8], Effort::TooHard);
        let n = next("overhead-press", &[(0, r)], &[], &[2.0, 4.0], 2);
        assert_eq!((n.target, n.prompt), (8, None));
        let r = record(
            "overhead-press",
            10,
            vec![rep_set(5)],
            Some(Effort::TooHard),
            None,
        );
        let n = next("overhead-press", &[(0, r)], &[], &[], 2);
        assert_eq!((n.target, n.weight_kg, n.prompt), (8, None, None));
    }

    #[test]
    fn after_going_lighter_the_question_is_not_repeated() {
        let records = [
            (
                0,
                weighted("goblet-squat", 8.0, 11, &[11, 11, 10], Effort::TooHard),
            ),
            (
                2,
                weighted("goblet-squat", 8.0, 11, &[11, 10, 10], Effort::TooHard),
            ),
        ];
        let changes = [change(3, "goblet-squat", Some(8.0), 6.0)];
        let n = next("goblet-squat", &records, &changes, &[], 4);
        assert_eq!((n.target, n.weight_kg, n.prompt), (11, Some(6.0), None));
    }

    #[test]
    fn unweighted_lighter_lowers_the_target_visibly() {
        let records = [
            (0, reps("chair-squat", 13, &[13, 12], Effort::TooHard)),
            (2, reps("chair-squat", 13, &[13, 13], Effort::TooHard)),
        ];
        let n = next("chair-squat", &records, &[], &[], 4);
        assert_eq!((n.target, n.prompt), (12, None));
        let below = reps("chair-squat", 13, &[13, 8], Effort::JustRight);
        assert_eq!(next("chair-squat", &[(0, below)], &[], &[], 2).target, 12);
        // "Too hard" at 6 and 5 chair squats: 7 next time (the best set + 1), and why.
        let bottom = reps("chair-squat", 10, &[6, 5], Effort::TooHard);
        let n = next("chair-squat", &[(0, bottom)], &[], &[], 2);
        assert_eq!(n.target, 7);
        assert!(matches!(
            n.note,
            Some(Note::Easier {
                from: 10,
                to: 7,
                why: EasierWhy::BelowRange
            })
        ));
        // Never under 5 reps.
        let weak = reps("chair-squat", 6, &[2, 1], Effort::TooHard);
        assert_eq!(next("chair-squat", &[(0, weak)], &[], &[], 2).target, 5);
    }

    // ---- rule 6 ----

    #[test]
    fn pain_asks_for_a_check_and_blocks_every_increase() {
        let r = weighted("goblet-squat", 4.0, 12, &[12, 12, 12], Effort::Pain);
        let n = next("goblet-squat", &[(0, r)], &[], &[], 30);
        assert_eq!(n.target, 12);
        assert_eq!(n.weight_kg, Some(4.0));
        assert_eq!(
            n.prompt,
            Some(Prompt {
                exercise: "goblet-squat".into(),
                kind: PromptKind::PainCheck,
                from_kg: Some(4.0),
                to_kg: None,
                reason: PromptReason::PainReported,
                since: None,
            })
        );
        let r = reps("wall-push-up", 11, &[11, 11], Effort::Pain);
        let n = next("wall-push-up", &[(0, r)], &[], &[], 2);
        assert_eq!((n.target, kind(&n)), (11, Some(PromptKind::PainCheck)));
    }

    #[test]
    fn pain_wins_over_going_lighter() {
        let records = [
            (0, weighted("deadlift", 8.0, 9, &[9, 9, 9], Effort::TooHard)),
            (2, weighted("deadlift", 8.0, 9, &[5], Effort::Pain)),
        ];
        let n = next("deadlift", &records, &[], &[], 4);
        assert_eq!((n.target, kind(&n)), (9, Some(PromptKind::PainCheck)));
    }

    #[test]
    fn pain_counts_even_without_sets() {
        let earlier = reps("wall-push-up", 12, &[12, 12], Effort::JustRight);
        let pain = record("wall-push-up", 13, vec![], Some(Effort::Pain), None);
        let n = next("wall-push-up", &[(0, earlier), (2, pain)], &[], &[], 4);
        assert_eq!((n.target, kind(&n)), (13, Some(PromptKind::PainCheck)));
    }

    // ---- rule 7 ----

    fn top_session(offset: i64, plank: u32) -> Vec<(NaiveDate, ExerciseRecord)> {
        vec![
            (
                day(offset),
                reps("wall-push-up", 15, &[15, 15], Effort::JustRight),
            ),
            (
                day(offset),
                reps("chair-squat", 15, &[15, 16], Effort::TooEasy),
            ),
            (
                day(offset),
                reps("heel-raise", 15, &[15, 15], Effort::JustRight),
            ),
            (
                day(offset),
                record(
                    "modified-plank",
                    plank,
                    vec![hold_set(plank), hold_set(plank)],
                    Some(Effort::JustRight),
                    None,
                ),
            ),
        ]
    }

    fn advance(records: &[(NaiveDate, ExerciseRecord)], today: i64) -> Option<Prompt> {
        let exercises: Vec<Exercise> = [
            "wall-push-up",
            "chair-squat",
            "heel-raise",
            "modified-plank",
        ]
        .iter()
        .map(|id| exercise(id))
        .collect();
        let per: Vec<Vec<(NaiveDate, &ExerciseRecord)>> = exercises
            .iter()
            .map(|e| {
                records
                    .iter()
                    .filter(|(_, r)| r.id == e.id)
                    .map(|(d, r)| (*d, r))
                    .collect()
            })
            .collect();
        let input: Vec<(&Exercise, &[(NaiveDate, &ExerciseRecord)])> = exercises
            .iter()
            .zip(&per)
            .map(|(e, r)| (e, r.as_slice()))
            .collect();
        advance_program_prompt(&input, day(today))
    }

    #[test]
    fn three_sessions_at_the_top_over_two_weeks_propose_the_advanced_program() {
        let records: Vec<_> = [0, 7, 14]
            .into_iter()
            .flat_map(|d| top_session(d, 30))
            .collect();
        assert_eq!(
            advance(&records, 15),
            Some(Prompt {
                exercise: "advanced".into(),
                kind: PromptKind::AdvanceProgram,
                from_kg: None,
                to_kg: None,
                reason: PromptReason::BeginnerTopReached,
                since: None,
            })
        );
    }

    #[test]
    fn the_advanced_program_waits_for_enough_sessions_and_weeks() {
        let span13: Vec<_> = [0, 7, 13]
            .into_iter()
            .flat_map(|d| top_session(d, 30))
            .collect();
        assert_eq!(advance(&span13, 15), None);
        let two: Vec<_> = [0, 14]
            .into_iter()
            .flat_map(|d| top_session(d, 30))
            .collect();
        assert_eq!(advance(&two, 15), None);
        let short_plank: Vec<_> = [0, 7, 14]
            .into_iter()
            .flat_map(|d| top_session(d, 25))
            .collect();
        assert_eq!(advance(&short_plank, 15), None);
        assert_eq!(advance(&[], 15), None);
        assert_eq!(advance_program_prompt(&[], day(15)), None);
    }

    #[test]
    fn the_run_at_the_top_must_be_current() {
        let mut records: Vec<_> = [0, 7, 14]
            .into_iter()
            .flat_map(|d| top_session(d, 30))
            .collect();
        records.push((
            day(16),
            reps("chair-squat", 15, &[15, 12], Effort::JustRight),
        ));
        assert_eq!(advance(&records, 17), None);
        // A skipped exercise does not break the run.
        let mut records: Vec<_> = [0, 7, 14]
            .into_iter()
            .flat_map(|d| top_session(d, 30))
            .collect();
        let mut skipped = reps("chair-squat", 15, &[], Effort::JustRight);
        skipped.skipped = true;
        records.push((day(16), skipped));
        assert!(advance(&records, 17).is_some());
        // At the top but too hard does not count.
        let mut records: Vec<_> = [0, 7, 14]
            .into_iter()
            .flat_map(|d| top_session(d, 30))
            .collect();
        records[8].1.effort = Some(Effort::TooHard);
        assert_eq!(advance(&records, 17), None);
    }

    #[test]
    fn pain_in_the_last_fourteen_days_holds_the_advanced_program_back() {
        let mut records: Vec<_> = [0, 7, 14, 21]
            .into_iter()
            .flat_map(|d| top_session(d, 30))
            .collect();
        // Stopped with pain before finishing a set: no evidence about the top, but the
        // pain counts. Pain on day 8 holds back through day 21; day 22 is free.
        let pain = record("heel-raise", 15, vec![], Some(Effort::Pain), None);
        records.insert(0, (day(8), pain));
        assert_eq!(advance(&records, 21), None);
        assert!(advance(&records, 22).is_some());
        // A painful set also breaks the run at the top.
        records.push((day(23), reps("heel-raise", 15, &[15], Effort::Pain)));
        assert_eq!(advance(&records, 40), None);
    }

    #[test]
    fn advance_over_a_whole_history() {
        let catalog = Catalog::builtin();
        let sessions: Vec<SessionRecord> = [0, 7, 14]
            .into_iter()
            .map(|d| {
                // Through JSON, so fields with defaults added to the format need no edit.
                let at = format!("{}T09:00:00+01:00", day(d));
                let exercises: Vec<ExerciseRecord> =
                    top_session(d, 30).into_iter().map(|(_, r)| r).collect();
                serde_json::from_value(serde_json::json!({
                    "date": day(d),
                    "started_at": at,
                    "ended_at": at,
                    "program": "beginner",
                    "exercises": exercises,
                }))
                .unwrap()
            })
            .rev()
            .collect();
        assert_eq!(exercise_records(&sessions, "heel-raise").len(), 3);
        assert_eq!(exercise_records(&sessions, "heel-raise")[0].0, day(0));
        assert!(advance_prompt_for_history(&catalog, &sessions, day(15)).is_some());
        assert!(advance_prompt_for_history(&catalog, &sessions[..2], day(15)).is_none());
    }

    #[test]
    fn prompts_serialize_in_snake_case() {
        let p = Prompt {
            exercise: "deadlift".into(),
            kind: PromptKind::IncreaseWeight,
            from_kg: Some(8.0),
            to_kg: Some(10.0),
            reason: PromptReason::TopOfRangeReached,
            since: None,
        };
        let json = serde_json::to_string(&p).unwrap();
        assert!(json.contains("\"increase_weight\""), "{json}");
        assert!(json.contains("\"top_of_range_reached\""), "{json}");
        let c = change(0, "deadlift", Some(8.0), 10.0);
        let back: WeightChange = serde_json::from_str(&serde_json::to_string(&c).unwrap()).unwrap();
        assert_eq!(back, c);
    }

    #[test]
    fn perfect_sessions_climb_a_rep_a_week_and_a_weight_when_paced() {
        let ex = exercise("goblet-squat");
        let mut records: Vec<(NaiveDate, ExerciseRecord)> = Vec::new();
        let mut changes = vec![change(0, "goblet-squat", None, 4.0)];
        let mut increases = Vec::new();
        for offset in (0..60).step_by(2) {
            let today = day(offset);
            let n = simulate_day(&ex, &records, &mut changes, &[], today, false);
            if changes
                .last()
                .is_some_and(|c| c.date == today && c.is_increase())
            {
                increases.push(offset);
            }
            let done = vec![rep_set(12); 3];
            records.push((
                today,
                ExerciseRecord {
                    id: ex.id.clone(),
                    weight_kg: n.weight_kg,
                    target: n.target,
                    sets: done,
                    effort: Some(Effort::JustRight),
                    skipped: false,
                    extra: Default::default(),
                },
            ));
        }
        // A rep a week (10 on day 0, 11 from day 8, 12 from day 16: the top), then the
        // raise on the next session (the first weight, on day 0, was 14 days before).
        assert_eq!(increases, [18, 36, 54]);
    }

    /// One day of the simulation: ask, accept an increase (and, if `accept_lighter`, a
    /// decrease), and ask again with the answer stored, as the app does.
    fn simulate_day(
        ex: &Exercise,
        records: &[(NaiveDate, ExerciseRecord)],
        changes: &mut Vec<WeightChange>,
        owned: &[f64],
        today: NaiveDate,
        accept_lighter: bool,
    ) -> Next {
        let refs: Vec<(NaiveDate, &ExerciseRecord)> =
            records.iter().map(|(d, r)| (*d, r)).collect();
        let n = next_for_exercise(ex, &refs, changes, owned, today, None, Units::Kg);
        let accept = n.prompt.as_ref().filter(|p| {
            p.kind == PromptKind::IncreaseWeight
                || (accept_lighter && p.kind == PromptKind::DecreaseWeight)
        });
        let Some(p) = accept else { return n };
        changes.push(WeightChange {
            date: today,
            exercise: ex.id.clone(),
            from_kg: p.from_kg,
            to_kg: p.to_kg.unwrap(),
        });
        next_for_exercise(ex, &refs, changes, owned, today, None, Units::Kg)
    }

    // ---- properties ----

    fn effort() -> impl Strategy<Value = Option<Effort>> {
        prop_oneof![
            1 => Just(None),
            2 => Just(Some(Effort::TooEasy)),
            4 => Just(Some(Effort::JustRight)),
            2 => Just(Some(Effort::TooHard)),
            1 => Just(Some(Effort::Pain)),
        ]
    }

    fn any_set() -> impl Strategy<Value = SetRecord> {
        (
            proptest::option::of(0u32..80),
            proptest::option::of(0u32..80),
            proptest::option::of(0u32..40),
            proptest::option::of(0u32..40),
        )
            .prop_map(|(reps, seconds, left, right)| SetRecord {
                reps,
                seconds,
                left,
                right,
                stopped_for_pain: false,
                extra: Default::default(),
            })
    }

    /// (days since the previous record, record) for an exercise id chosen later.
    fn any_record() -> impl Strategy<Value = (i64, ExerciseRecord)> {
        (
            0i64..6,
            0u32..90,
            proptest::option::of(0.5f64..30.0),
            proptest::collection::vec(any_set(), 0..4),
            effort(),
            proptest::bool::weighted(0.15),
        )
            .prop_map(|(gap, target, weight_kg, sets, effort, skipped)| {
                (
                    gap,
                    ExerciseRecord {
                        id: String::new(),
                        weight_kg,
                        target,
                        sets,
                        effort,
                        skipped,
                        extra: Default::default(),
                    },
                )
            })
    }

    fn any_changes() -> impl Strategy<Value = Vec<(i64, Option<f64>, f64)>> {
        proptest::collection::vec(
            (0i64..120, proptest::option::of(0.5f64..30.0), 0.5f64..30.0),
            0..5,
        )
    }

    fn owned() -> impl Strategy<Value = Vec<f64>> {
        proptest::collection::vec(0.25f64..40.0, 0..6)
    }

    /// Dated records of `ex` from gaps, and the weight changes of `ex`.
    fn build(
        ex: &Exercise,
        records: Vec<(i64, ExerciseRecord)>,
        changes: Vec<(i64, Option<f64>, f64)>,
    ) -> (Vec<(NaiveDate, ExerciseRecord)>, Vec<WeightChange>) {
        let mut offset = 0;
        let records = records
            .into_iter()
            .map(|(gap, mut r)| {
                offset += gap;
                r.id.clone_from(&ex.id);
                (day(offset), r)
            })
            .collect();
        let changes = changes
            .into_iter()
            .map(|(d, from_kg, to_kg)| WeightChange {
                date: day(d),
                exercise: ex.id.clone(),
                from_kg,
                to_kg,
            })
            .collect();
        (records, changes)
    }

    proptest! {
        /// (a) Whatever the history, the target stays within the exercise's range.
        #[test]
        fn targets_stay_within_the_range(
            which in 0usize..8,
            records in proptest::collection::vec(any_record(), 0..8),
            changes in any_changes(),
            owned in owned(),
            today in 0i64..150,
        ) {
            let ex = Catalog::builtin().all()[which].clone();
            let (records, changes) = build(&ex, records, changes);
            let refs: Vec<(NaiveDate, &ExerciseRecord)> =
                records.iter().map(|(d, r)| (*d, r)).collect();
            let n = next_for_exercise(&ex, &refs, &changes, &owned, day(today), None, Units::Kg);
            let floor = if ex.measure == Measure::Hold { MIN_HOLD_SECONDS } else { MIN_REPS };
            prop_assert!((floor.min(ex.target_min)..=ex.target_max).contains(&n.target), "{n:?}");
            prop_assert_eq!(n.weight_kg.is_some() && !ex.weighted, false);
            if let Some(p) = &n.prompt {
                if let (PromptKind::IncreaseWeight, Some(from), Some(to)) = (p.kind, p.from_kg, p.to_kg) {
                    prop_assert!(to > from);
                }
                if let (PromptKind::DecreaseWeight, Some(from), Some(to)) = (p.kind, p.from_kg, p.to_kg) {
                    prop_assert!(to < from && to >= MIN_WEIGHT_KG);
                }
            }
        }

        /// (b) Day by day, accepting every increase: never two increases of one exercise
        /// within 14 days, and targets stay in range throughout.
        #[test]
        fn never_two_increases_within_fourteen_days(
            which in 4usize..7,
            owned in owned(),
            accept_lighter in proptest::bool::ANY,
            days in proptest::collection::vec(
                proptest::option::weighted(0.6, (-3i64..5, effort())),
                20..160,
            ),
        ) {
            let ex = Catalog::builtin().all()[which].clone();
            prop_assert!(ex.weighted);
            let mut records: Vec<(NaiveDate, ExerciseRecord)> = Vec::new();
            let mut changes: Vec<WeightChange> = Vec::new();
            for (offset, plan) in days.iter().enumerate() {
                let today = day(i64::try_from(offset).unwrap());
                let n = simulate_day(&ex, &records, &mut changes, &owned, today, accept_lighter);
                let floor = if ex.measure == Measure::Hold { MIN_HOLD_SECONDS } else { MIN_REPS };
                prop_assert!((floor.min(ex.target_min)..=ex.target_max).contains(&n.target));
                let Some((delta, effort)) = *plan else { continue };
                let weight = match n.weight_kg {
                    Some(w) => w,
                    None => {
                        let w = ex.suggested_start_kg.unwrap();
                        changes.push(WeightChange { date: today, exercise: ex.id.clone(), from_kg: None, to_kg: w });
                        w
                    }
                };
                let done = u32::try_from((i64::from(n.target) + delta).max(0)).unwrap();
                records.push((today, ExerciseRecord {
                    id: ex.id.clone(),
                    weight_kg: Some(weight),
                    target: n.target,
                    sets: vec![rep_set(done); 3],
                    effort,
                    skipped: false,
                    extra: Default::default(),
                }));
            }
            let increases: Vec<NaiveDate> =
                changes.iter().filter(|c| c.is_increase()).map(|c| c.date).collect();
            for pair in increases.windows(2) {
                prop_assert!(
                    (pair[1] - pair[0]).num_days() >= 14,
                    "increases on {} and {}", pair[0], pair[1]
                );
            }
        }

        /// (c) Pain in the last record never brings an increase question and never raises
        /// the target; it always asks for a pain check.
        #[test]
        fn pain_never_raises_anything(
            which in 0usize..8,
            records in proptest::collection::vec(any_record(), 0..6),
            last in any_record(),
            last_sets in proptest::collection::vec(any_set(), 1..4),
            changes in any_changes(),
            owned in owned(),
            today in 0i64..150,
        ) {
            let ex = Catalog::builtin().all()[which].clone();
            let mut records = records;
            let (gap, mut pain) = last;
            pain.sets = last_sets;
            pain.effort = Some(Effort::Pain);
            pain.skipped = false;
            records.push((gap, pain));
            let (records, changes) = build(&ex, records, changes);
            let refs: Vec<(NaiveDate, &ExerciseRecord)> =
                records.iter().map(|(d, r)| (*d, r)).collect();
            let n = next_for_exercise(&ex, &refs, &changes, &owned, day(today), None, Units::Kg);
            let before = records.last().unwrap().1.target.clamp(ex.target_min, ex.target_max);
            prop_assert!(n.target <= before, "{} > {}", n.target, before);
            prop_assert_eq!(kind(&n), Some(PromptKind::PainCheck));
        }
    }
}
