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
//! - **Progression by the coach's rules**: one rep (or 5 s of plank) more after a session
//!   where every set reached its target and felt right; at the top of the range the coach
//!   asks for a heavier weight (not within 14 days of the last increase), and the user takes
//!   it while they are getting stronger and declines it once they are not. Every answer is
//!   recorded in `weight_changes`, dated on the session that raised the question, and a new
//!   weight starts again at the bottom of the range.
//! - **A few "too hard"** answers (mostly on the first session at a new weight, never two in
//!   a row), **exactly one pain** answer (on the third exercise, a little before the middle
//!   of the history), after which that exercise is skipped twice; once in a while a session
//!   is stopped early.

use chrono::{DateTime, Datelike, Days, FixedOffset, NaiveDate, TimeZone, Weekday};

use crate::catalog::{Catalog, Exercise, Measure, Program};
use crate::coach::pain::{NO_INCREASE_DAYS_AFTER_OK, PLANK_STEP_BACK_SECONDS};
use crate::coach::plan::default_sets;
use crate::coach::progression::{
    MIN_DAYS_BETWEEN_INCREASES, PLANK_STEP_SECONDS, WeightChange, next_weight_down, next_weight_up,
};
use crate::history::{
    Effort, ExerciseRecord, History, PainAnswer, PainCheckAnswer, SessionRecord, SetRecord,
};

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
        lifts: Vec::new(),
        history: History::default(),
        advanced_from: None,
        pain: Pain::Ahead(pain_from),
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

/// Where the one pain answer is.
#[derive(Clone, Copy)]
enum Pain {
    /// On the first session on or after this day.
    Ahead(NaiveDate),
    /// Given for this exercise: it is skipped this many more times.
    Skipping {
        exercise: usize,
        left: u32,
        since: NaiveDate,
    },
    /// Skipped enough: a physiotherapist has looked at it, and the pain check is answered
    /// `ok` on the day of the next session.
    Checked {
        exercise: usize,
        since: NaiveDate,
    },
    Done,
}

/// One exercise as the demo user stands with it.
#[derive(Clone, Debug)]
struct Lift {
    id: String,
    target: u32,
    weight_kg: Option<f64>,
    last_increase: Option<NaiveDate>,
    /// The first session at a new weight is more often too hard.
    fresh_weight: bool,
    last_too_hard: bool,
    /// Back after a pain check: no harder before this day.
    calm_until: Option<NaiveDate>,
    /// A step up held back by `calm_until`: taken at the first session after it.
    held_step: bool,
}

struct Simulation<'a> {
    catalog: &'a Catalog,
    random: Lcg,
    /// The lifts of the program being trained, in program order.
    lifts: Vec<Lift>,
    history: History,
    /// The first day of the advanced program, once the demo user moved on.
    advanced_from: Option<NaiveDate>,
    pain: Pain,
}

impl Simulation<'_> {
    fn session(&mut self, date: NaiveDate, week: i64) {
        let program = if week < BEGINNER_WEEKS {
            Program::Beginner
        } else {
            Program::Advanced
        };
        let exercises: Vec<&Exercise> = self.catalog.program(program).collect();
        if self.lifts.is_empty() || program == Program::Advanced && self.advanced_from.is_none() {
            self.start_program(program, &exercises, date);
        }
        let pain_here = match self.pain {
            Pain::Ahead(from) if date >= from => {
                self.pain = Pain::Done;
                Some(2)
            }
            _ => None,
        };
        // About one session in 150 is stopped before the last exercise (never the one with
        // the pain answer, which comes before the last).
        let stop_after = if self.random.below(150) == 0 && pain_here.is_none() {
            exercises.len() - 1
        } else {
            exercises.len()
        };
        let mut records = Vec::with_capacity(exercises.len());
        if let Pain::Checked { exercise, since } = self.pain {
            self.pain = Pain::Done;
            self.answer_pain_check(exercises[exercise], exercise, since, date);
        }
        for (index, exercise) in exercises.iter().enumerate().take(stop_after) {
            if let Pain::Skipping {
                exercise: skipped,
                left,
                since,
            } = self.pain
                && skipped == index
            {
                self.pain = if left > 1 {
                    Pain::Skipping {
                        exercise: skipped,
                        left: left - 1,
                        since,
                    }
                } else {
                    Pain::Checked {
                        exercise: skipped,
                        since,
                    }
                };
                records.push(ExerciseRecord {
                    id: exercise.id.clone(),
                    weight_kg: self.lifts[index].weight_kg,
                    target: self.lifts[index].target,
                    sets: Vec::new(),
                    effort: None,
                    skipped: true,
                    extra: Default::default(),
                });
                continue;
            }
            let pain = pain_here == Some(index);
            records.push(self.exercise(exercise, index, program, date, pain));
            if pain {
                self.pain = Pain::Skipping {
                    exercise: index,
                    left: 2,
                    since: date,
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
            planned_sets: None,
            exercises: records,
            extra: Default::default(),
        });
    }

    /// The first session of a program: targets at the bottom, and a first weight for each
    /// weighted exercise (the coach asks for it on home).
    fn start_program(&mut self, program: Program, exercises: &[&Exercise], date: NaiveDate) {
        if program == Program::Advanced {
            self.advanced_from = Some(date);
        }
        self.lifts = exercises
            .iter()
            .map(|e| {
                let weight_kg = e.suggested_start_kg.filter(|_| e.weighted);
                if let Some(kg) = weight_kg {
                    self.history.weight_changes.push(WeightChange {
                        date,
                        exercise: e.id.clone(),
                        from_kg: None,
                        to_kg: kg,
                    });
                }
                Lift {
                    id: e.id.clone(),
                    target: e.target_min,
                    weight_kg,
                    last_increase: None,
                    fresh_weight: false,
                    last_too_hard: false,
                    calm_until: None,
                    held_step: false,
                }
            })
            .collect();
    }

    /// The pain check answered `ok` on `date`: the exercise comes back one step easier
    /// (as the coach plans it), and no harder for 14 days.
    fn answer_pain_check(
        &mut self,
        exercise: &Exercise,
        index: usize,
        since: NaiveDate,
        date: NaiveDate,
    ) {
        self.history.pain_checks.push(PainCheckAnswer {
            date,
            exercise: exercise.id.clone(),
            answer: PainAnswer::Ok,
            since,
            extra: crate::history::Extra::new(),
        });
        let lift = &mut self.lifts[index];
        lift.target = if exercise.measure == Measure::Hold {
            lift.target
                .saturating_sub(PLANK_STEP_BACK_SECONDS)
                .max(exercise.target_min)
        } else {
            exercise.target_min
        };
        lift.weight_kg = lift
            .weight_kg
            .map(|kg| next_weight_down(kg, &[]).unwrap_or(kg));
        lift.fresh_weight = false;
        lift.last_too_hard = false;
        lift.calm_until = Some(date + Days::new(NO_INCREASE_DAYS_AFTER_OK.unsigned_abs()));
    }

    /// One exercise of a session, and what it changes for the next one.
    fn exercise(
        &mut self,
        exercise: &Exercise,
        index: usize,
        program: Program,
        date: NaiveDate,
        pain: bool,
    ) -> ExerciseRecord {
        let step = if exercise.measure == Measure::Hold {
            PLANK_STEP_SECONDS
        } else {
            1
        };
        // The coach plans on the day itself: a step held back after a pain check comes on
        // the first session at least 14 days after the answer.
        let mut lift = self.lifts[index].clone();
        if lift.held_step && lift.calm_until.is_none_or(|until| date >= until) {
            lift.held_step = false;
            lift.target = (lift.target + step).min(exercise.target_max);
        }
        let strong_enough = lift
            .weight_kg
            .is_none_or(|kg| next_weight_up(kg, &[]) <= self.capacity_kg(exercise, date));
        // Getting stronger: most sessions every set reaches the target. Held back by the
        // weight: mostly the last set falls one short.
        let reach_all = lift.target == exercise.target_min
            || if strong_enough {
                self.random.below(4) != 0
            } else {
                self.random.below(8) == 0
            };
        let too_hard = !lift.last_too_hard
            && !pain
            && if lift.fresh_weight {
                self.random.below(4) == 0
            } else {
                self.random.below(80) == 0
            };
        let effort = if pain {
            Effort::Pain
        } else if too_hard {
            Effort::TooHard
        } else if self.random.below(10) == 0 {
            Effort::TooEasy
        } else {
            Effort::JustRight
        };
        let count = default_sets(program);
        let sets = (0..count)
            .map(|set| {
                let short = !reach_all && set + 1 == count;
                let step = if exercise.measure == Measure::Hold {
                    PLANK_STEP_SECONDS
                        .min(lift.target - exercise.target_min)
                        .max(1)
                } else {
                    1
                };
                set_record(
                    exercise.measure,
                    lift.target - u32::from(short) * step.min(lift.target),
                )
            })
            .collect();
        let record = ExerciseRecord {
            id: lift.id.clone(),
            weight_kg: lift.weight_kg,
            target: lift.target,
            sets,
            effort: Some(effort),
            skipped: false,
            extra: Default::default(),
        };

        let mut next = lift;
        next.fresh_weight = false;
        next.last_too_hard = too_hard;
        let good = matches!(effort, Effort::TooEasy | Effort::JustRight) && reach_all;
        let calm = next.calm_until.is_none_or(|until| date >= until);
        next.held_step = good && !calm && next.target < exercise.target_max;
        if good && !calm {
            // Back after pain: the coach keeps it as it is for now.
        } else if good && next.target < exercise.target_max {
            next.target = (next.target + step).min(exercise.target_max);
        } else if good
            && let Some(kg) = next.weight_kg
            && next
                .last_increase
                .is_none_or(|last| (date - last).num_days() >= MIN_DAYS_BETWEEN_INCREASES)
        {
            // The coach asks on home after this session: heavier, or not now.
            let heavier = next_weight_up(kg, &[]);
            let take = heavier <= self.capacity_kg(exercise, date);
            self.history.weight_changes.push(WeightChange {
                date,
                exercise: next.id.clone(),
                from_kg: Some(kg),
                to_kg: if take { heavier } else { kg },
            });
            if take {
                next.weight_kg = Some(heavier);
                next.target = exercise.target_min;
                next.last_increase = Some(date);
                next.fresh_weight = true;
            }
        }
        self.lifts[index] = next;
        record
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
            extra: Default::default(),
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
    use crate::coach::plan::{Settings, day_plan, planned_program};
    use crate::coach::progression::PromptKind;
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
        for years in [1, 5, 10, 30] {
            let history = demo_history(&Catalog::builtin(), end(), years);
            assert_eq!(efforts(&history, Effort::Pain), 1, "{years} years");
            let answers = efforts(&history, Effort::JustRight);
            let too_hard = efforts(&history, Effort::TooHard);
            assert!(
                too_hard >= 3 && too_hard * 30 < answers,
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
            // Every weight trained with was chosen first.
            for exercise in history.sessions.iter().flat_map(|s| &s.exercises) {
                if let Some(kg) = exercise.weight_kg {
                    assert!(
                        history
                            .weight_changes
                            .iter()
                            .any(|c| c.exercise == exercise.id && c.to_kg == kg)
                    );
                }
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
                    .filter(|c| {
                        c.date < session.date || c.date == session.date && c.from_kg.is_none()
                    })
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
