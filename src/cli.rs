//! The command line: flags shared by the TUI and every command.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Parser, Subcommand};

use crate::catalog::Program;
use crate::commands::profile::YesNo;
use crate::i18n::Lang;
use crate::profile::{BoneStatus, Units};

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
    /// Your profile (set up on first start): show it, or change answers with the flags.
    /// `--lang` here sets the profile's language.
    #[command(
        after_help = "Examples:\n  botsterk profile\n  botsterk profile --bone-status osteoporosis --cleared-for-impact no\n  botsterk profile --weekly-target 3 --owned-weights 2,4,6,8 --json"
    )]
    Profile {
        /// Print JSON for scripts instead of text.
        #[arg(long)]
        json: bool,
        /// What you know of your bones.
        #[arg(long, value_enum, value_name = "STATUS")]
        bone_status: Option<BoneStatus>,
        /// A doctor or physiotherapist said impact exercise (stomping) is safe for you.
        #[arg(long, value_enum, value_name = "YES|NO")]
        cleared_for_impact: Option<YesNo>,
        /// The program to start with.
        #[arg(long, value_enum)]
        program: Option<Program>,
        /// Sessions a week you aim for: 2, 3 or 4.
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(2..=4))]
        weekly_target: Option<u32>,
        /// Show weights in kg or lb (they are always stored in kg).
        #[arg(long, value_enum)]
        units: Option<Units>,
        /// Rest between sets in seconds (15 to 300).
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(15..=300))]
        rest_seconds: Option<u32>,
        /// The weights you own in kg, e.g. 2,4,6,8 (an empty string: none).
        #[arg(long, value_name = "KG,KG,...")]
        owned_weights: Option<String>,
    },
    /// Write a made-up history of N years into an empty data folder, to try the history
    /// screens (refuses, writing nothing, when the folder already holds a history).
    #[command(
        after_help = "Examples:\n  botsterk --data-dir /tmp/botsterk-demo demo --years 10\n  botsterk --data-dir /tmp/botsterk-demo history"
    )]
    Demo {
        /// Years of training to make up (1 to 30; default 1).
        #[arg(long, value_name = "N", default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..=30))]
        years: u32,
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

    /// The language: `--lang`, else the profile's, else the locale, else English.
    #[must_use]
    pub fn lang(&self, profile: Option<Lang>) -> Lang {
        self.lang
            .or(profile)
            .unwrap_or_else(|| Lang::from_locale(|var| std::env::var(var).ok()))
    }
}
