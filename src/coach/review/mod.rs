//! Looking back: the history grouped by ISO week, each exercise's trend with its personal
//! bests, and the weekly "bone dose".
//!
//! Pure and computed once per change of the history (never per frame): the history screens
//! and `botsterk history` only read a [`Review`].
//!
//! - **Weeks** are ISO weeks (Monday to Sunday), newest first, from the week of `today` (or
//!   of the newest session, if a wrong clock dated one later) back to the week of the first
//!   session or balance and posture practice. Weeks without a session are included with zeros: a gap is part of the story.
//!   Only within [`EMPTY_WEEKS_HORIZON`] of now, though: further off only the weeks with a
//!   session are listed, so the cost follows the sessions, never the span of their dates.
//! - **Sessions** count every record; the **minimum** of [`WEEKLY_MINIMUM`] counts distinct
//!   days, like the coach does (two sessions on one day are worth one).
//! - **Streak**: the weeks in a row, ending now, that met the minimum. The current week is
//!   still open: when it has not met the minimum yet, the streak counts from last week.
//! - **Bone dose**: sessions, loaded reps (every rep done against gravity or a weight: all
//!   rep exercises), impact steps (stomps, both feet) and seconds held (the plank), against
//!   what the program asks: [`WEEKLY_MINIMUM`] sessions of the program at the bottom of its
//!   ranges ([`asked_dose`]).
//! - **Trend**: per exercise, each week's best: the heaviest weight for weighted exercises,
//!   else the best set (reps, seconds held, or stomps per foot). A week that beats every
//!   earlier week is a personal best.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{Days, NaiveDate};
use serde::Serialize;

use super::plan::{default_sets, exclusion};
use super::practice::{practice_days_by_week, stance_over_time};
use super::progression::achieved;
use super::week::{iso_week_label, week_start};
use crate::card::Measure;
use crate::catalog::{Catalog, Program};
use crate::history::{History, SessionRecord, SetRecord};
use crate::profile::Settings;
use crate::profile::{WEEKLY_MAXIMUM, WEEKLY_MINIMUM};

pub mod month;
mod trends;
use trends::{stance_trends, stomps, trends};

/// The whole look back. Built by [`review`]. Practice (balance and posture) is only in
/// `WeekReview::practice_days` and `stances`: never in the sessions, days, dose or streak.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Review {
    /// Newest first; empty when there is no session at all.
    pub weeks: Vec<WeekReview>,
    /// Weeks in a row, ending now, that met the weekly minimum.
    pub streak: u32,
    /// One per exercise ever done, in catalog order (unknown ids last).
    pub trends: Vec<ExerciseTrend>,
    /// One per balance stance ever practised, in the routines' order: its support level
    /// and hold over time. Practice is never part of the weeks' sessions or dose.
    pub stances: Vec<StanceTrend>,
}

/// One balance stance over time: where its ladder stood after each practice with holds of
/// it (see [`crate::coach::practice::stance_over_time`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StanceTrend {
    pub stance: String,
    /// Oldest first: the day, the support level and the hold asked for after it.
    pub points: Vec<StancePoint>,
}

/// Where one stance stood after one day's practice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StancePoint {
    pub date: NaiveDate,
    /// The support level (an id of `assets/practice.json`).
    pub support: String,
    /// The hold asked for, in seconds.
    pub hold_seconds: u32,
}

/// One ISO week.
#[derive(Debug, Clone, PartialEq)]
pub struct WeekReview {
    /// "2026-W48".
    pub label: String,
    /// The Monday.
    pub start: NaiveDate,
    /// Indices into `History::sessions` of this week's sessions, oldest first.
    pub sessions: Vec<usize>,
    /// Distinct days trained, short sessions left out.
    pub days: u32,
    /// Sessions with fewer than half of their planned sets: in the dose, not in `days`.
    pub short_sessions: u32,
    pub target: u32,
    /// Distinct days with balance and posture practice: beside the sessions, never part of
    /// them (practice never counts as a strength session or makes a rest day).
    pub practice_days: u32,
    /// Per exercise id.
    pub exercises: BTreeMap<String, ExerciseWeek>,
    pub dose: Dose,
    /// The program the week is measured against: that of its newest session, else the
    /// newest program trained.
    pub program: Program,
    /// What the program asks for this week (see [`asked_dose`]).
    pub asked: Dose,
}

impl WeekReview {
    /// The Sunday.
    #[must_use]
    pub fn end(&self) -> NaiveDate {
        add_days(self.start, 6)
    }

    /// Sessions that count toward the week: all but the short ones.
    #[must_use]
    pub fn counted_sessions(&self) -> u32 {
        count(self.sessions.len()).saturating_sub(self.short_sessions)
    }

    #[must_use]
    pub fn met_minimum(&self) -> bool {
        self.days >= WEEKLY_MINIMUM
    }

    #[must_use]
    pub fn met_target(&self) -> bool {
        self.days >= self.target
    }
}

impl Review {
    /// The weeks of the last `weeks` weeks ending with `today`'s week (at least one), newest
    /// first, never before the week of the first session or practice. `history --json`, the history
    /// screens' export and the report all take their weeks from here, so their numbers
    /// agree for the same period.
    pub fn in_period(&self, today: NaiveDate, weeks: u32) -> impl Iterator<Item = &WeekReview> {
        let (first, last) = period(today, weeks);
        self.weeks
            .iter()
            .filter(move |w| (first..=last).contains(&w.start))
    }
}

/// The Monday of the first week and the Sunday of the current week of the last `weeks`
/// weeks (at least one).
#[must_use]
pub fn period(today: NaiveDate, weeks: u32) -> (NaiveDate, NaiveDate) {
    let this_week = week_start(today);
    let back = 7 * u64::from(weeks.max(1) - 1);
    let first = this_week
        .checked_sub_days(Days::new(back))
        .unwrap_or(NaiveDate::MIN);
    (first, add_days(this_week, 6))
}

/// One exercise within one week.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize)]
pub struct ExerciseWeek {
    /// Sets done.
    pub sets: u32,
    /// Reps done in all sets (stomps: both feet).
    pub reps: u32,
    /// Seconds held in all sets.
    pub seconds: u32,
    /// The best set, in the exercise's unit (reps, seconds, stomps per foot).
    pub best_set: u32,
    /// The heaviest weight used, for weighted exercises.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub weight_kg: Option<f64>,
}

/// The load bones got in a week.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Dose {
    pub sessions: u32,
    /// Reps against gravity or a weight (every rep exercise).
    pub loaded_reps: u32,
    /// Stomps, both feet.
    pub impact_steps: u32,
    /// Seconds held (the plank).
    pub hold_seconds: u32,
}

impl Dose {
    fn add_set(&mut self, measure: Measure, set: &SetRecord) {
        match measure {
            Measure::Reps | Measure::TimedReps => add(&mut self.loaded_reps, set.reps.unwrap_or(0)),
            Measure::Hold => add(&mut self.hold_seconds, set.seconds.unwrap_or(0)),
            Measure::Stomps => add(&mut self.impact_steps, stomps(set)),
        }
    }
}

/// What the trend of an exercise measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TrendUnit {
    Kg,
    Reps,
    Seconds,
    StompsPerFoot,
}

/// One exercise over the weeks.
#[derive(Debug, Clone, PartialEq)]
pub struct ExerciseTrend {
    pub id: String,
    pub unit: TrendUnit,
    /// One per week the exercise was done, oldest first.
    pub points: Vec<TrendPoint>,
}

impl ExerciseTrend {
    /// The personal best: the newest point that set a record.
    #[must_use]
    pub fn best(&self) -> Option<&TrendPoint> {
        self.points.iter().rev().find(|p| p.personal_best)
    }
}

/// One week's best of one exercise.
#[derive(Debug, Clone, PartialEq)]
pub struct TrendPoint {
    /// The Monday of the week.
    pub week: NaiveDate,
    /// The first day of that week the value was reached.
    pub date: NaiveDate,
    /// Kg for weighted exercises, else the best set.
    pub value: f64,
    /// The best set that week (reps, seconds or stomps per foot).
    pub best_set: u32,
    /// True when this week beat every earlier week: a higher value, or the same weight
    /// with a better set.
    pub personal_best: bool,
}

/// Groups the history by week up to `today`'s week, with the user's weekly target and the
/// exercises their profile leaves out (never asked for in the dose).
#[must_use]
pub fn review(
    catalog: &Catalog,
    history: &History,
    today: NaiveDate,
    settings: &Settings,
) -> Review {
    let order = by_date(history);
    let weeks = reviewed_weeks(catalog, history, today, settings, &order, |_| true);
    Review {
        streak: streak(&weeks, week_start(today)),
        trends: trends(catalog, history, &order),
        stances: stance_trends(catalog, history),
        weeks,
    }
}

/// What a report of the last `weeks` weeks reads of the review: those weeks, each reviewed
/// as [`review`] reviews it, and every exercise's trend over the whole history.
#[derive(Debug, Clone, PartialEq)]
pub struct PeriodReview {
    /// The Monday of the first week and the Sunday of the last ([`period`]).
    pub first: NaiveDate,
    pub last: NaiveDate,
    /// Newest first, as [`Review::in_period`] gives them.
    pub weeks: Vec<WeekReview>,
    pub trends: Vec<ExerciseTrend>,
}

/// [`review`] of the last `weeks` weeks only (and the trends): the weeks before them are not
/// reviewed, which on years of history is most of the work (issue 28).
#[must_use]
pub fn review_period(
    catalog: &Catalog,
    history: &History,
    today: NaiveDate,
    settings: &Settings,
    weeks: u32,
) -> PeriodReview {
    let (first, last) = period(today, weeks);
    let order = by_date(history);
    PeriodReview {
        first,
        last,
        weeks: reviewed_weeks(catalog, history, today, settings, &order, |start| {
            (first..=last).contains(&start)
        }),
        trends: trends(catalog, history, &order),
    }
}

/// The places of the sessions in the order they were done.
fn by_date(history: &History) -> Vec<usize> {
    let mut order: Vec<usize> = (0..history.sessions.len()).collect();
    order.sort_by_key(|&i| {
        let s = &history.sessions[i];
        (s.date, s.started_at)
    });
    order
}

/// The listed weeks (see [`listed_weeks`]) that `keep` keeps by their Monday, newest first,
/// each reviewed; `order` is [`by_date`].
fn reviewed_weeks(
    catalog: &Catalog,
    history: &History,
    today: NaiveDate,
    settings: &Settings,
    order: &[usize],
    keep: impl Fn(NaiveDate) -> bool,
) -> Vec<WeekReview> {
    // Weeks start with the first session or practice: a week of practice only is listed
    // (with no sessions) for its practice days.
    let first_practice = history.practice.iter().map(|p| p.date).min();
    let first_session = order.first().map(|&i| history.sessions[i].date);
    let first = match (first_session, first_practice) {
        (Some(s), Some(p)) => s.min(p),
        (Some(first), None) | (None, Some(first)) => first,
        (None, None) => return Vec::new(),
    };
    let newest = order.last().map_or(today, |&i| history.sessions[i].date);
    // Only the weeks kept: the others' sessions would be gathered to be thrown away (the
    // listing below is filtered by `keep` too, so it lists the same weeks).
    let mut by_week: BTreeMap<NaiveDate, Vec<usize>> = BTreeMap::new();
    for &i in order {
        let week = week_start(history.sessions[i].date);
        if keep(week) {
            by_week.entry(week).or_default().push(i);
        }
    }
    let current_program = order
        .last()
        .map_or(Program::Beginner, |&i| history.sessions[i].program);
    let this_week = week_start(today);
    let practice_days = practice_days_by_week(history);
    listed_weeks(
        by_week.keys().copied(),
        week_start(first),
        week_start(today.max(newest)),
        this_week,
    )
    .into_iter()
    .rev()
    .filter(|&start| keep(start))
    .map(|start| {
        let sessions = by_week.remove(&start).unwrap_or_default();
        let practice = practice_days
            .get(&chrono::Datelike::iso_week(&start))
            .copied()
            .unwrap_or(0);
        week_review(catalog, history, start, sessions, settings, current_program)
            .with_practice_days(practice)
    })
    .collect()
}

/// How far from the current week, in weeks either way, weeks without a session are
/// listed: ten years. Beyond it only weeks with a session are, so that a date far off (a
/// slip in a hand-edited file, a clock set to the year 9999) costs a week, not the
/// hundreds of thousands of empty weeks between it and now.
pub const EMPTY_WEEKS_HORIZON: u64 = 520;

/// The Mondays of the weeks to list, oldest first: every week with a session, and every
/// week from `first` to `top` (the weeks of the oldest session and of today or the newest
/// session) within [`EMPTY_WEEKS_HORIZON`] of `this_week`. As many as the weeks with a
/// session, plus at most twice the horizon.
fn listed_weeks(
    with_sessions: impl Iterator<Item = NaiveDate>,
    first: NaiveDate,
    top: NaiveDate,
    this_week: NaiveDate,
) -> BTreeSet<NaiveDate> {
    let mut weeks: BTreeSet<NaiveDate> = with_sessions.collect();
    let span = Days::new(7 * EMPTY_WEEKS_HORIZON);
    let from = this_week
        .checked_sub_days(span)
        .map_or(first, |d| d.max(first));
    let to = this_week.checked_add_days(span).map_or(top, |d| d.min(top));
    let mut week = from;
    while week <= to {
        weeks.insert(week);
        match week.checked_add_days(Days::new(7)) {
            Some(next) => week = next,
            None => break,
        }
    }
    weeks
}

/// What the program asks of a week: [`WEEKLY_MINIMUM`] sessions, each with every exercise
/// of `program` at its default sets and the bottom of its range, leaving out the exercises
/// the profile leaves out (stomping for uncleared osteoporosis asks for no impact at all).
#[must_use]
pub fn asked_dose(catalog: &Catalog, program: Program, settings: &Settings) -> Dose {
    let mut dose = Dose {
        sessions: WEEKLY_MINIMUM,
        ..Dose::default()
    };
    let sets = default_sets(program);
    for exercise in catalog
        .program(program)
        .filter(|e| exclusion(e, settings).is_none())
    {
        let per_week = sets
            .saturating_mul(exercise.target_min)
            .saturating_mul(WEEKLY_MINIMUM);
        match exercise.measure {
            Measure::Reps | Measure::TimedReps => add(&mut dose.loaded_reps, per_week),
            Measure::Hold => add(&mut dose.hold_seconds, per_week),
            // The target is per foot.
            Measure::Stomps => add(&mut dose.impact_steps, per_week.saturating_mul(2)),
        }
    }
    dose
}

fn week_review(
    catalog: &Catalog,
    history: &History,
    start: NaiveDate,
    sessions: Vec<usize>,
    settings: &Settings,
    fallback_program: Program,
) -> WeekReview {
    let target = settings.weekly_target.clamp(WEEKLY_MINIMUM, WEEKLY_MAXIMUM);
    let records: Vec<&SessionRecord> = sessions.iter().map(|&i| &history.sessions[i]).collect();
    // Short sessions load bone (the dose) but do not count toward the week.
    let mut days: Vec<NaiveDate> = records
        .iter()
        .filter(|s| !s.is_short())
        .map(|s| s.date)
        .collect();
    days.dedup(); // sorted already
    let short_sessions = count(records.iter().filter(|s| s.is_short()).count());
    // In the catalog's order while gathered (no id copied or compared in a map per record).
    let mut by_exercise: Vec<Option<ExerciseWeek>> = vec![None; catalog.all().len()];
    let mut dose = Dose {
        sessions: count(records.len()),
        ..Dose::default()
    };
    for exercise in records.iter().flat_map(|s| &s.exercises) {
        let Some((at, known)) = catalog.get_at(&exercise.id) else {
            continue;
        };
        let measure = known.measure;
        if exercise.sets.is_empty() {
            continue;
        }
        let week = by_exercise[at].get_or_insert_default();
        for set in &exercise.sets {
            add(&mut week.sets, 1);
            add(
                &mut week.reps,
                match measure {
                    Measure::Stomps => stomps(set),
                    _ => set.reps.unwrap_or(0),
                },
            );
            add(&mut week.seconds, set.seconds.unwrap_or(0));
            week.best_set = week.best_set.max(achieved(measure, set));
            dose.add_set(measure, set);
        }
        if let Some(kg) = exercise.weight_kg {
            week.weight_kg = Some(week.weight_kg.map_or(kg, |w: f64| w.max(kg)));
        }
    }
    let program = records.last().map_or(fallback_program, |s| s.program);
    let exercises = catalog
        .all()
        .iter()
        .zip(by_exercise)
        .filter_map(|(known, week)| Some((known.id.clone(), week?)))
        .collect();
    WeekReview {
        label: iso_week_label(start),
        start,
        sessions,
        days: count(days.len()),
        short_sessions,
        target,
        practice_days: 0,
        exercises,
        dose,
        program,
        asked: asked_dose(catalog, program, settings),
    }
}

impl WeekReview {
    /// The week with its days of practice (counted for every week in one pass).
    fn with_practice_days(self, practice_days: u32) -> Self {
        Self {
            practice_days,
            ..self
        }
    }
}

/// Weeks in a row meeting the minimum, newest first, skipping the current week while it
/// has not met it yet (it is not over).
fn streak(weeks: &[WeekReview], this_week: NaiveDate) -> u32 {
    let mut run = 0;
    let mut expected = this_week;
    for week in weeks.iter().filter(|w| w.start <= this_week) {
        // Weeks left out of the list (far from now, without a session) break the run.
        if week.start != expected {
            break;
        }
        expected = week
            .start
            .checked_sub_days(Days::new(7))
            .unwrap_or(NaiveDate::MIN);
        if week.met_minimum() {
            run += 1;
        } else if week.start == this_week {
            continue;
        } else {
            break;
        }
    }
    run
}

/// Sums stop at `u32::MAX` instead of wrapping round to a small number: the history is
/// bounded where it is read, but a week may hold any number of sets.
fn add(sum: &mut u32, n: u32) {
    *sum = sum.saturating_add(n);
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

fn add_days(date: NaiveDate, n: u64) -> NaiveDate {
    date.checked_add_days(Days::new(n))
        .unwrap_or(NaiveDate::MAX)
}

#[cfg(test)]
mod tests;
