//! The backups: before each rewrite the history as it was is copied to
//! `backups/history-<write>-<YYYYMMDD-HHMMSS>.json`.
//!
//! They are ordered by `<write>`, a counter one higher than the highest before it, never by
//! the time in the name: a clock that was ahead once, or a move to a time zone further
//! west, cannot make the newest backup sort as the oldest and be removed. The time is in
//! the name for people, and to keep one backup a day.
//!
//! Kept: the last [`BACKUPS_KEPT`] writes, and the first backup of each of the last
//! [`BACKUP_DAYS`] days with a write (by the date in its name): the history as it was
//! before that day's first change, so the state before a day of corrections is still
//! there a month later. The days are ranked by their first write's counter, never by the
//! clock: a write with the clock ten years ahead (or behind) is one more day among them,
//! and deletes nothing the rule keeps. The one just written is never removed.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::NaiveDate;

use super::write::write_atomically;
use super::{Saved, Store, StoreError, parse_at, read_history_at, read_if_exists};

/// How many of the last writes keep their backup.
pub const BACKUPS_KEPT: usize = 20;
/// Of how many days with a write (the last ones) the first backup is kept.
pub const BACKUP_DAYS: u64 = 30;
/// The folder of the backups inside the data dir.
pub const BACKUP_DIR: &str = "backups";
/// The longest write counter botsterk reads in a backup's name.
const MAX_COUNTER_DIGITS: usize = 12;
/// The time in backup and set-aside names: `20261126-094501`.
pub(crate) const BACKUP_STAMP: &str = "%Y%m%d-%H%M%S";

/// Where a backup stands among the others: higher is newer.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct BackupKey {
    /// The write's counter; 0 for the backups of earlier builds (named by time only),
    /// which are all older than every counted one.
    pub write: u64,
    /// `YYYYMMDD-HHMMSS`: orders only the uncounted ones among themselves.
    pub stamp: String,
    /// Their `-N` within one second.
    pub n: u32,
}

impl BackupKey {
    /// The local day the backup was made on, as its name says.
    fn day(&self) -> Option<NaiveDate> {
        NaiveDate::parse_from_str(self.stamp.get(..8)?, "%Y%m%d").ok()
    }
}

/// Which file a backup is of: the history, or the profile (`profile.json`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Of {
    History,
    Profile,
}

impl Of {
    fn prefix(self) -> &'static str {
        match self {
            Self::History => "history-",
            Self::Profile => "profile-",
        }
    }
}

/// Reads a backup's name: `history-<write>-<YYYYMMDD-HHMMSS>.json`, or the older
/// `history-<YYYYMMDD-HHMMSS>[-N].json`.
pub(crate) fn backup_key(name: &str) -> Option<BackupKey> {
    backup_key_of(Of::History, name)
}

/// Reads the name of a backup of `of`: `profile-<write>-<YYYYMMDD-HHMMSS>.json`.
pub(crate) fn backup_key_of(of: Of, name: &str) -> Option<BackupKey> {
    let stem = name.strip_prefix(of.prefix())?.strip_suffix(".json")?;
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    let parts: Vec<&str> = stem.split('-').collect();
    match parts.as_slice() {
        // A counter of more than 12 digits is not one botsterk wrote (a trillion changes):
        // taken as one, a hand-made name near the largest number would wrap the next
        // write's counter to 0 and hide every later backup.
        [write, day, time]
            if digits(day, 8)
                && digits(time, 6)
                && (1..=MAX_COUNTER_DIGITS).contains(&write.len()) =>
        {
            Some(BackupKey {
                write: write.parse().ok().filter(|w| *w > 0)?,
                stamp: format!("{day}-{time}"),
                n: 1,
            })
        }
        [day, time, rest @ ..] if digits(day, 8) && digits(time, 6) => {
            let n = match rest {
                [] => 1,
                [n] => n.parse().ok()?,
                _ => return None,
            };
            Some(BackupKey {
                write: 0,
                stamp: format!("{day}-{time}"),
                n,
            })
        }
        _ => None,
    }
}

/// The local wall time that names backups and decides which day's backup to keep.
#[derive(Clone)]
pub struct WallClock(pub(super) Arc<dyn Fn() -> chrono::NaiveDateTime + Send + Sync>);

impl WallClock {
    pub(super) fn now(&self) -> chrono::NaiveDateTime {
        (self.0)()
    }
}

impl std::fmt::Debug for WallClock {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("WallClock")
    }
}

impl Store {
    /// Makes `backup` the history again (undo), keeping the history it replaces as a new
    /// backup like every other rewrite; returns the history now written and that backup.
    ///
    /// # Errors
    /// The load errors naming `backup` when this build cannot read it (nothing changes
    /// then), or [`StoreError::Write`].
    pub fn undo_to(&self, backup: &Path) -> Result<Saved, StoreError> {
        let bytes = read_if_exists(backup)?.ok_or_else(|| StoreError::Read {
            path: backup.to_path_buf(),
            source: std::io::ErrorKind::NotFound.into(),
        })?;
        let history = parse_at(backup, &bytes)?;
        let backup = self.replace_history(&bytes)?;
        Ok(Saved { history, backup })
    }

    /// The folder of the copies of earlier histories.
    #[must_use]
    pub fn backup_dir(&self) -> PathBuf {
        self.dir.join(BACKUP_DIR)
    }

    /// The backups, newest first. Only regular files count: anything else named like a
    /// backup (a folder, a pipe, a link) is never opened.
    #[must_use]
    pub fn backups(&self) -> Vec<PathBuf> {
        self.keyed_backups().into_iter().map(|(_, p)| p).collect()
    }

    /// The backups of the profile, newest first.
    #[must_use]
    pub fn profile_backups(&self) -> Vec<PathBuf> {
        self.keyed_backups_of(Of::Profile)
            .into_iter()
            .map(|(_, p)| p)
            .collect()
    }

    fn keyed_backups(&self) -> Vec<(BackupKey, PathBuf)> {
        self.keyed_backups_of(Of::History)
    }

    fn keyed_backups_of(&self, of: Of) -> Vec<(BackupKey, PathBuf)> {
        let Ok(entries) = fs::read_dir(self.backup_dir()) else {
            return Vec::new();
        };
        let mut named: Vec<(BackupKey, PathBuf)> = entries
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
            .filter_map(|e| {
                let name = e.file_name().into_string().ok()?;
                Some((backup_key_of(of, &name)?, e.path()))
            })
            .collect();
        named.sort_by(|a, b| b.0.cmp(&a.0));
        named
    }

    /// When a backup of the history was made, as its name says (`None`: a name that says
    /// no time).
    #[must_use]
    pub fn backup_made(path: &Path) -> Option<chrono::NaiveDateTime> {
        let name = path.file_name()?.to_str()?;
        let key = backup_key(name).or_else(|| backup_key_of(Of::Profile, name))?;
        chrono::NaiveDateTime::parse_from_str(&key.stamp, BACKUP_STAMP).ok()
    }

    /// The newest backup that this build can read as a history (not damaged, not made by
    /// a newer botsterk), if there is one.
    #[must_use]
    pub fn newest_good_backup(&self) -> Option<PathBuf> {
        self.backups()
            .into_iter()
            .find(|path| read_history_at(path).is_ok())
    }

    /// Copies `current` (the history as it is on disk) to a new backup and returns it;
    /// when the newest backup already holds exactly these bytes (a save retried after a
    /// failure), returns that one instead of making another.
    pub(crate) fn back_up(&self, current: &[u8]) -> Result<PathBuf, StoreError> {
        self.back_up_of(Of::History, current)
    }

    /// [`Self::back_up`] of `of`'s file.
    pub(crate) fn back_up_of(&self, of: Of, current: &[u8]) -> Result<PathBuf, StoreError> {
        let backups = self.keyed_backups_of(of);
        if let Some((_, newest)) = backups.first()
            && fs::read(newest).is_ok_and(|b| b == current)
        {
            return Ok(newest.clone());
        }
        let dir = self.backup_dir();
        if fs::symlink_metadata(&dir).is_ok() && !dir.is_dir() {
            return Err(StoreError::BackupsNotAFolder { path: dir });
        }
        let write = backups.first().map_or(0, |(key, _)| key.write) + 1;
        let stamp = self.clock.now().format(BACKUP_STAMP);
        let target = self
            .backup_dir()
            .join(format!("{}{write:06}-{stamp}.json", of.prefix()));
        write_atomically(&*self.io, &target, current, None)?;
        Ok(target)
    }

    /// Removes the backups [`kept`] does not keep; never `just_made`.
    pub(crate) fn rotate_backups(&self, just_made: &Path) {
        self.rotate_backups_of(Of::History, just_made);
    }

    /// [`Self::rotate_backups`] of `of`'s backups (the same rule for the profile's).
    pub(crate) fn rotate_backups_of(&self, of: Of, just_made: &Path) {
        let backups = self.keyed_backups_of(of);
        let keys: Vec<BackupKey> = backups.iter().map(|(key, _)| key.clone()).collect();
        for ((_, path), keep) in backups.iter().zip(kept(&keys)) {
            if !keep && path != just_made {
                // A backup that cannot be removed costs disk space, not data.
                let _ = fs::remove_file(path);
            }
        }
    }
}

/// Which of `keys` (newest first) to keep: the last [`BACKUPS_KEPT`], and the first
/// (oldest) backup of each of the [`BACKUP_DAYS`] latest days that have one. Only the
/// counters and the days in the names decide, never the clock now:
///
/// - a backup whose day is more than a day after the middle day of the later writes was
///   made with a clock ahead, and names no day (a write ten years ahead does not push the
///   real days out);
/// - the three newest backups name no day yet (their next writes will tell); they are
///   among the last writes anyway;
/// - a clock behind names an old day, which ranks among the old days and pushes out only
///   days older still.
///
/// A backup whose name has no day (never made so) is kept.
pub(crate) fn kept(keys: &[BackupKey]) -> Vec<bool> {
    let days: Vec<Option<NaiveDate>> = keys.iter().map(BackupKey::day).collect();
    // Newest first: the writes after backup i are at 0..i. A backup names its day once
    // three writes came after it, and unless it is more than a day after the middle one
    // of their days (a single wrong reading never moves the middle).
    let names_a_day = |i: usize| -> Option<NaiveDate> {
        let day = days[i]?;
        let mut after: Vec<NaiveDate> = days[..i].iter().flatten().copied().collect();
        if after.len() < 3 {
            return None;
        }
        after.sort_unstable();
        let middle = after[after.len() / 2];
        (day <= middle.succ_opt()?).then_some(day)
    };
    // Each day's first backup: the oldest naming it (newest first, so the last seen).
    let mut first_of_day: BTreeMap<NaiveDate, usize> = BTreeMap::new();
    for i in 0..keys.len() {
        if let Some(day) = names_a_day(i) {
            first_of_day.insert(day, i);
        }
    }
    // The latest days: the map is by day, oldest first.
    let firsts: Vec<usize> = first_of_day
        .into_values()
        .rev()
        .take(usize::try_from(BACKUP_DAYS).unwrap_or(usize::MAX))
        .collect();
    (0..keys.len())
        .map(|i| i < BACKUPS_KEPT || days[i].is_none() || firsts.contains(&i))
        .collect()
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use proptest::prelude::*;

    use super::*;

    /// The day each write's clock said: the true day goes on by 0, 1 or 2 days a write;
    /// now and then one reading is wrong (ten years ahead or behind, or a few days behind),
    /// with three right ones at least between two wrong ones. Also the true day of each
    /// write.
    fn days() -> impl Strategy<Value = Vec<(i64, i64)>> {
        let step = prop_oneof![
            6 => Just(0i64),
            6 => Just(1),
            1 => Just(2),
            1 => Just(3650),
            1 => Just(-3650),
            1 => -5i64..-1,
        ];
        prop::collection::vec(step, 1..160).prop_map(|steps| {
            let mut day = 0i64;
            let mut since_wrong = 3;
            steps
                .into_iter()
                .map(|step| {
                    if (0..=2).contains(&step) || since_wrong < 3 {
                        day += step.clamp(0, 2);
                        since_wrong += 1;
                        (day, day)
                    } else {
                        since_wrong = 0;
                        (day + step, day)
                    }
                })
                .collect()
        })
    }

    fn key(write: u64, day: i64) -> BackupKey {
        let first = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
        let date = first + chrono::Duration::days(day);
        BackupKey {
            write,
            stamp: format!("{}-090000", date.format("%Y%m%d")),
            n: 1,
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(96))]

        /// Writes made one by one, rotating after each as the store does: every state the
        /// rule promises is still there after every write (the last 20, and the state
        /// before the first change of each of the 30 days whose first write is newest),
        /// and never more than 20 + 30 backups.
        #[test]
        fn every_promised_state_stays_restorable(days in days()) {
            let mut present: Vec<BackupKey> = Vec::new();
            for (i, (said, _)) in days.iter().enumerate() {
                let write = i as u64 + 1;
                present.insert(0, key(write, *said));
                let keep = kept(&present);
                let mut it = keep.iter();
                present.retain(|_| *it.next().unwrap());
                let writes: BTreeSet<u64> = present.iter().map(|k| k.write).collect();
                let last = write.saturating_sub(BACKUPS_KEPT as u64 - 1).max(1);
                for w in last..=write {
                    prop_assert!(writes.contains(&w), "write {w} of the last 20 gone");
                }
                // The first true write of each day of the last 30, as the clock said it.
                let today = days[i].1;
                for d in today - (BACKUP_DAYS as i64 - 1)..=today {
                    let first = days[..=i]
                        .iter()
                        .position(|(said, true_day)| said == true_day && *true_day == d);
                    if let Some(j) = first {
                        prop_assert!(
                            writes.contains(&(j as u64 + 1)),
                            "the first of day {d} (write {}) gone; present {:?}",
                            j + 1,
                            writes
                        );
                    }
                }
                prop_assert!(present.len() <= BACKUPS_KEPT + BACKUP_DAYS as usize);
            }
        }
    }

    #[test]
    fn one_write_with_the_clock_ten_years_ahead_deletes_nothing_the_days_keep() {
        // 30 days of writes, then one far ahead, then the right day again.
        let mut present: Vec<BackupKey> = Vec::new();
        let mut write = 0;
        let mut add = |present: &mut Vec<BackupKey>, day| {
            write += 1;
            present.insert(0, key(write, day));
            let keep = kept(present);
            let mut it = keep.iter();
            present.retain(|_| *it.next().unwrap());
        };
        for day in 0..30 {
            add(&mut present, day);
            add(&mut present, day);
        }
        let before = present.len();
        add(&mut present, 29 + 3650);
        add(&mut present, 30);
        assert!(present.len() >= before, "{} then {}", before, present.len());
    }
}
