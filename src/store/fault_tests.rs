//! Fault injection through the write path, in the spirit of SQLite's I/O-error tests: for
//! every N, the Nth step of a save (create the temp file, write, fsync, rename, fsync the
//! folder) fails, and every time the old files must be exactly as they were, the error must
//! name the file, and no temp file may be left. Then N+1, until the save needs fewer steps
//! than N and succeeds.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use tempfile::NamedTempFile;

use super::write::{FileOps, RealFs};
use super::{HISTORY_FILE, Store, StoreError};
use crate::history::{History, SessionRecord};

/// The real file system, except that step number `fail_at` (counting from 1) fails. A
/// failing write first writes half of its bytes, as a full disk does.
#[derive(Debug)]
struct FailAt {
    fail_at: usize,
    steps: AtomicUsize,
    failed: Mutex<Option<&'static str>>,
}

impl FailAt {
    fn new(fail_at: usize) -> Self {
        Self {
            fail_at,
            steps: AtomicUsize::new(0),
            failed: Mutex::new(None),
        }
    }

    /// Counts a step; an error if it is the one to fail.
    fn step(&self, name: &'static str) -> io::Result<()> {
        let n = self.steps.fetch_add(1, Ordering::SeqCst) + 1;
        if n == self.fail_at {
            *self.failed.lock().unwrap() = Some(name);
            return Err(io::Error::other(format!(
                "injected fault at step {n} ({name})"
            )));
        }
        Ok(())
    }

    fn failed(&self) -> Option<&'static str> {
        *self.failed.lock().unwrap()
    }
}

impl FileOps for FailAt {
    fn create_temp(&self, dir: &Path, prefix: &str) -> io::Result<NamedTempFile> {
        self.step("create temp")?;
        RealFs.create_temp(dir, prefix)
    }

    fn write(&self, file: &mut NamedTempFile, bytes: &[u8]) -> io::Result<()> {
        if let Err(e) = self.step("write") {
            RealFs.write(file, &bytes[..bytes.len() / 2])?;
            return Err(e);
        }
        RealFs.write(file, bytes)
    }

    fn sync_file(&self, file: &NamedTempFile) -> io::Result<()> {
        self.step("fsync file")?;
        RealFs.sync_file(file)
    }

    fn persist(&self, file: NamedTempFile, path: &Path) -> io::Result<()> {
        // Dropping `file` on the error removes it, as a failed real rename does.
        self.step("rename")?;
        RealFs.persist(file, path)
    }

    fn sync_dir(&self, dir: &Path) -> io::Result<()> {
        self.step("fsync folder")?;
        RealFs.sync_dir(dir)
    }
}

/// The real file system, except that nothing can be renamed onto one path.
#[derive(Debug)]
struct NoRenameOnto(PathBuf);

impl FileOps for NoRenameOnto {
    fn create_temp(&self, dir: &Path, prefix: &str) -> io::Result<NamedTempFile> {
        RealFs.create_temp(dir, prefix)
    }

    fn write(&self, file: &mut NamedTempFile, bytes: &[u8]) -> io::Result<()> {
        RealFs.write(file, bytes)
    }

    fn sync_file(&self, file: &NamedTempFile) -> io::Result<()> {
        RealFs.sync_file(file)
    }

    fn persist(&self, file: NamedTempFile, path: &Path) -> io::Result<()> {
        if path == self.0 {
            return Err(io::Error::other("injected: no rename onto this file"));
        }
        RealFs.persist(file, path)
    }

    fn sync_dir(&self, dir: &Path) -> io::Result<()> {
        RealFs.sync_dir(dir)
    }
}

/// Every file under `dir` with its bytes (the lock file aside).
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut files = BTreeMap::new();
    let Ok(entries) = fs::read_dir(dir) else {
        return files;
    };
    for entry in entries {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(snapshot(&path));
        } else {
            files.insert(path.clone(), fs::read(&path).unwrap());
        }
    }
    files
}

fn temp_files(dir: &Path) -> Vec<PathBuf> {
    snapshot(dir)
        .into_keys()
        .filter(|p| {
            let name = p.file_name().unwrap().to_string_lossy();
            name.ends_with(".tmp") || (name.starts_with('.') && name != ".lock")
        })
        .collect()
}

fn sample_record(minute: u32) -> SessionRecord {
    let file = include_str!("../../tests/fixtures/history-v1.json");
    let history: History = serde_json::from_str(file).unwrap();
    let mut record = history.sessions[0].clone();
    record.started_at += chrono::Duration::minutes(minute.into());
    record
}

/// Runs `save` with step 1, 2, ... failing, on a fresh copy of the data dir `prepare`
/// makes each time, until it succeeds. After every failure: the error is a write error
/// naming a file in the data dir that `names` accepts, every file that was there is there
/// with the same bytes, and there is no temp file. Returns the steps that failed.
fn fail_every_step(
    prepare: impl Fn(&Store),
    save: impl Fn(&Store) -> Result<(), StoreError>,
    names: impl Fn(&Store, &Path) -> bool,
) -> BTreeSet<&'static str> {
    let mut failed_steps = BTreeSet::new();
    for n in 1.. {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("data");
        prepare(&Store::new(&dir));
        let before = snapshot(&dir);
        let faults = Arc::new(FailAt::new(n));
        let store = Store::with_io(&dir, faults.clone());
        let result = save(&store);
        let Some(step) = faults.failed() else {
            result.unwrap_or_else(|e| panic!("no fault injected at step {n}, yet: {e}"));
            assert!(temp_files(&dir).is_empty(), "{:?}", temp_files(&dir));
            assert!(n > 1, "the save took no step at all");
            return failed_steps;
        };
        failed_steps.insert(step);
        let err = result.expect_err(&format!("step {n} ({step}) failed, yet the save succeeded"));
        match &err {
            StoreError::Write { path, .. } => {
                assert!(names(&store, path), "step {n} ({step}): {err}");
                assert!(
                    err.to_string().contains(&path.display().to_string()),
                    "{err}"
                );
            }
            other => panic!("step {n} ({step}): not a write error: {other:?}"),
        }
        let after = snapshot(&dir);
        assert!(
            temp_files(&dir).is_empty(),
            "step {n} ({step}): {:?}",
            temp_files(&dir)
        );
        for (path, bytes) in &before {
            assert!(
                after.get(path) == Some(bytes),
                "step {n} ({step}): {} changed or lost",
                path.display()
            );
        }
        let history = store.history_path();
        assert_eq!(
            before.contains_key(&history),
            after.contains_key(&history),
            "step {n} ({step}): a history appeared from a failed save"
        );
        // The same data dir works again once the disk does.
        save(&Store::new(&dir)).unwrap();
    }
    unreachable!()
}

fn all_steps() -> BTreeSet<&'static str> {
    BTreeSet::from([
        "create temp",
        "write",
        "fsync file",
        "rename",
        "fsync folder",
    ])
}

/// A history file or a backup (the file the error is about when a backup fails).
fn history_or_backup(store: &Store, path: &Path) -> bool {
    *path == store.history_path() || path.parent() == Some(&store.backup_dir())
}

#[test]
fn a_first_save_that_fails_at_any_step_leaves_no_history() {
    let failed = fail_every_step(
        |_| {},
        |store| store.append_session(sample_record(0)).map(drop),
        |store, path| *path == store.history_path(),
    );
    assert_eq!(failed, all_steps());
}

#[test]
fn a_save_that_fails_at_any_step_keeps_the_history_and_every_backup() {
    let failed = fail_every_step(
        |store| {
            // A full set of backups, so that a save would rotate one away.
            for minute in 0..=super::BACKUPS_KEPT as u32 {
                store.append_session(sample_record(minute)).unwrap();
            }
            assert_eq!(store.backups().len(), super::BACKUPS_KEPT);
        },
        |store| store.append_session(sample_record(100)).map(drop),
        history_or_backup,
    );
    assert_eq!(failed, all_steps());
}

#[test]
fn a_retried_save_does_not_push_out_good_backups() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    let store = Store::new(&dir);
    for minute in 0..=super::BACKUPS_KEPT as u32 {
        store.append_session(sample_record(minute)).unwrap();
    }
    let backups = snapshot(&store.backup_dir());
    // The rename onto the history fails, again and again (a retry after each failure).
    let failing = Store::with_io(&dir, Arc::new(NoRenameOnto(store.history_path())));
    for _ in 0..10 {
        assert!(failing.append_session(sample_record(100)).is_err());
    }
    let after = snapshot(&store.backup_dir());
    for (path, bytes) in &backups {
        assert_eq!(after.get(path), Some(bytes), "{}", path.display());
    }
    assert_eq!(after.len(), backups.len() + 1, "one new backup, not ten");
    store.append_session(sample_record(100)).unwrap();
    // The last writes, and the state before the day's first change.
    assert_eq!(store.backups().len(), super::BACKUPS_KEPT + 1);
}

#[test]
fn a_journal_save_that_fails_at_any_step_keeps_the_journal() {
    let failed = fail_every_step(
        |store| store.save_journal(&vec![1, 2, 3]).unwrap(),
        |store| store.save_journal(&vec![1, 2, 3, 4]),
        |store, path| *path == store.journal_path(),
    );
    assert_eq!(failed, all_steps());
    let failed = fail_every_step(
        |_| {},
        |store| store.save_journal(&vec![1]),
        |store, path| *path == store.journal_path(),
    );
    assert_eq!(failed, all_steps());
}

#[test]
fn a_restore_that_fails_at_any_step_keeps_the_history_and_the_backups() {
    let failed = fail_every_step(
        |store| {
            for minute in 0..3 {
                store.append_session(sample_record(minute)).unwrap();
            }
        },
        |store| {
            let oldest = store.backups().pop().unwrap();
            store.restore(&oldest).map(drop)
        },
        |store, path| {
            *path == store.history_path()
                || path
                    .file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with(HISTORY_FILE))
        },
    );
    assert_eq!(failed, all_steps());
}

#[test]
fn a_journal_removal_whose_flush_fails_names_the_journal() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    Store::new(&dir).save_journal(&[1]).unwrap();
    let store = Store::with_io(&dir, Arc::new(FailAt::new(1)));
    let err = store.remove_journal().unwrap_err();
    assert!(
        matches!(&err, StoreError::Write { path, .. } if *path == store.journal_path()),
        "{err:?}"
    );
}

/// Issue 33: `leave-out` changes the history (the answer) and the profile (the left-out
/// list). For every step N of it failing: either nothing changed (no answer, no list, both
/// files byte for byte as they were, the error names a file), or the change stands whole
/// (every read has both, and the next lock writes both); never one without the other.
#[test]
fn a_leave_out_that_fails_at_any_step_is_whole_or_not_at_all() {
    use crate::history::{Effort, PainAnswer};
    use crate::lang::Lang;
    use crate::profile::Profile;
    let exercise = "wall-push-up";
    let left_out = |store: &Store| {
        let history = store.load_history().unwrap();
        let answered = history
            .pain_checks
            .iter()
            .any(|a| a.exercise == exercise && a.answer == PainAnswer::LeaveOut);
        let listed = store
            .load_profile()
            .unwrap()
            .is_some_and(|p| p.left_out.iter().any(|id| id == exercise));
        assert_eq!(answered, listed, "the answer and the list go together");
        answered
    };
    let mut outcomes = BTreeSet::new();
    for n in 1.. {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("data");
        let real = Store::new(&dir);
        let mut record = sample_record(0);
        record.exercises[0].effort = Some(Effort::Pain);
        assert_eq!(record.exercises[0].id, exercise);
        real.append_session(record).unwrap();
        {
            let lock = real.lock(std::time::Duration::ZERO).unwrap();
            real.update_profile(&lock, Profile::defaults(Lang::En), |_| {})
                .unwrap();
        }
        let history = real.load_history().unwrap();
        let today = history.sessions[0].date;
        let answer =
            crate::coach::pain::answer(&history, exercise, PainAnswer::LeaveOut, today).unwrap();
        let before = snapshot(&dir);
        let faults = Arc::new(FailAt::new(n));
        let store = Store::with_io(&dir, faults.clone());
        let lock = store.lock(std::time::Duration::ZERO).unwrap();
        let result = store.leave_out(&lock, answer, Lang::En);
        let step = faults.failed();
        match result {
            Err(e) => {
                assert!(matches!(e, StoreError::Write { .. }), "step {n}: {e:?}");
                assert!(!left_out(&real), "step {n}: failed, yet left out");
                assert!(!real.pending_path().exists());
                let after = snapshot(&dir);
                for (path, bytes) in &before {
                    assert!(after.get(path) == Some(bytes), "step {n}: {path:?} changed");
                }
                outcomes.insert("nothing");
            }
            Ok(written) => {
                assert!(written.profile.left_out.iter().any(|id| id == exercise));
                assert!(left_out(&real), "step {n}: recorded, so it counts");
                if written.unfinished.is_some() {
                    outcomes.insert("recorded, finished by the next lock");
                    drop(lock);
                    drop(real.lock(std::time::Duration::ZERO).unwrap());
                } else {
                    outcomes.insert("whole");
                }
                // On disk now, both, and no record of a change in progress.
                assert!(!real.pending_path().exists(), "step {n}");
                let on_disk = fs::read_to_string(real.history_path()).unwrap();
                assert!(on_disk.contains("leave_out"), "step {n}");
                let profile = fs::read_to_string(real.profile_path()).unwrap();
                assert!(profile.contains(exercise), "step {n}");
            }
        }
        assert!(
            temp_files(&dir).is_empty(),
            "step {n}: {:?}",
            temp_files(&dir)
        );
        if step.is_none() {
            break;
        }
    }
    assert_eq!(
        outcomes,
        BTreeSet::from(["nothing", "recorded, finished by the next lock", "whole"])
    );
}

/// A botsterk killed between the two files: the record of the change is there, one file
/// has it. Every read has both, and the next lock writes the other.
#[test]
fn a_leave_out_killed_between_the_files_counts_whole_and_is_finished_at_the_next_lock() {
    use crate::history::{Effort, PainAnswer};
    use crate::lang::Lang;
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    let store = Store::new(&dir);
    let mut record = sample_record(0);
    record.exercises[0].effort = Some(Effort::Pain);
    store.append_session(record).unwrap();
    let history = store.load_history().unwrap();
    let today = history.sessions[0].date;
    let answer =
        crate::coach::pain::answer(&history, "wall-push-up", PainAnswer::LeaveOut, today).unwrap();
    // As if killed after the record and the history: the profile never written.
    let pending = serde_json::json!({"version": 1, "leave_out": answer, "lang": "nl"});
    fs::write(store.pending_path(), pending.to_string()).unwrap();
    let mut history = history;
    history.pain_checks.push(answer.clone());
    store.save_history(&history).unwrap();
    assert!(!store.profile_path().exists());
    let profile = store.load_profile().unwrap().expect("made by the change");
    assert_eq!(profile.left_out, ["wall-push-up"]);
    assert_eq!(profile.lang, Lang::Nl);
    assert_eq!(
        store.load_history().unwrap().pain_checks,
        std::slice::from_ref(&answer)
    );
    drop(store.lock(std::time::Duration::ZERO).unwrap());
    assert!(!store.pending_path().exists());
    let on_disk: crate::profile::Profile =
        serde_json::from_slice(&fs::read(store.profile_path()).unwrap()).unwrap();
    assert_eq!(on_disk.left_out, ["wall-push-up"]);
    assert_eq!(store.load_history().unwrap().pain_checks, [answer]);
}
