//! The scriptable commands beside the TUI. Each returns what to print, or an error that
//! says what was wrong; nothing is written unless the whole input is valid.

pub mod demo;
pub mod fall;
pub mod hint;
pub mod history;
pub mod log;
pub mod log_practice;
pub mod log_test;
pub mod log_weight;
pub mod pain_check;
pub mod plan;
pub mod profile;
pub mod profile_advance;
pub mod remind;
pub mod report;
pub mod restore;
pub mod run;
pub mod status;
pub mod test_day;
pub mod weight;

use std::time::Duration;

use thiserror::Error;

use crate::store::StoreError;

/// How long a writing command (`log`, `weight`, `restore`) waits for another botsterk to
/// let go of the data dir before it refuses.
pub const LOCK_WAIT: Duration = Duration::from_secs(2);

/// Why a command failed, and so which exit code it ends with.
#[derive(Debug, Error)]
pub enum CommandError {
    /// Bad input from the user: exit code 2.
    #[error("{0}")]
    Usage(String),
    /// The history could not be read or written: exit code 1.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// A file the user asked for (`history --xlsx FILE`) could not be written, said in
    /// the user's language: exit code 1.
    #[error("{0}")]
    Write(String),
}

impl CommandError {
    #[must_use]
    pub fn exit_code(&self) -> u8 {
        match self {
            Self::Usage(_) => 2,
            Self::Store(_) | Self::Write(_) => 1,
        }
    }
}
