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
        #[derive(serde::Deserialize)]
        struct VersionOnly {
            version: u32,
        }
        let corrupt = |e: &serde_json::Error| StoreError::Corrupt {
            path: path.clone(),
            kind: FileKind::Profile,
            reason: reason::plain(e),
        };
        let bytes = super::read::without_bom(&bytes);
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

    /// Writes `profile` atomically over the profile.
    pub(super) fn write_profile(&self, profile: &Profile) -> Result<(), StoreError> {
        let path = self.profile_path();
        let json = serde_json::to_vec_pretty(&profile).map_err(|e| StoreError::Write {
            path: path.clone(),
            source: std::io::Error::other(e),
        })?;
        let previous = read_if_exists(&path)?;
        write_atomically(&*self.io, &path, &json, previous.as_deref())
    }
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
}
