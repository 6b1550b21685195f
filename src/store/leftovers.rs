//! Temp files left by a write that was killed between creating its temp file and renaming
//! it (`.history.json.a1B2c3.tmp`): removed when the lock is taken, since every write
//! happens under the lock, so none of them can be a write still under way.
//!
//! Only names botsterk makes are removed: a dot, one of its file names, a dot, six letters
//! or digits, `.tmp`, in the data folder or its backups. Anything else is the user's.

use std::fs;
use std::path::{Path, PathBuf};

use super::backups::backup_key;
use super::write::TEMP_SUFFIX;
use super::{BACKUP_DIR, HISTORY_FILE, JOURNAL_FILE, Store, profile::PROFILE_FILE};

impl Store {
    /// Removes the leftover temp files of killed writes, and returns them. Best effort: a
    /// file that cannot be removed (a read-only folder) stays, and harms nothing.
    pub(crate) fn remove_leftover_temps(&self) -> Vec<PathBuf> {
        let mut removed = Vec::new();
        for (dir, ours) in [
            (self.dir.clone(), in_data_dir as fn(&str) -> bool),
            (self.dir.join(BACKUP_DIR), in_backups),
        ] {
            for path in leftovers(&dir, ours) {
                if fs::remove_file(&path).is_ok() {
                    removed.push(path);
                }
            }
        }
        removed
    }
}

fn leftovers(dir: &Path, ours: fn(&str) -> bool) -> Vec<PathBuf> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    entries
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
        .filter(|e| {
            e.file_name()
                .to_str()
                .and_then(written_name)
                .is_some_and(ours)
        })
        .map(|e| e.path())
        .collect()
}

/// The name of the file a temp file was to become: `history.json` for
/// `.history.json.a1B2c3.tmp`; `None` for any other name.
fn written_name(temp: &str) -> Option<&str> {
    let inner = temp.strip_prefix('.')?.strip_suffix(TEMP_SUFFIX)?;
    let (name, random) = inner.rsplit_once('.')?;
    let random_ok = random.len() == 6 && random.bytes().all(|b| b.is_ascii_alphanumeric());
    random_ok.then_some(name)
}

fn in_data_dir(name: &str) -> bool {
    [HISTORY_FILE, PROFILE_FILE, JOURNAL_FILE].contains(&name)
        || name.starts_with(&format!("{HISTORY_FILE}.replaced-"))
        || name.starts_with(&format!("{PROFILE_FILE}.replaced-"))
}

fn in_backups(name: &str) -> bool {
    backup_key(name).is_some()
        || super::backups::backup_key_of(super::backups::Of::Profile, name).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_temp_files_botsterk_makes_are_named_leftovers() {
        assert_eq!(
            written_name(".history.json.a1B2c3.tmp"),
            Some("history.json")
        );
        assert_eq!(
            written_name(".session-in-progress.json.ZZZZZZ.tmp"),
            Some("session-in-progress.json")
        );
        for other in [
            "history.json",
            ".history.json.tmp",
            ".history.json.a1B2c.tmp",
            ".history.json.a1-2c3.tmp",
            "history.json.a1B2c3.tmp",
            ".notes.txt",
        ] {
            assert!(
                written_name(other).is_none_or(|n| !in_data_dir(n)),
                "{other}"
            );
        }
        assert!(!in_data_dir("notes.md"));
        assert!(in_backups("history-12-20261126-094501.json"));
        assert!(!in_backups("history.json"));
    }
}
