//! A made-up but plausible training history: for trying the app without years of training
//! (`botsterk demo --years N`), and for measuring it at the size a faithful user reaches
//! (benchmarks).
//!
//! Deterministic: the same `end` and `years` give the same history, so benchmarks and
//! tests compare like with like. The demo user follows the coach:
//!
//! - **About three sessions a week**: Monday, Wednesday and Friday, never two days in a
//!   row. Now and then a session is missed (and often made up the next day), now and then
//!   a Sunday is added, and a week or two off (a holiday, a cold) comes about twice a year.
//! - **Beginner for twelve weeks, advanced after.** The first advanced session starts with
//!   a first weight for each weighted exercise, recorded as a weight decision.
//! - **The coach plans every session**: the demo user does what `coach::plan::day_plan`
//!   plans for that day and answers its questions on home first: a first weight as
//!   suggested, a heavier one while they are getting stronger (declined once they are not),
//!   a lighter one always. Every answer is recorded in `weight_changes`, dated that day.
//! - **A few "too hard"** answers (mostly on the first session at a new weight, never two in
//!   a row), **exactly one pain** report (on the third exercise, a little before the middle
//!   of the history): that exercise is on hold for two sessions, then its pain check is
//!   answered `ok`; once in a while a session is stopped early.
//! - **Balance and posture practice** on about three other days a week
//!   ([`demo_history_with_practice`], what `botsterk demo` writes).

use chrono::{DateTime, Datelike, Days, FixedOffset, NaiveDate, TimeZone, Weekday};

use crate::card::Measure;
use crate::catalog::{Catalog, Exercise, Program};
use crate::coach::pain;
use crate::coach::plan::{DayPlan, day_plan};
use crate::coach::progression::PromptKind;
use crate::history::WeightChange;
use crate::history::{Effort, ExerciseRecord, History, PainAnswer, SessionRecord, SetRecord};
use crate::profile::Settings;

/// The most years `botsterk demo --years` makes.
pub const MAX_YEARS: u32 = 30;

/// Weeks of the beginner program before the demo user moves on.
const BEGINNER_WEEKS: i64 = 12;

/// The weights never go above this many times the suggested start.
const MAX_WEIGHT_FACTOR: f64 = 4.0;

/// A history of `years` years of training ending on or before `end`.
#[must_use]
pub fn demo_history(catalog: &Catalog, end: NaiveDate, years: u32) -> History {
    let days = u64::from(years) * 365;
    let start = end.checked_sub_days(Days::new(days)).unwrap_or(end);
    // A little before the middle: the pain answer, on the first session from that day on.
    let pain_from = start + Days::new(days * 2 / 5);
    let mut sim = Simulation {
        catalog,
        random: Lcg(u64::from(years) * 7919 + 17),
        history: History::default(),
        advanced_from: None,
        pain: Pain::Ahead(pain_from),
        fresh_weight: Vec::new(),
        last_too_hard: Vec::new(),
    };
    let mut schedule = Schedule::default();
    let mut date = start;
    while date <= end {
        if schedule.trains(date, &mut sim.random) {
            sim.session(date, (date - start).num_days() / 7);
        }
        match date.succ_opt() {
            Some(next) => date = next,
            None => break,
        }
    }
    sim.history
}

/// [`demo_history`] with balance and posture practice on about three other days a week
/// (see [`practice`]): what `botsterk demo` writes, and the benchmarks' history with
/// practice. Its sessions are those of [`demo_history`].
#[must_use]
pub fn demo_history_with_practice(catalog: &Catalog, end: NaiveDate, years: u32) -> History {
    let mut history = demo_history(catalog, end, years);
    let days = u64::from(years) * 365;
    let start = end.checked_sub_days(Days::new(days)).unwrap_or(end);
    history.practice = practice::practice(catalog.routines(), start, end, years);
    history
}

mod practice;

/// When the demo user trains.
#[derive(Default)]
struct Schedule {
    last: Option<NaiveDate>,
    /// A planned day was missed or blocked: train the next possible day instead.
    make_up: bool,
    /// No training until this day (a holiday, a cold).
    off_until: Option<NaiveDate>,
}

impl Schedule {
    fn trains(&mut self, date: NaiveDate, random: &mut Lcg) -> bool {
        if date.weekday() == Weekday::Mon && random.below(26) == 0 {
            // One or two weeks off, about twice a year.
            let weeks = 1 + random.below(2);
            self.off_until = Some(date + Days::new(7 * weeks));
            self.make_up = false;
        }
        if self.off_until.is_some_and(|until| date < until) {
            return false;
        }
        let planned = match date.weekday() {
            Weekday::Mon | Weekday::Wed | Weekday::Fri => true,
            // Now and then an extra session on Sunday.
            Weekday::Sun => random.below(6) == 0,
            _ => false,
        };
        let rested = self.last.is_none_or(|last| (date - last).num_days() >= 2);
        if !(planned || self.make_up) {
            return false;
        }
        if !rested {
            // Bones need the day of rest: a planned day right after a session moves on.
            self.make_up = planned;
            return false;
        }
        if random.below(12) == 0 {
            // Missed; made up the next day about half the time.
            self.make_up = planned && random.below(2) == 0;
            return false;
        }
        self.make_up = false;
        self.last = Some(date);
        true
    }
}

/// Where the one pain report is.
#[derive(Clone)]
enum Pain {
    /// On the first session on or after this day.
    Ahead(NaiveDate),
    /// Reported: the exercise is on hold; after this many more sessions a physiotherapist
    /// has looked at it and the pain check is answered `ok`.
    Holding {
        id: String,
        sessions_left: u32,
    },
    Done,
}

struct Simulation<'a> {
    catalog: &'a Catalog,
    random: Lcg,
    history: History,
    /// The first day of the advanced program, once the demo user moved on.
    advanced_from: Option<NaiveDate>,
    pain: Pain,
    /// Exercises whose weight went up since their last session: more often too hard.
    fresh_weight: Vec<String>,
    /// Exercises that felt too hard last time (never twice in a row).
    last_too_hard: Vec<String>,
}

/// Days of sessions the coach is given to plan from: every rule looks back less far than
/// this (a break, a run at one target, the 14 days of a weight), and a whole history per
/// session would make a 30-year demo slow.
const PLAN_WINDOW_DAYS: u64 = 200;

impl Simulation<'_> {
    /// The history the coach plans `date` from: recent sessions, every decision.
    fn recent(&self, date: NaiveDate) -> History {
        let from = date
            .checked_sub_days(Days::new(PLAN_WINDOW_DAYS))
            .unwrap_or(date);
        let start = self.history.sessions.partition_point(|s| s.date < from);
        History {
            sessions: self.history.sessions[start..].to_vec(),
            weight_changes: self.history.weight_changes.clone(),
            pain_checks: self.history.pain_checks.clone(),
            ..History::default()
        }
    }

    fn plan(&self, program: Program, date: NaiveDate) -> DayPlan {
        day_plan(
            self.catalog,
            &self.recent(date),
            &Settings::default(),
            program,
            date,
        )
    }

    fn session(&mut self, date: NaiveDate, week: i64) {
        let program = if week < BEGINNER_WEEKS {
            Program::Beginner
        } else {
            Program::Advanced
        };
        if program == Program::Advanced && self.advanced_from.is_none() {
            self.advanced_from = Some(date);
        }
        if let Pain::Holding { id, sessions_left } = self.pain.clone() {
            if sessions_left == 0 {
                if let Some(answer) = pain::answer(&self.history, &id, PainAnswer::Ok, date) {
                    self.history.pain_checks.push(answer);
                }
                self.pain = Pain::Done;
            } else {
                self.pain = Pain::Holding {
                    id,
                    sessions_left: sessions_left - 1,
                };
            }
        }
        let plan = self.answer_questions(program, date);
        if !plan.may_train() {
            return;
        }
        let pain_here = match &self.pain {
            Pain::Ahead(from) if date >= *from => Some(2),
            _ => None,
        };
        let exercises = &plan.session.exercises;
        // About one session in 150 is stopped before the last exercise (never the one with
        // the pain report, which comes before the last).
        let stop_after = if self.random.below(150) == 0 && pain_here.is_none() {
            exercises
                .len()
                .saturating_sub(1)
                .max(exercises.len() / 2 + 1)
        } else {
            exercises.len()
        };
        let mut records = Vec::with_capacity(exercises.len());
        for (index, planned) in exercises.iter().enumerate().take(stop_after) {
            let Some(exercise) = self.catalog.get(&planned.id) else {
                continue;
            };
            let pain = pain_here == Some(index);
            records.push(self.exercise(exercise, planned, date, pain));
            if pain {
                self.pain = Pain::Holding {
                    id: planned.id.clone(),
                    sessions_left: 2,
                };
            }
        }
        let started_at = at(date, 8 + self.random.below(4), self.random.below(60));
        let minutes = 25 + self.random.below(20);
        self.history.sessions.push(SessionRecord {
            date,
            started_at,
            ended_at: started_at + chrono::Duration::minutes(minutes.cast_signed()),
            program,
            ended_early: stop_after < exercises.len(),
            logged: false,
            planned_sets: Some(exercises.iter().map(|e| e.sets).sum()),
            exercises: records,
            ..Default::default()
        });
    }

    /// The questions on home before the session: a first weight is taken as suggested, a
    /// heavier one while the demo user is getting stronger (declined once they are not),
    /// a lighter one always. Each answer is a weight decision dated `date`.
    /// Returns the plan once every question is answered.
    fn answer_questions(&mut self, program: Program, date: NaiveDate) -> DayPlan {
        // Each answer can bring the next question (another exercise's); an answer always
        // ends its question, so a few rounds are enough.
        for _ in 0..16 {
            let plan = self.plan(program, date);
            let Some(prompt) = plan.prompts.iter().find(|p| {
                matches!(
                    p.kind,
                    PromptKind::ChooseWeight
                        | PromptKind::IncreaseWeight
                        | PromptKind::DecreaseWeight
                )
            }) else {
                return plan;
            };
            let (Some(exercise), Some(to)) = (self.catalog.get(&prompt.exercise), prompt.to_kg)
            else {
                return plan;
            };
            let take = match prompt.kind {
                PromptKind::IncreaseWeight => to <= self.capacity_kg(exercise, date),
                _ => true,
            };
            let to_kg = if take {
                to
            } else {
                prompt.from_kg.unwrap_or(to)
            };
            if take && prompt.kind == PromptKind::IncreaseWeight {
                self.fresh_weight.push(exercise.id.clone());
            }
            self.history.weight_changes.push(WeightChange::new(
                date,
                exercise.id.clone(),
                prompt.from_kg,
                to_kg,
            ));
        }
        self.plan(program, date)
    }

    /// One exercise of a session as planned, done as the demo user manages it.
    fn exercise(
        &mut self,
        exercise: &Exercise,
        planned: &crate::coach::plan::items::PlannedExercise,
        date: NaiveDate,
        pain: bool,
    ) -> ExerciseRecord {
        let fresh = take(&mut self.fresh_weight, &exercise.id);
        let was_too_hard = take(&mut self.last_too_hard, &exercise.id);
        let strong_enough = planned
            .weight_kg
            .is_none_or(|kg| kg <= self.capacity_kg(exercise, date));
        // Getting stronger: most sessions every set reaches the target. Held back by the
        // weight: mostly the last set falls one short.
        let reach_all = planned.target <= exercise.target_min
            || if strong_enough {
                self.random.below(4) != 0
            } else {
                self.random.below(8) == 0
            };
        let too_hard = !was_too_hard
            && !pain
            && if fresh {
                self.random.below(4) == 0
            } else {
                self.random.below(80) == 0
            };
        if too_hard {
            self.last_too_hard.push(exercise.id.clone());
        }
        let effort = if pain {
            Effort::Pain
        } else if too_hard {
            Effort::TooHard
        } else if self.random.below(10) == 0 {
            Effort::TooEasy
        } else {
            Effort::JustRight
        };
        let count = planned.sets;
        let sets = (0..count)
            .map(|set| {
                let short = !reach_all && set + 1 == count;
                set_record(
                    exercise.measure,
                    planned.target - u32::from(short).min(planned.target),
                )
            })
            .collect();
        ExerciseRecord {
            id: exercise.id.clone(),
            weight_kg: planned.weight_kg,
            target: planned.target,
            sets,
            effort: Some(effort),
            skipped: false,
            pain_site: None,
            ..Default::default()
        }
    }

    /// The heaviest weight the demo user can work with on `date`: a kilogram more every
    /// eight weeks in the first months of the advanced program, then two a year, up to
    /// four times the suggested start.
    fn capacity_kg(&self, exercise: &Exercise, date: NaiveDate) -> f64 {
        let (Some(start), Some(from)) = (exercise.suggested_start_kg, self.advanced_from) else {
            return 0.0;
        };
        let weeks = (date - from).num_days().max(0) / 7;
        let gained = weeks.min(32) / 8 + (weeks - 32).max(0) / 26;
        // A gain of at most a few hundred kilograms: exact in f64.
        #[allow(clippy::cast_precision_loss)]
        let gained = gained as f64;
        (start + gained).min(start * MAX_WEIGHT_FACTOR)
    }
}

/// Whether `id` was in `list`, taking it out.
fn take(list: &mut Vec<String>, id: &str) -> bool {
    let had = list.iter().any(|x| x == id);
    list.retain(|x| x != id);
    had
}

fn set_record(measure: Measure, done: u32) -> SetRecord {
    match measure {
        Measure::Reps | Measure::TimedReps => SetRecord {
            reps: Some(done),
            ..SetRecord::default()
        },
        Measure::Hold => SetRecord {
            seconds: Some(done),
            ..SetRecord::default()
        },
        Measure::Stomps => SetRecord {
            reps: Some(2 * done),
            left: Some(done),
            right: Some(done),
            seconds: None,
            stopped_for_pain: false,
            ..Default::default()
        },
    }
}

fn at(date: NaiveDate, hour: u64, minute: u64) -> DateTime<FixedOffset> {
    let tz = FixedOffset::east_opt(3600).unwrap_or(FixedOffset::east_opt(0).expect("UTC"));
    let naive = date
        .and_hms_opt(
            u32::try_from(hour).unwrap_or(9),
            u32::try_from(minute).unwrap_or(0),
            0,
        )
        .unwrap_or_default();
    tz.from_local_datetime(&naive)
        .single()
        .unwrap_or_else(|| tz.from_utc_datetime(&naive))
}

/// A tiny linear congruential generator: enough variety for made-up data, and no
/// dependency for something that is never security- or statistics-relevant.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % n
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::coach::plan::{day_plan, planned_program};
    use crate::coach::progression::PromptKind;
    use crate::profile::Settings;
    use crate::store::Store;

    fn end() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 26).unwrap()
    }

    fn efforts(history: &History, effort: Effort) -> usize {
        history
            .sessions
            .iter()
            .flat_map(|s| &s.exercises)
            .filter(|e| e.effort == Some(effort))
            .count()
    }

    #[test]
    fn ten_years_is_about_three_sessions_a_week_never_two_days_in_a_row() {
        let history = demo_history(&Catalog::builtin(), end(), 10);
        let weeks = 10 * 52;
        let per_week = history.sessions.len() as f64 / f64::from(weeks);
        assert!((2.6..3.2).contains(&per_week), "{per_week} sessions a week");
        assert_eq!(history, demo_history(&Catalog::builtin(), end(), 10));
        assert!(history.sessions.iter().all(|s| s.date <= end()));
        assert!(history.sessions.iter().all(|s| s.ended_at > s.started_at));
        for pair in history.sessions.windows(2) {
            assert!((pair[1].date - pair[0].date).num_days() >= 2, "{pair:?}");
        }
        // Some whole weeks (Monday to Sunday) without a session.
        let mut weeks_trained: Vec<_> =
            history.sessions.iter().map(|s| s.date.iso_week()).collect();
        weeks_trained.dedup();
        assert!(weeks_trained.len() < weeks as usize - 10);
        let last = history.sessions.last().unwrap();
        assert_eq!(last.program, Program::Advanced);
        assert!(last.exercises[0].weight_kg.unwrap() > 8.0);
    }

    #[test]
    fn one_pain_answer_a_few_too_hard_and_every_weight_decision_recorded() {
        for years in [1, 5, 10] {
            let history = demo_history(&Catalog::builtin(), end(), years);
            assert_eq!(efforts(&history, Effort::Pain), 1, "{years} years");
            let answers = efforts(&history, Effort::JustRight);
            let too_hard = efforts(&history, Effort::TooHard);
            assert!(
                too_hard >= 3 && too_hard * 20 < answers,
                "{too_hard} of {answers}"
            );
            let increases = history
                .weight_changes
                .iter()
                .filter(|c| c.is_increase())
                .count();
            assert!(increases >= 3, "{years} years: {increases} increases");
            assert!(
                history
                    .weight_changes
                    .windows(2)
                    .all(|w| w[0].date <= w[1].date)
            );
            // Every weighted exercise was done with a weight (chosen on home, or the
            // coach's own step down after a break or a pain check).
            for exercise in history.sessions.iter().flat_map(|s| &s.exercises) {
                let weighted = Catalog::builtin()
                    .get(&exercise.id)
                    .is_some_and(|e| e.weighted);
                assert_eq!(exercise.weight_kg.is_some(), weighted, "{}", exercise.id);
            }
        }
    }

    /// At every session the demo user did what the coach planned for that day, from the
    /// history before it (and the weight decisions made by then).
    #[test]
    fn the_demo_user_follows_the_coach() {
        let catalog = Catalog::builtin();
        let history = demo_history(&catalog, end(), 2);
        let settings = Settings::default();
        for (i, session) in history.sessions.iter().enumerate() {
            let before = History {
                sessions: history.sessions[..i].to_vec(),
                weight_changes: history
                    .weight_changes
                    .iter()
                    // The demo user answers on home, before the session.
                    .filter(|c| c.date <= session.date)
                    .cloned()
                    .collect(),
                pain_checks: history
                    .pain_checks
                    .iter()
                    .filter(|a| a.date <= session.date)
                    .cloned()
                    .collect(),
                ..History::default()
            };
            let plan = day_plan(&catalog, &before, &settings, session.program, session.date);
            assert!(plan.may_train(), "{}", session.date);
            for done in session.exercises.iter().filter(|e| !e.skipped) {
                let planned = plan.session.exercises.iter().find(|p| p.id == done.id);
                let planned = planned.unwrap();
                assert_eq!(
                    (planned.target, planned.weight_kg),
                    (done.target, done.weight_kg),
                    "{} {}",
                    session.date,
                    done.id
                );
            }
        }
    }

    #[test]
    fn practice_about_three_days_a_week_climbing_the_ladder_beside_the_same_sessions() {
        let catalog = Catalog::builtin();
        let plain = demo_history(&catalog, end(), 3);
        let history = demo_history_with_practice(&catalog, end(), 3);
        assert_eq!(history.sessions, plain.sessions);
        assert_eq!(history.weight_changes, plain.weight_changes);
        let per_week = history.practice.len() as f64 / f64::from(3 * 52);
        assert!(
            (2.4..3.1).contains(&per_week),
            "{per_week} practices a week"
        );
        assert!(history.practice.windows(2).all(|w| w[0].date < w[1].date));
        assert!(history.practice.iter().all(|p| p.date <= end()));
        // What the coach works out from the file: the ladder climbed past its first rank.
        let ladder = crate::coach::practice::ladder(catalog.routines(), &history);
        assert!(ladder.iter().any(|p| p.mastered), "{ladder:?}");
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path().join("data"));
        store.save_history(&history).unwrap();
        assert_eq!(store.load_history().unwrap(), history);
    }

    #[test]
    fn demo_data_passes_the_store_and_gives_an_advanced_plan_with_weights() {
        let catalog = Catalog::builtin();
        for years in [1, 5, 10] {
            let history = demo_history(&catalog, end(), years);
            let dir = tempfile::tempdir().unwrap();
            let store = Store::new(dir.path().join("data"));
            store.save_history(&history).unwrap();
            assert_eq!(store.load_history().unwrap(), history);

            let today = end() + Days::new(2);
            let program = planned_program(&history, today);
            assert_eq!(program, Program::Advanced);
            let plan = day_plan(&catalog, &history, &Settings::default(), program, today);
            assert_eq!(plan.session.program, Program::Advanced);
            for planned in &plan.session.exercises {
                let exercise = catalog.get(&planned.id).unwrap();
                assert!((exercise.target_min..=exercise.target_max).contains(&planned.target));
                assert_eq!(
                    planned.weight_kg.is_some(),
                    exercise.weighted,
                    "{}",
                    planned.id
                );
            }
            assert!(
                plan.prompts
                    .iter()
                    .all(|p| !matches!(p.kind, PromptKind::PainCheck | PromptKind::ChooseWeight)),
                "{:?}",
                plan.prompts
            );
        }
    }
}
