//! Temp files of writes killed before their rename are removed when the lock is taken
//! (the window at start, a command before it writes); nothing else in the folder is.

use std::fs;
use std::time::Duration;

use botsterk::store::Store;

const OURS: [&str; 5] = [
    ".history.json.a1B2c3.tmp",
    ".profile.json.Zz9Yy8.tmp",
    ".session-in-progress.json.000000.tmp",
    ".history.json.replaced-20261126-094501.q1w2e3.tmp",
    "backups/.history-7-20261126-094501.json.AbCdEf.tmp",
];

const THEIRS: [&str; 5] = [
    "history.json",
    "notes.tmp",
    ".notes.txt.a1B2c3.tmp",
    ".history.json.tmp",
    "backups/.my-copy.json.a1B2c3.tmp",
];

fn data_with_leftovers() -> (tempfile::TempDir, Store) {
    let tmp = tempfile::tempdir().unwrap();
    let store = Store::new(tmp.path().join("data"));
    fs::create_dir_all(store.dir().join("backups")).unwrap();
    for name in OURS.iter().chain(&THEIRS) {
        fs::write(store.dir().join(name), b"{\"version\": 2, \"sess").unwrap();
    }
    (tmp, store)
}

#[test]
fn taking_the_lock_removes_the_leftovers_of_killed_writes_and_nothing_else() {
    for window in [false, true] {
        let (_tmp, store) = data_with_leftovers();
        let lock = if window {
            store.lock_window()
        } else {
            store.lock(Duration::ZERO)
        }
        .unwrap();
        for name in OURS {
            assert!(!store.dir().join(name).exists(), "{name} is still there");
        }
        for name in THEIRS {
            assert!(store.dir().join(name).exists(), "{name} was removed");
        }
        drop(lock);
    }
}

#[test]
fn a_command_that_writes_removes_them_before_it_writes() {
    let (_tmp, store) = data_with_leftovers();
    let out = crate::common::std_botsterk()
        .env("LANG", "C")
        .arg("--data-dir")
        .arg(store.dir())
        .args(["--lang", "en", "weight", "goblet-squat", "8"])
        .output()
        .unwrap();
    // history.json here is not a history: the write is refused, the leftovers are gone.
    assert_eq!(out.status.code(), Some(1));
    for name in OURS {
        assert!(!store.dir().join(name).exists(), "{name} is still there");
    }
    assert!(store.dir().join("history.json").exists());
}
