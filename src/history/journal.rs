//! The session in progress as written to `session-in-progress.json` after every finished
//! set (not a part of `history.json`): the exercises planned, those finished, and where it
//! stood. The live session (`coach::session::journal`) writes and resumes it; the store
//! reads it at start (`store::at_start`) and saves it into the history as it stands.
//!
//! The journal holds what was finished (sets, exercises, answers), never a running timer or
//! an unfinished count: a resumed session starts again at the exercise's card (with the
//! next set), at the effort question, or at the summary. So a crash loses at most the set
//! being done.

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use super::{ExerciseRecord, SessionRecord, SetRecord};
use crate::catalog::Program;

/// The version of the journal format this build writes.
pub const JOURNAL_VERSION: u32 = 1;

/// An unfinished session, as written to `session-in-progress.json`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Journal {
    pub version: u32,
    pub started_at: DateTime<FixedOffset>,
    /// When the journal was last written: the end time if it is saved as it is.
    pub updated_at: DateTime<FixedOffset>,
    pub program: Program,
    pub rest_seconds: u32,
    pub exercises: Vec<JournalExercise>,
    /// Exercises finished or skipped.
    pub records: Vec<ExerciseRecord>,
    /// Index of the exercise in progress.
    pub current: usize,
    /// Sets finished of the exercise in progress.
    pub sets_done: Vec<SetRecord>,
    /// Where it stood: between sets, at the effort question, or at the summary.
    pub stage: Stage,
    pub ended_early: bool,
}

/// One planned exercise, as much as is needed to rebuild it with the catalog.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JournalExercise {
    pub id: String,
    pub sets: u32,
    pub target: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight_kg: Option<f64>,
    /// The bone caution was shown for it.
    #[serde(default)]
    pub caution: bool,
}

/// Where a resumed session picks up.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    /// At the card of the exercise in progress, for its next set.
    Sets,
    /// All sets done: the effort question.
    Effort,
    /// Every exercise done: the summary.
    Summary,
}

impl Journal {
    /// How many sets are finished, in all exercises.
    #[must_use]
    pub fn sets_done(&self) -> usize {
        self.records.iter().map(|r| r.sets.len()).sum::<usize>() + self.sets_done.len()
    }

    /// The session as it would be saved now: what was finished, ended when last written.
    #[must_use]
    pub fn to_record(&self) -> SessionRecord {
        let mut exercises = self.records.clone();
        if !self.sets_done.is_empty()
            && let Some(planned) = self.exercises.get(self.current)
        {
            exercises.push(ExerciseRecord {
                id: planned.id.clone(),
                weight_kg: planned.weight_kg,
                target: planned.target,
                sets: self.sets_done.clone(),
                effort: None,
                skipped: false,
                pain_site: None,
                ..Default::default()
            });
        }
        SessionRecord {
            date: self.started_at.date_naive(),
            started_at: self.started_at,
            ended_at: self.updated_at.max(self.started_at),
            program: self.program,
            ended_early: self.ended_early || self.stage != Stage::Summary,
            logged: false,
            planned_sets: Some(self.exercises.iter().map(|e| e.sets).sum()),
            exercises,
            ..Default::default()
        }
    }
}

/// Why the journal could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SetAsideReason {
    /// It does not parse: the parser's words, naming the line and column.
    Damaged(String),
    /// Written by a newer botsterk (its format version).
    Newer(u32),
}

/// The unreadable journal, moved aside at start by the store (`store::at_start`): shown on home so that the user knows
/// their unfinished session is kept, where, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JournalSetAside {
    /// Where it is now.
    pub path: String,
    pub reason: SetAsideReason,
}
