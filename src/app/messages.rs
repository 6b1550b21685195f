//! The messages that change the model, grouped by the screen that sends them, and the
//! effects an update asks the shell to carry out.

use std::time::Instant;

use crate::coach::session::Input;
use crate::corrections::Correction;
use crate::history::journal::Journal;
use crate::history::{History, PainAnswer, PainCheckAnswer, SessionRecord, WeightChange};
use crate::lang::Lang;
use crate::profile::Profile;

use super::{history_state, settings_state, setup};

/// A key on home while an unfinished session waits for a decision.
#[cfg_attr(test, derive(strum::VariantNames))]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnfinishedKey {
    /// `r`: carry on with it (only on the day it was begun).
    Resume,
    /// `s` (or `y` when begun on an earlier day): save what was done.
    SaveAsItIs,
    /// `d` (or `n` when begun on an earlier day): throw it away, after asking.
    Discard,
    /// `y` after `d`: throw it away.
    ConfirmDiscard,
    /// `n` or Esc after `d`: keep it after all.
    KeepIt,
}

/// A key on home's weight question, or in the weight typed after `e`.
#[cfg_attr(test, derive(strum::VariantNames))]
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum WeightKey {
    /// `y` on a weight question: take the proposed weight.
    Accept,
    /// `n` on a weight question: keep the weight for now (recorded, asked again later).
    Decline,
    /// `e` on a weight question: type another weight.
    Edit,
    /// A key typed into the weight field (a digit or a decimal point).
    Char(char),
    /// Backspace in the weight field.
    Backspace,
    /// Enter in the weight field.
    Confirm,
    /// Esc in the weight field.
    Cancel,
    /// `y` (true) or `n` (false) about a typed weight far from the current one.
    ConfirmJump(bool),
}

/// A key on home, already given its meaning. Which of them home takes depends on its
/// [`super::HomeMode`]; `keymap/home.rs` sends only those of the mode it is in.
#[cfg_attr(test, derive(strum::VariantNames))]
#[derive(Debug, Clone, PartialEq)]
pub enum HomeMsg {
    /// Enter on home: begin today's session.
    StartSession,
    /// `b` on home: begin a balance and posture practice.
    StartPractice,
    /// Tab on home: switch between the beginner and advanced program.
    SwitchProgram,
    /// `h` on home: open the history screens.
    OpenHistory,
    /// `,` on home: open the settings.
    OpenSettings,
    /// `?` on home: open the help.
    OpenHelp,
    /// `t` on home: the test day (issue 30).
    OpenTestDay,
    /// `f` on home: record a fall or a near fall (issue 30).
    OpenFall,
    /// `q` on home: leave the app (asked first while a weight is typed).
    Quit,
    /// Enter or Esc on last month's review: home as every day.
    CloseMonthReview,
    /// The answer to "quit, the typed weight unsaved?": y quits, n goes on typing.
    ConfirmQuit(bool),
    /// The answer to "switch to the advanced program, with weaker bones?": y switches.
    ConfirmAdvance(bool),
    /// A key about the unfinished session on home.
    Unfinished(UnfinishedKey),
    /// A key on the weight question or in the weight field.
    Weight(WeightKey),
    /// `o`, `w` or `l` on home: answer the pain check shown (`ok`, `leave-out` ask y/n).
    AnswerPain(PainAnswer),
    /// `y` (true) or `n`/Esc (false) after `o` or `l`.
    ConfirmPain(bool),
}

/// A key on a set-up question.
#[cfg_attr(test, derive(strum::VariantNames))]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SetupMsg {
    /// Up, Down, Enter or Esc on the question.
    Answer(setup::Key),
    /// `q`: leave botsterk (nothing is saved until the last answer).
    Quit,
}

/// A key on the help screen.
#[cfg_attr(test, derive(strum::VariantNames))]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HelpMsg {
    /// Esc (or `?`, `q`): back home.
    Close,
    /// ↓ (true) or ↑ (false).
    Scroll(bool),
}

/// What the shell reports back after carrying out an [`Effect`].
#[derive(Debug, Clone, PartialEq)]
pub enum Done {
    /// The shell saved the session; the history as it now is on disk.
    Saved(History),
    /// The shell could not save; the reason, for the user.
    SaveFailed(String),
    /// The shell saved a weight answer; the history as it now is on disk.
    WeightSaved(History),
    /// The shell could not save the weight answer.
    WeightSaveFailed(String),
    /// The shell saved a pain-check answer; the history as it now is on disk.
    PainCheckSaved {
        answer: PainCheckAnswer,
        history: History,
        /// For `leave-out`: the profile as now written (or as it counts, see
        /// `unfinished`), with the exercise in its left-out list.
        profile: Option<crate::profile::Profile>,
        /// A leave-out recorded but not yet in both files: why, in words.
        unfinished: Option<String>,
    },
    /// The shell could not save the pain-check answer.
    PainCheckFailed(String),
    /// The shell saved a correction: the history as now on disk, and the backup made.
    Corrected {
        correction: Correction,
        history: History,
        backup: Option<String>,
    },
    /// The shell brought back the history from before the last change (`u`), and the
    /// backup of the one the undo replaced.
    Undone {
        history: History,
        backup: Option<String>,
    },
    /// The shell could not apply or save a correction.
    CorrectionFailed(String),
    /// The shell wrote the report (`r`): where it is, or the file and why it was not.
    ReportWritten(Result<String, (String, String)>),
    /// The shell wrote the workbook (`x`): where it is, or the file and why it was not.
    WorkbookWritten(Result<String, (String, String)>),
    /// The shell saved the profile.
    ProfileSaved(Profile),
    /// The shell could not save the profile.
    ProfileSaveFailed(String),
    /// The shell could not write the journal.
    JournalFailed(String),
    /// The shell wrote the journal again after a failure: every set is on disk.
    JournalSaved,
    /// The speech program could not be started or failed: why.
    VoiceFailed(String),
}

/// What happened: a key already turned into its meaning (grouped by the screen it comes
/// from), time passing, or the result of an effect the shell carried out.
// A report can carry a whole history; a message lives for one update, never in bulk.
#[allow(clippy::large_enum_variant)]
#[cfg_attr(test, derive(strum::VariantNames))]
#[derive(Debug, Clone, PartialEq)]
pub enum Msg {
    /// A key on home.
    Home(HomeMsg),
    /// A key during a session or a practice.
    Session(Input),
    /// A key on the history screens.
    History(history_state::Key),
    /// A key on a set-up question.
    Setup(SetupMsg),
    /// A key on the settings screen.
    Settings(settings_state::Key),
    /// A key on help.
    Help(HelpMsg),
    /// A key on the test day.
    TestDay(super::checks::TestDayKey),
    /// A key on the fall form.
    Fall(super::checks::FallKey),
    /// A timer's deadline came.
    Tick,
    /// What the shell reports back.
    Done(Done),
}

/// What the shell must do after an update.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Ring the terminal bell.
    Bell,
    /// Say `text` in `lang`'s voice; it belongs to the instant `at` (the shell says it at
    /// once: the loop woke for it).
    Speak {
        text: String,
        lang: Lang,
        at: Instant,
    },
    /// Append this session to the history on disk.
    SaveSession(SessionRecord),
    /// Append this balance and posture practice to the history on disk.
    SavePractice(crate::history::PracticeRecord),
    /// Record a weight decision in the history on disk.
    SaveWeight(WeightChange),
    /// Apply a correction to the history on disk, keeping a backup.
    SaveCorrection(Correction),
    /// Make this backup the history again (undo), keeping the current one as a backup.
    UndoTo(String),
    /// Write the session in progress to the journal (after every finished set).
    SaveJournal(Journal),
    /// Write the practice in progress (after every finished hold or move).
    SavePracticeJournal(crate::history::PracticeRecord),
    /// The practice in progress is gone (thrown away, or nothing done): remove its file.
    /// (After a save the shell removes it itself, once the history holds the practice.)
    ClearPracticeJournal,
    /// The session in progress is gone (discarded): remove the journal. (After a save the
    /// shell removes it itself, once the history holds the session.)
    ClearJournal,
    /// Write the profile.
    SaveProfile(Profile),
    /// Record an answer to a pain check in the history on disk.
    SavePainCheck(PainCheckAnswer),
    /// Make the report of the history as `botsterk report` does (its default period,
    /// dated `today`) and write it into the data folder's `reports/`; then
    /// [`Done::ReportWritten`]. The shell makes it: the update only asks.
    WriteReport { today: chrono::NaiveDate },
    /// Write the workbook (made here, pure) as `file` in the data folder.
    WriteWorkbook { file: String, bytes: Vec<u8> },
    /// Append test results and falls to the history on disk (issue 30); then
    /// [`Done::Saved`] or [`Done::SaveFailed`].
    SaveChecks {
        tests: Vec<crate::history::TestRecord>,
        falls: Vec<crate::history::FallRecord>,
    },
}
