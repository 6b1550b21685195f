//! The practice in progress (balance holds and posture moves), written after every hold or
//! move finished, so that a crash or a kill loses at most the one under way. The next
//! start saves what it holds into the history, dated the day it began.
//!
//! Kept apart from `session-in-progress.json`: a practice never touches a strength
//! session's journal.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use super::write::{remove_durably, write_atomically};
use super::{DataLock, FileKind, Store, StoreError, read_if_exists, reason};
use crate::history::{History, PracticeRecord};

/// The file name of the practice in progress inside the data dir.
pub const PRACTICE_JOURNAL_FILE: &str = "practice-in-progress.json";

/// The version of the practice journal this build writes.
pub const PRACTICE_JOURNAL_VERSION: u32 = 1;

/// What the file holds: the practice as it would be saved now.
#[derive(Debug, Serialize, Deserialize)]
struct PracticeJournal {
    version: u32,
    practice: PracticeRecord,
}

/// A practice the start found unfinished.
#[derive(Debug, Clone, PartialEq)]
pub enum PracticeFound {
    /// Begun today: left in its file, for the coach to offer to carry on or save.
    Today(PracticeRecord),
    /// Saved into the history as it was.
    Saved(PracticeRecovered),
}

/// A practice the start found unfinished and saved.
#[derive(Debug, Clone, PartialEq)]
pub struct PracticeRecovered {
    /// The history with it.
    pub history: History,
    pub practice: PracticeRecord,
}

impl Store {
    /// Where the practice in progress is kept.
    #[must_use]
    pub fn practice_journal_path(&self) -> PathBuf {
        self.dir.join(PRACTICE_JOURNAL_FILE)
    }

    /// Writes the practice as it stands, atomically and durably like the history.
    ///
    /// # Errors
    /// [`StoreError::Write`] naming the file; the previous one is then as it was.
    pub fn save_practice_journal(&self, practice: &PracticeRecord) -> Result<(), StoreError> {
        let path = self.practice_journal_path();
        let journal = PracticeJournal {
            version: PRACTICE_JOURNAL_VERSION,
            practice: practice.clone(),
        };
        let json = serde_json::to_vec_pretty(&journal).map_err(|e| StoreError::Write {
            path: path.clone(),
            source: std::io::Error::other(e),
        })?;
        let previous = read_if_exists(&path)?;
        write_atomically(&*self.io, &path, &json, previous.as_deref())
    }

    /// The practice in progress, `None` when there is none.
    ///
    /// # Errors
    /// [`StoreError::Read`], or [`StoreError::Corrupt`] naming the file, left as it is.
    pub fn load_practice_journal(&self) -> Result<Option<PracticeRecord>, StoreError> {
        let path = self.practice_journal_path();
        let Some(bytes) = read_if_exists(&path)? else {
            return Ok(None);
        };
        serde_json::from_slice::<PracticeJournal>(super::read::without_bom(&bytes))
            .map(|journal| Some(journal.practice))
            .map_err(|e| StoreError::Corrupt {
                path,
                kind: FileKind::Journal,
                reason: reason::plain(&e),
            })
    }

    /// Removes the practice in progress (there being none is fine), durably.
    ///
    /// # Errors
    /// [`StoreError::Write`] naming the file.
    pub fn remove_practice_journal(&self) -> Result<(), StoreError> {
        remove_durably(&*self.io, &self.practice_journal_path())
    }

    /// At start, under the lock: a practice left unfinished (botsterk killed, crashed, its
    /// terminal closed). One begun on `offer_on` (today, when the coach can offer it) is
    /// left in its file and returned, to carry on or save (issue 26); any other is saved
    /// into the history as it is, dated the day it began, then its file removed. One
    /// already in the history (saved, the file not yet removed) is not saved twice. A file
    /// that cannot be read is left as it is.
    ///
    /// # Errors
    /// The history cannot be read or written; the practice file is then kept.
    pub fn recover_practice(
        &self,
        _lock: &DataLock,
        offer_on: Option<chrono::NaiveDate>,
    ) -> Result<Option<PracticeFound>, StoreError> {
        let Ok(Some(practice)) = self.load_practice_journal() else {
            return Ok(None);
        };
        let nothing = practice.balance.is_empty() && practice.posture.is_empty();
        let history = self.load_history()?;
        let saved = history
            .practice
            .iter()
            .any(|p| p.started_at == practice.started_at);
        if nothing || saved {
            let _ = self.remove_practice_journal();
            return Ok(None);
        }
        if offer_on == Some(practice.date) {
            return Ok(Some(PracticeFound::Today(practice)));
        }
        let record = practice.clone();
        let history = self.update(|h| h.practice.push(record))?;
        // Saved: the file may go. If it cannot, the next start sees it is saved.
        let _ = self.remove_practice_journal();
        Ok(Some(PracticeFound::Saved(PracticeRecovered {
            history,
            practice,
        })))
    }
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;
    use crate::history::BalanceHold;

    fn practice() -> PracticeRecord {
        let at = chrono::FixedOffset::east_opt(3600)
            .unwrap()
            .with_ymd_and_hms(2026, 12, 9, 18, 0, 0)
            .unwrap();
        PracticeRecord {
            date: at.date_naive(),
            started_at: at,
            ended_at: at,
            logged: false,
            balance: vec![BalanceHold {
                stance: "tandem".into(),
                support: "one-hand".into(),
                target_seconds: 20,
                seconds: 20,
                rating: None,
                stopped_for_pain: false,
                pain_site: None,
                ..Default::default()
            }],
            posture: Vec::new(),
            ..Default::default()
        }
    }

    #[test]
    fn an_unfinished_practice_is_saved_once_at_the_next_start() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path().join("data"));
        store.save_practice_journal(&practice()).unwrap();
        assert_eq!(store.load_practice_journal().unwrap(), Some(practice()));
        let lock = store.lock_window().unwrap();
        let Some(PracticeFound::Saved(recovered)) = store.recover_practice(&lock, None).unwrap()
        else {
            panic!("saved");
        };
        assert_eq!(recovered.practice, practice());
        assert_eq!(store.load_history().unwrap().practice, [practice()]);
        assert!(!store.practice_journal_path().exists());
        assert_eq!(store.recover_practice(&lock, None).unwrap(), None);

        // Saved, but the file stayed (killed in between): not saved twice.
        store.save_practice_journal(&practice()).unwrap();
        assert_eq!(store.recover_practice(&lock, None).unwrap(), None);
        assert_eq!(store.load_history().unwrap().practice.len(), 1);
        assert!(!store.practice_journal_path().exists());
    }

    /// Issue 26: a practice begun on the day the coach starts is left in its file, to carry
    /// on or save; the next day's start saves it.
    #[test]
    fn a_practice_of_today_is_offered_and_left_in_its_file() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path().join("data"));
        store.save_practice_journal(&practice()).unwrap();
        let lock = store.lock_window().unwrap();
        let today = practice().date;
        assert_eq!(
            store.recover_practice(&lock, Some(today)).unwrap(),
            Some(PracticeFound::Today(practice()))
        );
        assert!(store.practice_journal_path().exists());
        assert!(store.load_history().unwrap().practice.is_empty());
        let tomorrow = today.succ_opt().unwrap();
        assert!(matches!(
            store.recover_practice(&lock, Some(tomorrow)).unwrap(),
            Some(PracticeFound::Saved(_))
        ));
        assert_eq!(store.load_history().unwrap().practice, [practice()]);
    }

    #[test]
    fn a_practice_file_that_cannot_be_read_is_left_as_it_is() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path().join("data"));
        std::fs::create_dir_all(store.dir()).unwrap();
        std::fs::write(store.practice_journal_path(), b"{ damaged").unwrap();
        let lock = store.lock_window().unwrap();
        assert_eq!(store.recover_practice(&lock, None).unwrap(), None);
        assert_eq!(
            std::fs::read(store.practice_journal_path()).unwrap(),
            b"{ damaged"
        );
    }
}
