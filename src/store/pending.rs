//! A change to two files made as one: the pain check's `leave-out` is an answer in the
//! history and the exercise in the profile's left-out list. The change is first written
//! whole to `change-in-progress.json` (atomically, like every file): that write is the
//! moment it is made. A failure before it changes nothing. From then on every read of the
//! history and of the profile includes it ([`Store::load_history`],
//! [`Store::load_profile`]), every write of either carries it into the file, and once both
//! files hold it the record is removed, by this botsterk or by the next one that takes the
//! data folder's lock. So a crash or a full disk between the two files never leaves the
//! history saying "left out" while the plan still holds the painful exercise.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use super::read::without_bom;
use super::write::{remove_durably, write_atomically};
use super::{DataLock, FileKind, Store, StoreError, read_if_exists, reason};
use crate::history::{History, PainAnswer, PainCheckAnswer};
use crate::lang::Lang;
use crate::profile::Profile;

/// The file name of a two-file change not yet in both files.
pub const PENDING_FILE: &str = "change-in-progress.json";

/// The format of [`PENDING_FILE`].
const PENDING_VERSION: u32 = 1;

/// A `leave-out` answer: the history's answer, and the exercise it leaves out.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(crate) struct Pending {
    version: u32,
    /// The answer for the history's `pain_checks`; its exercise goes into the profile's
    /// `left_out`.
    leave_out: PainCheckAnswer,
    /// The language of a profile made for it when there is none yet.
    lang: Lang,
}

impl Pending {
    /// Puts the answer into `history`, unless it is there already.
    fn put_in_history(&self, history: &mut History) {
        if !history.pain_checks.contains(&self.leave_out) {
            history.pain_checks.push(self.leave_out.clone());
        }
    }

    /// Puts the exercise into the profile's left-out list, unless it is there already.
    fn put_in_profile(&self, profile: &mut Profile) {
        let id = &self.leave_out.exercise;
        if !profile.left_out.contains(id) {
            profile.left_out.push(id.clone());
        }
    }
}

/// A leave-out answer written: the history and the profile as they now are.
#[derive(Debug)]
pub struct LeftOut {
    pub history: History,
    pub profile: Profile,
    /// Why the change, recorded, is not yet in both files (`None`: it is). It stands all
    /// the same: every read includes it, and the next botsterk to take the lock finishes
    /// it.
    pub unfinished: Option<StoreError>,
}

impl Store {
    #[must_use]
    pub fn pending_path(&self) -> PathBuf {
        self.dir.join(PENDING_FILE)
    }

    /// The change not yet in both files, if any.
    pub(crate) fn load_pending(&self) -> Result<Option<Pending>, StoreError> {
        let path = self.pending_path();
        let Some(bytes) = read_if_exists(&path)? else {
            return Ok(None);
        };
        let pending: Pending =
            serde_json::from_slice(without_bom(&bytes)).map_err(|e| StoreError::Corrupt {
                path: path.clone(),
                kind: FileKind::Change,
                reason: reason::plain(&e),
            })?;
        if pending.version > PENDING_VERSION {
            return Err(StoreError::Newer {
                path,
                kind: FileKind::Change,
                found: pending.version,
                known: PENDING_VERSION,
            });
        }
        Ok(Some(pending))
    }

    /// The history as read, with the change in progress in it.
    pub(super) fn with_pending_history(&self, mut history: History) -> Result<History, StoreError> {
        if let Some(pending) = self.load_pending()? {
            pending.put_in_history(&mut history);
        }
        Ok(history)
    }

    /// The profile as read, with the change in progress in it. Before the first set-up
    /// there is no profile: the change makes one in the language it was answered in.
    pub(super) fn with_pending_profile(
        &self,
        profile: Option<Profile>,
    ) -> Result<Option<Profile>, StoreError> {
        let Some(pending) = self.load_pending()? else {
            return Ok(profile);
        };
        let mut profile = profile.unwrap_or_else(|| Profile::defaults(pending.lang));
        pending.put_in_profile(&mut profile);
        Ok(Some(profile))
    }

    /// Answers a pain check `leave-out`: the answer in the history and the exercise in the
    /// profile's left-out list, as one change (see the module). `lang` is the language of
    /// a profile made for it when there is none yet.
    ///
    /// # Errors
    /// A load error, or [`StoreError::Write`] when the change could not be recorded:
    /// nothing is changed then. Once it is recorded it stands: an error after that (the
    /// history or the profile not written) is [`LeftOut::unfinished`].
    pub fn leave_out(
        &self,
        lock: &DataLock,
        answer: PainCheckAnswer,
        lang: Lang,
    ) -> Result<LeftOut, StoreError> {
        debug_assert_eq!(answer.answer, PainAnswer::LeaveOut);
        // Both files must be readable before anything is recorded: one that is not is
        // refused untouched, and so is the change.
        self.load_history()?;
        self.load_profile()?;
        self.finish_pending(lock)?;
        let pending = Pending {
            version: PENDING_VERSION,
            leave_out: answer,
            lang,
        };
        let path = self.pending_path();
        let json = serde_json::to_vec_pretty(&pending).map_err(|e| StoreError::Write {
            path: path.clone(),
            source: std::io::Error::other(e),
        })?;
        write_atomically(&*self.io, &path, &json, None)?;
        let unfinished = self.finish_pending(lock).err();
        Ok(LeftOut {
            history: self.load_history()?,
            profile: self
                .load_profile()?
                .unwrap_or_else(|| Profile::defaults(lang)),
            unfinished,
        })
    }

    /// Writes the change in progress into the history and the profile where it is not
    /// yet, then removes its record. Nothing to do without one.
    ///
    /// # Errors
    /// A load or write error; the change then still stands in its record, and reads
    /// include it.
    pub(crate) fn finish_pending(&self, _lock: &DataLock) -> Result<(), StoreError> {
        let Some(pending) = self.load_pending()? else {
            return Ok(());
        };
        let history = self.load_history_on_disk()?;
        if !history.pain_checks.contains(&pending.leave_out) {
            let mut history = history;
            pending.put_in_history(&mut history);
            self.save_history(&history)?;
        }
        let on_disk = self.load_profile_on_disk()?;
        let mut profile = on_disk
            .clone()
            .unwrap_or_else(|| Profile::defaults(pending.lang));
        pending.put_in_profile(&mut profile);
        if on_disk.as_ref() != Some(&profile) {
            self.write_profile(&profile)?;
        }
        remove_durably(&*self.io, &self.pending_path())
    }
}
