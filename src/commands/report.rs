//! `botsterk report [--weeks N] [--out FILE]`: the printable report (see [`crate::report`])
//! written to a file, or to standard output with `--out -`.
//!
//! The page is made in memory first and written in one go through a private temporary file
//! beside the target, renamed over it: a full disk or a kill leaves either the old file or
//! the new one, never half a report. Private (0600), like the history: it is about health.

use std::path::{Path, PathBuf};

use crate::store::{NotAFile, OutRefused, OutTarget, out_target, write_out};

/// Where the report goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Out {
    /// Standard output (`--out -` or `--out /dev/stdout`).
    Stdout,
    File(PathBuf),
}

impl Out {
    /// From `--out`: `-` and `/dev/stdout` are standard output; nothing is `default` (the
    /// dated file name in the data folder's `reports/`).
    #[must_use]
    pub fn from_flag(out: Option<PathBuf>, default: &std::path::Path) -> Self {
        match out {
            Some(path) if path.as_os_str() == "-" || path.as_os_str() == "/dev/stdout" => {
                Self::Stdout
            }
            Some(path) => Self::File(path),
            None => Self::File(default.to_path_buf()),
        }
    }
}

/// Why the report was not written.
#[derive(Debug)]
pub enum NotWritten {
    /// A target botsterk never writes (its own files, a pipe, a device, a folder): bad
    /// input, exit 2.
    Refused(OutRefused),
    /// The write failed (a missing folder, a full disk): the old file, if any, is kept.
    Failed(std::io::Error),
}

/// Where the report went.
#[derive(Debug, PartialEq, Eq)]
pub enum Written {
    /// `path` named standard output: the page is to be printed there.
    Stdout,
    /// The path as the user can find it again: absolute when the current folder is known.
    File(PathBuf),
}

/// Writes `html` to `path` (relative to the current folder), never over botsterk's own
/// files in `data_dir` nor into anything but a regular file; a link is written through.
///
/// # Errors
/// [`NotWritten`]: refused before anything was written, or a failed write that kept the
/// old file.
pub fn write(path: &Path, html: &str, data_dir: &Path) -> Result<Written, NotWritten> {
    match out_target(path, data_dir).map_err(NotWritten::Refused)? {
        OutTarget::Stdout => Ok(Written::Stdout),
        OutTarget::File { asked, resolved } => {
            write_out(&resolved, html.as_bytes()).map_err(NotWritten::Failed)?;
            Ok(Written::File(std::path::absolute(&asked).unwrap_or(asked)))
        }
    }
}

/// Why `refused` was not written, in `lang`.
#[must_use]
pub fn refusal_text(refused: &OutRefused, lang: crate::lang::Lang) -> String {
    let t = lang.texts().data;
    match refused {
        OutRefused::Own { path, data_dir } => (t.out_own)(&path.display(), &data_dir.display()),
        OutRefused::NotAFile { path, kind } => {
            let path = path.display();
            match kind {
                NotAFile::Folder => (t.out_folder)(&path),
                NotAFile::Pipe => (t.out_pipe)(&path),
                NotAFile::Device => (t.out_device)(&path),
                NotAFile::Other => (t.out_other)(&path),
            }
        }
        OutRefused::DanglingLink { path, target } => {
            (t.out_dangling)(&path.display(), &target.display())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dash_is_standard_output_and_nothing_is_the_default_name() {
        assert_eq!(
            Out::from_flag(Some(PathBuf::from("-")), "r.html".as_ref()),
            Out::Stdout
        );
        assert_eq!(
            Out::from_flag(None, "r.html".as_ref()),
            Out::File(PathBuf::from("r.html"))
        );
        assert_eq!(
            Out::from_flag(Some(PathBuf::from("a/b.html")), "r.html".as_ref()),
            Out::File(PathBuf::from("a/b.html"))
        );
    }

    #[test]
    fn writes_the_whole_page_and_replaces_an_old_one() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("report.html");
        std::fs::write(&path, "old").unwrap();
        let written = write(&path, "<p>new</p>", &dir.path().join("data")).unwrap();
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
            write(&path, "x", &dir.path().join("data")),
            Err(NotWritten::Failed(_))
        ));
        assert!(!path.exists());
    }
}
