//! The profile (`profile.json`): written atomically and privately like the history; one
//! that cannot be read is refused, never overwritten.

use std::path::PathBuf;

use super::write::write_atomically;
use super::{DataLock, FileKind, Store, StoreError, read_if_exists, reason};
use crate::profile::{PROFILE_VERSION, Profile};

/// The file name of the profile inside the data dir.
pub const PROFILE_FILE: &str = "profile.json";

impl Store {
    #[must_use]
    pub fn profile_path(&self) -> PathBuf {
        self.dir.join(PROFILE_FILE)
    }

    /// Reads the profile: `None` before the first set-up.
    ///
    /// # Errors
    /// [`StoreError::Read`], [`StoreError::Corrupt`] or [`StoreError::Newer`] naming the
    /// profile; the file is then left as it is.
    pub fn load_profile(&self) -> Result<Option<Profile>, StoreError> {
        // With a change in progress (see `pending.rs`) that is not in the file yet.
        let profile = self.load_profile_on_disk()?;
        self.with_pending_profile(profile)
    }

    /// The profile as the file holds it, without a change in progress.
    pub(super) fn load_profile_on_disk(&self) -> Result<Option<Profile>, StoreError> {
        let path = self.profile_path();
        let Some(bytes) = read_if_exists(&path)? else {
            return Ok(None);
        };
        parse_profile(&path, &bytes)
    }
}

/// The profile in `bytes` (read from `path`, which errors name).
fn parse_profile(path: &std::path::Path, bytes: &[u8]) -> Result<Option<Profile>, StoreError> {
    let path = path.to_path_buf();
    {
        #[derive(serde::Deserialize)]
        struct VersionOnly {
            version: u32,
        }
        let corrupt = |e: &serde_json::Error| StoreError::Corrupt {
            path: path.clone(),
            kind: FileKind::Profile,
            reason: reason::plain(e),
        };
        let bytes = super::read::without_bom(bytes);
        let version: VersionOnly = serde_json::from_slice(bytes).map_err(|e| corrupt(&e))?;
        if version.version > PROFILE_VERSION {
            return Err(StoreError::Newer {
                path,
                kind: FileKind::Profile,
                found: version.version,
                known: PROFILE_VERSION,
            });
        }
        serde_json::from_slice(bytes)
            .map(Some)
            .map_err(|e| corrupt(&e))
    }
}

impl Store {
    /// Changes the profile as it is on disk now and writes it back atomically: read,
    /// change, write, all under the data folder's lock (`_lock` proves the caller holds
    /// it), so two changes one after the other both stay, whichever process made them.
    /// `fresh` is the profile to change when there is none yet. Returns the profile as
    /// written. A damaged or newer profile is refused, never overwritten.
    ///
    /// # Errors
    /// The load errors above, or [`StoreError::Write`] naming the profile; the file is
    /// then as it was.
    pub fn update_profile(
        &self,
        lock: &DataLock,
        fresh: Profile,
        change: impl FnOnce(&mut Profile),
    ) -> Result<Profile, StoreError> {
        // A change in progress first, so that this one is made on top of it (and
        // `--include` can take back what a leave-out left out).
        self.finish_pending(lock)?;
        let mut profile = self.load_profile()?.unwrap_or(fresh);
        change(&mut profile);
        self.write_profile(&profile)?;
        Ok(profile)
    }

    /// Writes `profile` atomically over the profile, the profile as it was copied to
    /// `backups/profile-<write>-<time>.json` first (kept like the history's backups).
    pub(super) fn write_profile(&self, profile: &Profile) -> Result<(), StoreError> {
        let path = self.profile_path();
        let json = serde_json::to_vec_pretty(&profile).map_err(|e| StoreError::Write {
            path: path.clone(),
            source: std::io::Error::other(e),
        })?;
        let previous = read_if_exists(&path)?;
        let backup = match &previous {
            Some(previous) if *previous != json => {
                Some(self.back_up_of(super::backups::Of::Profile, previous)?)
            }
            _ => None,
        };
        write_atomically(&*self.io, &path, &json, previous.as_deref())?;
        // Only now: a failed save keeps one backup more, never one less.
        if let Some(backup) = &backup {
            self.rotate_backups_of(super::backups::Of::Profile, backup);
        }
        Ok(())
    }

    /// The newest backup of the profile that this build reads, if there is one.
    #[must_use]
    pub fn newest_good_profile_backup(&self) -> Option<PathBuf> {
        self.profile_backups()
            .into_iter()
            .find(|path| read_profile_at(path).is_ok())
    }

    /// Makes `backup` (a profile backup; `None`: the newest good one) the profile: checks
    /// that this build reads it, keeps the current `profile.json` (damaged or not) aside
    /// as `profile.json.replaced-<time>`, then writes the backup's bytes atomically.
    /// Returns the backup brought back and where the replaced profile is kept.
    ///
    /// # Errors
    /// The load errors naming `backup` when it cannot be used, [`StoreError::Read`] with
    /// `NotFound` naming the backups folder when there is none (nothing changes then), or
    /// [`StoreError::Write`].
    pub fn restore_profile(
        &self,
        _lock: &DataLock,
        backup: Option<&std::path::Path>,
    ) -> Result<(PathBuf, Option<PathBuf>), StoreError> {
        let backup = match backup {
            Some(backup) => backup.to_path_buf(),
            None => self
                .newest_good_profile_backup()
                .ok_or_else(|| StoreError::Read {
                    path: self.backup_dir(),
                    source: std::io::ErrorKind::NotFound.into(),
                })?,
        };
        read_profile_at(&backup)?;
        let bytes = read_if_exists(&backup)?.unwrap_or_default();
        let path = self.profile_path();
        let current = read_if_exists(&path)?;
        let replaced = match &current {
            Some(current) => Some(self.keep_aside(&path, current)?),
            None => None,
        };
        write_atomically(&*self.io, &path, &bytes, current.as_deref())?;
        Ok((backup, replaced))
    }
}

/// Reads a profile file anywhere (a backup) the way the profile is read.
fn read_profile_at(path: &std::path::Path) -> Result<Profile, StoreError> {
    let bytes = read_if_exists(path)?.ok_or_else(|| StoreError::Read {
        path: path.to_path_buf(),
        source: std::io::ErrorKind::NotFound.into(),
    })?;
    parse_profile(path, &bytes)?.ok_or_else(|| StoreError::Read {
        path: path.to_path_buf(),
        source: std::io::ErrorKind::NotFound.into(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    #[test]
    fn a_profile_is_saved_privately_and_read_back() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path().join("data"));
        assert_eq!(store.load_profile().unwrap(), None);
        let profile = Profile::defaults(Lang::Nl);
        let lock = store.lock(std::time::Duration::ZERO).unwrap();
        store
            .update_profile(&lock, profile.clone(), |_| {})
            .unwrap();
        assert_eq!(store.load_profile().unwrap(), Some(profile));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(store.profile_path())
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
    }

    #[test]
    fn a_damaged_or_newer_profile_is_refused_untouched() {
        for bytes in [&b"{\"version\": 1, \"lang\""[..], b"{\"version\": 7}"] {
            let dir = tempfile::tempdir().unwrap();
            let store = Store::new(dir.path());
            std::fs::write(store.profile_path(), bytes).unwrap();
            assert!(store.load_profile().is_err());
            let lock = store.lock(std::time::Duration::ZERO).unwrap();
            let fresh = Profile::defaults(Lang::En);
            assert!(store.update_profile(&lock, fresh, |_| {}).is_err());
            assert_eq!(std::fs::read(store.profile_path()).unwrap(), bytes);
        }
    }

    #[test]
    fn a_change_is_made_to_the_profile_as_it_is_on_disk_now() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path());
        let lock = store.lock(std::time::Duration::ZERO).unwrap();
        let fresh = || Profile::defaults(Lang::En);
        store
            .update_profile(&lock, fresh(), |p| p.weekly_target = 2)
            .unwrap();
        let written = store
            .update_profile(&lock, fresh(), |p| p.bell = false)
            .unwrap();
        assert_eq!((written.weekly_target, written.bell), (2, false));
        assert_eq!(store.load_profile().unwrap(), Some(written));
    }

    /// Issue 26: profile.json is backed up before every change, like the history; a
    /// damaged profile is no dead end: the newest good backup comes back, the damaged
    /// file kept aside.
    #[test]
    fn the_profile_is_backed_up_and_a_backup_brought_back() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path().join("data"));
        let lock = store.lock(std::time::Duration::ZERO).unwrap();
        let fresh = Profile::defaults(Lang::En);
        store.update_profile(&lock, fresh.clone(), |_| {}).unwrap();
        assert!(store.profile_backups().is_empty(), "nothing to back up yet");
        store
            .update_profile(&lock, fresh.clone(), |p| {
                p.owned_weights_kg = vec![2.0, 4.0]
            })
            .unwrap();
        let good = std::fs::read(store.profile_path()).unwrap();
        store
            .update_profile(&lock, fresh.clone(), |p| p.owned_weights_kg = vec![6.0])
            .unwrap();
        assert_eq!(store.profile_backups().len(), 2);
        assert_eq!(
            std::fs::read(&store.profile_backups()[0]).unwrap(),
            good,
            "the newest backup is the profile before the last change"
        );
        // The profile is damaged; the newest good backup comes back.
        std::fs::write(store.profile_path(), b"{ damaged").unwrap();
        assert!(store.load_profile().is_err());
        let (backup, replaced) = store.restore_profile(&lock, None).unwrap();
        assert_eq!(backup, store.profile_backups()[0]);
        assert_eq!(std::fs::read(replaced.unwrap()).unwrap(), b"{ damaged");
        let back = store.load_profile().unwrap().unwrap();
        assert_eq!(back.owned_weights_kg, [2.0, 4.0]);
    }
}
