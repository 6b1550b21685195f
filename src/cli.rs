//! The command line: flags shared by the TUI and every command.

use std::path::PathBuf;

use clap::Parser;

use crate::i18n::Lang;

/// botsterk: a coach for strong bones. Run without a command to train.
#[derive(Debug, Parser)]
#[command(name = "botsterk", version, about, long_about = None)]
pub struct Cli {
    /// Where the history is kept (default: your platform's data folder, e.g.
    /// ~/.local/share/botsterk on Linux).
    #[arg(long, env = "BOTSTERK_DATA_DIR", value_name = "DIR", global = true)]
    pub data_dir: Option<PathBuf>,

    /// The language of the screens: en or nl (default: your locale).
    #[arg(long, value_enum, global = true)]
    pub lang: Option<Lang>,
}

impl Cli {
    /// The data dir: `--data-dir`, else `BOTSTERK_DATA_DIR`, else the platform's.
    #[must_use]
    pub fn data_dir(&self) -> Option<PathBuf> {
        self.data_dir.clone().or_else(|| {
            directories::ProjectDirs::from("", "", "botsterk").map(|d| d.data_dir().to_path_buf())
        })
    }

    /// The language: `--lang`, else the locale.
    #[must_use]
    pub fn lang(&self) -> Lang {
        self.lang
            .unwrap_or_else(|| Lang::from_locale(|var| std::env::var(var).ok()))
    }
}
