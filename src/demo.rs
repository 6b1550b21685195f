//! A made-up but plausible training history: for trying the app without years of training,
//! and for measuring it at the size a faithful user reaches (benchmarks).
//!
//! Deterministic: the same `end` and `years` give the same history, so benchmarks and
//! tests compare like with like. Two or three sessions a week (now and then a week with one
//! or none), beginner for the first twelve weeks and advanced after, reps climbing through
//! each range and the weight going up a step every six weeks.

use chrono::{DateTime, Datelike, Days, FixedOffset, NaiveDate, TimeZone, Weekday};

use crate::catalog::{Catalog, Measure, Program};
use crate::coach::plan::default_sets;
use crate::history::{Effort, ExerciseRecord, History, SessionRecord, SetRecord};

/// Weeks of the beginner program before the demo user moves on.
const BEGINNER_WEEKS: u64 = 12;

/// A history of `years` years of training ending on or before `end`.
#[must_use]
pub fn demo_history(catalog: &Catalog, end: NaiveDate, years: u32) -> History {
    let days = u64::from(years) * 365;
    let start = end.checked_sub_days(Days::new(days)).unwrap_or(end);
    let mut random = Lcg(u64::from(years) * 7919 + 17);
    let mut sessions = Vec::new();
    let mut date = start;
    while date <= end {
        let week = (date - start).num_days().unsigned_abs() / 7;
        let planned = matches!(date.weekday(), Weekday::Mon | Weekday::Wed | Weekday::Fri);
        // About one planned session in eight is missed.
        if planned && random.below(8) != 0 {
            sessions.push(session(catalog, date, week, &mut random));
        }
        date = date.succ_opt().unwrap_or(NaiveDate::MAX);
        if date == NaiveDate::MAX {
            break;
        }
    }
    History {
        sessions,
        ..History::default()
    }
}

fn session(catalog: &Catalog, date: NaiveDate, week: u64, random: &mut Lcg) -> SessionRecord {
    let program = if week < BEGINNER_WEEKS {
        Program::Beginner
    } else {
        Program::Advanced
    };
    let weeks_in = if program == Program::Beginner {
        week
    } else {
        week - BEGINNER_WEEKS
    };
    let exercises = catalog
        .program(program)
        .map(|exercise| {
            let span = u64::from(exercise.target_max - exercise.target_min) + 1;
            // Up one every two weeks through the range, then back to the bottom with more
            // weight (or a longer hold for the plank).
            let step = u32::try_from((weeks_in / 2) % span).unwrap_or(0);
            let target = exercise.target_min + step;
            let sets = (0..default_sets(program))
                .map(|set| {
                    let done = target.saturating_sub(u32::from(set > 0 && random.below(3) == 0));
                    match exercise.measure {
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
                        },
                    }
                })
                .collect();
            let weight_kg = exercise
                .suggested_start_kg
                .filter(|_| exercise.weighted)
                .map(|kg| {
                    // Whole steps of 1 kg; the cast is of a small week count.
                    #[allow(clippy::cast_precision_loss)]
                    let steps = (weeks_in / 6) as f64;
                    (kg + steps).min(40.0)
                });
            let effort = match random.below(10) {
                0 => Effort::TooEasy,
                1 => Effort::TooHard,
                _ => Effort::JustRight,
            };
            ExerciseRecord {
                id: exercise.id.clone(),
                weight_kg,
                target,
                sets,
                effort: Some(effort),
                skipped: false,
            }
        })
        .collect();
    let started_at = at(date, 9, 30);
    SessionRecord {
        date,
        started_at,
        ended_at: at(date, 10, 5),
        program,
        ended_early: false,
        logged: false,
        exercises,
    }
}

fn at(date: NaiveDate, hour: u32, minute: u32) -> DateTime<FixedOffset> {
    let tz = FixedOffset::east_opt(3600).unwrap_or(FixedOffset::east_opt(0).expect("UTC"));
    let naive = date.and_hms_opt(hour, minute, 0).unwrap_or_default();
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

    #[test]
    fn ten_years_is_about_three_sessions_a_week_and_round_trips() {
        let end = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
        let history = demo_history(&Catalog::builtin(), end, 10);
        let weeks = 10 * 52;
        assert!((2 * weeks..3 * weeks).contains(&history.sessions.len()));
        assert!(history.sessions.iter().all(|s| s.date <= end));
        assert_eq!(history, demo_history(&Catalog::builtin(), end, 10));
        let json = serde_json::to_string(&history).unwrap();
        assert_eq!(serde_json::from_str::<History>(&json).unwrap(), history);
        let last = history.sessions.last().unwrap();
        assert_eq!(last.program, Program::Advanced);
        assert!(last.exercises[0].weight_kg.unwrap() > 8.0);
    }
}
