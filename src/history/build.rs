//! Records built in a line: the one set of test builders, for the unit tests of everything
//! that reads a history and for the integration tests (`botsterk::history::build`). Each
//! builds on the record's `Default`, so a new field of a record is written in the record
//! alone.

use chrono::{FixedOffset, NaiveDate, TimeZone};

use crate::catalog::Program;
use crate::history::{Effort, ExerciseRecord, History, SessionRecord, SetRecord};

/// The day `y`-`m`-`day`.
pub fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// One set of `reps`.
pub fn rep_set(reps: u32) -> SetRecord {
    SetRecord {
        reps: Some(reps),
        ..SetRecord::default()
    }
}

/// One hold of `seconds`.
pub fn hold_set(seconds: u32) -> SetRecord {
    SetRecord {
        seconds: Some(seconds),
        ..SetRecord::default()
    }
}

/// Rep sets: `reps(&[12, 11])`.
pub fn reps(n: &[u32]) -> Vec<SetRecord> {
    n.iter().map(|&r| rep_set(r)).collect()
}

/// Holds, in seconds: `held(&[25])`.
pub fn held(n: &[u32]) -> Vec<SetRecord> {
    n.iter().map(|&s| hold_set(s)).collect()
}

/// One set of stomps, counted per foot.
pub fn stomps(left: u32, right: u32) -> SetRecord {
    SetRecord {
        reps: Some(left + right),
        left: Some(left),
        right: Some(right),
        ..SetRecord::default()
    }
}

/// An exercise felt "just right", target 10.
pub fn exercise(id: &str, weight_kg: Option<f64>, sets: Vec<SetRecord>) -> ExerciseRecord {
    ExerciseRecord {
        id: id.into(),
        weight_kg,
        target: 10,
        sets,
        effort: Some(Effort::JustRight),
        ..Default::default()
    }
}

/// A session started and ended at `hour`:00 (UTC+1) on `date`.
pub fn session_at(
    date: NaiveDate,
    hour: u32,
    program: Program,
    exercises: Vec<ExerciseRecord>,
) -> SessionRecord {
    let at = FixedOffset::east_opt(3600)
        .unwrap()
        .from_local_datetime(&date.and_hms_opt(hour, 0, 0).unwrap())
        .unwrap();
    SessionRecord {
        date,
        started_at: at,
        ended_at: at,
        program,
        exercises,
        ..Default::default()
    }
}

/// A session at 09:00.
pub fn session(date: NaiveDate, program: Program, exercises: Vec<ExerciseRecord>) -> SessionRecord {
    session_at(date, 9, program, exercises)
}

/// The whole beginner program done on `date`: 73 reps and a 25 s hold.
pub fn beginner(date: NaiveDate) -> SessionRecord {
    session(
        date,
        Program::Beginner,
        vec![
            exercise("wall-push-up", None, reps(&[10, 10])),
            exercise("chair-squat", None, reps(&[12, 11])),
            exercise("heel-raise", None, reps(&[15, 15])),
            exercise("modified-plank", None, held(&[25])),
        ],
    )
}

/// A history of these sessions, nothing else.
pub fn history(sessions: Vec<SessionRecord>) -> History {
    History {
        sessions,
        ..History::default()
    }
}
