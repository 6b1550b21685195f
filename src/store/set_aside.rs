//! A journal this build cannot read (damaged, or written by a newer botsterk) holds the
//! only copy of an unfinished session: it is never overwritten nor deleted. It is renamed
//! to a name that says so, and the next session writes a journal of its own.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use super::{BACKUP_STAMP, JOURNAL_FILE, Store, StoreError};

impl Store {
    /// Renames the journal to `session-in-progress.unreadable-YYYYMMDD-HHMMSS[-N].json`
    /// beside it (never over another file), durably, and returns the new path. The bytes
    /// are not touched: a rename keeps them exactly.
    ///
    /// # Errors
    /// [`StoreError::Write`] naming the journal when it cannot be renamed; it is then
    /// where it was, and nothing else changed.
    pub fn set_aside_journal(&self) -> Result<PathBuf, StoreError> {
        let from = self.journal_path();
        let stamp = self.clock.now().format(BACKUP_STAMP).to_string();
        let stem = JOURNAL_FILE.strip_suffix(".json").unwrap_or(JOURNAL_FILE);
        let fail = |source| StoreError::Write {
            path: from.clone(),
            source,
        };
        for n in 1..=1000_u32 {
            let suffix = if n == 1 {
                String::new()
            } else {
                format!("-{n}")
            };
            let to = self
                .dir
                .join(format!("{stem}.unreadable-{stamp}{suffix}.json"));
            match rename_no_replace(&from, &to) {
                Ok(()) => {
                    self.io.sync_dir(&self.dir).map_err(fail)?;
                    return Ok(to);
                }
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {}
                Err(e) => return Err(fail(e)),
            }
        }
        Err(fail(io::Error::other(
            "too many unreadable journals set aside",
        )))
    }
}

/// Renames `from` to `to`, refusing (`AlreadyExists`) when `to` exists: a second name is
/// made first (which the system refuses over an existing file), then the first removed.
/// Where links cannot be made, a plain rename after checking that `to` is free.
fn rename_no_replace(from: &Path, to: &Path) -> io::Result<()> {
    match fs::hard_link(from, to) {
        Ok(()) => fs::remove_file(from),
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Err(e),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Err(e),
        Err(_) if to.exists() => Err(io::ErrorKind::AlreadyExists.into()),
        Err(_) => fs::rename(from, to),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unreadable_journal_is_renamed_unchanged_and_never_over_another() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path());
        let mut aside = Vec::new();
        for bytes in [&b"{\"version\": 99"[..], b"\xff\xfe"] {
            fs::write(store.journal_path(), bytes).unwrap();
            let to = store.set_aside_journal().unwrap();
            assert!(!store.journal_path().exists());
            assert_eq!(fs::read(&to).unwrap(), bytes, "the bytes are kept exactly");
            let name = to.file_name().unwrap().to_str().unwrap().to_owned();
            assert!(
                name.starts_with("session-in-progress.unreadable-") && name.ends_with(".json"),
                "{name}"
            );
            aside.push(to);
        }
        // Two in the same second: the second gets its own name, the first is kept.
        assert_ne!(aside[0], aside[1]);
        assert_eq!(fs::read(&aside[0]).unwrap(), b"{\"version\": 99");
    }

    #[test]
    fn no_journal_to_set_aside_is_an_error_that_names_it() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path());
        let err = store.set_aside_journal().unwrap_err();
        assert!(err.to_string().contains(JOURNAL_FILE), "{err}");
    }
}
