//! Pain checks (PROGRAM.md, "Effort and pain"; coach rules). Pure: the history comes in,
//! nothing is read from a file or the clock.
//!
//! 1. **Pain puts an exercise on hold.** From the session in which pain was reported (the
//!    effort answer `pain`, or `4` at any moment, which marks the set under way), the
//!    exercise is left out of every plan, of both programs, until its pain check is
//!    answered. Whatever comes after (sessions rated or not, logged or live, of either
//!    program, dated before or after today) changes nothing: only an answer does.
//! 2. **The answers** ([`PainAnswer`]): `ok` (a doctor or physiotherapist checked it) brings
//!    it back one step easier than before the pain, with no increase for
//!    [`NO_INCREASE_DAYS_AFTER_OK`] days; `not-yet` keeps it out and the question comes back
//!    on the next training day; `leave-out` keeps it out for good (the profile lists it).
//!
//! An `ok` or `leave-out` closes every pain report of the exercise dated on or before the
//! `since` it answered; a pain report dated after that opens a new hold. Dates are compared,
//! not clock times, so a session from a wrong clock (dated after today) is still a pain
//! report, and an answer given today about it still closes it.

use chrono::NaiveDate;

use crate::history::{History, PainAnswer, PainCheckAnswer};

/// Days after an `ok` answer in which the exercise never gets harder (target or weight).
pub const NO_INCREASE_DAYS_AFTER_OK: i64 = 14;
/// The plank comes back this many seconds shorter after an `ok` answer.
pub const PLANK_STEP_BACK_SECONDS: u32 = 10;

/// An exercise on hold for pain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hold {
    pub exercise: String,
    /// The first pain report not yet answered.
    pub since: NaiveDate,
    /// The day of the newest `not-yet` answer to this hold, if any.
    pub not_yet_on: Option<NaiveDate>,
}

impl Hold {
    /// Whether to ask again on `today`: not on the day the user said "not yet", and after
    /// that only on a training day (`may_train`).
    #[must_use]
    pub fn ask_today(&self, today: NaiveDate, may_train: bool) -> bool {
        match self.not_yet_on {
            None => true,
            Some(day) => today > day && may_train,
        }
    }
}

/// The answer that brought an exercise back after pain (`ok`), for progression.
#[derive(Debug, Clone, PartialEq)]
pub struct Recovery {
    /// The day of the `ok` answer.
    pub answered: NaiveDate,
    /// The pain report it closed (the newest one on or before the answer's `since`).
    pub pain_date: NaiveDate,
    /// What the exercise asked in the session with the pain (the lightest, if it was
    /// recorded twice that day): the level the comeback steps down from, even when that
    /// session is dated after today.
    pub pain_target: Option<u32>,
    pub pain_weight_kg: Option<f64>,
}

impl Recovery {
    /// Whether the exercise may get harder on `today`: not within
    /// [`NO_INCREASE_DAYS_AFTER_OK`] days of the answer (answered on day A: not A..=A+13).
    #[must_use]
    pub fn may_increase(&self, today: NaiveDate) -> bool {
        (today - self.answered).num_days() >= NO_INCREASE_DAYS_AFTER_OK
    }
}

/// The days on which pain was reported for `exercise`, oldest first, of every session in
/// the history (dated after today too).
fn pain_dates(history: &History, exercise: &str) -> Vec<NaiveDate> {
    let mut dates: Vec<NaiveDate> = history
        .sessions
        .iter()
        .filter(|s| {
            s.exercises
                .iter()
                .any(|e| e.id == exercise && e.reports_pain())
        })
        .map(|s| s.date)
        // Pain in balance or posture practice holds too (issue 24, design 7).
        .chain(practice::pain_dates(history, exercise))
        .collect();
    dates.sort_unstable();
    dates.dedup();
    dates
}

/// The newest `since` an `ok` or `leave-out` answer closed for `exercise`.
fn closed_through<'a>(
    answers: &'a [PainCheckAnswer],
    exercise: &str,
) -> Option<&'a PainCheckAnswer> {
    answers
        .iter()
        .filter(|a| a.exercise == exercise && a.answer != PainAnswer::NotYet)
        .max_by_key(|a| (a.since, a.date))
}

/// The open pain check of `exercise`, if it is on hold.
#[must_use]
pub fn hold(history: &History, exercise: &str) -> Option<Hold> {
    let closed = closed_through(&history.pain_checks, exercise).map(|a| a.since);
    let since = pain_dates(history, exercise)
        .into_iter()
        .find(|d| closed.is_none_or(|c| *d > c))?;
    let not_yet_on = history
        .pain_checks
        .iter()
        .filter(|a| a.exercise == exercise && a.answer == PainAnswer::NotYet && a.since >= since)
        .map(|a| a.date)
        .max();
    Some(Hold {
        exercise: exercise.to_owned(),
        since,
        not_yet_on,
    })
}

/// Every exercise on hold, in the order of the ids given.
#[must_use]
pub fn holds<'a>(history: &History, exercises: impl IntoIterator<Item = &'a str>) -> Vec<Hold> {
    exercises
        .into_iter()
        .filter_map(|id| hold(history, id))
        .collect()
}

/// The answer that ended the newest pain of `exercise` (`ok`, or `leave-out` when the
/// exercise is planned again after `profile --include`), when it is not on hold.
#[must_use]
pub fn recovery(history: &History, exercise: &str) -> Option<Recovery> {
    if hold(history, exercise).is_some() {
        return None;
    }
    // `leave-out` too: an exercise left out and brought back (`profile --include`) comes
    // back as after an `ok`.
    let answer = closed_through(&history.pain_checks, exercise)?;
    let pain_date = pain_dates(history, exercise)
        .into_iter()
        .filter(|d| *d <= answer.since)
        .max()?;
    let hurt = || {
        history
            .sessions
            .iter()
            .filter(|s| s.date == pain_date)
            .flat_map(|s| &s.exercises)
            .filter(|e| e.id == exercise && e.reports_pain())
    };
    // Pain reported in practice (a back extension holding a loaded spine exercise): what
    // was planned at its last session up to that day stands for "at the pain".
    let (pain_target, pain_weight_kg) = match hurt().next() {
        Some(_) => (
            hurt().map(|e| e.target).min(),
            hurt().filter_map(|e| e.weight_kg).min_by(f64::total_cmp),
        ),
        None => practice::last_planned(history, exercise, pain_date),
    };
    Some(Recovery {
        answered: answer.date,
        pain_date,
        pain_target,
        pain_weight_kg,
    })
}

/// Whether `exercise` was left out for good by a `leave-out` answer as its newest closing
/// answer. Only the tests ask: the plan reads the profile's list, which `profile --include`
/// can change after the answer.
#[cfg(test)]
#[must_use]
pub fn left_out_by_answer(history: &History, exercise: &str) -> bool {
    closed_through(&history.pain_checks, exercise).is_some_and(|a| a.answer == PainAnswer::LeaveOut)
}

/// The record of an answer to the open hold of `exercise` on `today`; `None` when the
/// exercise has no open pain check.
#[must_use]
pub fn answer(
    history: &History,
    exercise: &str,
    answer: PainAnswer,
    today: NaiveDate,
) -> Option<PainCheckAnswer> {
    let open = hold(history, exercise)?;
    // `since` is the newest open pain report: the answer covers all of them.
    let newest = pain_dates(history, exercise)
        .into_iter()
        .max()
        .unwrap_or(open.since);
    Some(PainCheckAnswer {
        date: today,
        exercise: exercise.to_owned(),
        answer,
        since: if answer == PainAnswer::NotYet {
            open.since
        } else {
            newest
        },
        extra: crate::history::Extra::new(),
    })
}

pub mod practice;

#[cfg(test)]
mod tests;
