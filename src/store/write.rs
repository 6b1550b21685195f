//! The one way bytes reach the disk: a private temp file in the target's folder, written,
//! flushed (fsync), renamed over the target, and the folder flushed too.
//!
//! The five steps go through [`FileOps`], so that tests can make any one of them fail
//! ([`super::fault_tests`]); the program uses [`RealFs`]. So do the lock file's opening and
//! the check whether the folder can be written, so that a read-only folder can be played
//! on any machine, as root too ([`super::read_only`]'s tests).

use std::fmt::Debug;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use tempfile::NamedTempFile;

use super::StoreError;

/// The steps of a durable write that can fail. Each is one system call or close to it.
pub(crate) trait FileOps: Debug + Send + Sync {
    /// A new private (0600) temp file in `dir`, whose name starts with `prefix`.
    fn create_temp(&self, dir: &Path, prefix: &str) -> io::Result<NamedTempFile>;
    /// Writes all of `bytes` to the temp file.
    fn write(&self, file: &mut NamedTempFile, bytes: &[u8]) -> io::Result<()>;
    /// Flushes the temp file's content to disk.
    fn sync_file(&self, file: &NamedTempFile) -> io::Result<()>;
    /// Renames the temp file over `path`. On failure the temp file is dropped, and so
    /// removed.
    fn persist(&self, file: NamedTempFile, path: &Path) -> io::Result<()>;
    /// Flushes a folder, making the renames and removals in it durable.
    fn sync_dir(&self, dir: &Path) -> io::Result<()>;
    /// Opens (creating if need be) the data folder's lock file.
    fn open_lock(&self, path: &Path) -> io::Result<fs::File> {
        open_lock_file(path)
    }
    /// Tries to make a file in `dir` (one with no name, gone when closed): whether
    /// anything can be saved there.
    fn probe_dir(&self, dir: &Path) -> io::Result<()> {
        tempfile::tempfile_in(dir).map(drop)
    }
}

/// Opens (creating, 0600) the lock file; on a read-only disk an existing one is locked
/// read-only, which is enough for a lock.
fn open_lock_file(path: &Path) -> io::Result<fs::File> {
    let mut options = fs::OpenOptions::new();
    options.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options
        .open(path)
        .or_else(|e| fs::File::open(path).map_err(|_| e))
}

/// The real file system.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct RealFs;

impl FileOps for RealFs {
    fn create_temp(&self, dir: &Path, prefix: &str) -> io::Result<NamedTempFile> {
        // tempfile creates the file with mode 0600 on unix.
        tempfile::Builder::new()
            .prefix(prefix)
            .suffix(TEMP_SUFFIX)
            .tempfile_in(dir)
    }

    fn write(&self, file: &mut NamedTempFile, bytes: &[u8]) -> io::Result<()> {
        file.write_all(bytes)
    }

    fn sync_file(&self, file: &NamedTempFile) -> io::Result<()> {
        file.as_file().sync_all()
    }

    fn persist(&self, file: NamedTempFile, path: &Path) -> io::Result<()> {
        // The error gives the temp file back; dropping it removes it.
        file.persist(path).map(drop).map_err(|e| e.error)
    }

    fn sync_dir(&self, dir: &Path) -> io::Result<()> {
        #[cfg(unix)]
        {
            fs::File::open(dir)?.sync_all()
        }
        // Windows cannot open a folder as a file; its renames are flushed with the file.
        #[cfg(not(unix))]
        {
            let _ = dir;
            Ok(())
        }
    }
}

/// Every temp file of the store ends so: `.history.json.a1B2c3.tmp`.
pub(crate) const TEMP_SUFFIX: &str = ".tmp";

/// Writes `bytes` as `path`, all or nothing: the old file, or the new one, never half.
///
/// `previous` is what `path` holds now (`None`: there is no such file). When every step
/// but the last (flushing the folder after the rename) succeeded, the rename may not
/// survive a crash, so the save counts as failed and `previous` is put back: a save that
/// reports failure has not happened, and retrying it cannot save it twice.
///
/// # Errors
/// [`StoreError::Write`] naming `path`, with the reason of the step that failed.
pub(crate) fn write_atomically(
    ops: &dyn FileOps,
    path: &Path,
    bytes: &[u8],
    previous: Option<&[u8]>,
) -> Result<(), StoreError> {
    let fail = |source| StoreError::Write {
        path: path.to_path_buf(),
        source,
    };
    // A link stays a link: the file it points to is replaced, in that file's folder.
    let resolved = write_target(path)?;
    let path = resolved.as_path();
    let dir = parent(path);
    ensure_private_dir(ops, dir).map_err(fail)?;
    put_in_place(ops, path, bytes).map_err(fail)?;
    if let Err(source) = ops.sync_dir(dir) {
        // Best effort: if this fails too, the error below is still the truth ("not saved
        // durably"), and the next load reads whichever file is there in full.
        let _ = match previous {
            Some(old) => put_in_place(ops, path, old),
            None => fs::remove_file(path),
        }
        .and_then(|()| ops.sync_dir(dir));
        return Err(fail(source));
    }
    Ok(())
}

/// Where a write of `path` goes: `path` itself, or, when it is a symbolic link, the file
/// it points to (through every link).
///
/// # Errors
/// [`StoreError::DanglingLink`] when the link points to nothing.
fn write_target(path: &Path) -> Result<PathBuf, StoreError> {
    let is_link = fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
    if !is_link {
        return Ok(path.to_path_buf());
    }
    fs::canonicalize(path).map_err(|_| StoreError::DanglingLink {
        path: path.to_path_buf(),
        target: fs::read_link(path).unwrap_or_default(),
    })
}

/// Removes `path` (a missing file is fine) and flushes its folder.
///
/// # Errors
/// [`StoreError::Write`] naming `path`.
pub(crate) fn remove_durably(ops: &dyn FileOps, path: &Path) -> Result<(), StoreError> {
    let fail = |source| StoreError::Write {
        path: path.to_path_buf(),
        source,
    };
    match fs::remove_file(path) {
        Ok(()) => ops.sync_dir(parent(path)).map_err(fail),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(fail(e)),
    }
}

/// Steps one to four: temp file, write, fsync, rename. The temp file is removed when any
/// of them fails (`NamedTempFile` deletes itself on drop).
fn put_in_place(ops: &dyn FileOps, path: &Path, bytes: &[u8]) -> io::Result<()> {
    let name = path
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    let mut temp = ops.create_temp(parent(path), &format!(".{name}."))?;
    ops.write(&mut temp, bytes)?;
    ops.sync_file(&temp)?;
    ops.persist(temp, path)
}

fn parent(path: &Path) -> &Path {
    path.parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or_else(|| Path::new("."))
}

/// Creates `dir` if needed, readable by its owner only (it holds health data), and flushes
/// the folder it was made in so that it survives a crash with the files put in it.
pub(crate) fn ensure_private_dir(ops: &dyn FileOps, dir: &Path) -> io::Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)?;
    match dir.parent() {
        Some(up) if !up.as_os_str().is_empty() => ops.sync_dir(up),
        _ => Ok(()),
    }
}
