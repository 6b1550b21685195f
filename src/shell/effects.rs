//! One effect carried out: the store written, the bell rung, a cue queued to be said. What
//! the model must hear back is returned as a [`Done`].

use std::path::Path;

use crate::app::{Done, Effect, Model, Screen};
use crate::history::PainAnswer;
use crate::i18n::store_error::said;
use crate::lang::Lang;
use crate::profile::Profile;
use crate::store::{DataLock, Store, StoreError};

/// What carrying out an effect asks of the loop (for one step: never kept).
#[allow(clippy::large_enum_variant)]
pub(super) enum Carried {
    /// Nothing more.
    Nothing,
    /// Ring the terminal bell.
    Bell,
    /// Say this once the frame is drawn.
    Say(String, Lang),
    /// Tell the model.
    Done(Done),
}

impl From<Option<Done>> for Carried {
    fn from(done: Option<Done>) -> Self {
        done.map_or(Self::Nothing, Self::Done)
    }
}

/// Where the effects go: the store under its lock.
pub(super) struct Shell<'a> {
    pub store: &'a Store,
    pub lock: &'a DataLock,
}

impl Shell<'_> {
    /// Carries out `effect`, asked for by the update of `model`.
    pub(super) fn carry_out(&self, effect: Effect, model: &Model) -> Carried {
        let store = self.store;
        let lang = model.lang;
        let failed = |e: &StoreError| said(e, lang);
        let done = match effect {
            Effect::Bell => return Carried::Bell,
            Effect::Speak { text, lang, at: _ } => return Carried::Say(text, lang),
            Effect::SaveSession(record) => match store.append_session(record) {
                Ok(history) => {
                    // The history holds the session now; the crash copy may go. If it
                    // cannot, the next start sees that the session is saved and removes
                    // it then.
                    let _ = store.remove_journal();
                    Done::Saved(history)
                }
                Err(e) => Done::SaveFailed(failed(&e)),
            },
            Effect::SavePractice(record) => match store.update(|h| h.practice.push(record)) {
                Ok(history) => {
                    // Saved: the crash copy may go (if it cannot, the next start sees the
                    // practice is saved and removes it then).
                    let _ = store.remove_practice_journal();
                    Done::Saved(history)
                }
                Err(e) => Done::SaveFailed(failed(&e)),
            },
            Effect::SavePracticeJournal(practice) => {
                return journal_news(model, store.save_practice_journal(&practice)).into();
            }
            Effect::ClearPracticeJournal => {
                let _ = store.remove_practice_journal();
                return Carried::Nothing;
            }
            Effect::SaveJournal(journal) => {
                return journal_news(model, store.save_journal(&journal)).into();
            }
            Effect::ClearJournal => {
                let _ = store.remove_journal();
                return Carried::Nothing;
            }
            Effect::SaveProfile(profile) => self.save_profile(model, profile),
            Effect::SaveWeight(change) => match store.update(|h| h.weight_changes.push(change)) {
                Ok(history) => Done::WeightSaved(history),
                Err(e) => Done::WeightSaveFailed(failed(&e)),
            },
            // Leave-out: the answer and the profile's list as one change.
            Effect::SavePainCheck(answer) if answer.answer == PainAnswer::LeaveOut => {
                match store.leave_out(self.lock, answer.clone(), lang) {
                    Ok(written) => Done::PainCheckSaved {
                        answer,
                        history: written.history,
                        profile: Some(written.profile),
                        unfinished: written.unfinished.map(|e| said(&e, lang)),
                    },
                    Err(e) => Done::PainCheckFailed(failed(&e)),
                }
            }
            Effect::SavePainCheck(answer) => {
                let record = answer.clone();
                match store.update(|h| h.pain_checks.push(record)) {
                    Ok(history) => Done::PainCheckSaved {
                        answer,
                        history,
                        profile: None,
                        unfinished: None,
                    },
                    Err(e) => Done::PainCheckFailed(failed(&e)),
                }
            }
            Effect::SaveCorrection(correction) => self.save_correction(correction, lang),
            Effect::UndoTo(backup) => match store.undo_to(Path::new(&backup)) {
                Ok(saved) => Done::Undone {
                    history: saved.history,
                    backup: saved.backup.map(|p| p.display().to_string()),
                },
                Err(e) => Done::CorrectionFailed(failed(&e)),
            },
            Effect::WriteReport { today } => Done::ReportWritten(write_report(store, model, today)),
            Effect::WriteWorkbook { file, bytes } => {
                // Into the data folder, beside the history it was made from.
                let path = store.dir().join(&file);
                let written = crate::store::write_file(&path, &bytes)
                    .map(|p| p.display().to_string())
                    .map_err(|e| (path.display().to_string(), e.to_string()));
                Done::WorkbookWritten(written)
            }
            Effect::SaveChecks { tests, falls } => {
                let saved = store.update(|h| {
                    h.tests.extend(tests);
                    h.falls.extend(falls);
                });
                match saved {
                    Ok(history) => Done::Saved(history),
                    Err(e) => Done::SaveFailed(failed(&e)),
                }
            }
        };
        Carried::Done(done)
    }

    /// Only what the user changed, onto the profile as it is on disk.
    fn save_profile(&self, model: &Model, profile: Profile) -> Done {
        let before = model.profile.clone();
        let change = |on_disk: &mut Profile| match &before {
            Some(before) => on_disk.take_changes(before, &profile),
            None => on_disk.clone_from(&profile),
        };
        match self
            .store
            .update_profile(self.lock, profile.clone(), change)
        {
            Ok(written) => Done::ProfileSaved(written),
            Err(e) => Done::ProfileSaveFailed(said(&e, model.lang)),
        }
    }
}

/// The report `r` on the history screens asks for: the same page as `botsterk report`
/// (its default period) made from the model's history, and its file name on `today`.
#[must_use]
pub fn report_page(model: &Model, today: chrono::NaiveDate) -> (String, String) {
    let html = crate::report::render(&crate::report::Request {
        catalog: &model.catalog,
        history: &model.history,
        profile: model.profile.as_ref(),
        today,
        weeks: crate::report::DEFAULT_WEEKS,
        lang: model.lang,
        version: env!("CARGO_PKG_VERSION"),
        paper: crate::report::Paper::default(),
    });
    (crate::report::file_name(today), html)
}

impl Shell<'_> {
    /// A correction applied by the store to a fresh read of the history and saved.
    fn save_correction(
        &self,
        correction: crate::corrections::Correction,
        lang: crate::lang::Lang,
    ) -> Done {
        match self.store.change_history(|h| correction.apply(h)) {
            Ok(Ok(saved)) => Done::Corrected {
                correction,
                history: saved.history,
                backup: saved.backup.map(|p| p.display().to_string()),
            },
            Ok(Err(refused)) => Done::CorrectionFailed(
                crate::i18n::store_error::correction_refused(&refused, lang).to_owned(),
            ),
            Err(e) => Done::CorrectionFailed(said(&e, lang)),
        }
    }
}

/// The report made and written into the data folder's reports/, as `botsterk report`
/// does: where it is, or the file and why it was not written.
fn write_report(
    store: &Store,
    model: &Model,
    today: chrono::NaiveDate,
) -> Result<String, (String, String)> {
    use crate::i18n::store_error::out_refused;
    use crate::store::{NotWritten, Written, write_checked};
    let lang = model.lang;
    let (file, html) = report_page(model, today);
    let file = file.as_str();
    let path = match store.reports_dir() {
        Ok(dir) => dir.join(file),
        Err(_) => std::path::PathBuf::from(file),
    };
    match write_checked(&path, html.as_bytes(), store.dir()) {
        Ok(Written::File(p)) => Ok(p.display().to_string()),
        // The TUI names a file, never standard output.
        Ok(Written::Stdout) => Ok(file.to_owned()),
        Err(NotWritten::Refused(r)) => Err((file.to_owned(), out_refused(&r, lang))),
        Err(NotWritten::Failed(e)) => Err((file.to_owned(), e.to_string())),
    }
}

/// What a journal write tells the model: a failure always, a success only when it ends
/// a failure (a message per set would only wake the loop).
fn journal_news(model: &Model, written: Result<(), StoreError>) -> Option<Done> {
    let troubled = matches!(
        &model.screen,
        Screen::Session {
            journal_error: Some(_),
            ..
        }
    );
    match written {
        Err(e) => Some(Done::JournalFailed(said(&e, model.lang))),
        Ok(()) if troubled => Some(Done::JournalSaved),
        Ok(()) => None,
    }
}
