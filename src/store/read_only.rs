//! Whether anything can be saved in the data folder: a read-only folder (a disk mounted
//! read-only, a copy without write permission) still opens the history to read.

use std::io::ErrorKind;

use super::Store;

impl Store {
    /// True when the data folder exists and no file can be made in it. Tried with a temp
    /// file that has no name and is gone when closed, so nothing is left behind.
    #[must_use]
    pub fn folder_is_read_only(&self) -> bool {
        if !self.dir.is_dir() {
            return false;
        }
        match self.io.probe_dir(&self.dir) {
            Ok(_) => false,
            Err(e) => matches!(
                e.kind(),
                ErrorKind::PermissionDenied | ErrorKind::ReadOnlyFilesystem
            ),
        }
    }
}

/// A folder nobody may write to, played through the store's file seam: permissions do not
/// stop root, so a real read-only folder would check nothing when the tests run as root.
#[cfg(test)]
mod tests {
    use std::fs::{self, File};
    use std::io::{self, ErrorKind};
    use std::path::Path;
    use std::sync::Arc;

    use tempfile::NamedTempFile;

    use super::super::write::{FileOps, RealFs};
    use super::super::{Store, StoreError};

    /// Every attempt to make or change a file is refused as on a folder without write
    /// permission; reading is the real file system's.
    #[derive(Debug)]
    struct ReadOnlyFs;

    fn denied() -> io::Error {
        io::Error::from(ErrorKind::PermissionDenied)
    }

    impl FileOps for ReadOnlyFs {
        fn create_temp(&self, _dir: &Path, _prefix: &str) -> io::Result<NamedTempFile> {
            Err(denied())
        }
        fn write(&self, _file: &mut NamedTempFile, _bytes: &[u8]) -> io::Result<()> {
            Err(denied())
        }
        fn sync_file(&self, file: &NamedTempFile) -> io::Result<()> {
            RealFs.sync_file(file)
        }
        fn persist(&self, _file: NamedTempFile, _path: &Path) -> io::Result<()> {
            Err(denied())
        }
        fn sync_dir(&self, dir: &Path) -> io::Result<()> {
            RealFs.sync_dir(dir)
        }
        fn open_lock(&self, path: &Path) -> io::Result<File> {
            // As the real open does: an existing lock file opens read-only, a new one
            // cannot be made.
            File::open(path).map_err(|_| denied())
        }
        fn probe_dir(&self, _dir: &Path) -> io::Result<()> {
            Err(denied())
        }
    }

    /// A data folder with a history and no `.lock`, that cannot be written.
    fn read_only_folder() -> (tempfile::TempDir, Store) {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("data");
        fs::create_dir_all(&dir).unwrap();
        fs::write(dir.join("history.json"), br#"{"version":2,"sessions":[]}"#).unwrap();
        (tmp, Store::with_io(dir, Arc::new(ReadOnlyFs)))
    }

    #[test]
    fn a_writable_folder_is_not_read_only() {
        let tmp = tempfile::tempdir().unwrap();
        assert!(!Store::new(tmp.path()).folder_is_read_only());
        assert!(!Store::new(tmp.path().join("not yet made")).folder_is_read_only());
    }

    #[test]
    fn a_folder_that_refuses_every_new_file_is_read_only() {
        let (_tmp, store) = read_only_folder();
        assert!(store.folder_is_read_only());
    }

    #[test]
    fn the_window_opens_a_read_only_folder_once_and_a_write_is_refused() {
        let (_tmp, store) = read_only_folder();
        let lock = store.lock_window().unwrap();
        // No lock file could be made: the folder itself is what is locked.
        assert!(!store.dir().join(".lock").exists());
        assert!(matches!(
            store.lock_window(),
            Err(StoreError::Locked { .. })
        ));
        assert!(store.load_history().unwrap().sessions.is_empty());
        let before = fs::read(store.history_path()).unwrap();
        assert!(matches!(
            store.update(|_| {}),
            Err(StoreError::Write { .. })
        ));
        assert_eq!(fs::read(store.history_path()).unwrap(), before);
        drop(lock);
        // Let go, it opens again.
        drop(store.lock_window().unwrap());
    }
}
