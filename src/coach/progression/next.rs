//! The next-target rules (1-6, and the way into 8 and 9): double progression at a bone's
//! pace, the plank ladder, heavier, lighter, pain.

use chrono::NaiveDate;

use super::comeback::{after_break, comeback};
use super::{
    BREAK_SHORT_DAYS, EasierWhy, MIN_HOLD_SECONDS, MIN_REPS, NO_LIGHTER_REPS, Next, Note,
    PLANK_STEP_SECONDS, Prompt, PromptKind, PromptReason, WeightChange, achieved, is_evidence,
    same_kg,
};
use crate::card::Measure;
use crate::catalog::Exercise;
use crate::coach::pain::Recovery;
use crate::coach::{pace, weights};
use crate::history::{Effort, ExerciseRecord};
use crate::profile::Dumbbells;

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
///
/// **Time away** (rule 9) comes after the rules above and only lowers what they give: the
/// break is counted from the last session of the exercise, and the step down is taken from
/// what was planned then, or from what the rules above give when that is lower (an eased
/// target, a lighter weight chosen, a pain check's step back).
#[must_use]
pub fn next_for_exercise(
    exercise: &Exercise,
    records: &[(NaiveDate, &ExerciseRecord)],
    weight_changes: &[WeightChange],
    dumbbells: Dumbbells<'_>,
    today: NaiveDate,
    recovery: Option<&Recovery>,
) -> Next {
    let evidence = evidence_of(exercise, records);
    let proposed = before_break(
        exercise,
        &evidence,
        weight_changes,
        dumbbells,
        today,
        recovery,
    );
    // Rule 9: back after a break (days since the exercise was last done).
    let Some(&last) = evidence.last() else {
        return proposed;
    };
    let gap = (today - last.0).num_days();
    if gap < BREAK_SHORT_DAYS {
        return proposed;
    }
    let latest = if exercise.weighted {
        latest_change(&exercise.id, weight_changes)
    } else {
        None
    };
    after_break(exercise, proposed, last, latest, dumbbells, gap)
}

/// The records of `exercise` that count as evidence (see the module documentation), by
/// date.
pub(super) fn evidence_of<'a>(
    exercise: &Exercise,
    records: &[(NaiveDate, &'a ExerciseRecord)],
) -> Vec<(NaiveDate, &'a ExerciseRecord)> {
    let mut mine: Vec<(NaiveDate, &ExerciseRecord)> = records
        .iter()
        .filter(|(_, r)| r.id == exercise.id && (is_evidence(r) || r.effort == Some(Effort::Pain)))
        .copied()
        .collect();
    // Stable, so filtering first keeps the same order; the plan's records come sorted, and
    // a check is cheaper than a sort that finds nothing to do (issue 28).
    if !mine.is_sorted_by_key(|(date, _)| *date) {
        mine.sort_by_key(|(date, _)| *date);
    }
    mine
}

/// Rules 1-8: the next target and weight before time away is counted.
fn before_break(
    exercise: &Exercise,
    evidence: &[(NaiveDate, &ExerciseRecord)],
    weight_changes: &[WeightChange],
    dumbbells: Dumbbells<'_>,
    today: NaiveDate,
    recovery: Option<&Recovery>,
) -> Next {
    let (min, max) = (
        exercise.target_min,
        exercise.target_max.max(exercise.target_min),
    );
    let latest = if exercise.weighted {
        latest_change(&exercise.id, weight_changes)
    } else {
        None
    };

    // Rule 8: back after a pain check answered `ok`, nothing done since the answer.
    if let Some(back) = after_pain_check(
        exercise,
        evidence,
        weight_changes,
        dumbbells,
        today,
        recovery,
    ) {
        return back;
    }
    // Rule 8: no harder for a while after that answer.
    let calm_from = recovery.map(|r| r.answered + chrono::Days::new(14));

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
    let (step, floor) = step_and_floor(exercise);
    let clamp = |t: u32| t.clamp(floor, max);
    let record_target = clamp(last.target);
    let reset = decided.is_some_and(WeightChange::is_increase);
    let at = Answer {
        exercise,
        weight_kg,
        floor,
        max,
    };
    let next =
        |target: u32, prompt: Option<Prompt>, note: Option<Note>| at.next(target, prompt, note);

    // Rule 6: pain first. Keep (or, after a heavier weight was taken, reset) the target.
    if last.effort == Some(Effort::Pain) {
        let target = if reset { min } else { record_target };
        return next(
            target,
            Some(at.prompt(PromptKind::PainCheck, None, PromptReason::PainReported)),
            None,
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

    // Rule 5: lighter, and said so (see `easier`).
    if let Some(easier) = easier(&at, evidence, record_target, step, decided, dumbbells) {
        return easier;
    }

    let good_effort = matches!(last.effort, Some(Effort::TooEasy | Effort::JustRight));
    if !(good_effort && sets_reach(record_target)) {
        return next(record_target, None, None);
    }
    // Rules 2 and 3: one step up the range, at most one a week (rule 1).
    if record_target < max {
        let since = pace::target_since(evidence, record_target, clamp).unwrap_or(last_date);
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
    heavier(&at, evidence, weight_changes, dumbbells, calm_from, today)
}

/// A step of the target (a rep, or the plank's seconds) and the floor no target goes
/// under (rule 4: below the range, never under 5 reps or 15 s).
fn step_and_floor(exercise: &Exercise) -> (u32, u32) {
    let step = match exercise.measure {
        Measure::Hold => PLANK_STEP_SECONDS,
        Measure::Reps | Measure::TimedReps | Measure::Stomps => 1,
    };
    let floor = match exercise.measure {
        Measure::Hold => MIN_HOLD_SECONDS,
        Measure::Reps | Measure::TimedReps | Measure::Stomps => MIN_REPS,
    }
    .min(exercise.target_min);
    (step, floor)
}

/// Rule 5: lighter, and said so: only "too hard" twice in a row (pain is rule 6), by one
/// step. A set ended early (not for pain) holds the target (issue 24, design 7): one
/// short set says little, and the target is not lowered from it.
fn easier(
    at: &Answer<'_>,
    evidence: &[(NaiveDate, &ExerciseRecord)],
    record_target: u32,
    step: u32,
    decided: Option<&WeightChange>,
    dumbbells: Dumbbells<'_>,
) -> Option<Next> {
    let exercise = at.exercise;
    let clamp = |t: u32| t.clamp(at.floor, at.max);
    let next =
        |target: u32, prompt: Option<Prompt>, note: Option<Note>| at.next(target, prompt, note);
    let prompt = |kind, to_kg, reason| at.prompt(kind, to_kg, reason);
    let weight_kg = at.weight_kg;
    let too_hard_twice = evidence.len() >= 2
        && evidence[evidence.len() - 2..]
            .iter()
            .all(|(_, r)| r.effort == Some(Effort::TooHard));
    if !too_hard_twice {
        return None;
    }
    let (reason, why) = (PromptReason::TooHardTwice, EasierWhy::TooHardTwice);
    if !exercise.weighted {
        let target = clamp(record_target.saturating_sub(step));
        let note = (target < record_target).then_some(Note::Easier {
            from: record_target,
            to: target,
            why,
        });
        return Some(next(target, None, note));
    }
    if decided.is_some() {
        // Answered since this session: nothing more to ask until the next one.
        return Some(next(record_target, None, None));
    }
    let lighter = weight_kg.and_then(|w| weights::next_down(w, dumbbells));
    Some(match lighter {
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
    })
}

/// Rule 8: back after a pain check answered `ok`, nothing done since the answer: the
/// comeback, never more than the same sessions would give without the pain. `None`: no
/// such answer, or a session done since.
fn after_pain_check(
    exercise: &Exercise,
    evidence: &[(NaiveDate, &ExerciseRecord)],
    weight_changes: &[WeightChange],
    dumbbells: Dumbbells<'_>,
    today: NaiveDate,
    recovery: Option<&Recovery>,
) -> Option<Next> {
    let latest = if exercise.weighted {
        latest_change(&exercise.id, weight_changes)
    } else {
        None
    };
    let recovery = recovery?;
    if evidence
        .iter()
        .any(|(date, _)| *date > recovery.pain_date && *date >= recovery.answered)
    {
        return None;
    }
    {
        let back = comeback(exercise, evidence, latest, dumbbells, recovery);
        // Never more than the same sessions would give without the pain: what they say
        // (a set below the range, "too hard" twice) still eases.
        let unrated: Vec<ExerciseRecord> = evidence
            .iter()
            .map(|(_, r)| ExerciseRecord {
                effort: r.effort.filter(|e| *e != Effort::Pain),
                ..(*r).clone()
            })
            .collect();
        let unrated: Vec<(NaiveDate, &ExerciseRecord)> = evidence
            .iter()
            .zip(&unrated)
            .map(|((date, _), r)| (*date, r))
            .collect();
        let without_pain = before_break(exercise, &unrated, weight_changes, dumbbells, today, None);
        Some(Next {
            target: back.target.min(without_pain.target),
            weight_kg: match (back.weight_kg, without_pain.weight_kg) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            },
            prompt: None,
            note: None,
        })
    }
}

/// Rule 4 at the top of the range, every set there and nothing decided since: the next
/// weight up, paced (rule 1: at most once in 14 days, and not in the calm days after a
/// pain check's `ok`), within a step of what is owned.
fn heavier(
    at: &Answer<'_>,
    evidence: &[(NaiveDate, &ExerciseRecord)],
    weight_changes: &[WeightChange],
    dumbbells: Dumbbells<'_>,
    calm_from: Option<NaiveDate>,
    today: NaiveDate,
) -> Next {
    let (exercise, weight_kg, max) = (at.exercise, at.weight_kg, at.max);
    let calm = calm_from.is_none_or(|from| today >= from);
    let next =
        |target: u32, prompt: Option<Prompt>, note: Option<Note>| at.next(target, prompt, note);
    let prompt = |kind, to_kg, reason| at.prompt(kind, to_kg, reason);
    let Some(current) = weight_kg else {
        return next(max, None, None);
    };
    // Rule 1: a weight rises at most once in 14 days, counted from any change of it.
    let changed = pace::last_weight_change(&exercise.id, evidence, weight_changes);
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
    match weights::raise(current, dumbbells) {
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

/// What an answer of the rules is made of: the exercise, its current weight, and the
/// bounds every target is held to.
struct Answer<'a> {
    exercise: &'a Exercise,
    weight_kg: Option<f64>,
    /// The lowest a target may go (rule 4: below the range, never under the floor).
    floor: u32,
    max: u32,
}

impl Answer<'_> {
    /// The next session: `target` within the bounds, at the current weight.
    fn next(&self, target: u32, prompt: Option<Prompt>, note: Option<Note>) -> Next {
        Next {
            target: target.clamp(self.floor, self.max),
            weight_kg: self.weight_kg,
            prompt,
            note,
        }
    }

    /// A question about this exercise, from its current weight.
    fn prompt(&self, kind: PromptKind, to_kg: Option<f64>, reason: PromptReason) -> Prompt {
        Prompt {
            exercise: self.exercise.id.clone(),
            kind,
            from_kg: self.weight_kg,
            to_kg,
            reason,
            since: None,
        }
    }
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
mod tests;
