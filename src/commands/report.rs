//! `botsterk report [--weeks N] [--out FILE]`: the printable report (see [`crate::report`])
//! written to a file, or to standard output with `--out -`.
//!
//! The page is made in memory first and written in one go through a private temporary file
//! beside the target, renamed over it: a full disk or a kill leaves either the old file or
//! the new one, never half a report. Private (0600), like the history: it is about health.

use std::io::Write;
use std::path::{Path, PathBuf};

/// Where the report goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Out {
    /// Standard output (`--out -`).
    Stdout,
    File(PathBuf),
}

impl Out {
    /// From `--out`: `-` is standard output; nothing is `default` (the dated file name in
    /// the current folder).
    #[must_use]
    pub fn from_flag(out: Option<PathBuf>, default: &str) -> Self {
        match out {
            Some(path) if path.as_os_str() == "-" => Self::Stdout,
            Some(path) => Self::File(path),
            None => Self::File(PathBuf::from(default)),
        }
    }
}

/// Writes `html` to `path` (relative to the current folder) and returns the path as the
/// user can find it again: absolute when the current folder is known.
///
/// # Errors
/// When the folder does not exist or cannot be written; the old file, if any, is kept.
pub fn write(path: &Path, html: &str) -> std::io::Result<PathBuf> {
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let mut file = tempfile::Builder::new()
        .prefix(".botsterk-report-")
        .suffix(".tmp")
        .tempfile_in(&dir)?;
    file.write_all(html.as_bytes())?;
    file.as_file().sync_all()?;
    file.persist(path).map_err(|e| e.error)?;
    Ok(std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dash_is_standard_output_and_nothing_is_the_default_name() {
        assert_eq!(
            Out::from_flag(Some(PathBuf::from("-")), "r.html"),
            Out::Stdout
        );
        assert_eq!(
            Out::from_flag(None, "r.html"),
            Out::File(PathBuf::from("r.html"))
        );
        assert_eq!(
            Out::from_flag(Some(PathBuf::from("a/b.html")), "r.html"),
            Out::File(PathBuf::from("a/b.html"))
        );
    }

    #[test]
    fn writes_the_whole_page_and_replaces_an_old_one() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("report.html");
        std::fs::write(&path, "old").unwrap();
        let written = write(&path, "<p>new</p>").unwrap();
        assert_eq!(written, path);
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "<p>new</p>");
        // Only the report: no temporary file left beside it.
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_missing_folder_is_an_error_and_writes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("missing").join("report.html");
        assert!(write(&path, "x").is_err());
        assert!(!path.exists());
    }
}
