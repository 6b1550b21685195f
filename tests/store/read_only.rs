//! A data folder nobody may write to: the history opens to read (one window at a time),
//! the commands that only read work, and a write is refused with the file untouched.
//! Permissions do not stop root: run as root, these tests check nothing and say so (the
//! release binary was tried by hand on a read-only bind mount, see the guide).
#![cfg(unix)]

use std::fs;
use std::os::unix::fs::PermissionsExt;

use botsterk::store::{Store, StoreError};

struct ReadOnly {
    _tmp: tempfile::TempDir,
    store: Store,
}

impl Drop for ReadOnly {
    fn drop(&mut self) {
        // Writable again, so the temp dir can be removed.
        let _ = fs::set_permissions(self.store.dir(), fs::Permissions::from_mode(0o700));
    }
}

/// A data folder with a history and no `.lock`, made read-only; `None` when this user
/// can write to it anyway (root).
fn read_only_folder() -> Option<ReadOnly> {
    let tmp = tempfile::tempdir().unwrap();
    let store = Store::new(tmp.path().join("data"));
    fs::create_dir_all(store.dir()).unwrap();
    fs::write(store.history_path(), br#"{"version":2,"sessions":[]}"#).unwrap();
    fs::set_permissions(store.dir(), fs::Permissions::from_mode(0o500)).unwrap();
    let folder = ReadOnly { _tmp: tmp, store };
    if folder.store.folder_is_read_only() {
        Some(folder)
    } else {
        eprintln!("skipped: this user can write to a folder without write permission");
        None
    }
}

#[test]
fn a_writable_folder_is_not_read_only() {
    let tmp = tempfile::tempdir().unwrap();
    assert!(!Store::new(tmp.path()).folder_is_read_only());
    assert!(!Store::new(tmp.path().join("not yet made")).folder_is_read_only());
}

#[test]
fn the_window_opens_a_read_only_folder_once_and_a_write_is_refused() {
    let Some(folder) = read_only_folder() else {
        return;
    };
    let store = &folder.store;
    let lock = store.lock_window().unwrap();
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
}
