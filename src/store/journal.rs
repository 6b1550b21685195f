//! The session in progress, written after every set so that a crash loses at most the set
//! being done. What it holds is the caller's business; the store only keeps it durably.

use std::path::PathBuf;

use super::write::{remove_durably, write_atomically};
use super::{FileKind, Store, StoreError, read_if_exists, reason};

/// The file name of the journal inside the data dir.
pub const JOURNAL_FILE: &str = "session-in-progress.json";

impl Store {
    /// Where the session in progress is kept: `session-in-progress.json` in the data dir.
    #[must_use]
    pub fn journal_path(&self) -> PathBuf {
        self.dir.join(JOURNAL_FILE)
    }

    /// Writes `value` as the journal, atomically and durably like the history (no backups:
    /// the journal is replaced after every set).
    ///
    /// # Errors
    /// [`StoreError::Write`] naming the journal; the previous journal is then as it was.
    pub fn save_journal<T: serde::Serialize>(&self, value: &T) -> Result<(), StoreError> {
        let path = self.journal_path();
        let json = serde_json::to_vec_pretty(value).map_err(|e| StoreError::Write {
            path: path.clone(),
            source: std::io::Error::other(e),
        })?;
        let previous = read_if_exists(&path)?;
        write_atomically(&*self.io, &path, &json, previous.as_deref())
    }

    /// Reads the journal: `None` when there is none.
    ///
    /// # Errors
    /// [`StoreError::Read`], or [`StoreError::Corrupt`] naming the journal when it does not
    /// parse as a `T`; the file is then left as it is.
    pub fn load_journal<T: serde::de::DeserializeOwned>(&self) -> Result<Option<T>, StoreError> {
        let path = self.journal_path();
        let Some(bytes) = read_if_exists(&path)? else {
            return Ok(None);
        };
        serde_json::from_slice(super::read::without_bom(&bytes))
            .map(Some)
            .map_err(|e| StoreError::Corrupt {
                path,
                kind: FileKind::Journal,
                reason: reason::plain(&e),
            })
    }

    /// Removes the journal (there being none is fine), durably.
    ///
    /// # Errors
    /// [`StoreError::Write`] naming the journal, when it cannot be removed or the removal
    /// not flushed to disk (it may then be gone already, or come back after a crash).
    pub fn remove_journal(&self) -> Result<(), StoreError> {
        remove_durably(&*self.io, &self.journal_path())
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;
    use std::fs;

    use super::*;

    type Journal = BTreeMap<String, Vec<u32>>;

    fn store() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path().join("data"));
        (dir, store)
    }

    fn sample() -> Journal {
        BTreeMap::from([("chair-squat".to_owned(), vec![10, 9])])
    }

    #[test]
    fn the_journal_lives_beside_the_history() {
        let (_dir, store) = store();
        assert_eq!(
            store.journal_path(),
            store.dir().join("session-in-progress.json")
        );
    }

    #[test]
    fn no_journal_is_none() {
        let (_dir, store) = store();
        assert_eq!(store.load_journal::<Journal>().unwrap(), None);
    }

    #[test]
    fn a_saved_journal_reads_back_and_is_replaced_whole() {
        let (_dir, store) = store();
        store.save_journal(&sample()).unwrap();
        assert_eq!(store.load_journal::<Journal>().unwrap(), Some(sample()));
        let mut next = sample();
        next.insert("heel-raise".into(), vec![15]);
        store.save_journal(&next).unwrap();
        assert_eq!(store.load_journal::<Journal>().unwrap(), Some(next));
        assert!(store.backups().is_empty(), "the journal is not backed up");
        assert!(!store.history_path().exists());
    }

    #[cfg(unix)]
    #[test]
    fn the_journal_is_private() {
        use std::os::unix::fs::PermissionsExt;
        let (_dir, store) = store();
        store.save_journal(&sample()).unwrap();
        let mode = |p: &std::path::Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(store.dir()), 0o700);
        assert_eq!(mode(&store.journal_path()), 0o600);
    }

    #[test]
    fn an_unreadable_journal_is_corrupt_names_the_file_and_is_left_as_is() {
        let (_dir, store) = store();
        fs::create_dir_all(store.dir()).unwrap();
        for bytes in [&b"{\"chair-squat\": [10,"[..], b"", b"[1, 2]", b"\xff\xfe"] {
            fs::write(store.journal_path(), bytes).unwrap();
            let err = store.load_journal::<Journal>().unwrap_err();
            assert!(
                matches!(&err, StoreError::Corrupt { path, .. } if *path == store.journal_path()),
                "{err:?}"
            );
            assert!(err.to_string().contains(JOURNAL_FILE), "{err}");
            assert_eq!(fs::read(store.journal_path()).unwrap(), bytes);
        }
    }

    #[test]
    fn removing_the_journal_twice_is_fine() {
        let (_dir, store) = store();
        store.remove_journal().unwrap();
        store.save_journal(&sample()).unwrap();
        store.remove_journal().unwrap();
        assert!(!store.journal_path().exists());
        store.remove_journal().unwrap();
        assert_eq!(store.load_journal::<Journal>().unwrap(), None);
    }

    #[test]
    fn a_journal_that_cannot_be_removed_names_the_file() {
        let (_dir, store) = store();
        // A folder where the journal should be: remove_file refuses it.
        fs::create_dir_all(store.journal_path()).unwrap();
        let err = store.remove_journal().unwrap_err();
        assert!(matches!(err, StoreError::Write { .. }), "{err:?}");
        assert!(err.to_string().contains(JOURNAL_FILE), "{err}");
    }
}
