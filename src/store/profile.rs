//! The profile (`profile.json`): written atomically and privately like the history; one
//! that cannot be read is refused, never overwritten.

use std::path::PathBuf;

use super::write::write_atomically;
use super::{Store, StoreError, read_if_exists};
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
        let path = self.profile_path();
        let Some(bytes) = read_if_exists(&path)? else {
            return Ok(None);
        };
        #[derive(serde::Deserialize)]
        struct VersionOnly {
            version: u32,
        }
        let version: VersionOnly =
            serde_json::from_slice(&bytes).map_err(|e| StoreError::Corrupt {
                path: path.clone(),
                reason: e.to_string(),
            })?;
        if version.version > PROFILE_VERSION {
            return Err(StoreError::Newer {
                path,
                found: version.version,
                known: PROFILE_VERSION,
            });
        }
        serde_json::from_slice(&bytes)
            .map(Some)
            .map_err(|e| StoreError::Corrupt {
                path,
                reason: e.to_string(),
            })
    }

    /// Writes the profile atomically, after checking that the one on disk (if any) is one
    /// this build can read: a damaged or newer profile is refused, not overwritten.
    ///
    /// # Errors
    /// The load errors above, or [`StoreError::Write`] naming the profile.
    pub fn save_profile(&self, profile: &Profile) -> Result<(), StoreError> {
        self.load_profile()?;
        let path = self.profile_path();
        let json = serde_json::to_vec_pretty(profile).map_err(|e| StoreError::Write {
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
    use crate::i18n::Lang;

    #[test]
    fn a_profile_is_saved_privately_and_read_back() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path().join("data"));
        assert_eq!(store.load_profile().unwrap(), None);
        let profile = Profile::defaults(Lang::Nl);
        store.save_profile(&profile).unwrap();
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
            assert!(store.save_profile(&Profile::defaults(Lang::En)).is_err());
            assert_eq!(std::fs::read(store.profile_path()).unwrap(), bytes);
        }
    }
}
