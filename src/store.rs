//! The history on disk: read it without ever changing what cannot be read, and write it so
//! that a crash or a full disk leaves either the old file or the new one, never half of one.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use thiserror::Error;

use crate::history::{HISTORY_VERSION, History, SessionRecord};

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
    #[error("{path} is not a botsterk history: {reason}")]
    Corrupt { path: PathBuf, reason: String },
    #[error("{path} was made by a newer botsterk (version {found}, this one knows up to {known})")]
    Newer {
        path: PathBuf,
        found: u32,
        known: u32,
    },
    #[error(transparent)]
    Correction(#[from] crate::corrections::CorrectionError),
    #[error("cannot write {path}: {source}")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// The data directory and the files in it.
#[derive(Debug, Clone)]
pub struct Store {
    dir: PathBuf,
}

#[derive(Deserialize)]
struct VersionOnly {
    version: u32,
}

impl Store {
    #[must_use]
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        Self { dir: dir.into() }
    }

    #[must_use]
    pub fn dir(&self) -> &Path {
        &self.dir
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
        let path = self.history_path();
        let bytes = match fs::read(&path) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(History::default()),
            Err(source) => return Err(StoreError::Read { path, source }),
        };
        parse_history(&bytes).map_err(|e| match e {
            ParseError::Corrupt(reason) => StoreError::Corrupt { path, reason },
            ParseError::Newer(found) => StoreError::Newer {
                path,
                found,
                known: HISTORY_VERSION,
            },
        })
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

    /// Applies a correction to the history as it is on disk now, keeping the previous file
    /// as a backup; returns the history as now written.
    ///
    /// # Errors
    /// Any load error, [`StoreError::Correction`] when the session is no longer there (the
    /// file is then not rewritten), or [`StoreError::Write`].
    pub fn correct(
        &self,
        correction: &crate::corrections::Correction,
    ) -> Result<History, StoreError> {
        let mut history = self.load_history()?;
        correction.apply(&mut history)?;
        self.save_history(&history)?;
        Ok(history)
    }

    /// Writes the whole history atomically: a private temp file in the same directory,
    /// flushed to disk, renamed over the old file, then the directory flushed too. The file
    /// it replaces is first kept in `backups/` (the newest [`BACKUPS_KEPT`]).
    ///
    /// # Errors
    /// [`StoreError::Write`] naming the path that failed; when the backup cannot be made the
    /// history is not rewritten either.
    pub fn save_history(&self, history: &History) -> Result<(), StoreError> {
        let path = self.history_path();
        let json = serde_json::to_vec_pretty(history).map_err(|e| StoreError::Write {
            path: path.clone(),
            source: std::io::Error::other(e),
        })?;
        self.back_up()?;
        write_atomically(&self.dir, &path, &json)
    }

    /// The folder of the dated copies of earlier histories.
    #[must_use]
    pub fn backup_dir(&self) -> PathBuf {
        self.dir.join(BACKUP_DIR)
    }

    /// The backups, newest first.
    #[must_use]
    pub fn backups(&self) -> Vec<PathBuf> {
        let Ok(entries) = fs::read_dir(self.backup_dir()) else {
            return Vec::new();
        };
        let mut named: Vec<(BackupKey, PathBuf)> = entries
            .filter_map(Result::ok)
            .filter_map(|e| {
                let name = e.file_name().into_string().ok()?;
                Some((backup_key(&name)?, e.path()))
            })
            .collect();
        named.sort_by(|a, b| b.0.cmp(&a.0));
        named.into_iter().map(|(_, path)| path).collect()
    }

    /// Copies the current history (if there is one) to a new dated backup, then removes
    /// the oldest beyond [`BACKUPS_KEPT`].
    fn back_up(&self) -> Result<(), StoreError> {
        let path = self.history_path();
        let bytes = match fs::read(&path) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
            Err(source) => return Err(StoreError::Read { path, source }),
        };
        let dir = self.backup_dir();
        let stamp = chrono::Local::now().format(BACKUP_STAMP).to_string();
        // After the newest of the same second, even when older ones were rotated away.
        let seq = self
            .backups()
            .iter()
            .filter_map(|p| backup_key(p.file_name()?.to_str()?))
            .filter(|(s, _)| *s == stamp)
            .map(|(_, seq)| seq + 1)
            .max();
        let target = match seq {
            None => dir.join(format!("history-{stamp}.json")),
            Some(seq) => dir.join(format!("history-{stamp}-{seq}.json")),
        };
        write_atomically(&dir, &target, &bytes)?;
        for old in self.backups().into_iter().skip(BACKUPS_KEPT) {
            // A backup that cannot be removed costs disk space, not data: not an error.
            let _ = fs::remove_file(old);
        }
        Ok(())
    }
}

/// How many earlier histories are kept.
pub const BACKUPS_KEPT: usize = 5;
/// The folder of the backups inside the data dir.
pub const BACKUP_DIR: &str = "backups";
/// `history-20261126-094501.json`: sorts by time; a second one within the same second
/// gets `-2`, `-3`, ...
const BACKUP_STAMP: &str = "%Y%m%d-%H%M%S";

/// Orders backups by their time stamp, then their sequence number.
type BackupKey = (String, u32);

fn backup_key(name: &str) -> Option<BackupKey> {
    let stem = name.strip_prefix("history-")?.strip_suffix(".json")?;
    // "20261126-094501" is 15 characters; an optional "-N" follows.
    let (stamp, rest) = (stem.get(..15)?, stem.get(15..)?);
    let seq = match rest.strip_prefix('-') {
        None if rest.is_empty() => 1,
        Some(n) => n.parse().ok()?,
        None => return None,
    };
    Some((stamp.to_owned(), seq))
}

enum ParseError {
    Corrupt(String),
    Newer(u32),
}

fn parse_history(bytes: &[u8]) -> Result<History, ParseError> {
    let version: VersionOnly =
        serde_json::from_slice(bytes).map_err(|e| ParseError::Corrupt(e.to_string()))?;
    if version.version > HISTORY_VERSION {
        return Err(ParseError::Newer(version.version));
    }
    serde_json::from_slice(bytes).map_err(|e| ParseError::Corrupt(e.to_string()))
}

/// Creates the data dir, readable by its owner only (it holds health data).
fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)
}

fn write_atomically(dir: &Path, path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    let fail = |at: &Path| {
        let at = at.to_path_buf();
        move |source| StoreError::Write { path: at, source }
    };
    create_private_dir(dir).map_err(fail(dir))?;
    // tempfile creates the file with mode 0600 on unix.
    let mut temp = tempfile::Builder::new()
        .prefix(".history-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(fail(dir))?;
    temp.write_all(bytes).map_err(fail(path))?;
    temp.as_file().sync_all().map_err(fail(path))?;
    temp.persist(path).map_err(|e| fail(path)(e.error))?;
    // The rename itself is durable only once the directory is flushed.
    #[cfg(unix)]
    fs::File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(fail(dir))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn store() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path().join("data"));
        (dir, store)
    }

    #[test]
    fn a_missing_file_is_an_empty_history() {
        let (_dir, store) = store();
        assert_eq!(store.load_history().unwrap(), History::default());
    }

    #[test]
    fn unreadable_files_are_refused_and_left_byte_for_byte() {
        let bad: [&[u8]; 5] = [
            b"",
            b"{\"version\": 1, \"sessions\": [",
            b"\x00\xff garbage",
            b"{\"version\": \"one\", \"sessions\": []}",
            b"{\"version\": 1, \"sessions\": [{\"date\": 5}]}",
        ];
        for bytes in bad {
            let (_dir, store) = store();
            fs::create_dir_all(store.dir()).unwrap();
            fs::write(store.history_path(), bytes).unwrap();
            assert!(matches!(
                store.load_history(),
                Err(StoreError::Corrupt { .. })
            ));
            let record = sample_record();
            assert!(store.append_session(record).is_err());
            assert_eq!(fs::read(store.history_path()).unwrap(), bytes);
        }
    }

    #[test]
    fn a_newer_version_is_refused_untouched() {
        let (_dir, store) = store();
        fs::create_dir_all(store.dir()).unwrap();
        let bytes = b"{\"version\": 99, \"sessions\": [], \"future\": true}";
        fs::write(store.history_path(), bytes).unwrap();
        assert!(matches!(
            store.load_history(),
            Err(StoreError::Newer { found: 99, .. })
        ));
        assert!(store.append_session(sample_record()).is_err());
        assert_eq!(fs::read(store.history_path()).unwrap(), bytes);
    }

    #[test]
    fn appending_keeps_what_another_process_saved_and_round_trips() {
        let (_dir, store) = store();
        let first = store.append_session(sample_record()).unwrap();
        assert_eq!(first.sessions.len(), 1);
        // Another botsterk wrote meanwhile; our in-memory copy is stale but nothing is lost.
        let second = store.append_session(sample_record()).unwrap();
        assert_eq!(second.sessions.len(), 2);
        assert_eq!(store.load_history().unwrap(), second);
    }

    #[test]
    fn every_rewrite_keeps_the_previous_file_and_the_newest_five_stay() {
        let (_dir, store) = store();
        store.append_session(sample_record()).unwrap();
        assert!(
            store.backups().is_empty(),
            "nothing to back up the first time"
        );
        let mut written = vec![fs::read(store.history_path()).unwrap()];
        for _ in 0..7 {
            store.append_session(sample_record()).unwrap();
            written.push(fs::read(store.history_path()).unwrap());
        }
        let backups = store.backups();
        assert_eq!(backups.len(), BACKUPS_KEPT);
        // Newest first: the file as it was before the last write, and so on back.
        for (backup, expected) in backups.iter().zip(written.iter().rev().skip(1)) {
            assert!(
                &fs::read(backup).unwrap() == expected,
                "{}",
                backup.display()
            );
        }
    }

    #[test]
    fn backup_names_sort_by_time_then_sequence() {
        assert_eq!(
            backup_key("history-20261126-094501.json"),
            Some(("20261126-094501".into(), 1))
        );
        assert_eq!(
            backup_key("history-20261126-094501-12.json"),
            Some(("20261126-094501".into(), 12))
        );
        assert_eq!(backup_key("history-2026.json"), None);
        assert_eq!(backup_key("notes.txt"), None);
        assert!(
            backup_key("history-20261126-094501-9.json")
                < backup_key("history-20261126-094501-10.json")
        );
    }

    #[cfg(unix)]
    #[test]
    fn the_data_is_private() {
        use std::os::unix::fs::PermissionsExt;
        let (_dir, store) = store();
        store.append_session(sample_record()).unwrap();
        store.append_session(sample_record()).unwrap();
        let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(store.dir()), 0o700);
        assert_eq!(mode(&store.history_path()), 0o600);
        assert_eq!(mode(&store.backup_dir()), 0o700);
        assert_eq!(mode(&store.backups()[0]), 0o600);
    }

    #[test]
    fn a_data_dir_that_cannot_be_made_names_the_path() {
        let dir = tempfile::tempdir().unwrap();
        let blocker = dir.path().join("file");
        fs::write(&blocker, b"not a dir").unwrap();
        let store = Store::new(blocker.join("data"));
        let err = store
            .append_session(sample_record())
            .unwrap_err()
            .to_string();
        assert!(
            err.contains(&blocker.join("data").display().to_string()),
            "{err}"
        );
    }

    fn sample_record() -> SessionRecord {
        let file = include_str!("../tests/fixtures/history-v1.json");
        let history: History = serde_json::from_str(file).unwrap();
        history.sessions[0].clone()
    }
}
