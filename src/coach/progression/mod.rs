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
//!    [`pace::TARGET_STEP_DAYS`](crate::coach::pace::TARGET_STEP_DAYS) days (counted from the first session at the current
//!    target; held back: a [`Note::Paced`]). When the user has taken a heavier weight since
//!    the last record, the target goes back to `target_min` and no question is asked.
//! 3. **Plank** ([`Measure::Hold`]): the same ladder in steps of [`PLANK_STEP_SECONDS`]
//!    (20 s, 25 s, ... 60 s). Heel raises (15-15) and stomps (20-20) have a range of one
//!    value.
//! 4. **Heavier:** when every set of the last record reached `target_max` with good effort,
//!    propose the next weight ([`weights::raise`](crate::coach::weights::raise)): an owned one, or a step of 1 kg (2.5 lb)
//!    without a list; never more than max(2 kg / 5 lb, 25 %) at once (else a
//!    [`Note::TooBigStep`]); never within [`pace::WEIGHT_STEP_DAYS`](crate::coach::pace::WEIGHT_STEP_DAYS) days of ANY change of
//!    that weight ([`pace::last_weight_change`](crate::coach::pace::last_weight_change): a decision, or another weight seen in a
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
//! 9. **Back after a break** of [`BREAK_SHORT_DAYS`]-27 days: one step down from what was
//!    planned at the last session (or from what rules 1-8 give, when lower): one weight step,
//!    reps 2 lower, the plank 10 s shorter; from [`BREAK_LONG_DAYS`] days: about 75 % of the
//!    weight (never more than the shorter break's step), the bottom of the range; over
//!    [`BREAK_RESTART_DAYS`] days a first time again (`coach::dose` bounds the weight by the
//!    first weight for the bone status). A longer break never gives more. No question at the
//!    first session back; a [`Note::WelcomeBack`].
//!
//! A [`Next`] carries at most one question. After the user answers one, the caller stores
//! the [`WeightChange`] and asks again: the answer is then part of the input.

mod advance;
mod comeback;
mod next;
mod prompt;

#[cfg(test)]
mod pace_tests;
#[cfg(test)]
mod test_support;

use chrono::NaiveDate;

use crate::card::Measure;
use crate::history::{ExerciseRecord, SessionRecord, SetRecord};

/// The stored weight decision, kept here so the old path resolves.
use crate::history::WeightChange;
pub(super) use crate::history::{KG_EPSILON, same_kg};
pub use advance::{advance_program_prompt, advance_prompt_for_history};
pub use next::next_for_exercise;
pub use prompt::{EasierWhy, Next, Note, Prompt, PromptKind, PromptReason};

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
/// Days away after which a weight starts again as a first time (over this many: 91 on).
pub const BREAK_RESTART_DAYS: i64 = 90;

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

/// [`exercise_records`] of every exercise at once, by id: one sort and one pass over the
/// sessions for a whole plan, not one for each exercise.
#[must_use]
pub fn records_by_exercise(sessions: &[SessionRecord]) -> RecordsById<'_> {
    let mut ordered: Vec<&SessionRecord> = sessions.iter().collect();
    ordered.sort_by_key(|s| (s.date, s.started_at));
    let mut by_id = RecordsById::default();
    for s in ordered {
        for e in &s.exercises {
            by_id.entry(e.id.as_str()).or_default().push((s.date, e));
        }
    }
    by_id
}

/// An exercise's records by id, oldest first ([`records_by_exercise`]). Hashed with
/// foldhash, not std's SipHash: the ids are the file's own and a look-up per record was
/// two fifths of gathering them (issue 28).
pub type RecordsById<'h> = std::collections::HashMap<
    &'h str,
    Vec<(NaiveDate, &'h ExerciseRecord)>,
    foldhash::fast::RandomState,
>;

/// The day `exercise` was last done (the newest record that counts as evidence, see the
/// module documentation), the day a break is counted from.
#[must_use]
pub fn last_done(
    exercise: &crate::catalog::Exercise,
    records: &[(NaiveDate, &ExerciseRecord)],
) -> Option<NaiveDate> {
    next::evidence_of(exercise, records)
        .last()
        .map(|(date, _)| *date)
}

/// The records of `exercise` that count as done (see [`last_done`]), oldest first.
#[must_use]
pub fn evidence<'a>(
    exercise: &crate::catalog::Exercise,
    records: &[(NaiveDate, &'a ExerciseRecord)],
) -> Vec<(NaiveDate, &'a ExerciseRecord)> {
    next::evidence_of(exercise, records)
}

/// Not skipped and at least one set.
pub(super) fn is_evidence(record: &ExerciseRecord) -> bool {
    !record.skipped && !record.sets.is_empty()
}
