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
//! An `ok` or `leave-out` closes the pain reports it was given for (issue 24, design 2): it
//! lists them by the `started_at` of their session (or practice), so a later pain, the same
//! day or dated anywhere (a wrong clock), opens a new hold. A session from a wrong clock
//! (dated after today) is still a pain report, and an answer given today about it closes
//! it. An answer without that list (a file from before) closes every report of the
//! exercise dated on or before the `since` it answered, as it always did.

use chrono::{DateTime, FixedOffset, NaiveDate};

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

/// One pain report of an exercise: the day and the start of the session (or practice) it
/// was reported in.
type Report = (NaiveDate, DateTime<FixedOffset>);

/// The pain reports of `exercise`, oldest first, of every session in the history (dated
/// after today too) and of practice.
fn pain_reports(history: &History, exercise: &str) -> Vec<Report> {
    let mut reports: Vec<Report> = history
        .sessions
        .iter()
        .filter(|s| {
            s.exercises
                .iter()
                .any(|e| e.id == exercise && e.reports_pain())
        })
        .map(|s| (s.date, s.started_at))
        // Pain in balance or posture practice holds too (issue 24, design 7).
        .chain(practice::pain_reports(history, exercise))
        .collect();
    reports.sort_unstable();
    reports.dedup();
    reports
}

/// The `ok` or `leave-out` answer that closed `report` of `exercise`, the newest if more
/// did: one given for it (issue 24, design 2: an answer closes the reports it lists), or,
/// for an answer without that list (an older file), one whose `since` is on or after the
/// report's day.
fn closed_by<'a>(
    answers: &'a [PainCheckAnswer],
    exercise: &str,
    (date, at): Report,
) -> Option<&'a PainCheckAnswer> {
    answers
        .iter()
        .filter(|a| a.exercise == exercise && a.answer != PainAnswer::NotYet)
        .filter(|a| {
            if a.reports.is_empty() {
                date <= a.since
            } else {
                a.reports.contains(&at)
            }
        })
        .max_by_key(|a| (a.date, a.since))
}

/// The reports of `exercise` no answer closed.
fn open_reports(history: &History, exercise: &str) -> Vec<Report> {
    pain_reports(history, exercise)
        .into_iter()
        .filter(|r| closed_by(&history.pain_checks, exercise, *r).is_none())
        .collect()
}

/// The open pain check of `exercise`, if it is on hold.
#[must_use]
pub fn hold(history: &History, exercise: &str) -> Option<Hold> {
    let since = open_reports(history, exercise).first()?.0;
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
    // The newest pain, and the answer that closed it.
    let newest = *pain_reports(history, exercise).last()?;
    let answer = closed_by(&history.pain_checks, exercise, newest)?;
    let pain_date = newest.0;
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
    pain_reports(history, exercise)
        .last()
        .and_then(|r| closed_by(&history.pain_checks, exercise, *r))
        .is_some_and(|a| a.answer == PainAnswer::LeaveOut)
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
    // The answer is given for every open report (issue 24, design 2): it lists them, and
    // closes those and no later one. `since` is the newest of them (the first for
    // `not-yet`), for files read by an older botsterk.
    let reports = open_reports(history, exercise);
    let newest = reports.last().map_or(open.since, |r| r.0);
    Some(PainCheckAnswer {
        reports: reports.into_iter().map(|r| r.1).collect(),
        ..PainCheckAnswer::new(
            today,
            exercise.to_owned(),
            answer,
            if answer == PainAnswer::NotYet {
                open.since
            } else {
                newest
            },
        )
    })
}

/// The pain questions a plan asks for many exercises, under one name: the plan keeps one
/// of these and asks it per exercise. (Issue 28 read every report in one pass here; the
/// reports are now tied to their answers by session (issue 24, design 2), and each question
/// reads them again: correct first, a one-pass index of that is for later.)
pub struct PainReports<'h> {
    history: &'h History,
}

impl<'h> PainReports<'h> {
    #[must_use]
    pub fn new(history: &'h History) -> Self {
        Self { history }
    }

    /// The open pain check of `exercise`, if it is on hold (see [`hold`]).
    #[must_use]
    pub fn hold(&self, exercise: &str) -> Option<Hold> {
        hold(self.history, exercise)
    }

    /// Every exercise on hold, in the order of the ids given (see [`holds`]).
    #[must_use]
    pub fn holds<'a>(&self, exercises: impl IntoIterator<Item = &'a str>) -> Vec<Hold> {
        holds(self.history, exercises)
    }

    /// The answer that ended the newest pain of `exercise` (see [`recovery`]).
    #[must_use]
    pub fn recovery(&self, exercise: &str) -> Option<Recovery> {
        recovery(self.history, exercise)
    }
}

pub mod practice;

#[cfg(test)]
mod link_tests;
#[cfg(test)]
mod tests;
