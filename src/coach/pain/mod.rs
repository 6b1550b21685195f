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

use std::collections::HashMap;

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

/// The open pain check of `exercise`, if it is on hold.
#[must_use]
pub fn hold(history: &History, exercise: &str) -> Option<Hold> {
    PainReports::new(history).hold(exercise)
}

/// Every exercise on hold, in the order of the ids given.
#[must_use]
pub fn holds<'a>(history: &History, exercises: impl IntoIterator<Item = &'a str>) -> Vec<Hold> {
    PainReports::new(history).holds(exercises)
}

/// The answer that ended the newest pain of `exercise` (`ok`, or `leave-out` when the
/// exercise is planned again after `profile --include`), when it is not on hold.
#[must_use]
pub fn recovery(history: &History, exercise: &str) -> Option<Recovery> {
    PainReports::new(history).recovery(exercise)
}

/// Whether `exercise` was left out for good by a `leave-out` answer as its newest closing
/// answer. Only the tests ask: the plan reads the profile's list, which `profile --include`
/// can change after the answer.
#[cfg(test)]
#[must_use]
pub fn left_out_by_answer(history: &History, exercise: &str) -> bool {
    PainReports::new(history)
        .reports(exercise)
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
    let pains = PainReports::new(history);
    let open = pains.hold(exercise)?;
    // The answer is given for every open report (issue 24, design 2): it lists them, and
    // closes those and no later one. `since` is the newest of them (the first for
    // `not-yet`), for files read by an older botsterk.
    let reports = pains.open_reports(exercise);
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

/// Every pain report of the history, found in one pass over its sessions and practice and
/// kept by the id it holds: a plan asks about every exercise and practice item, and each
/// question then reads only its own reports (issue 28: a pass per question made the plan's
/// pain questions a tenth of `status`).
pub struct PainReports<'h> {
    history: &'h History,
    /// The reports that hold each id, oldest first, without repeats.
    by_id: HashMap<&'h str, Vec<Report>>,
}

impl<'h> PainReports<'h> {
    #[must_use]
    pub fn new(history: &'h History) -> Self {
        let mut by_id: HashMap<&'h str, Vec<Report>> = HashMap::new();
        for s in &history.sessions {
            for e in s.exercises.iter().filter(|e| e.reports_pain()) {
                by_id
                    .entry(e.id.as_str())
                    .or_default()
                    .push((s.date, s.started_at));
            }
        }
        // Pain in balance or posture practice holds too (issue 24, design 7).
        for (id, report) in practice::all_pain_reports(history) {
            by_id.entry(id).or_default().push(report);
        }
        for reports in by_id.values_mut() {
            reports.sort_unstable();
            reports.dedup();
        }
        Self { history, by_id }
    }

    /// The pain reports that hold `id`, oldest first, of every session in the history
    /// (dated after today too) and of practice.
    fn reports(&self, id: &str) -> &[Report] {
        self.by_id.get(id).map_or(&[], Vec::as_slice)
    }

    /// The reports of `exercise` no answer closed.
    fn open_reports(&self, exercise: &str) -> Vec<Report> {
        self.reports(exercise)
            .iter()
            .copied()
            .filter(|r| closed_by(&self.history.pain_checks, exercise, *r).is_none())
            .collect()
    }

    /// The open pain check of `exercise`, if it is on hold.
    #[must_use]
    pub fn hold(&self, exercise: &str) -> Option<Hold> {
        let since = self.open_reports(exercise).first()?.0;
        let not_yet_on = self
            .history
            .pain_checks
            .iter()
            .filter(|a| {
                a.exercise == exercise && a.answer == PainAnswer::NotYet && a.since >= since
            })
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
    pub fn holds<'a>(&self, exercises: impl IntoIterator<Item = &'a str>) -> Vec<Hold> {
        exercises
            .into_iter()
            .filter_map(|id| self.hold(id))
            .collect()
    }

    /// The answer that ended the newest pain of `exercise` (`ok`, or `leave-out` when the
    /// exercise is planned again after `profile --include`), when it is not on hold.
    #[must_use]
    pub fn recovery(&self, exercise: &str) -> Option<Recovery> {
        if self.hold(exercise).is_some() {
            return None;
        }
        let history = self.history;
        // `leave-out` too: an exercise left out and brought back (`profile --include`) comes
        // back as after an `ok`.
        // The newest pain, and the answer that closed it.
        let newest = *self.reports(exercise).last()?;
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
}

pub mod practice;

#[cfg(test)]
mod link_tests;
#[cfg(test)]
mod tests;
