//! The history screens' state: which page, which week, exercise, session and row are
//! selected, and a correction being typed or confirmed. Pure, like the rest of `app`.
//!
//! Pages: Weeks → Exercises → Balance → Checks → Weeks (Tab), Weeks → Week → Session (Enter), back
//! with Esc.

use chrono::NaiveDate;

use crate::card::Measure;
use crate::catalog::Catalog;
use crate::coach::review::Review;
use crate::corrections::{Change, Correction};
use crate::history::{Effort, History, SessionRecord, SetRecord};
use crate::units::{MAX_REPS, MAX_STOMPS};

mod entry;
pub use entry::{Row, count_text, parse_count, session_rows};
use entry::{in_units, parse_effort};

/// Rows moved by Page Up and Page Down.
const PAGE: usize = 10;

/// The longest hold a corrected plank set may have, in seconds.
pub const MAX_HOLD_SECONDS: u32 = crate::units::MAX_SECONDS;

/// Which history page is up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    Weeks,
    Exercises,
    /// Each balance stance's support level and hold over time.
    Balance,
    /// The test day's results and the falls diary, newest first.
    Checks,
    Week,
    Session,
}

/// What is being corrected in the selected row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// Reps, seconds, or stomps per foot of the selected set.
    Count,
    Weight,
    Effort,
    Date,
}

/// A value being typed for a correction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub field: Field,
    pub text: String,
    /// The last Enter found the text unusable.
    pub invalid: bool,
}

/// What happened to the last correction, shown on the session or week page.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// Saved; the backup of the file as it was before, if one was made.
    Corrected {
        backup: Option<String>,
    },
    Deleted {
        backup: Option<String>,
    },
    /// The last change was undone; the backup of the history as it was before the undo.
    Undone {
        backup: Option<String>,
    },
    Failed(String),
}

/// The history screens' state.
#[derive(Debug, Clone, PartialEq)]
pub struct HistoryState {
    pub page: Page,
    /// Index into `Review::weeks`.
    pub week: usize,
    /// Index into `Review::trends`.
    pub exercise: usize,
    /// Index into `Review::stances`.
    pub stance: usize,
    /// Index into the Checks page's entries: the tests, then the falls (see
    /// [`checks_len`]).
    pub check: usize,
    /// Index into the selected week's sessions.
    pub session: usize,
    /// Index into [`session_rows`] of the open session.
    pub row: usize,
    pub entry: Option<Entry>,
    /// A correction waiting for y or n.
    pub confirm: Option<Correction>,
    pub outcome: Option<Outcome>,
    /// The backup made by the last change here: `u` brings it back.
    pub undo: Option<String>,
    /// That change, so the undo's question can say what it takes back.
    pub undo_change: Option<Box<Correction>>,
    /// `u` was pressed: waiting for y or n.
    pub confirm_undo: bool,
    /// The user said yes to the undo: the backup to bring back, for the app to take.
    undo_confirmed: Option<String>,
    /// The last report written with `r`: its path, or the file and why it could not be
    /// written.
    pub report: Option<Result<String, (String, String)>>,
    /// The last workbook written with `x`: its path, or the file and why it could not be
    /// written.
    pub workbook: Option<Result<String, (String, String)>>,
}

impl Default for HistoryState {
    fn default() -> Self {
        Self {
            page: Page::Weeks,
            week: 0,
            exercise: 0,
            stance: 0,
            check: 0,
            session: 0,
            row: 0,
            entry: None,
            confirm: None,
            outcome: None,
            undo: None,
            undo_change: None,
            confirm_undo: false,
            undo_confirmed: None,
            report: None,
            workbook: None,
        }
    }
}

/// A key on the history screens, already given its meaning.
#[cfg_attr(test, derive(strum::VariantNames))]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Up,
    Down,
    /// Page Up / Page Down: ten rows at a time.
    PageUp,
    PageDown,
    /// Home / End: the first or the last row.
    First,
    Last,
    Open,
    Back,
    SwitchTab,
    Edit(Field),
    Delete,
    Char(char),
    Backspace,
    Yes,
    No,
    /// `u`: undo the last change made on these screens.
    Undo,
    /// `r`: write the report for the physiotherapist or doctor (the app makes it).
    Report,
    /// `x`: write the history as a spreadsheet into the data folder (the app makes it).
    Workbook,
}

/// What the pages need besides their own state.
pub struct Data<'a> {
    pub catalog: &'a Catalog,
    pub history: &'a History,
    pub review: &'a Review,
    pub today: NaiveDate,
    /// Weights are typed in these.
    pub units: crate::units::Units,
}

/// The entries of the Checks page: one per test's chart over time, one per test result
/// and one per fall: what ↑↓ move through.
#[must_use]
pub fn checks_len(history: &History) -> usize {
    crate::coach::function_test::series::charted_kinds(&history.tests)
        + history.tests.len()
        + history.falls.len()
}

impl HistoryState {
    /// The session open on the Session page (or selected on the Week page).
    #[must_use]
    pub fn selected_session<'a>(&self, data: &Data<'a>) -> Option<&'a SessionRecord> {
        let index = *data
            .review
            .weeks
            .get(self.week)?
            .sessions
            .get(self.session)?;
        data.history.sessions.get(index)
    }

    /// Keeps every selection inside what exists, after the history changed.
    pub fn clamp(&mut self, data: &Data) {
        let last = |n: usize| n.saturating_sub(1);
        self.week = self.week.min(last(data.review.weeks.len()));
        self.exercise = self.exercise.min(last(data.review.trends.len()));
        self.stance = self.stance.min(last(data.review.stances.len()));
        self.check = self.check.min(last(checks_len(data.history)));
        let sessions = data
            .review
            .weeks
            .get(self.week)
            .map_or(0, |w| w.sessions.len());
        self.session = self.session.min(last(sessions));
        let rows = self
            .selected_session(data)
            .map_or(0, |s| session_rows(s).len());
        self.row = self.row.min(last(rows));
        if self.page == Page::Session && self.selected_session(data).is_none() {
            self.page = Page::Week;
        }
    }

    /// Handles one key. Returns `Some(correction)` when the user confirmed one, and `true`
    /// in the second place when the user left the history screens.
    pub fn handle(&mut self, key: Key, data: &Data) -> (Option<Correction>, bool) {
        if self.confirm_undo {
            match key {
                Key::Yes => {
                    self.confirm_undo = false;
                    self.undo_confirmed.clone_from(&self.undo);
                }
                Key::No | Key::Back => self.confirm_undo = false,
                _ => {}
            }
            return (None, false);
        }
        if key == Key::Undo && self.entry.is_none() && self.confirm.is_none() {
            if self.undo.is_some() {
                self.outcome = None;
                self.confirm_undo = true;
            }
            return (None, false);
        }
        if let Some(correction) = self.confirm.take() {
            return match key {
                Key::Yes => (Some(correction), false),
                Key::No | Key::Back => (None, false),
                _ => {
                    self.confirm = Some(correction);
                    (None, false)
                }
            };
        }
        if self.entry.is_some() {
            self.type_entry(key, data);
            return (None, false);
        }
        let left = self.navigate(key, data);
        (None, left)
    }

    fn navigate(&mut self, key: Key, data: &Data) -> bool {
        let step = |value: &mut usize, len: usize, key: Key| {
            let last = len.saturating_sub(1);
            match key {
                Key::Up => *value = value.saturating_sub(1),
                Key::Down => *value = (*value + 1).min(last),
                Key::PageUp => *value = value.saturating_sub(PAGE),
                Key::PageDown => *value = (*value + PAGE).min(last),
                Key::First => *value = 0,
                Key::Last => *value = last,
                _ => {}
            }
        };
        match (self.page, key) {
            (Page::Weeks | Page::Exercises | Page::Balance | Page::Checks, Key::Back) => {
                return true;
            }
            (Page::Weeks, Key::SwitchTab) => self.page = Page::Exercises,
            (Page::Exercises, Key::SwitchTab) => self.page = Page::Balance,
            (Page::Balance, Key::SwitchTab) => self.page = Page::Checks,
            (Page::Checks, Key::SwitchTab) => self.page = Page::Weeks,
            (
                Page::Checks,
                Key::Up | Key::Down | Key::PageUp | Key::PageDown | Key::First | Key::Last,
            ) => {
                step(&mut self.check, checks_len(data.history), key);
            }
            (
                Page::Balance,
                Key::Up | Key::Down | Key::PageUp | Key::PageDown | Key::First | Key::Last,
            ) => {
                step(&mut self.stance, data.review.stances.len(), key);
            }
            (
                Page::Weeks,
                Key::Up | Key::Down | Key::PageUp | Key::PageDown | Key::First | Key::Last,
            ) => {
                step(&mut self.week, data.review.weeks.len(), key);
                self.session = 0;
            }
            (Page::Weeks, Key::Open) if !data.review.weeks.is_empty() => {
                self.page = Page::Week;
                self.session = 0;
            }
            (
                Page::Exercises,
                Key::Up | Key::Down | Key::PageUp | Key::PageDown | Key::First | Key::Last,
            ) => {
                step(&mut self.exercise, data.review.trends.len(), key);
            }
            (Page::Week, Key::Back) => self.page = Page::Weeks,
            (
                Page::Week,
                Key::Up | Key::Down | Key::PageUp | Key::PageDown | Key::First | Key::Last,
            ) => {
                let len = data
                    .review
                    .weeks
                    .get(self.week)
                    .map_or(0, |w| w.sessions.len());
                step(&mut self.session, len, key);
            }
            (Page::Week, Key::Open) if self.selected_session(data).is_some() => {
                self.page = Page::Session;
                self.row = 0;
                self.outcome = None;
            }
            (Page::Session, Key::Back) => {
                self.page = Page::Week;
                self.outcome = None;
            }
            (
                Page::Session,
                Key::Up | Key::Down | Key::PageUp | Key::PageDown | Key::First | Key::Last,
            ) => {
                let len = self
                    .selected_session(data)
                    .map_or(0, |s| session_rows(s).len());
                step(&mut self.row, len, key);
            }
            (Page::Session, Key::Edit(field)) => self.start_entry(field, data),
            (Page::Session, Key::Delete) => {
                if let Some(session) = self.selected_session(data) {
                    self.outcome = None;
                    self.confirm = Some(Correction {
                        session: session.clone(),
                        change: Change::DeleteSession,
                    });
                }
            }
            _ => {}
        }
        false
    }

    /// Opens the field for the selected row, filled with the value as recorded.
    fn start_entry(&mut self, field: Field, data: &Data) {
        let Some(session) = self.selected_session(data) else {
            return;
        };
        let Some(row) = session_rows(session).get(self.row).copied() else {
            return;
        };
        let record = &session.exercises[row.exercise];
        let exercise = data.catalog.get(&record.id);
        let text = match field {
            Field::Count => {
                let (Some(set), Some(exercise)) = (row.set, exercise) else {
                    return;
                };
                count_text(exercise.measure, &record.sets[set])
            }
            Field::Weight => {
                if !exercise.is_some_and(|e| e.weighted) {
                    return;
                }
                record
                    .weight_kg
                    .map(|kg| in_units(kg, data.units))
                    .unwrap_or_default()
            }
            Field::Effort => String::new(),
            Field::Date => session.date.to_string(),
        };
        self.outcome = None;
        self.entry = Some(Entry {
            field,
            text,
            invalid: false,
        });
    }

    fn type_entry(&mut self, key: Key, data: &Data) {
        let Some(entry) = &mut self.entry else { return };
        match key {
            Key::Back | Key::No => self.entry = None,
            Key::Backspace => {
                entry.text.pop();
            }
            // The effort is one key, 1 to 4, confirmed at once.
            Key::Char(c @ '1'..='4') if entry.field == Field::Effort => {
                entry.text = c.to_string();
                self.finish_entry(data);
            }
            Key::Char(_) if entry.field == Field::Effort => {}
            Key::Char(c) if entry.text.chars().count() < 12 => entry.text.push(c),
            Key::Open => self.finish_entry(data),
            _ => {}
        }
    }

    /// Turns the typed text into a correction to confirm, or marks it invalid.
    fn finish_entry(&mut self, data: &Data) {
        let Some(session) = self.selected_session(data) else {
            return;
        };
        let Some(entry) = &mut self.entry else { return };
        let Some(row) = session_rows(session).get(self.row).copied() else {
            return;
        };
        let record = &session.exercises[row.exercise];
        let measure = data.catalog.get(&record.id).map(|e| e.measure);
        let change = match entry.field {
            Field::Count => row
                .set
                .zip(measure)
                .and_then(|(set, measure)| parse_count(measure, &entry.text).map(|to| (set, to)))
                .map(|(set, to)| Change::Set {
                    exercise: row.exercise,
                    set,
                    to,
                }),
            Field::Weight => crate::units::parse_weight(&entry.text, data.units)
                .ok()
                .map(|kg| Change::Weight {
                    exercise: row.exercise,
                    kg,
                }),
            Field::Effort => parse_effort(&entry.text).map(|effort| Change::Effort {
                exercise: row.exercise,
                effort: Some(effort),
            }),
            // The same bounds as `log --date`: a real day, not before 1950, not after today.
            Field::Date => crate::typed_day::parse_day(&entry.text, data.today)
                .ok()
                .map(Change::Date),
        };
        match change {
            Some(change) => {
                self.entry = None;
                self.confirm = Some(Correction {
                    session: session.clone(),
                    change,
                });
            }
            None => entry.invalid = true,
        }
    }

    /// The backup to bring back, once the user said yes to `u` (taken once).
    pub fn take_undo(&mut self) -> Option<String> {
        self.undo_confirmed.take()
    }

    /// After the undo was written: the message, and the selections kept valid. There is
    /// one step of undo: the backup of the undo itself is named, for `botsterk restore`.
    pub fn undone(&mut self, backup: Option<String>, data: &Data) {
        self.undo = None;
        self.undo_change = None;
        self.outcome = Some(Outcome::Undone { backup });
        if self.page == Page::Session {
            self.page = Page::Week;
        }
        self.clamp(data);
    }

    /// After a correction was saved: the message, and the selections kept valid.
    pub fn saved(&mut self, correction: &Correction, backup: Option<String>, data: &Data) {
        self.undo.clone_from(&backup);
        self.undo_change = Some(Box::new(correction.clone()));
        if correction.change == Change::DeleteSession {
            self.outcome = Some(Outcome::Deleted { backup });
            self.page = Page::Week;
        } else {
            self.outcome = Some(Outcome::Corrected { backup });
            // Follow the session: its week may have changed with its date.
            self.follow(correction, data);
        }
        self.clamp(data);
    }

    /// Selects the corrected session again wherever it now is.
    fn follow(&mut self, correction: &Correction, data: &Data) {
        let Some(Ok(corrected)) = correction.corrected_session() else {
            return;
        };
        let Some(index) = data.history.sessions.iter().position(|s| *s == corrected) else {
            return;
        };
        for (w, week) in data.review.weeks.iter().enumerate() {
            if let Some(position) = week.sessions.iter().position(|&i| i == index) {
                self.week = w;
                self.session = position;
                return;
            }
        }
    }
}

#[cfg(test)]
mod tests;
