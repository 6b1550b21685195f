//! The backups: before each rewrite the history as it was is copied to
//! `backups/history-<write>-<YYYYMMDD-HHMMSS>.json`.
//!
//! They are ordered by `<write>`, a counter one higher than the highest before it, never by
//! the time in the name: a clock that was ahead once, or a move to a time zone further
//! west, cannot make the newest backup sort as the oldest and be removed. The time is in
//! the name for people, and to keep one backup a day.
//!
//! Kept: the last [`BACKUPS_KEPT`] writes, and the newest backup of each of the last
//! [`BACKUP_DAYS`] days (by the date in its name), so the state before a day of
//! corrections is still there a month later. The one just written is never removed.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::{Days, NaiveDate};

use super::write::write_atomically;
use super::{Saved, Store, StoreError, parse_at, read_history_at, read_if_exists};

/// How many of the last writes keep their backup.
pub const BACKUPS_KEPT: usize = 10;
/// How many days back the newest backup of each day is kept.
pub const BACKUP_DAYS: u64 = 30;
/// The folder of the backups inside the data dir.
pub const BACKUP_DIR: &str = "backups";
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

/// Reads a backup's name: `history-<write>-<YYYYMMDD-HHMMSS>.json`, or the older
/// `history-<YYYYMMDD-HHMMSS>[-N].json`.
pub(crate) fn backup_key(name: &str) -> Option<BackupKey> {
    let stem = name.strip_prefix("history-")?.strip_suffix(".json")?;
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    let parts: Vec<&str> = stem.split('-').collect();
    match parts.as_slice() {
        [write, day, time] if digits(day, 8) && digits(time, 6) && !write.is_empty() => {
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

    fn keyed_backups(&self) -> Vec<(BackupKey, PathBuf)> {
        let Ok(entries) = fs::read_dir(self.backup_dir()) else {
            return Vec::new();
        };
        let mut named: Vec<(BackupKey, PathBuf)> = entries
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
            .filter_map(|e| {
                let name = e.file_name().into_string().ok()?;
                Some((backup_key(&name)?, e.path()))
            })
            .collect();
        named.sort_by(|a, b| b.0.cmp(&a.0));
        named
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
        let backups = self.keyed_backups();
        if let Some((_, newest)) = backups.first()
            && fs::read(newest).is_ok_and(|b| b == current)
        {
            return Ok(newest.clone());
        }
        let write = backups.first().map_or(0, |(key, _)| key.write) + 1;
        let stamp = self.clock.now().format(BACKUP_STAMP);
        let target = self
            .backup_dir()
            .join(format!("history-{write:06}-{stamp}.json"));
        write_atomically(&*self.io, &target, current, None)?;
        Ok(target)
    }

    /// Removes the backups that are neither among the last [`BACKUPS_KEPT`] writes nor the
    /// newest of one of the last [`BACKUP_DAYS`] days; never `just_made`.
    pub(crate) fn rotate_backups(&self, just_made: &Path) {
        let backups = self.keyed_backups();
        let today = self.clock.now().date();
        let first_day = today.checked_sub_days(Days::new(BACKUP_DAYS - 1));
        // Newest first, so the first seen of a day is its newest.
        let mut newest_of_day: BTreeMap<NaiveDate, &Path> = BTreeMap::new();
        for (key, path) in &backups {
            if let Some(day) = key.day()
                && first_day.is_none_or(|first| day >= first)
                && day <= today
            {
                newest_of_day.entry(day).or_insert(path);
            }
        }
        for (_, path) in backups.iter().skip(BACKUPS_KEPT) {
            let keep = path == just_made || newest_of_day.values().any(|p| p == path);
            if !keep {
                // A backup that cannot be removed costs disk space, not data.
                let _ = fs::remove_file(path);
            }
        }
    }
}
