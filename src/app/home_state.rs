//! Home's state (issue 25 item 1): the mode it is in, one at a time, and what it waits
//! for; its steps are `home.rs`. It imports nothing else of the app, so the model can
//! hold it without a loop between the files.

use chrono::NaiveDate;

use crate::coach::review::month::MonthReview;
use crate::history::PainAnswer;
use crate::history::journal::Journal;

/// Home's own state: the mode it is in, and why the last answer it sent was not saved.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Home {
    pub mode: HomeMode,
    /// Why the last answer to a weight question could not be saved.
    pub weight_error: Option<String>,
    /// Why the last answer to a pain check could not be saved.
    pub pain_error: Option<String>,
}

/// What home is waiting for: one mode at a time, stored, so no two questions can be open
/// at once. Its keys are the mode's table in `keymap/home.rs`.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum HomeMode {
    /// Plain home, with today's questions (pain check, weight) if any.
    #[default]
    Plain,
    /// A session left unfinished: resume, save or discard it (asked before anything else);
    /// last month's review, when there is one, comes after it.
    Unfinished {
        unfinished: Box<Unfinished>,
        review_after: Option<Box<MonthReview>>,
    },
    /// Last month in review, the first time botsterk opens in a new month.
    MonthReview(Box<MonthReview>),
    /// A pain-check answer (`ok` or `leave-out`) waiting for y/n.
    PainConfirm(PainAnswer),
    /// A weight being typed after `e` (and what is asked about it).
    Weight(WeightEntry),
    /// `Tab` to the advanced program with weaker bones waiting for y/n.
    AdvanceConfirm,
}

/// A weight being typed on home.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WeightEntry {
    pub text: String,
    /// The typed weight was not one (0.5-300 kg): said under the field.
    pub invalid: bool,
    /// A question about it waiting for y/n.
    pub asked: Option<WeightAsk>,
}

/// A question asked while a weight is typed.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum WeightAsk {
    /// A typed weight far from the current one.
    Jump(f64),
    /// `q`: quit, the typed weight unsaved?
    Quit,
}

impl Home {
    /// The unfinished session waiting for a decision, if any.
    #[must_use]
    pub fn unfinished(&self) -> Option<&Unfinished> {
        match &self.mode {
            HomeMode::Unfinished { unfinished, .. } => Some(unfinished),
            _ => None,
        }
    }

    /// The weight being typed, if any.
    #[must_use]
    pub fn weight_entry(&self) -> Option<&WeightEntry> {
        match &self.mode {
            HomeMode::Weight(entry) => Some(entry),
            _ => None,
        }
    }

    /// The pain-check answer waiting for y/n, if any.
    #[must_use]
    pub fn pain_confirm(&self) -> Option<PainAnswer> {
        match &self.mode {
            HomeMode::PainConfirm(answer) => Some(*answer),
            _ => None,
        }
    }

    /// Home as it is after the unfinished session was decided: last month's review when
    /// it waited behind it, else plain.
    pub(super) fn unfinished_decided(&mut self) {
        if let HomeMode::Unfinished { review_after, .. } = &mut self.mode {
            self.mode = review_after
                .take()
                .map_or(HomeMode::Plain, HomeMode::MonthReview);
        }
    }
}

/// What was left unfinished: a strength session (its journal) or a balance and posture
/// practice (the record as written after every hold or move, issue 26).
#[derive(Debug, Clone, PartialEq)]
pub enum Left {
    Session(Box<Journal>),
    Practice(Box<crate::history::PracticeRecord>),
}

/// The unfinished session or practice found at start, and where the user is in deciding
/// about it.
#[derive(Debug, Clone, PartialEq)]
pub struct Unfinished {
    pub left: Left,
    /// `d` was pressed: waiting for y or n.
    pub confirm_discard: bool,
    /// Why saving it failed, if it did.
    pub error: Option<String>,
}

impl Unfinished {
    /// Begun on an earlier calendar day than `today`: it can be saved as it was (dated
    /// that day) or thrown away, never resumed (a session resumed today would be dated
    /// yesterday: two days of training in a row).
    #[must_use]
    pub fn from_earlier_day(&self, today: NaiveDate) -> bool {
        self.started_at().date_naive() < today
    }

    /// A session left unfinished, not yet decided about.
    #[must_use]
    pub fn session(journal: Journal) -> Self {
        Self {
            left: Left::Session(Box::new(journal)),
            confirm_discard: false,
            error: None,
        }
    }

    /// A practice left unfinished today, not yet decided about.
    #[must_use]
    pub fn practice(practice: crate::history::PracticeRecord) -> Self {
        Self {
            left: Left::Practice(Box::new(practice)),
            confirm_discard: false,
            error: None,
        }
    }

    /// When what was left began.
    #[must_use]
    pub fn started_at(&self) -> chrono::DateTime<chrono::FixedOffset> {
        match &self.left {
            Left::Session(journal) => journal.started_at,
            Left::Practice(practice) => practice.started_at,
        }
    }
}
