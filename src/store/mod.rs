//! The history on disk: read it without ever changing what cannot be read, and write it so
//! that a crash or a full disk leaves either the old file or the new one, never half of one.
//!
//! - [`write`]: the durable write every file goes through (temp file, fsync, rename,
//!   fsync the folder), behind a trait that tests make fail at any step.
//! - `backups.rs`: the history before each rewrite, the clock that names them, and
//!   [`Store::undo_to`]; [`Store::restore`] to bring one back;
//! - [`Store::save_journal`] and friends: the session in progress, for crash recovery;
//! - [`Store::lock`]: one writer at a time.

mod at_start;
mod backups;
pub mod bounds;
mod journal;
mod leftovers;
mod lock;
mod out;
mod pending;
mod practice_journal;
mod profile;
mod read;
mod read_only;
mod reason;
mod reminder;
mod restore;
mod set_aside;
mod write;

#[cfg(test)]
mod fault_tests;
#[cfg(test)]
mod tests;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use thiserror::Error;

use crate::history::{History, SessionRecord};

pub use at_start::{AtStart, journal_at_start};
use backups::BACKUP_STAMP;
#[cfg(test)]
use backups::backup_key;
pub use backups::{BACKUP_DAYS, BACKUP_DIR, BACKUPS_KEPT, WallClock};
/// The folder in the data folder that reports are written to by default.
pub const REPORTS_DIR: &str = "reports";
pub use journal::JOURNAL_FILE;
pub use lock::{DataLock, Holder, LOCK_FILE};
pub use out::{
    NotAFile, NotWritten, OutRefused, OutTarget, Written, out_target, write_checked, write_file,
    write_out,
};
pub use pending::{LeftOut, PENDING_FILE};
pub use practice_journal::{PRACTICE_JOURNAL_FILE, PracticeFound, PracticeRecovered};
pub use read::read_history_at;
use read::{parse_at, read_if_exists};
pub use reminder::{REMINDER_FILE, Reminder};
pub use restore::Restored;
use write::{FileOps, RealFs, write_atomically};

/// The file name of the history inside the data dir.
pub const HISTORY_FILE: &str = "history.json";

/// Why the store could not do what was asked. Every variant names the file.
#[derive(Debug, Error)]
pub enum StoreError {
    #[error("cannot read {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    /// Damaged, or not botsterk's: `kind` says which file, so that a damaged profile is
    /// not called a history.
    #[error("{path} cannot be read as botsterk's {}: {reason}", kind.words())]
    Corrupt {
        path: PathBuf,
        kind: FileKind,
        reason: String,
    },
    #[error("{path} ({}) was made by a newer botsterk (version {found}, this one knows up to {known})", kind.words())]
    Newer {
        path: PathBuf,
        kind: FileKind,
        found: u32,
        known: u32,
    },
    /// A number no person does (see [`bounds`]): the history is refused, unchanged.
    #[error("{path}: {found}")]
    TooLarge {
        path: PathBuf,
        found: Box<bounds::TooLarge>,
    },
    /// The data folder is a file (or something else that is not a folder): no file of
    /// botsterk's can be in it, which is not a problem of any one of them.
    #[error(
        "the data folder {path} is not a folder: botsterk keeps its files in a folder there; move it away, or give another folder with --data-dir"
    )]
    NotAFolder { path: PathBuf },
    /// The data folder's `backups` is a file (or anything but a folder): no backup can be
    /// made, so no change is written (every change keeps the state before it).
    #[error(
        "{path} is not a folder: botsterk keeps the backups of your history in a folder of that name; move it away"
    )]
    BackupsNotAFolder { path: PathBuf },
    /// Something other than a file where a file of botsterk's should be (a folder, a
    /// named pipe, a device): never opened, so never a read that waits forever.
    #[error(
        "{path} is not a regular file but {kind}: botsterk does not open it; move it out of the way"
    )]
    NotRegular { path: PathBuf, kind: &'static str },
    /// A symbolic link whose target does not exist: not taken for "no file", since the
    /// first save would then replace the link.
    #[error(
        "{path} is a link to {target}, which does not exist: botsterk does not take that for an empty file; bring back the file it points to, or remove the link"
    )]
    DanglingLink { path: PathBuf, target: PathBuf },
    #[error("cannot write {path}: {source}")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    /// Another botsterk holds the lock of the data dir; `path` is the lock file, `holder`
    /// what the holder wrote in it (`None`: it did not say).
    #[error("{}", locked_message(path, *holder))]
    Locked {
        path: PathBuf,
        holder: Option<Holder>,
    },
}

/// Which of botsterk's files an error is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// `history.json`, or a backup of it.
    History,
    /// `profile.json`: the set-up answers.
    Profile,
    /// `session-in-progress.json`: the unfinished session.
    Journal,
    /// `reminder.json`: when `remind` last spoke, and its pause.
    Reminder,
    /// `change-in-progress.json`: a change to the history and the profile not yet in both.
    Change,
}

impl FileKind {
    /// In English, for the errors' own texts (the messages use the translated ones).
    #[must_use]
    pub fn words(self) -> &'static str {
        match self {
            Self::History => "history",
            Self::Profile => "profile (the set-up answers)",
            Self::Journal => "unfinished session",
            Self::Reminder => "reminder state",
            Self::Change => "change in progress (a pain check's answer)",
        }
    }
}

fn locked_message(path: &Path, holder: Option<Holder>) -> String {
    let path = path.display();
    match holder {
        Some(Holder::Window) => format!(
            "the history is already open in another botsterk window (it holds {path}); close it there first"
        ),
        _ => format!(
            "another botsterk command is writing in this data folder (it holds {path}); try again in a moment"
        ),
    }
}

/// A history written: as it now is on disk, and the backup of the one it replaced.
#[derive(Debug, Clone)]
pub struct Saved {
    pub history: History,
    /// Holds the history as it was just before (`None`: there was none).
    pub backup: Option<PathBuf>,
}

/// The data directory and the files in it.
#[derive(Debug, Clone)]
pub struct Store {
    dir: PathBuf,
    /// Where bytes are written: the real file system, or a failing one in tests.
    io: Arc<dyn FileOps>,
    clock: WallClock,
}

impl Store {
    #[must_use]
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        Self::with_clock(dir, || chrono::Local::now().naive_local())
    }

    /// A store whose backups are named and kept by `now` instead of the system's local
    /// time: tests set the clock wrong, or move it to another time zone.
    #[must_use]
    pub fn with_clock(
        dir: impl Into<PathBuf>,
        now: impl Fn() -> chrono::NaiveDateTime + Send + Sync + 'static,
    ) -> Self {
        Self {
            dir: dir.into(),
            io: Arc::new(RealFs),
            clock: WallClock(Arc::new(now)),
        }
    }

    /// A store that writes through `io` (tests inject faults with it).
    #[cfg(test)]
    pub(crate) fn with_io(dir: impl Into<PathBuf>, io: Arc<dyn FileOps>) -> Self {
        Self {
            io,
            ..Self::new(dir)
        }
    }

    #[must_use]
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Where a report goes when no `--out` names a file: `reports/` in the data folder,
    /// made (private, like the data folder) when it is not there yet.
    ///
    /// # Errors
    /// [`StoreError::Write`] naming the folder when it cannot be made.
    pub fn reports_dir(&self) -> Result<PathBuf, StoreError> {
        let dir = self.dir.join(REPORTS_DIR);
        write::ensure_private_dir(&*self.io, &dir).map_err(|source| StoreError::Write {
            path: dir.clone(),
            source,
        })?;
        Ok(dir)
    }

    #[must_use]
    pub fn history_path(&self) -> PathBuf {
        self.dir.join(HISTORY_FILE)
    }

    /// Reads the history. A missing file is an empty history; anything that does not parse,
    /// or comes from a newer botsterk, is an error and the file is left exactly as it is.
    ///
    /// # Errors
    /// [`StoreError::Read`], [`StoreError::Corrupt`] or [`StoreError::Newer`].
    pub fn load_history(&self) -> Result<History, StoreError> {
        // With a change in progress (see `pending.rs`) that is not in the file yet.
        self.with_pending_history(self.load_history_on_disk()?)
    }

    /// The history as the file holds it, without a change in progress.
    fn load_history_on_disk(&self) -> Result<History, StoreError> {
        let path = self.history_path();
        match read_if_exists(&path)? {
            None => Ok(History::default()),
            Some(bytes) => parse_at(&path, &bytes),
        }
    }

    /// Adds one session to the history on disk and returns the history as now written.
    ///
    /// The file is read again first, so a session saved meanwhile by another botsterk is
    /// kept, and a file that became unreadable is refused, not overwritten.
    ///
    /// # Errors
    /// Any load error, or [`StoreError::Write`] when the new file could not be made durable;
    /// the old file is then untouched.
    pub fn append_session(&self, record: SessionRecord) -> Result<History, StoreError> {
        self.update(|history| {
            history.sessions.push(record);
            history.sessions.sort_by_key(|s| s.started_at);
        })
    }

    /// Reads the history afresh, changes it, and writes it back atomically; returns the
    /// history as now written. A file that cannot be read is refused, never overwritten.
    ///
    /// # Errors
    /// Any load error, or [`StoreError::Write`]; the old file is then untouched.
    pub fn update(&self, change: impl FnOnce(&mut History)) -> Result<History, StoreError> {
        let mut history = self.load_history()?;
        change(&mut history);
        self.save_history(&history)?;
        Ok(history)
    }

    /// Applies `change` to the history as it is on disk now (a correction to a session, say)
    /// and, when it agrees, writes the result, keeping the previous file as a backup. The
    /// store knows no rule: `change` decides, and its refusal comes back as it is (the inner
    /// `Err`), with nothing rewritten.
    ///
    /// # Errors
    /// Any load error, or [`StoreError::Write`]; the old file is then untouched.
    pub fn change_history<E>(
        &self,
        change: impl FnOnce(&mut History) -> Result<(), E>,
    ) -> Result<Result<Saved, E>, StoreError> {
        let mut history = self.load_history()?;
        if let Err(refused) = change(&mut history) {
            return Ok(Err(refused));
        }
        let backup = self.save_history(&history)?;
        Ok(Ok(Saved { history, backup }))
    }

    /// Writes the whole history atomically: a private temp file in the same directory,
    /// flushed to disk, renamed over the old file, then the directory flushed too. The file
    /// it replaces is first kept in `backups/` (see `backups.rs`). Returns that backup,
    /// which holds the history as it was just before (`None`: there was no history).
    ///
    /// # Errors
    /// [`StoreError::Write`] naming the path that failed; when the backup cannot be made the
    /// history is not rewritten either. On any error the history is as it was.
    pub fn save_history(&self, history: &History) -> Result<Option<PathBuf>, StoreError> {
        let path = self.history_path();
        // Compact: 0.75 KB a session instead of 1.8 KB pretty (docs/performance.md).
        let json = serde_json::to_vec(history).map_err(|e| StoreError::Write {
            path: path.clone(),
            source: std::io::Error::other(e),
        })?;
        self.replace_history(&json)
    }

    fn replace_history(&self, json: &[u8]) -> Result<Option<PathBuf>, StoreError> {
        let path = self.history_path();
        let current = read_if_exists(&path)?;
        let backup = match &current {
            Some(current) => Some(self.back_up(current)?),
            None => None,
        };
        write_atomically(&*self.io, &path, json, current.as_deref())?;
        // Only now: a failed save keeps one backup more, never one less.
        if let Some(backup) = &backup {
            self.rotate_backups(backup);
        }
        Ok(backup)
    }
}
