//! The day in a few facts, for `botsterk status` (a shell prompt, a status bar) and
//! `botsterk remind`: whether a session is due, done or not allowed today, the week's count
//! against its minimum, open pain checks and practice. Read from the day's plan, so the
//! status never says something the plan does not.

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use super::plan::DayPlan;
use super::plan::items::PlannedExercise;
use super::practice::PracticePlan;
use super::rest::DayStatus;
use super::week::WeekWarning;
use crate::card::Measure;
use crate::catalog::Program;
use crate::profile::Settings;
use crate::profile::WEEKLY_MINIMUM;

/// What today is, in one word (`status --json`'s `today`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Today {
    /// A session is due and not done yet.
    Train,
    /// No strength session today (the day after one, or nothing left to train), and no
    /// practice due.
    Rest,
    /// A session is recorded today.
    Done,
    /// No strength session today, but balance and posture practice is due.
    Practice,
}

/// An exercise on hold for pain whose check has not been answered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OpenCheck {
    pub exercise: String,
    pub since: NaiveDate,
}

/// The facts of the day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    pub date: NaiveDate,
    pub today: Today,
    /// The first day a session is allowed: today on a training day.
    pub next_training: NaiveDate,
    pub program: Program,
    /// Exercises in today's (or the next) session.
    pub exercises: usize,
    /// About how long that session takes, in whole minutes rounded up to 5.
    pub minutes: u32,
    pub week_sessions: u32,
    pub week_target: u32,
    pub week_minimum: u32,
    /// Days of this week still to come, today included (1 on a Sunday).
    pub days_left: u32,
    /// Set when this week's minimum is in danger: the sessions it still needs.
    pub minimum_at_risk: Option<u32>,
    /// The minimum can no longer be reached this week (the rest days leave no room).
    pub minimum_out_of_reach: bool,
    pub pain_checks_open: Vec<OpenCheck>,
    pub practice_due: bool,
    pub practice_days: u32,
    pub practice_target: u32,
}

impl Status {
    /// Whether a reminder has something to say today: a session (or a pain check to
    /// answer before one) on a training day not yet trained. Never on a rest day or a day
    /// already trained.
    #[must_use]
    pub fn due(&self) -> bool {
        self.today == Today::Train
    }
}

/// The status of `today` from its plan and its practice.
#[must_use]
pub fn status(
    plan: &DayPlan,
    practice: &PracticePlan,
    settings: &Settings,
    warm_up: bool,
) -> Status {
    let date = plan.today.date;
    let exercises = &plan.session.exercises;
    let today = match plan.today.status {
        DayStatus::DoneToday => Today::Done,
        // A training day with every exercise on hold still has its pain checks to answer.
        DayStatus::Train if !exercises.is_empty() || !plan.holds.is_empty() => Today::Train,
        DayStatus::Train | DayStatus::Rest if practice.due => Today::Practice,
        DayStatus::Train | DayStatus::Rest => Today::Rest,
    };
    Status {
        date,
        today,
        next_training: plan.today.next_training,
        program: plan.session.program,
        exercises: exercises.len(),
        minutes: minutes(exercises, settings.rest_seconds, warm_up),
        week_sessions: plan.week.sessions,
        week_target: plan.week.target,
        week_minimum: WEEKLY_MINIMUM,
        days_left: 7 - date.weekday().num_days_from_monday(),
        minimum_at_risk: plan.week.warning.map(|w| w.sessions_needed()),
        minimum_out_of_reach: matches!(
            plan.week.warning,
            Some(WeekWarning::MinimumOutOfReach { .. })
        ),
        pain_checks_open: plan
            .holds
            .iter()
            .map(|h| OpenCheck {
                exercise: h.exercise.clone(),
                since: h.since,
            })
            .collect(),
        practice_due: practice.due,
        practice_days: practice.days,
        practice_target: practice.target,
    }
}

/// Seconds a rep takes when counted by hand, down and up.
const SECONDS_PER_REP: u32 = 4;
/// Reading the card and getting into place, for each exercise.
const SECONDS_BETWEEN_EXERCISES: u32 = 60;
/// The warm-up's timed moves.
const WARM_UP_SECONDS: u32 = 180;

/// About how long a session takes: its sets, the rests between them and a minute for each
/// card, rounded up to whole 5 minutes (a promise, not a timer).
#[must_use]
pub fn minutes(exercises: &[PlannedExercise], rest_seconds: u32, warm_up: bool) -> u32 {
    if exercises.is_empty() {
        return 0;
    }
    let work: u32 = exercises
        .iter()
        .map(|e| {
            let set = match e.measure {
                Measure::Hold => e.target,
                Measure::Stomps => e.target * 2,
                _ => e.target * (SECONDS_PER_REP + e.rep_hold_seconds.unwrap_or(0)),
            };
            e.sets * set + e.sets.saturating_sub(1) * rest_seconds + SECONDS_BETWEEN_EXERCISES
        })
        .sum();
    let seconds = work + if warm_up { WARM_UP_SECONDS } else { 0 };
    seconds.div_ceil(300) * 5
}

#[cfg(test)]
mod tests;
