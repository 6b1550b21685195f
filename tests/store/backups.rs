//! Issues 14 and 26: backups are ordered by write, not by the time in their names. A clock
//! that was ahead once, or a move to a time zone further west, never makes the newest
//! backup the one removed; the last 20 writes and the first backup of each of the last 30
//! days (the state before that day's first change) stay.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use botsterk::history::build;
use botsterk::store::{BACKUP_DAYS, BACKUPS_KEPT, Store};
use chrono::{Duration, NaiveDate, NaiveDateTime};

/// A store whose wall clock the test sets.
fn store_at(dir: &Path) -> (Store, Arc<Mutex<NaiveDateTime>>) {
    let now = Arc::new(Mutex::new(at(2026, 11, 26, 9)));
    let clock = Arc::clone(&now);
    let store = Store::with_clock(dir, move || *clock.lock().unwrap());
    (store, now)
}

fn at(y: i32, m: u32, d: u32, h: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(y, m, d)
        .unwrap()
        .and_hms_opt(h, 0, 0)
        .unwrap()
}

/// Saves a session and checks that the newest backup is the history as it was just before,
/// and that the save named that very backup.
fn save_and_check(store: &Store) -> PathBuf {
    let before = fs::read(store.history_path()).ok();
    let mut history = store.load_history().unwrap();
    history
        .sessions
        .push(build::beginner(build::d(2026, 11, 24)));
    let backup = store.save_history(&history).unwrap();
    let newest = store.backups().first().cloned();
    assert_eq!(backup, newest, "the save names the newest backup");
    if let (Some(before), Some(newest)) = (before, &newest) {
        assert_eq!(fs::read(newest).unwrap(), before, "{}", newest.display());
    }
    newest.unwrap_or_default()
}

#[test]
fn a_clock_that_was_ahead_once_never_makes_the_newest_backup_go() {
    let tmp = tempfile::tempdir().unwrap();
    let (store, now) = store_at(tmp.path());
    // Ahead by a year for a few saves.
    *now.lock().unwrap() = at(2027, 11, 26, 9);
    for _ in 0..4 {
        save_and_check(&store);
    }
    // Set right again: every later backup sorts newest, and is kept.
    *now.lock().unwrap() = at(2026, 11, 26, 9);
    let mut made = Vec::new();
    for _ in 0..BACKUPS_KEPT + 5 {
        made.push(save_and_check(&store));
        *now.lock().unwrap() += Duration::seconds(1);
    }
    let kept = store.backups();
    let mut expected: Vec<_> = made.iter().rev().take(BACKUPS_KEPT).cloned().collect();
    // And the state before the day's first change; the day a year ahead is no day.
    expected.push(made[0].clone());
    assert_eq!(
        kept, expected,
        "the last writes, newest first, and the day's first"
    );
}

#[test]
fn a_move_to_a_time_zone_further_west_keeps_the_order() {
    let tmp = tempfile::tempdir().unwrap();
    let (store, now) = store_at(tmp.path());
    // Amsterdam, then New York: local time jumps six hours back, mid-morning.
    for _ in 0..3 {
        save_and_check(&store);
        *now.lock().unwrap() += Duration::minutes(10);
    }
    *now.lock().unwrap() -= Duration::hours(6);
    for _ in 0..3 {
        save_and_check(&store);
        *now.lock().unwrap() += Duration::minutes(10);
    }
    assert_eq!(store.backups().len(), 5, "nothing removed below ten");
}

#[test]
fn a_backup_named_by_an_earlier_build_in_the_future_sorts_oldest() {
    let tmp = tempfile::tempdir().unwrap();
    let (store, _now) = store_at(tmp.path());
    save_and_check(&store);
    fs::create_dir_all(store.backup_dir()).unwrap();
    let old = store.backup_dir().join("history-20991231-235959.json");
    fs::write(&old, br#"{"version":1,"sessions":[]}"#).unwrap();
    let made = save_and_check(&store);
    assert_eq!(store.backups(), [made, old]);
}

#[test]
fn the_last_writes_and_the_first_of_each_of_the_last_thirty_days_are_kept() {
    let tmp = tempfile::tempdir().unwrap();
    let (store, now) = store_at(tmp.path());
    let first = at(2026, 10, 1, 8);
    let days = 45;
    let mut made: Vec<(i64, PathBuf)> = Vec::new();
    for day in 0..days {
        for write in 0..3 {
            *now.lock().unwrap() = first + Duration::days(day) + Duration::hours(write);
            made.push((day, save_and_check(&store)));
        }
    }
    // The first save made no backup.
    made.retain(|(_, p)| !p.as_os_str().is_empty());
    let today = days - 1;
    let mut expected: BTreeSet<PathBuf> = made
        .iter()
        .rev()
        .take(BACKUPS_KEPT)
        .map(|(_, p)| p.clone())
        .collect();
    for day in today + 1 - i64::try_from(BACKUP_DAYS).unwrap()..=today {
        // The state before the day's first change.
        let first = made.iter().find(|(d, _)| *d == day).unwrap();
        expected.insert(first.1.clone());
    }
    // Today's first backup is among the last writes, and its day is not counted until
    // three writes came after it: the day before the thirty is kept meanwhile.
    let day_before = made.iter().find(|(d, _)| *d == today - 30).unwrap();
    expected.insert(day_before.1.clone());
    let kept: BTreeSet<PathBuf> = store.backups().into_iter().collect();
    assert_eq!(kept, expected);
}

/// Issue 26: one write with the clock ten years ahead (or behind) deletes no backup the
/// days keep; every day's state before its first change stays.
#[test]
fn one_write_with_a_wrong_clock_deletes_no_day() {
    for wrong in [Duration::days(3650), Duration::days(-3650)] {
        let tmp = tempfile::tempdir().unwrap();
        let (store, now) = store_at(tmp.path());
        let first = at(2026, 10, 1, 8);
        let mut made = Vec::new();
        for day in 0..30 {
            for write in 0..2 {
                *now.lock().unwrap() = first + Duration::days(day) + Duration::hours(write);
                made.push((day, save_and_check(&store)));
            }
        }
        made.retain(|(_, p)| !p.as_os_str().is_empty());
        let before: BTreeSet<PathBuf> = store.backups().into_iter().collect();
        let last = *now.lock().unwrap();
        *now.lock().unwrap() = last + wrong;
        save_and_check(&store);
        for write in 1..4 {
            *now.lock().unwrap() = last + Duration::minutes(write);
            save_and_check(&store);
        }
        let kept: BTreeSet<PathBuf> = store.backups().into_iter().collect();
        for day in 0..30 {
            let first = &made.iter().find(|(d, _)| *d == day).unwrap().1;
            assert!(kept.contains(first), "{wrong:?}: day {day}'s first is gone");
        }
        assert!(kept.len() >= before.len(), "{wrong:?}");
    }
}
