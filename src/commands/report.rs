//! `botsterk report [--weeks N] [--out FILE]`: the printable report (see [`crate::report`])
//! written to a file, or to standard output with `--out -`.
//!
//! The page is made in memory first and written in one go by the store
//! ([`crate::store::write_checked`]): a full disk or a kill leaves either the old file
//! or the new one, never half a report. Private (0600), like the history: it is about health.

use std::path::PathBuf;

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
}
