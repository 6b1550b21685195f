//! The test day (`t` on home) and the fall form (`f` on home), issue 30: their states and
//! keys (their steps are `checks_step.rs`). The test itself is
//! `coach::function_test::live`.

use crate::coach::function_test::live::{TestInput, TestRun};
use crate::history::FallRecord;

/// The test day on screen.
#[derive(Debug, Clone, PartialEq)]
pub struct TestDayState {
    pub run: TestRun,
    /// `d` on the results: asked y/n first.
    pub confirm_discard: bool,
    pub save_error: Option<String>,
}

/// A key on the test day.
#[cfg_attr(test, derive(strum::VariantNames))]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TestDayKey {
    Input(TestInput),
    /// Enter on the results.
    Save,
    /// `d` on the results.
    Discard,
    /// y (true) or n (false) after `d`.
    ConfirmDiscard(bool),
}

/// Which question the fall form asks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FallQuestion {
    /// The monthly question before the first session of a month: "Fallen or nearly fallen
    /// since <date>?" (y/n).
    Since(chrono::NaiveDate),
    Kind,
    /// The day it happened, typed (Enter: today).
    Day,
    PartOfDay,
    Place,
    What,
    Injury,
    GotUp,
    /// About how long on the floor, typed (a fall only).
    Minutes,
    /// The user's own words, typed; the last question.
    Note,
}

impl FallQuestion {
    /// The answers offered, numbered from 1 (`GotUp` is y/n).
    #[must_use]
    pub fn choices(self) -> usize {
        match self {
            Self::Kind => 2,
            Self::PartOfDay | Self::Place => 4,
            Self::What => 6,
            Self::Injury => 5,
            Self::GotUp | Self::Since(_) | Self::Day | Self::Minutes | Self::Note => 0,
        }
    }
}

/// The fall form on screen: one question at a time, the record filled as answered.
#[derive(Debug, Clone, PartialEq)]
pub struct FallForm {
    pub question: FallQuestion,
    pub record: FallRecord,
    pub save_error: Option<String>,
    /// `n` to the monthly question: the session starts once the answer is kept.
    pub start_after: bool,
    /// What is typed for the minutes or the note.
    pub typed: String,
    /// The minutes typed are more than a day: said, and asked again.
    pub typed_invalid: bool,
    /// The day typed is not one botsterk takes: why, said, and asked again.
    pub day_error: Option<crate::typed_day::DayError>,
}

/// A key on the fall form.
#[cfg_attr(test, derive(strum::VariantNames))]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FallKey {
    /// A number key: the answer numbered so (from 1).
    Choose(u8),
    Yes,
    No,
    /// Enter: not said, on to the next question.
    NotSaid,
    /// Esc: nothing recorded.
    Cancel,
    /// A character typed for the minutes or the note.
    Char(char),
    /// Backspace in the minutes or the note.
    Backspace,
}
