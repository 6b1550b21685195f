//! Reading the history: a file that does not parse, is too large or comes from a newer
//! botsterk is refused with an error that names it, and left exactly as it is.

use std::fs;
use std::path::Path;

use serde::Deserialize;

use super::{FileKind, StoreError, bounds, reason};
use crate::history::{HISTORY_VERSION, History};

/// The version alone, to tell a newer file from a damaged one.
#[derive(Deserialize)]
struct VersionOnly {
    version: u32,
}

/// The UTF-8 byte order mark some editors (Notepad) put before the text.
const BOM: &[u8] = b"\xEF\xBB\xBF";

/// The JSON of a file as read, without a byte order mark before it: history.json,
/// profile.json and the journal saved by such an editor are read as they are meant. The
/// file is not changed for it; the next save writes it without the mark.
pub(super) fn without_bom(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(BOM).unwrap_or(bytes)
}

/// Reads a history file anywhere (a backup, say) the way [`super::Store::load_history`] reads
/// the history; a missing file is an error here.
///
/// # Errors
/// [`StoreError::Read`], [`StoreError::Corrupt`] or [`StoreError::Newer`], naming `path`.
pub fn read_history_at(path: &Path) -> Result<History, StoreError> {
    let bytes = read_if_exists(path)?.ok_or_else(|| StoreError::Read {
        path: path.to_path_buf(),
        source: std::io::ErrorKind::NotFound.into(),
    })?;
    parse_at(path, &bytes)
}

/// The file's bytes, `None` when there is no such file. Only a regular file (or a link to
/// one) is read: anything else is refused without opening it (a named pipe would block
/// the read forever), and a link to nothing is an error, not a missing file.
pub(super) fn read_if_exists(path: &Path) -> Result<Option<Vec<u8>>, StoreError> {
    let read_error = |source| StoreError::Read {
        path: path.to_path_buf(),
        source,
    };
    match fs::metadata(path) {
        Ok(meta) if meta.is_file() => fs::read(path).map(Some).map_err(read_error),
        Ok(meta) => Err(StoreError::NotRegular {
            path: path.to_path_buf(),
            kind: kind_of(&meta.file_type()),
        }),
        // A file where the data folder should be: said of the folder, not of the file
        // botsterk looked for in it.
        Err(e) if e.kind() == std::io::ErrorKind::NotADirectory => match path.parent() {
            Some(dir) if dir.exists() && !dir.is_dir() => Err(StoreError::NotAFolder {
                path: dir.to_path_buf(),
            }),
            _ => Err(read_error(e)),
        },
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => match fs::read_link(path) {
            Ok(target) => Err(StoreError::DanglingLink {
                path: path.to_path_buf(),
                target,
            }),
            Err(_) => Ok(None),
        },
        Err(e) => Err(read_error(e)),
    }
}

/// What a file that is not a regular file is, in words.
fn kind_of(file_type: &fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if file_type.is_fifo() {
            return "a named pipe (FIFO)";
        }
        if file_type.is_socket() {
            return "a socket";
        }
        if file_type.is_block_device() || file_type.is_char_device() {
            return "a device";
        }
    }
    if file_type.is_dir() {
        "a folder"
    } else {
        "not a file"
    }
}

pub(super) fn parse_at(path: &Path, bytes: &[u8]) -> Result<History, StoreError> {
    let path = path.to_path_buf();
    parse_history(bytes).map_err(|e| match e {
        ParseError::Corrupt(reason) => StoreError::Corrupt {
            path,
            kind: FileKind::History,
            reason,
        },
        ParseError::Newer(found) => StoreError::Newer {
            path,
            kind: FileKind::History,
            found,
            known: HISTORY_VERSION,
        },
        ParseError::TooLarge(found) => StoreError::TooLarge {
            path,
            found: Box::new(found),
        },
    })
}

enum ParseError {
    Corrupt(String),
    Newer(u32),
    TooLarge(bounds::TooLarge),
}

fn parse_history(bytes: &[u8]) -> Result<History, ParseError> {
    let bytes = without_bom(bytes);
    // One parse in the usual case; the version alone is read only to explain a failure
    // (a newer format this build cannot read is not "damaged").
    match serde_json::from_slice::<History>(bytes) {
        Ok(history) if history.version > HISTORY_VERSION => Err(ParseError::Newer(history.version)),
        // Version 0 was never written: a whole number from 1 is (3.0 is refused by the
        // parse itself).
        Ok(history) if history.version == 0 => Err(ParseError::Corrupt(format!(
            "\"version\": 0 is not a version of botsterk's history (a whole number from 1 to {HISTORY_VERSION})"
        ))),
        // Every older format is a subset of this one (new fields have defaults): read, it
        // is this version, and is written back as such.
        // Bounded where read: nothing later sums or compares a number no person does.
        Ok(history) => match bounds::first_too_large(&history) {
            Some(found) => Err(ParseError::TooLarge(found)),
            None => Ok(History {
                version: HISTORY_VERSION,
                ..history
            }),
        },
        // The reason is that of the full parse: the version-only one would name a type of
        // this program, not the file.
        Err(full) => match serde_json::from_slice::<VersionOnly>(bytes) {
            Ok(only) if only.version > HISTORY_VERSION => Err(ParseError::Newer(only.version)),
            _ => Err(ParseError::Corrupt(reason::plain(&full))),
        },
    }
}
