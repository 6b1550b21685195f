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

/// What happened: a key already turned into its meaning (grouped by the screen it comes
/// from), time passing, or the result of an effect the shell carried out.
#[derive(Debug, Clone, PartialEq)]
pub enum Msg {
    // Home.
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
    /// A key on the test day.
    TestDay(super::checks::TestDayKey),
    /// A key on the fall form.
    Fall(super::checks::FallKey),
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
    // Home's weight question.
    /// `y` on a weight question: take the proposed weight.
    AcceptWeight,
    /// `n` on a weight question: keep the weight for now (recorded, asked again later).
    DeclineWeight,
    /// `e` on a weight question: type another weight.
    EditWeight,
    /// A key typed into the weight field (a digit or a decimal point).
    WeightChar(char),
    /// Backspace in the weight field.
    WeightBackspace,
    /// Enter in the weight field.
    WeightConfirm,
    /// Esc in the weight field.
    WeightCancel,
    /// `y` (true) or `n` (false) about a typed weight far from the current one.
    ConfirmJump(bool),
    // Home's pain check.
    /// `o`, `w` or `l` on home: answer the pain check shown (`ok`, `leave-out` ask y/n).
    AnswerPain(PainAnswer),
    /// `y` (true) or `n`/Esc (false) after `o` or `l`.
    ConfirmPain(bool),
    // A session or a practice.
    /// A key during a session.
    Session(Input),
    /// A timer's deadline came.
    Tick,
    // The other screens.
    /// A key on the history screens.
    History(history_state::Key),
    /// A key on a set-up question.
    Setup(setup::Key),
    /// A key on the settings screen.
    Settings(settings_state::Key),
    /// Esc (or `?`, `q`) on help.
    CloseHelp,
    /// ↓ (true) or ↑ (false) on help.
    ScrollHelp(bool),
    // What the shell reports back.
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
    /// Write the report (made here, pure) to `file`, relative to the current folder.
    WriteReport { file: String, html: String },
    /// Write the workbook (made here, pure) as `file` in the data folder.
    WriteWorkbook { file: String, bytes: Vec<u8> },
    /// Append test results and falls to the history on disk (issue 30); then
    /// [`Msg::Saved`] or [`Msg::SaveFailed`].
    SaveChecks {
        tests: Vec<crate::history::TestRecord>,
        falls: Vec<crate::history::FallRecord>,
    },
}
