//! Where a file botsterk makes for the user (the report) may go: never over one of
//! botsterk's own files, never into a named pipe, a device or a folder, through a link to
//! the file it points to, and over an old file all at once.
//!
//! [`out_target`] decides, before anything is written; [`write_out`] writes the bytes the
//! same way the store writes the history (private temp file beside the target, fsync,
//! rename, fsync the folder), but never makes a missing folder; [`write_checked`] does
//! both, for the report. [`write_file`] writes the workbook (`history --xlsx`, `x` in the
//! history screens) through a temporary file beside it.

use std::fs;
use std::io;
use std::path::{Component, Path, PathBuf};

use thiserror::Error;

use super::BACKUP_DIR;
use super::write::{FileOps, RealFs, TEMP_SUFFIX};

/// Where the bytes go once [`out_target`] agreed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OutTarget {
    /// `-` or `/dev/stdout`: standard output, whatever it is (a pipe, a file, a terminal).
    Stdout,
    /// A regular file, new or to be replaced: the path as asked, and, when that is a
    /// link, the file it points to (written in that file's folder).
    File { asked: PathBuf, resolved: PathBuf },
}

/// Why a target was refused. Nothing has been written.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum OutRefused {
    /// The data folder, or a file botsterk keeps in it (history, profile, journal, lock,
    /// backups, any `.json`).
    #[error("{path} is one of botsterk's own files (data folder {data_dir})")]
    Own { path: PathBuf, data_dir: PathBuf },
    /// A folder, a named pipe, a device or a socket.
    #[error("{path} is not a regular file but {}", kind.words())]
    NotAFile { path: PathBuf, kind: NotAFile },
    /// A link to nothing: not written, since writing would make a file the link did not
    /// name.
    #[error("{path} is a link to {target}, which does not exist")]
    DanglingLink { path: PathBuf, target: PathBuf },
}

/// Names of standard output as a file: written to standard output, not opened.
const STDOUT_NAMES: [&str; 4] = ["-", "/dev/stdout", "/dev/fd/1", "/proc/self/fd/1"];

/// Decides where `path` (relative to the current folder) is written, refusing botsterk's
/// own files in `data_dir` and anything that is not a regular file.
///
/// A folder that does not exist is not refused here: the write then fails naming it.
///
/// # Errors
/// [`OutRefused`]: what the target is and why it is not written.
pub fn out_target(path: &Path, data_dir: &Path) -> Result<OutTarget, OutRefused> {
    if STDOUT_NAMES.iter().any(|name| path.as_os_str() == *name) {
        return Ok(OutTarget::Stdout);
    }
    let is_link = fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
    let resolved = if is_link {
        fs::canonicalize(path).map_err(|_| OutRefused::DanglingLink {
            path: path.to_path_buf(),
            target: fs::read_link(path).unwrap_or_default(),
        })?
    } else {
        resolve_parent(path)
    };
    if let Ok(meta) = fs::metadata(&resolved)
        && !meta.is_file()
    {
        return Err(OutRefused::NotAFile {
            path: path.to_path_buf(),
            kind: kind_of(&meta),
        });
    }
    if is_own(&resolved, data_dir) || is_own(&lexical(path), &lexical(data_dir)) {
        return Err(OutRefused::Own {
            path: path.to_path_buf(),
            data_dir: data_dir.to_path_buf(),
        });
    }
    Ok(OutTarget::File {
        asked: path.to_path_buf(),
        resolved,
    })
}

/// Writes `bytes` as `target` (a file [`out_target`] agreed to), all at once: the old
/// file or the new one, never half. A missing folder is an error, not made.
///
/// # Errors
/// The reason of the step that failed; no temp file is left behind.
pub fn write_out(target: &Path, bytes: &[u8]) -> io::Result<()> {
    let ops = RealFs;
    let dir = target
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or_else(|| Path::new("."));
    let name = target
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    let mut temp = ops.create_temp(dir, &format!(".{name}."))?;
    ops.write(&mut temp, bytes)?;
    ops.sync_file(&temp)?;
    ops.persist(temp, target)?;
    ops.sync_dir(dir)
}

/// `path` with its folder resolved (links and `..` in it), the last part as given. When
/// the folder cannot be resolved (it does not exist), the path made absolute.
fn resolve_parent(path: &Path) -> PathBuf {
    let parent = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or_else(|| Path::new("."));
    match (fs::canonicalize(parent), path.file_name()) {
        (Ok(dir), Some(name)) => dir.join(name),
        _ => lexical(path),
    }
}

/// The absolute path with `.` and `..` taken out by their names alone (no link followed).
fn lexical(path: &Path) -> PathBuf {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut clean = PathBuf::new();
    for part in absolute.components() {
        match part {
            Component::ParentDir => {
                clean.pop();
            }
            Component::CurDir => {}
            other => clean.push(other),
        }
    }
    clean
}

/// Whether `path` (resolved) is the data folder, a folder it is in, or one of botsterk's
/// files in it: anything in `backups/`, any `.json`, any name starting with a dot (the
/// lock, temp files) or ending like a temp file. Other files in the data folder (a report
/// kept there) are the user's.
fn is_own(path: &Path, data_dir: &Path) -> bool {
    let data = fs::canonicalize(data_dir).unwrap_or_else(|_| lexical(data_dir));
    if data.starts_with(path) {
        return true;
    }
    let Ok(inside) = path.strip_prefix(&data) else {
        return false;
    };
    let parts: Vec<String> = inside
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    let Some(name) = parts.last() else {
        return true;
    };
    parts.iter().any(|p| p == BACKUP_DIR || p.starts_with('.'))
        || Path::new(name)
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("json"))
        || name.ends_with(TEMP_SUFFIX)
}

/// What is there instead of a regular file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotAFile {
    Folder,
    /// A named pipe (FIFO): writing would wait for a reader, or feed one.
    Pipe,
    /// A character or block device (`/dev/null`, a disk).
    Device,
    /// A socket, or anything else that is not a file.
    Other,
}

impl NotAFile {
    /// In English, for the error's own text (the messages use the translated ones).
    #[must_use]
    pub fn words(self) -> &'static str {
        match self {
            Self::Folder => "a folder",
            Self::Pipe => "a named pipe (FIFO)",
            Self::Device => "a device",
            Self::Other => "something else (a socket?)",
        }
    }
}

fn kind_of(meta: &fs::Metadata) -> NotAFile {
    let kind = meta.file_type();
    if kind.is_dir() {
        return NotAFile::Folder;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return NotAFile::Pipe;
        }
        if kind.is_char_device() || kind.is_block_device() {
            return NotAFile::Device;
        }
    }
    NotAFile::Other
}

/// Why a file for the user (the report) was not written.
#[derive(Debug)]
pub enum NotWritten {
    /// A target botsterk never writes (its own files, a pipe, a device, a folder): bad
    /// input, exit 2.
    Refused(OutRefused),
    /// The write failed (a missing folder, a full disk): the old file, if any, is kept.
    Failed(std::io::Error),
}

/// Where a file for the user went.
#[derive(Debug, PartialEq, Eq)]
pub enum Written {
    /// `path` named standard output: the page is to be printed there.
    Stdout,
    /// The path as the user can find it again: absolute when the current folder is known.
    File(PathBuf),
}

/// Writes `bytes` (the report) to `path` (relative to the current folder), never over
/// botsterk's own files in `data_dir` nor into anything but a regular file; a link is
/// written through.
///
/// # Errors
/// [`NotWritten`]: refused before anything was written, or a failed write that kept the
/// old file.
pub fn write_checked(path: &Path, bytes: &[u8], data_dir: &Path) -> Result<Written, NotWritten> {
    match out_target(path, data_dir).map_err(NotWritten::Refused)? {
        OutTarget::Stdout => Ok(Written::Stdout),
        OutTarget::File { asked, resolved } => {
            write_out(&resolved, bytes).map_err(NotWritten::Failed)?;
            Ok(Written::File(std::path::absolute(&asked).unwrap_or(asked)))
        }
    }
}

/// Writes `bytes` to `path` through a temporary file in the same folder, and returns the
/// path as the user can find it again (absolute when the current folder is known).
///
/// # Errors
/// When the folder does not exist or cannot be written; an old file there is kept.
pub fn write_file(path: &std::path::Path, bytes: &[u8]) -> std::io::Result<std::path::PathBuf> {
    use std::io::Write;
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => std::path::PathBuf::from("."),
    };
    let mut file = tempfile::Builder::new()
        .prefix(".botsterk-")
        .suffix(".tmp")
        .tempfile_in(&dir)?;
    file.write_all(bytes)?;
    file.as_file().sync_all()?;
    file.persist(path).map_err(|e| e.error)?;
    Ok(std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn data_with_files() -> (tempfile::TempDir, PathBuf) {
        let tmp = tempfile::tempdir().unwrap();
        let data = tmp.path().join("data");
        fs::create_dir_all(data.join(BACKUP_DIR)).unwrap();
        for name in [
            "history.json",
            "profile.json",
            "session-in-progress.json",
            ".lock",
        ] {
            fs::write(data.join(name), "{}").unwrap();
        }
        fs::write(data.join(BACKUP_DIR).join("history-1-x.json"), "{}").unwrap();
        (tmp, data)
    }

    #[test]
    fn botsterks_own_files_and_folders_are_refused() {
        let (tmp, data) = data_with_files();
        for own in [
            data.clone(),
            data.join("history.json"),
            data.join("profile.json"),
            data.join("session-in-progress.json"),
            data.join(".lock"),
            data.join("new.json"),
            data.join(BACKUP_DIR),
            data.join(BACKUP_DIR).join("history-1-x.json"),
            data.join(BACKUP_DIR).join("new.html"),
            data.join("sub").join("..").join("history.json"),
            tmp.path().to_path_buf(),
        ] {
            let refused = out_target(&own, &data).unwrap_err();
            assert!(
                matches!(
                    refused,
                    OutRefused::Own { .. } | OutRefused::NotAFile { .. }
                ),
                "{own:?}: {refused:?}"
            );
        }
        // A report kept in the data folder is the user's.
        assert!(matches!(
            out_target(&data.join("report.html"), &data),
            Ok(OutTarget::File { .. })
        ));
    }

    #[cfg(unix)]
    #[test]
    fn a_link_is_written_through_unless_it_points_at_botsterks_files_or_nothing() {
        let (tmp, data) = data_with_files();
        let elsewhere = tmp.path().join("mine.html");
        fs::write(&elsewhere, "old").unwrap();
        let link = tmp.path().join("link.html");
        std::os::unix::fs::symlink(&elsewhere, &link).unwrap();
        let Ok(OutTarget::File { resolved, .. }) = out_target(&link, &data) else {
            panic!("a link to a file of the user's is written through");
        };
        write_out(&resolved, b"new").unwrap();
        assert!(
            fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(fs::read_to_string(&elsewhere).unwrap(), "new");

        let to_history = tmp.path().join("h.html");
        std::os::unix::fs::symlink(data.join("history.json"), &to_history).unwrap();
        assert!(matches!(
            out_target(&to_history, &data),
            Err(OutRefused::Own { .. })
        ));
        let dangling = tmp.path().join("d.html");
        std::os::unix::fs::symlink(tmp.path().join("gone"), &dangling).unwrap();
        assert!(matches!(
            out_target(&dangling, &data),
            Err(OutRefused::DanglingLink { .. })
        ));
    }

    #[cfg(unix)]
    #[test]
    fn a_pipe_a_device_and_a_folder_are_refused_standard_output_is_not() {
        let (tmp, data) = data_with_files();
        let fifo = tmp.path().join("fifo");
        assert!(
            std::process::Command::new("mkfifo")
                .arg(&fifo)
                .status()
                .unwrap()
                .success()
        );
        for (path, kind) in [
            (fifo, NotAFile::Pipe),
            (PathBuf::from("/dev/null"), NotAFile::Device),
            (tmp.path().join("data").join(".."), NotAFile::Folder),
        ] {
            let refused = out_target(&path, &data).unwrap_err();
            assert!(
                matches!(refused, OutRefused::NotAFile { kind: k, .. } if k == kind),
                "{path:?}: {refused:?}"
            );
        }
        for name in ["-", "/dev/stdout"] {
            assert_eq!(out_target(Path::new(name), &data), Ok(OutTarget::Stdout));
        }
    }

    #[test]
    fn an_old_file_elsewhere_is_replaced_whole_and_nothing_left_beside_it() {
        let (tmp, data) = data_with_files();
        let path = tmp.path().join("report.html");
        fs::write(&path, "old").unwrap();
        let Ok(OutTarget::File { resolved, .. }) = out_target(&path, &data) else {
            panic!("a file elsewhere is written");
        };
        write_out(&resolved, b"<p>new</p>").unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "<p>new</p>");
        let names: Vec<_> = fs::read_dir(tmp.path()).unwrap().collect();
        assert_eq!(names.len(), 2, "data and the report");
    }

    #[test]
    fn writes_the_whole_page_and_replaces_an_old_one() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("report.html");
        std::fs::write(&path, "old").unwrap();
        let written = write_checked(&path, b"<p>new</p>", &dir.path().join("data")).unwrap();
        assert_eq!(written, Written::File(path.clone()));
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "<p>new</p>");
        // Only the report: no temporary file left beside it.
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_missing_folder_is_an_error_and_writes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("missing").join("report.html");
        assert!(matches!(
            write_checked(&path, b"x", &dir.path().join("data")),
            Err(NotWritten::Failed(_))
        ));
        assert!(!path.exists());
    }
}
