//! The numbers and days a history may hold, checked where the file is read.
//!
//! No person does a set of a million reps or lifts 1e308 kg, and no session was done in
//! the year 1. A number like that (a slip while editing the file by hand, a damaged byte)
//! would make the weekly sums meaningless, wrap them, or stop a screen. A history that
//! holds one is refused like a damaged one, unchanged, with the value and where it is, so
//! the user can correct it or bring back a backup.
//!
//! The bounds are those every way in uses (`crate::units`: reps, seconds, stomps, sets,
//! weights; `crate::typed_day::FIRST_YEAR`): the live session stops counting at them and
//! `botsterk log` refuses anything over them, so a file botsterk writes is within them.
//! Two things are read although no way in writes them now: a count of 0 (an older
//! `botsterk log` wrote `plank:0s`; it counts as nothing) and a day after today (a clock
//! that was wrong; such records decide nothing, see `coach::dated`).

use chrono::NaiveDate;

use crate::history::{History, MAX_MINUTES_ON_FLOOR, SetRecord, TestRecord};
use crate::units::{MAX_REPS, MAX_SECONDS, MAX_SETS, MAX_STOMPS, MAX_WEIGHT_KG, MIN_WEIGHT_KG};

/// The largest target a set may have: the most of any measure (a hold's seconds).
pub const MAX_TARGET: u32 = MAX_SECONDS;
/// Sets a session's plan held: every exercise at its most sets.
pub const MAX_PLANNED_SETS: u32 = MAX_SETS * 10;

/// Which value of the file is out of its bounds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Reps,
    Seconds,
    Left,
    Right,
    Target,
    PlannedSets,
    /// The number of sets of one exercise.
    Sets,
    WeightKg,
    FromKg,
    ToKg,
    Date,
    Since,
    TargetSeconds,
    HoldSeconds,
    /// A test's result.
    Value,
    MinutesOnFloor,
    AllRight,
}

impl Field {
    /// The field's name in `history.json`: the same in every language.
    #[must_use]
    pub fn json_name(self) -> &'static str {
        match self {
            Self::Reps => "reps",
            Self::Seconds => "seconds",
            Self::Left => "left",
            Self::Right => "right",
            Self::Target => "target",
            Self::PlannedSets => "planned_sets",
            Self::Sets => "sets",
            Self::WeightKg => "weight_kg",
            Self::FromKg => "from_kg",
            Self::ToKg => "to_kg",
            Self::Date => "date",
            Self::Since => "since",
            Self::TargetSeconds => "target_seconds",
            Self::HoldSeconds => "hold_seconds",
            Self::Value => "value",
            Self::MinutesOnFloor => "minutes_on_floor",
            Self::AllRight => "all_right",
        }
    }
}

/// What a value must be.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Bound {
    /// A count: at most this.
    AtMost(u32),
    /// A weight in kg: from, to.
    Kg(f64, f64),
    /// A day: on or after this one.
    From(NaiveDate),
    /// A number (a test's result): from, to.
    Between(f64, f64),
}

/// Where a value is in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    /// A session (its date), an exercise in it (its id), a set of that (from 1).
    Session {
        date: NaiveDate,
        exercise: Option<String>,
        set: Option<usize>,
    },
    /// A weight decision: its date and exercise.
    WeightChange { date: NaiveDate, exercise: String },
    /// A pain-check answer: its date and exercise.
    PainCheck { date: NaiveDate, exercise: String },
    /// A practice (its date), a hold or move in it (from 1).
    Practice {
        date: NaiveDate,
        item: Option<usize>,
    },
    /// A test result: its date and kind.
    Test { date: NaiveDate, kind: String },
    /// An entry of the falls diary: its date.
    Fall { date: NaiveDate },
}

/// A value out of its bounds, and where it is in the file.
#[derive(Debug, Clone, PartialEq)]
pub struct TooLarge {
    pub field: Field,
    /// As the file has it (a weight in the shortest form: `1e308`).
    pub value: String,
    pub bound: Bound,
    pub place: Place,
}

/// In English, for the error's own text (the messages use the translated words).
impl std::fmt::Display for TooLarge {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} = {} in ", self.field.json_name(), self.value)?;
        match &self.place {
            Place::Session {
                date,
                exercise,
                set,
            } => {
                write!(f, "the session of {date}")?;
                if let Some(exercise) = exercise {
                    write!(f, ", {exercise}")?;
                }
                if let Some(set) = set {
                    write!(f, ", set {set}")?;
                }
            }
            Place::WeightChange { date, exercise } => {
                write!(f, "the weight decision of {date}, {exercise}")?;
            }
            Place::PainCheck { date, exercise } => {
                write!(f, "the pain-check answer of {date}, {exercise}")?;
            }
            Place::Practice { date, item } => {
                write!(f, "the practice of {date}")?;
                if let Some(item) = item {
                    write!(f, ", item {item}")?;
                }
            }
            Place::Test { date, kind } => write!(f, "the test of {date}, {kind}")?,
            Place::Fall { date } => write!(f, "the fall of {date}")?,
        }
        match self.bound {
            Bound::AtMost(max) => write!(f, " is more than botsterk accepts (at most {max})"),
            Bound::Kg(min, max) => {
                write!(f, " is not a weight botsterk accepts ({min} to {max} kg)")
            }
            Bound::From(day) => write!(f, " is before the first day botsterk accepts ({day})"),
            Bound::Between(min, max) => {
                write!(f, " is not a result botsterk accepts ({min} to {max})")
            }
        }
    }
}

/// The first day any record may have.
#[must_use]
pub fn first_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(crate::typed_day::FIRST_YEAR, 1, 1).unwrap_or(NaiveDate::MIN)
}

/// A count over `max`.
fn count(field: Field, value: Option<u32>, max: u32) -> Option<(Field, String, Bound)> {
    value
        .filter(|v| *v > max)
        .map(|v| (field, v.to_string(), Bound::AtMost(max)))
}

/// A weight that is not a finite number from [`MIN_WEIGHT_KG`] to [`MAX_WEIGHT_KG`].
fn weight(field: Field, kg: Option<f64>) -> Option<(Field, String, Bound)> {
    kg.filter(|kg| !(MIN_WEIGHT_KG..=MAX_WEIGHT_KG).contains(kg))
        .map(|kg| {
            (
                field,
                format!("{kg:?}"),
                Bound::Kg(MIN_WEIGHT_KG, MAX_WEIGHT_KG),
            )
        })
}

/// A day before [`first_day`].
fn day(field: Field, date: NaiveDate) -> Option<(Field, String, Bound)> {
    let first = first_day();
    (date < first).then(|| (field, date.to_string(), Bound::From(first)))
}

/// The first value of `history` out of its bounds, in the order of the file.
pub(crate) fn first_too_large(history: &History) -> Option<TooLarge> {
    let found = |(field, value, bound), place| TooLarge {
        field,
        value,
        bound,
        place,
    };
    for session in &history.sessions {
        let place = |exercise: Option<&str>, set| Place::Session {
            date: session.date,
            exercise: exercise.map(str::to_owned),
            set,
        };
        if let Some(bad) = day(Field::Date, session.date)
            .or_else(|| count(Field::PlannedSets, session.planned_sets, MAX_PLANNED_SETS))
        {
            return Some(found(bad, place(None, None)));
        }
        for exercise in &session.exercises {
            let id = Some(exercise.id.as_str());
            let sets = u32::try_from(exercise.sets.len()).unwrap_or(u32::MAX);
            if let Some(bad) = count(Field::Target, Some(exercise.target), MAX_TARGET)
                .or_else(|| count(Field::Sets, Some(sets), MAX_SETS))
                .or_else(|| weight(Field::WeightKg, exercise.weight_kg))
            {
                return Some(found(bad, place(id, None)));
            }
            for (i, set) in exercise.sets.iter().enumerate() {
                if let Some(bad) = out_of_bounds(set) {
                    return Some(found(bad, place(id, Some(i + 1))));
                }
            }
        }
    }
    for change in &history.weight_changes {
        if let Some(bad) = day(Field::Date, change.date)
            .or_else(|| weight(Field::FromKg, change.from_kg))
            .or_else(|| weight(Field::ToKg, Some(change.to_kg)))
        {
            let place = Place::WeightChange {
                date: change.date,
                exercise: change.exercise.clone(),
            };
            return Some(found(bad, place));
        }
    }
    for answer in &history.pain_checks {
        if let Some(bad) = day(Field::Date, answer.date).or_else(|| day(Field::Since, answer.since))
        {
            let place = Place::PainCheck {
                date: answer.date,
                exercise: answer.exercise.clone(),
            };
            return Some(found(bad, place));
        }
    }
    for practice in &history.practice {
        let place = |item| Place::Practice {
            date: practice.date,
            item,
        };
        if let Some(bad) = day(Field::Date, practice.date) {
            return Some(found(bad, place(None)));
        }
        let holds = practice.balance.iter().map(|h| {
            count(Field::TargetSeconds, Some(h.target_seconds), MAX_SECONDS)
                .or_else(|| count(Field::Seconds, Some(h.seconds), MAX_SECONDS))
        });
        let moves = practice.posture.iter().map(|m| {
            count(Field::Reps, Some(m.reps), MAX_REPS)
                .or_else(|| count(Field::HoldSeconds, m.hold_seconds, MAX_SECONDS))
        });
        for (i, bad) in holds.chain(moves).enumerate() {
            if let Some(bad) = bad {
                return Some(found(bad, place(Some(i + 1))));
            }
        }
    }
    first_in_checks(history)
}

/// The first value of the test results and the falls diary out of its bounds.
fn first_in_checks(history: &History) -> Option<TooLarge> {
    let found = |(field, value, bound), place| TooLarge {
        field,
        value,
        bound,
        place,
    };
    for test in &history.tests {
        if let Some(bad) = day(Field::Date, test.date).or_else(|| result(test)) {
            let place = Place::Test {
                date: test.date,
                kind: test.kind.clone(),
            };
            return Some(found(bad, place));
        }
    }
    history.falls.iter().find_map(|fall| {
        day(Field::Date, fall.date)
            .or_else(|| {
                count(
                    Field::MinutesOnFloor,
                    fall.minutes_on_floor,
                    MAX_MINUTES_ON_FLOOR,
                )
            })
            .or_else(|| fall.all_right.and_then(|d| day(Field::AllRight, d)))
            .map(|bad| found(bad, Place::Fall { date: fall.date }))
    })
}

/// A set's count over its bound: reps (both feet together for stomps), seconds, each foot.
fn out_of_bounds(set: &SetRecord) -> Option<(Field, String, Bound)> {
    let stomps = set.left.is_some() || set.right.is_some();
    let max_reps = if stomps { 2 * MAX_STOMPS } else { MAX_REPS };
    count(Field::Reps, set.reps, max_reps)
        .or_else(|| count(Field::Seconds, set.seconds, MAX_SECONDS))
        .or_else(|| count(Field::Left, set.left, MAX_STOMPS))
        .or_else(|| count(Field::Right, set.right, MAX_STOMPS))
}

/// A test's result that no person has: not a number, or out of what that test can give
/// (`TestRecord::result_bounds`).
fn result(test: &TestRecord) -> Option<(Field, String, Bound)> {
    let (min, max) = test.result_bounds();
    (!(min..=max).contains(&test.value)).then(|| {
        (
            Field::Value,
            format!("{:?}", test.value),
            Bound::Between(min, max),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Program;
    use crate::history::WeightChange;
    use crate::history::build::{d, exercise, reps, session};

    fn history_with_sets(sets: &[u32]) -> History {
        History {
            sessions: vec![session(
                d(2026, 11, 28),
                Program::Beginner,
                vec![exercise("chair-squat", None, reps(sets))],
            )],
            ..History::default()
        }
    }

    #[test]
    fn a_history_botsterk_writes_is_within_the_bounds() {
        assert_eq!(first_too_large(&history_with_sets(&[10, 12, 15])), None);
    }

    #[test]
    fn the_first_number_over_its_maximum_is_named_with_its_place() {
        let mut history = history_with_sets(&[10, 12, 15]);
        let sets = &mut history.sessions[0].exercises[0].sets;
        sets[1].reps = Some(MAX_REPS + 1);
        sets[2].seconds = Some(u32::MAX);
        let found = first_too_large(&history).unwrap();
        assert_eq!(
            found,
            TooLarge {
                field: Field::Reps,
                value: "101".into(),
                bound: Bound::AtMost(MAX_REPS),
                place: Place::Session {
                    date: d(2026, 11, 28),
                    exercise: Some("chair-squat".into()),
                    set: Some(2),
                },
            }
        );
        assert_eq!(
            found.to_string(),
            "reps = 101 in the session of 2026-11-28, chair-squat, set 2 is more than botsterk accepts (at most 100)"
        );
    }

    #[test]
    fn the_maximum_itself_is_allowed() {
        let mut history = history_with_sets(&[MAX_REPS]);
        history.sessions[0].exercises[0].sets[0].seconds = Some(MAX_SECONDS);
        history.sessions[0].planned_sets = Some(MAX_PLANNED_SETS);
        assert_eq!(first_too_large(&history), None);
        history.sessions[0].planned_sets = Some(MAX_PLANNED_SETS + 1);
        let found = first_too_large(&history).unwrap();
        assert_eq!(found.field, Field::PlannedSets);
        // Eleven sets of one exercise are more than anyone is asked to do.
        let eleven = history_with_sets(&[10; MAX_SETS as usize + 1]);
        assert_eq!(first_too_large(&eleven).unwrap().field, Field::Sets);
    }

    #[test]
    fn stomps_are_bounded_per_foot_and_both_feet_together() {
        let mut history = history_with_sets(&[10]);
        let set = &mut history.sessions[0].exercises[0].sets[0];
        set.left = Some(MAX_STOMPS);
        set.right = Some(MAX_STOMPS);
        set.reps = Some(2 * MAX_STOMPS);
        assert_eq!(first_too_large(&history), None);
        history.sessions[0].exercises[0].sets[0].right = Some(MAX_STOMPS + 1);
        assert_eq!(first_too_large(&history).unwrap().field, Field::Right);
    }

    #[test]
    fn a_weight_no_one_lifts_and_a_day_before_1950_are_refused_naming_the_decision() {
        for (to_kg, date, field, value) in [
            (1e308, d(2026, 11, 1), Field::ToKg, "1e308"),
            (-1e308, d(2026, 11, 1), Field::ToKg, "-1e308"),
            (1e-320, d(2026, 11, 1), Field::ToKg, "1e-320"),
            (0.0, d(2026, 11, 1), Field::ToKg, "0.0"),
            (8.0, d(1, 1, 1), Field::Date, "0001-01-01"),
        ] {
            let mut history = history_with_sets(&[10]);
            history.weight_changes.push(WeightChange::new(
                date,
                "goblet-squat".into(),
                None,
                to_kg,
            ));
            let found = first_too_large(&history).unwrap();
            assert_eq!((found.field, found.value.as_str()), (field, value));
            assert_eq!(
                found.place,
                Place::WeightChange {
                    date,
                    exercise: "goblet-squat".into()
                }
            );
        }
        let mut history = history_with_sets(&[10]);
        history.sessions[0].exercises[0].weight_kg = Some(MAX_WEIGHT_KG);
        assert_eq!(first_too_large(&history), None);
        history.sessions[0].exercises[0].weight_kg = Some(f64::MAX);
        assert_eq!(first_too_large(&history).unwrap().field, Field::WeightKg);
        history.sessions[0].exercises[0].weight_kg = None;
        history.sessions[0].date = d(1949, 12, 31);
        assert_eq!(first_too_large(&history).unwrap().field, Field::Date);
    }

    /// Issue 30: a test result or a fall no person has is refused like any other number,
    /// named with its place; a result of a kind a later botsterk writes is kept.
    #[test]
    fn a_test_result_or_a_fall_no_one_has_is_refused_naming_it() {
        let test = |kind: &str, value: f64| crate::history::TestRecord {
            date: d(2026, 12, 1),
            kind: kind.into(),
            value,
            unit: String::new(),
            used_arms: None,
            stage: None,
            stopped_for_pain: false,
            logged: true,
            note: None,
            ..Default::default()
        };
        for (kind, bad, good) in [
            ("chair-stand", 61.0, 60.0),
            ("balance-test", 5.0, 4.0),
            ("tug", 1e308, 9.4),
            ("grip", -1.0, 22.5),
            ("sit-and-reach", 1e7, -3.0),
        ] {
            let mut history = history_with_sets(&[10]);
            history.tests.push(test(kind, good));
            assert_eq!(first_too_large(&history), None, "{kind} {good}");
            history.tests.push(test(kind, bad));
            let found = first_too_large(&history).unwrap();
            assert_eq!(found.field, Field::Value, "{kind}");
            assert_eq!(
                found.place,
                Place::Test {
                    date: d(2026, 12, 1),
                    kind: kind.into()
                }
            );
            assert!(
                found.to_string().contains("the test of 2026-12-01"),
                "{found}"
            );
        }
        let mut history = history_with_sets(&[10]);
        history.falls.push(crate::history::FallRecord {
            date: d(2026, 12, 2),
            kind: crate::history::FallKind::Fall,
            part_of_day: None,
            place: None,
            what: None,
            injury: None,
            got_up_alone: Some(true),
            minutes_on_floor: Some(MAX_MINUTES_ON_FLOOR),
            note: None,
            all_right: None,
            ..Default::default()
        });
        assert_eq!(first_too_large(&history), None);
        history.falls[0].minutes_on_floor = Some(MAX_MINUTES_ON_FLOOR + 1);
        let found = first_too_large(&history).unwrap();
        assert_eq!(
            (found.field, found.place),
            (
                Field::MinutesOnFloor,
                Place::Fall {
                    date: d(2026, 12, 2)
                }
            )
        );
        history.falls[0].minutes_on_floor = None;
        history.falls[0].all_right = Some(d(1, 1, 1));
        assert_eq!(first_too_large(&history).unwrap().field, Field::AllRight);
    }
}
