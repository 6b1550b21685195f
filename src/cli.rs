//! The command line: flags shared by the TUI and every command.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Parser, Subcommand};

use crate::catalog::Program;
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

    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The commands; without one, the coach opens on screen.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Today's plan: train or rest, this week's count, each exercise's target, questions.
    #[command(after_help = "Examples:\n  botsterk plan\n  botsterk plan --json | jq .status")]
    Plan {
        /// Print JSON for scripts instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Set the working weight of a weighted exercise (answers a weight question).
    #[command(after_help = "Example:\n  botsterk weight goblet-squat 10")]
    Weight {
        /// goblet-squat, deadlift or overhead-press.
        exercise: String,
        /// The new weight in kg.
        kg: f64,
    },
    /// Record a session done elsewhere (at the gym, on paper).
    #[command(
        after_help = "Example:\n  botsterk log --date 2026-11-20 --program advanced \\\n    goblet-squat@8kg:12,12,12:right stomp:20,20"
    )]
    Log {
        /// The day you trained, as YYYY-MM-DD (not in the future).
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: NaiveDate,
        /// The program (default: the one the exercises belong to).
        #[arg(long, value_enum)]
        program: Option<Program>,
        /// EXERCISE[@WEIGHTkg]:SETS[:EFFORT]: SETS is reps (12,12,11) or held seconds
        /// (30s,25s), or stomps per foot; EFFORT is easy, right, hard or pain.
        #[arg(required = true, value_name = "ENTRY")]
        entries: Vec<String>,
    },
    /// Bring back a backup of the history (the current file is kept aside, never
    /// deleted); without BACKUP, list the backups.
    #[command(
        after_help = "Examples:\n  botsterk restore --list\n  botsterk restore history-20261126-094501.json"
    )]
    Restore {
        /// A backup: its path, or its file name in the backups folder.
        #[arg(value_name = "BACKUP", conflicts_with = "list")]
        backup: Option<PathBuf>,
        /// List the backups, newest first, with their sessions (also without BACKUP).
        #[arg(long)]
        list: bool,
    },
    /// Your weeks: sessions against the target, the streak and the bone dose; or every set
    /// as CSV.
    #[command(
        after_help = "Examples:\n  botsterk history\n  botsterk history --weeks 26\n  botsterk history --json | jq '.weeks[0].dose'\n  botsterk history --csv > botsterk.csv"
    )]
    History {
        /// How many weeks to show, ending with this one (1 to 1000; default 8). With --csv,
        /// only the sets of those weeks (default: every set).
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=1000))]
        weeks: Option<u32>,
        /// Print JSON for scripts instead of text.
        #[arg(long, conflicts_with = "csv")]
        json: bool,
        /// Print one CSV row per set (date,program,exercise,set,reps,seconds,weight_kg,effort).
        #[arg(long)]
        csv: bool,
    },
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
