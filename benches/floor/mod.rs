//! The typed-parse floor: plain structs mirroring `docs/history-format.md` (version 3),
//! deserialized with serde_json and nothing else: no unknown fields kept, no checks, no
//! version read first. No command that reads the history can cost less than reading the
//! file and this parse; the benches give each command's cost as a ratio to it.

#![allow(dead_code)] // read by serde only: the floor builds the values and drops them

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::Deserialize;

#[derive(Deserialize)]
pub struct History {
    pub version: u32,
    pub sessions: Vec<Session>,
    #[serde(default)]
    pub weight_changes: Vec<WeightChange>,
    #[serde(default)]
    pub pain_checks: Vec<PainCheck>,
    #[serde(default)]
    pub practice: Vec<Practice>,
}

#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Program {
    Beginner,
    Advanced,
}

#[derive(Deserialize)]
pub struct Session {
    pub date: NaiveDate,
    pub started_at: DateTime<FixedOffset>,
    pub ended_at: DateTime<FixedOffset>,
    pub program: Program,
    #[serde(default)]
    pub ended_early: bool,
    #[serde(default)]
    pub logged: bool,
    #[serde(default)]
    pub planned_sets: Option<u32>,
    pub exercises: Vec<Exercise>,
}

#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Effort {
    TooEasy,
    JustRight,
    TooHard,
    Pain,
}

#[derive(Deserialize)]
pub struct Exercise {
    pub id: String,
    #[serde(default)]
    pub weight_kg: Option<f64>,
    pub target: u32,
    pub sets: Vec<Set>,
    pub effort: Option<Effort>,
    pub skipped: bool,
}

#[derive(Deserialize)]
pub struct Set {
    #[serde(default)]
    pub reps: Option<u32>,
    #[serde(default)]
    pub seconds: Option<u32>,
    #[serde(default)]
    pub left: Option<u32>,
    #[serde(default)]
    pub right: Option<u32>,
    #[serde(default)]
    pub stopped_for_pain: bool,
}

#[derive(Deserialize)]
pub struct WeightChange {
    pub date: NaiveDate,
    pub exercise: String,
    pub from_kg: Option<f64>,
    pub to_kg: f64,
}

#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    Ok,
    NotYet,
    LeaveOut,
}

#[derive(Deserialize)]
pub struct PainCheck {
    pub date: NaiveDate,
    pub exercise: String,
    pub answer: Answer,
    pub since: NaiveDate,
}

#[derive(Deserialize)]
pub struct Practice {
    pub date: NaiveDate,
    pub started_at: DateTime<FixedOffset>,
    pub ended_at: DateTime<FixedOffset>,
    #[serde(default)]
    pub logged: bool,
    #[serde(default)]
    pub balance: Vec<Hold>,
    #[serde(default)]
    pub posture: Vec<Posture>,
}

#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Rating {
    Steady,
    Wobbly,
    HeldOn,
}

#[derive(Deserialize)]
pub struct Hold {
    pub stance: String,
    pub support: String,
    pub target_seconds: u32,
    pub seconds: u32,
    pub rating: Option<Rating>,
    #[serde(default)]
    pub stopped_for_pain: bool,
}

#[derive(Deserialize)]
pub struct Posture {
    pub id: String,
    pub reps: u32,
    #[serde(default)]
    pub hold_seconds: Option<u32>,
    #[serde(default)]
    pub stopped_for_pain: bool,
}

/// The floor: read the file and parse it into the plain structs.
///
/// # Panics
/// When the file is not there or not a history.
#[must_use]
pub fn parse(path: &std::path::Path) -> History {
    let bytes = std::fs::read(path).expect("the history is there");
    serde_json::from_slice(&bytes).expect("the history parses")
}
