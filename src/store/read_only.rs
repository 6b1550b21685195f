//! Whether anything can be saved in the data folder: a read-only folder (a disk mounted
//! read-only, a copy without write permission) still opens the history to read.

use std::io::ErrorKind;

use super::Store;

impl Store {
    /// True when the data folder exists and no file can be made in it. Tried with a temp
    /// file that has no name and is gone when closed, so nothing is left behind.
    #[must_use]
    pub fn folder_is_read_only(&self) -> bool {
        if !self.dir.is_dir() {
            return false;
        }
        match tempfile::tempfile_in(&self.dir) {
            Ok(_) => false,
            Err(e) => matches!(
                e.kind(),
                ErrorKind::PermissionDenied | ErrorKind::ReadOnlyFilesystem
            ),
        }
    }
}
