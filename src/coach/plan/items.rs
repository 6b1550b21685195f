//! What a live session holds: its items (an exercise of the program, a warm-up move, a
//! balance stance or a posture move) with their sets and targets. The plan fills them, the
//! practice and the warm-up add theirs, `changes` compares them with the last session.

use serde::Serialize;

use crate::card::Measure;
use crate::catalog::Program;
use crate::coach::safety::Caution;

/// One exercise of today's session.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlannedExercise {
    pub id: String,
    #[serde(skip)]
    pub measure: Measure,
    pub sets: u32,
    /// Reps, seconds for a hold, or stomps per foot.
    pub target: u32,
    /// Seconds each rep is held at the top (heel raises).
    pub rep_hold_seconds: Option<u32>,
    pub weight_kg: Option<f64>,
    /// The caution for this user's bones, if any (the card and the plan show it).
    #[serde(skip)]
    pub caution: Option<Caution>,
    /// Back after a pain check (answered `ok`), within the 14 days in which it does not
    /// get harder: the card says so.
    #[serde(skip)]
    pub after_pain: bool,
    /// Why the target and weight are what they are (issue 24): `plan --json`'s `why`.
    #[serde(skip)]
    pub why: Vec<crate::coach::why::Why>,
    /// An exercise of the program, or an item of the warm-up or of the practice.
    #[serde(skip)]
    pub kind: ItemKind,
}

/// What an item of a live session is: the session runs them all with the same cards and
/// timers, but only exercises are asked "how did it feel?" and saved as a session.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum ItemKind {
    #[default]
    Exercise,
    /// A timed move of the warm-up: the moves follow each other, `s` skips them all, and
    /// nothing of them is recorded.
    WarmUp,
    /// A balance stance: each hold is answered steady, wobbly or "had to hold on", and the
    /// ladder moves between holds.
    Balance(crate::coach::practice::BalanceItem),
    /// A posture move.
    Posture,
}

impl ItemKind {
    /// Balance or posture: part of a practice, never of a strength session.
    #[must_use]
    pub fn is_practice(&self) -> bool {
        matches!(self, Self::Balance(_) | Self::Posture)
    }
}

/// Today's session.
#[derive(Debug, Clone, PartialEq)]
pub struct SessionPlan {
    pub program: Program,
    pub exercises: Vec<PlannedExercise>,
    pub rest_seconds: u32,
}
