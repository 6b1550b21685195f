//! What `botsterk remind` keeps between runs (`reminder.json`): the day of the last
//! reminder, so it speaks at most once a day, and a pause for holidays or illness. Written
//! atomically and privately like every file; one that cannot be read is refused and left
//! as it is, never overwritten.

use std::path::PathBuf;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::write::write_atomically;
use super::{DataLock, FileKind, Store, StoreError, read_if_exists, reason};

/// The file name inside the data dir.
pub const REMINDER_FILE: &str = "reminder.json";
/// The format version written.
pub const REMINDER_VERSION: u32 = 1;

/// The reminder's state. Fields a newer botsterk may add are kept as they are.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Reminder {
    pub version: u32,
    /// The day a reminder was last given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_reminded: Option<NaiveDate>,
    /// No reminder up to and including this day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paused_until: Option<NaiveDate>,
    /// `--notify` found no notifier once and said so: it is not said again.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub told_no_notifier: bool,
    /// The month (`YYYY-MM`) whose review home showed last: it is shown once.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub month_reviewed: Option<String>,
    #[serde(flatten)]
    pub unknown: serde_json::Map<String, serde_json::Value>,
}

impl Default for Reminder {
    fn default() -> Self {
        Self {
            version: REMINDER_VERSION,
            last_reminded: None,
            paused_until: None,
            told_no_notifier: false,
            month_reviewed: None,
            unknown: serde_json::Map::new(),
        }
    }
}

impl Reminder {
    /// The pause in force on `today`, if any.
    #[must_use]
    pub fn paused_on(&self, today: NaiveDate) -> Option<NaiveDate> {
        self.paused_until.filter(|until| *until >= today)
    }
}

impl Store {
    #[must_use]
    pub fn reminder_path(&self) -> PathBuf {
        self.dir.join(REMINDER_FILE)
    }

    /// Reads the reminder's state: the default before the first reminder.
    ///
    /// # Errors
    /// [`StoreError::Read`], [`StoreError::Corrupt`] or [`StoreError::Newer`] naming the
    /// file; it is then left as it is.
    pub fn load_reminder(&self) -> Result<Reminder, StoreError> {
        let path = self.reminder_path();
        let Some(bytes) = read_if_exists(&path)? else {
            return Ok(Reminder::default());
        };
        let reminder: Reminder =
            serde_json::from_slice(&bytes).map_err(|e| StoreError::Corrupt {
                path: path.clone(),
                kind: FileKind::Reminder,
                reason: reason::plain(&e),
            })?;
        if reminder.version > REMINDER_VERSION {
            return Err(StoreError::Newer {
                path,
                kind: FileKind::Reminder,
                found: reminder.version,
                known: REMINDER_VERSION,
            });
        }
        Ok(reminder)
    }

    /// Changes the reminder's state as it is on disk now and writes it back, under the
    /// data folder's lock. Returns the state as written.
    ///
    /// # Errors
    /// The load errors above, or [`StoreError::Write`] naming the file; it is then as it
    /// was.
    pub fn update_reminder(
        &self,
        _lock: &DataLock,
        change: impl FnOnce(&mut Reminder),
    ) -> Result<Reminder, StoreError> {
        let mut reminder = self.load_reminder()?;
        change(&mut reminder);
        let path = self.reminder_path();
        let json = serde_json::to_vec_pretty(&reminder).map_err(|e| StoreError::Write {
            path: path.clone(),
            source: std::io::Error::other(e),
        })?;
        let previous = read_if_exists(&path)?;
        write_atomically(&*self.io, &path, &json, previous.as_deref())?;
        Ok(reminder)
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;
    use crate::history::build::d;

    #[test]
    fn the_state_round_trips_and_keeps_what_it_does_not_know() {
        let tmp = tempfile::tempdir().unwrap();
        let store = Store::new(tmp.path());
        assert_eq!(store.load_reminder().unwrap(), Reminder::default());
        std::fs::write(
            store.reminder_path(),
            br#"{"version": 1, "paused_until": "2026-12-31", "snooze": 3}"#,
        )
        .unwrap();
        let lock = store.lock(Duration::ZERO).unwrap();
        let written = store
            .update_reminder(&lock, |r| r.last_reminded = Some(d(2026, 12, 9)))
            .unwrap();
        assert_eq!(store.load_reminder().unwrap(), written);
        assert_eq!(written.paused_until, Some(d(2026, 12, 31)));
        assert_eq!(written.unknown["snooze"], 3);
        assert_eq!(written.paused_on(d(2026, 12, 31)), Some(d(2026, 12, 31)));
        assert_eq!(written.paused_on(d(2027, 1, 1)), None);
    }

    #[test]
    fn a_damaged_or_newer_file_is_refused_and_left_alone() {
        let tmp = tempfile::tempdir().unwrap();
        let store = Store::new(tmp.path());
        for bytes in [&b"{not json"[..], br#"{"version": 9}"#] {
            std::fs::write(store.reminder_path(), bytes).unwrap();
            let lock = store.lock(Duration::ZERO).unwrap();
            assert!(store.update_reminder(&lock, |_| {}).is_err());
            assert_eq!(std::fs::read(store.reminder_path()).unwrap(), bytes);
        }
    }
}
