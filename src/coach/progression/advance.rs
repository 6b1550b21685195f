//! Rule 7: when to propose the advanced program.

use chrono::NaiveDate;

use super::{
    ADVANCE_MIN_SESSIONS, ADVANCE_MIN_SPAN_DAYS, ADVANCE_PAIN_FREE_DAYS, ADVANCE_PLANK_SECONDS,
    Prompt, PromptKind, PromptReason, achieved, exercise_records, is_evidence,
};
use crate::card::Measure;
use crate::catalog::{Catalog, Exercise, Program};
use crate::history::{Effort, ExerciseRecord, SessionRecord};

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

#[cfg(test)]
mod tests;
