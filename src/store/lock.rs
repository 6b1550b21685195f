//! One writer at a time: an exclusive lock on `.lock` in the data dir, held by the TUI for
//! as long as it runs and by each writing command while it writes.

use std::fs::{File, TryLockError};
use std::io::{Seek, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::write::ensure_private_dir;
use super::{Store, StoreError};

/// The lock file inside the data dir. It is never removed: removing a lock file while
/// another process waits on it would let two writers in.
pub const LOCK_FILE: &str = ".lock";

/// How often a waiting [`Store::lock`] tries again.
const POLL: Duration = Duration::from_millis(50);

/// Who holds the lock: written into the lock file by the holder, so that a botsterk that
/// is refused can say whether a window is open or a command is busy writing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Holder {
    /// The TUI, for as long as it runs.
    Window,
    /// A command, for the moment it writes.
    Command,
}

impl Holder {
    fn word(self) -> &'static str {
        match self {
            Self::Window => "window",
            Self::Command => "command",
        }
    }

    fn from_word(text: &str) -> Option<Self> {
        match text.trim() {
            "window" => Some(Self::Window),
            "command" => Some(Self::Command),
            _ => None,
        }
    }
}

/// The lock of a data dir, held until dropped (or until the process ends, however it
/// ends: the system releases it).
#[derive(Debug)]
pub struct DataLock {
    file: File,
    path: PathBuf,
}

impl DataLock {
    /// The lock file.
    #[must_use]
    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl Drop for DataLock {
    fn drop(&mut self) {
        // Closing the file releases it too; unlocking first says so plainly.
        let _ = self.file.unlock();
    }
}

impl Store {
    /// Takes the exclusive lock of the data dir (creating the dir and its private `.lock`
    /// file if needed), trying again every 50 ms until `wait` has passed.
    /// `Duration::ZERO` tries once.
    ///
    /// # Errors
    /// [`StoreError::Locked`] when another botsterk still holds it after `wait`;
    /// [`StoreError::Write`] naming the lock file when it cannot be made or locked at all.
    pub fn lock(&self, wait: Duration) -> Result<DataLock, StoreError> {
        self.lock_as(wait, Holder::Command)
    }

    /// Takes the lock for the TUI: once, without waiting (one window per data dir).
    ///
    /// # Errors
    /// As [`Store::lock`].
    pub fn lock_window(&self) -> Result<DataLock, StoreError> {
        self.lock_as(Duration::ZERO, Holder::Window)
    }

    fn lock_as(&self, wait: Duration, holder: Holder) -> Result<DataLock, StoreError> {
        let path = self.dir.join(LOCK_FILE);
        let fail = |source| StoreError::Write {
            path: path.clone(),
            source,
        };
        ensure_private_dir(self.io.as_ref(), &self.dir).map_err(fail)?;
        let file = self
            .io
            .open_lock(&path)
            .or_else(|e| lock_read_only_folder(&self.dir, e))
            .map_err(fail)?;
        let deadline = Instant::now() + wait;
        loop {
            match file.try_lock() {
                Ok(()) => {
                    // Only words for a message: a lock file that cannot be written (a
                    // read-only disk) still locks.
                    let mut file = file;
                    let _ = file
                        .set_len(0)
                        .and_then(|()| file.rewind())
                        .and_then(|()| file.write_all(holder.word().as_bytes()));
                    // Every write is made under this lock, so a temp file found now is
                    // left by a write that was killed.
                    self.remove_leftover_temps();
                    let lock = DataLock { file, path };
                    // A two-file change a killed botsterk left half written is finished
                    // now. If it cannot be, every read still includes it, and the next
                    // lock tries again.
                    let _ = self.finish_pending(&lock);
                    return Ok(lock);
                }
                Err(TryLockError::WouldBlock) => {
                    let left = deadline.saturating_duration_since(Instant::now());
                    if left.is_zero() {
                        let holder = std::fs::read_to_string(&path)
                            .ok()
                            .and_then(|text| Holder::from_word(&text));
                        return Err(StoreError::Locked { path, holder });
                    }
                    std::thread::sleep(left.min(POLL));
                }
                Err(TryLockError::Error(e)) => return Err(fail(e)),
            }
        }
    }
}

/// In a folder nobody may write to, where `.lock` cannot be made: the folder itself is
/// locked instead (on unix a folder opens read-only), so that the history still opens to
/// read, one window at a time. Nothing can be written there, so nothing needs the lock
/// file's exclusion from writers.
fn lock_read_only_folder(dir: &Path, error: std::io::Error) -> std::io::Result<File> {
    use std::io::ErrorKind::{PermissionDenied, ReadOnlyFilesystem};
    if cfg!(unix) && matches!(error.kind(), PermissionDenied | ReadOnlyFilesystem) {
        File::open(dir).map_err(|_| error)
    } else {
        Err(error)
    }
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
    fn a_second_lock_fails_while_the_first_lives_and_succeeds_after() {
        let (_dir, store) = store();
        let first = store.lock_window().unwrap();
        assert_eq!(first.path(), store.dir().join(".lock"));
        // Another handle on the same file, in the same process, is refused: the lock
        // belongs to the open file, not to the process.
        let err = store.lock(Duration::ZERO).unwrap_err();
        assert!(
            matches!(&err, StoreError::Locked { path, holder: Some(Holder::Window) } if *path == store.dir().join(".lock")),
            "{err:?}"
        );
        assert!(
            err.to_string()
                .contains("already open in another botsterk window"),
            "{err}"
        );
        drop(first);
        let again = store.lock(Duration::ZERO).unwrap();
        // A command holding it is not "another window".
        let err = store.lock(Duration::ZERO).unwrap_err();
        assert!(
            matches!(
                &err,
                StoreError::Locked {
                    holder: Some(Holder::Command),
                    ..
                }
            ),
            "{err:?}"
        );
        assert!(
            err.to_string().contains("another botsterk command"),
            "{err}"
        );
        drop(again);
    }

    #[test]
    fn waiting_gives_up_after_the_wait_and_not_long_before() {
        let (_dir, store) = store();
        let _held = store.lock(Duration::ZERO).unwrap();
        let wait = Duration::from_millis(200);
        let start = Instant::now();
        assert!(matches!(store.lock(wait), Err(StoreError::Locked { .. })));
        let took = start.elapsed();
        assert!(took >= wait, "{took:?}");
        assert!(took < wait * 10, "{took:?}");
    }

    #[test]
    fn a_waiting_lock_gets_it_when_the_holder_lets_go() {
        let (_dir, store) = store();
        let held = store.lock(Duration::ZERO).unwrap();
        let (tx, rx) = std::sync::mpsc::channel();
        let waiter = {
            let store = store.clone();
            std::thread::spawn(move || {
                tx.send(()).unwrap();
                store.lock(Duration::from_secs(10)).map(drop)
            })
        };
        rx.recv().unwrap();
        drop(held);
        waiter.join().unwrap().unwrap();
    }

    #[cfg(unix)]
    #[test]
    fn the_lock_file_is_private() {
        use std::os::unix::fs::PermissionsExt;
        let (_dir, store) = store();
        let lock = store.lock(Duration::ZERO).unwrap();
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(store.dir()), 0o700);
        assert_eq!(mode(lock.path()), 0o600);
    }

    #[test]
    fn a_lock_that_cannot_be_made_names_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let blocker = dir.path().join("file");
        std::fs::write(&blocker, b"not a dir").unwrap();
        let store = Store::new(blocker.join("data"));
        let err = store.lock(Duration::ZERO).unwrap_err();
        assert!(matches!(err, StoreError::Write { .. }), "{err:?}");
        assert!(err.to_string().contains(".lock"), "{err}");
    }
}
