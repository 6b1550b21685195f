//! The store's unit tests: refusing what cannot be read, backups, privacy.

use std::fs;

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
fn every_rewrite_keeps_the_previous_file_and_the_last_writes_stay() {
    let (_dir, store) = store();
    store.append_session(sample_record()).unwrap();
    assert!(
        store.backups().is_empty(),
        "nothing to back up the first time"
    );
    let mut written = vec![fs::read(store.history_path()).unwrap()];
    for _ in 0..BACKUPS_KEPT + 2 {
        store.append_session(sample_record()).unwrap();
        written.push(fs::read(store.history_path()).unwrap());
    }
    let backups = store.backups();
    // The last writes, and the state before the day's first change (all on one day).
    assert_eq!(backups.len(), BACKUPS_KEPT + 1);
    assert_eq!(fs::read(backups.last().unwrap()).unwrap(), written[0]);
    // Newest first: the file as it was before the last write, and so on back.
    for (backup, expected) in backups
        .iter()
        .take(BACKUPS_KEPT)
        .zip(written.iter().rev().skip(1))
    {
        assert!(
            &fs::read(backup).unwrap() == expected,
            "{}",
            backup.display()
        );
    }
}

#[test]
fn backup_names_sort_by_write_then_the_older_ones_by_time() {
    let key = |name: &str| backup_key(name).map(|k| (k.write, k.stamp, k.n));
    assert_eq!(
        key("history-000042-20261126-094501.json"),
        Some((42, "20261126-094501".into(), 1))
    );
    // The names of earlier builds: older than every counted one.
    assert_eq!(
        key("history-20261126-094501.json"),
        Some((0, "20261126-094501".into(), 1))
    );
    assert_eq!(
        key("history-20261126-094501-12.json"),
        Some((0, "20261126-094501".into(), 12))
    );
    for bad in [
        "history-2026.json",
        "notes.txt",
        "history-000000-20261126-094501.json",
        "history-x-20261126-094501.json",
    ] {
        assert_eq!(key(bad), None, "{bad}");
    }
    assert!(
        backup_key("history-20261126-094501-9.json")
            < backup_key("history-20261126-094501-10.json")
    );
    // A counted backup made by a clock set years back is still newer.
    assert!(
        backup_key("history-20991231-235959.json")
            < backup_key("history-000001-19990101-000000.json")
    );
    assert!(
        backup_key("history-000009-20991231-235959.json")
            < backup_key("history-000010-19990101-000000.json")
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
    let file = include_str!("../../tests/fixtures/history-v1.json");
    let history: History = serde_json::from_str(file).unwrap();
    history.sessions[0].clone()
}

#[test]
fn the_newest_good_backup_skips_damaged_and_newer_ones() {
    let (_dir, store) = store();
    assert_eq!(store.newest_good_backup(), None);
    for _ in 0..4 {
        store.append_session(sample_record()).unwrap();
    }
    let backups = store.backups();
    assert_eq!(backups.len(), 3);
    assert_eq!(store.newest_good_backup().as_ref(), Some(&backups[0]));
    fs::write(&backups[0], b"{\"version\": 1, \"sess").unwrap();
    fs::write(&backups[1], b"{\"version\": 99, \"sessions\": []}").unwrap();
    assert_eq!(store.newest_good_backup().as_ref(), Some(&backups[2]));
    fs::write(&backups[2], b"").unwrap();
    assert_eq!(store.newest_good_backup(), None);
}

#[test]
fn a_restore_keeps_the_replaced_history_aside_and_leaves_the_backups() {
    let (_dir, store) = store();
    for _ in 0..3 {
        store.append_session(sample_record()).unwrap();
    }
    let oldest = store.backups().pop().unwrap();
    let backups_before: Vec<_> = store.backups();
    let current = fs::read(store.history_path()).unwrap();
    let done = store.restore(&oldest).unwrap();
    assert_eq!(done.history, store.history_path());
    assert_eq!(done.backup, oldest);
    assert_eq!(done.sessions, 1);
    assert_eq!(
        fs::read(store.history_path()).unwrap(),
        fs::read(&oldest).unwrap()
    );
    let aside = done.replaced.expect("there was a history");
    assert_eq!(aside.parent(), Some(store.dir()));
    assert!(
        aside
            .file_name()
            .unwrap()
            .to_string_lossy()
            .starts_with("history.json.replaced-"),
        "{}",
        aside.display()
    );
    assert_eq!(fs::read(&aside).unwrap(), current);
    assert_eq!(store.backups(), backups_before);
    // A second restore within the same second keeps both replaced files.
    let again = store.restore(&oldest).unwrap();
    let second = again.replaced.unwrap();
    assert_ne!(second, aside);
    assert!(aside.exists() && second.exists());
}

#[test]
fn a_restore_of_something_unreadable_changes_nothing() {
    let (tmp, store) = store();
    store.append_session(sample_record()).unwrap();
    store.append_session(sample_record()).unwrap();
    let files_before = fs::read_dir(store.dir()).unwrap().count();
    let current = fs::read(store.history_path()).unwrap();
    let bad = tmp.path().join("bad.json");
    for (bytes, newer) in [
        (&b"{\"version\": 1"[..], false),
        (b"{\"version\": 5}", true),
    ] {
        fs::write(&bad, bytes).unwrap();
        let err = store.restore(&bad).unwrap_err();
        match err {
            StoreError::Newer { path, .. } if newer => assert_eq!(path, bad),
            StoreError::Corrupt { path, .. } if !newer => assert_eq!(path, bad),
            other => panic!("{other:?}"),
        }
        assert_eq!(fs::read(store.history_path()).unwrap(), current);
        assert_eq!(fs::read_dir(store.dir()).unwrap().count(), files_before);
    }
    let missing = tmp.path().join("missing.json");
    assert!(matches!(
        store.restore(&missing),
        Err(StoreError::Read { path, .. }) if path == missing
    ));
}
