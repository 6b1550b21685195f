//! What a card shows, for an exercise of the catalog and an item of the routines alike: its
//! words in one language, how it is counted, the tempo's steps and the drawing's width.
//! A leaf of data: both `catalog` and `routines` read it, neither is read by it.

use serde::Deserialize;

/// One phase of a rep, or the foot of a stomp.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Beat {
    Up,
    Hold,
    Down,
    Left,
    Right,
}

/// One step of a tempo: a beat and how long it lasts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub struct Step {
    pub beat: Beat,
    pub seconds: u32,
}

/// How an exercise is counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Measure {
    /// Plain repetitions.
    Reps,
    /// Repetitions that each count only after a timed hold at the top (heel raises).
    TimedReps,
    /// One timed hold per set (the plank); the target is in seconds.
    Hold,
    /// Impacts counted per foot, alternating; the target is per foot.
    Stomps,
}

/// The widest an exercise's drawing may be, so a card has room for it beside its text.
pub const DRAWING_WIDTH: usize = 40;

/// The texts of one exercise (or routine item) in one language.
#[derive(Debug, Clone, Deserialize)]
pub struct ExerciseText {
    pub name: String,
    pub cue: String,
    pub steps: Vec<String>,
    pub loads: String,
    pub cautions: Vec<String>,
    /// Shown only to people with osteopenia or osteoporosis.
    pub bone_caution: Option<String>,
    /// Shown to people who do not know their bone status (impact, the deadlift).
    #[serde(default)]
    pub unknown_caution: Option<String>,
}
