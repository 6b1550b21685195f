//! Bringing back a backup: the history it replaces is kept aside, never deleted.

use std::fs;
use std::path::{Path, PathBuf};

use super::write::write_atomically;
use super::{BACKUP_STAMP, Store, StoreError, parse_at, read_if_exists};

/// What [`Store::restore`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Restored {
    /// The backup that was brought back.
    pub backup: PathBuf,
    /// The history file, which now holds the backup's bytes.
    pub history: PathBuf,
    /// Where the history it replaced is kept (`None`: there was none).
    pub replaced: Option<PathBuf>,
    /// The sessions in the restored history.
    pub sessions: usize,
}

impl Store {
    /// Makes `backup` the history: checks that this build reads it, keeps the current
    /// history (if any) as `history.json.replaced-YYYYMMDD-HHMMSS` beside it, then writes
    /// the backup's bytes as `history.json` atomically. The backups are left as they are.
    ///
    /// # Errors
    /// [`StoreError::Read`], [`StoreError::Corrupt`] or [`StoreError::Newer`] naming
    /// `backup` when it cannot be used (nothing is changed then); [`StoreError::Write`]
    /// when the history cannot be replaced (it is then as it was).
    pub fn restore(&self, backup: &Path) -> Result<Restored, StoreError> {
        let bytes = read_if_exists(backup)?.ok_or_else(|| StoreError::Read {
            path: backup.to_path_buf(),
            source: std::io::ErrorKind::NotFound.into(),
        })?;
        let history = parse_at(backup, &bytes)?;
        let path = self.history_path();
        let current = read_if_exists(&path)?;
        let replaced = match &current {
            Some(current) => Some(self.keep_aside(&path, current)?),
            None => None,
        };
        write_atomically(&*self.io, &path, &bytes, current.as_deref())?;
        Ok(Restored {
            backup: backup.to_path_buf(),
            history: path,
            replaced,
            sessions: history.sessions.len(),
        })
    }

    /// Keeps the file at `path` (the history, the profile) as a new
    /// `<name>.replaced-<time>[-N]` beside it and makes that durable before it is replaced.
    pub(super) fn keep_aside(&self, path: &Path, current: &[u8]) -> Result<PathBuf, StoreError> {
        let file_name = path
            .file_name()
            .map_or_else(|| super::HISTORY_FILE.into(), |n| n.to_string_lossy());
        let stamp = self.clock.now().format(BACKUP_STAMP).to_string();
        let name = |n: u32| {
            let suffix = if n == 1 {
                String::new()
            } else {
                format!("-{n}")
            };
            self.dir
                .join(format!("{file_name}.replaced-{stamp}{suffix}"))
        };
        let aside = (1..=u32::MAX)
            .map(name)
            .find(|p| !p.exists())
            .unwrap_or_else(|| name(1));
        // A second name for the same file keeps it exactly, times and all; where links
        // are not possible, a copy written like every other file.
        // A link would be kept as a link, to the file about to be replaced: copy it then.
        let is_link = fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
        let linked = if is_link {
            Err(std::io::ErrorKind::Unsupported.into())
        } else {
            fs::hard_link(path, &aside)
        };
        match linked {
            Ok(()) => self
                .io
                .sync_dir(&self.dir)
                .map_err(|source| StoreError::Write {
                    path: aside.clone(),
                    source,
                })?,
            Err(_) => write_atomically(&*self.io, &aside, current, None)?,
        }
        Ok(aside)
    }
}
