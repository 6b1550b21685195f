//! The command line as clap defines it: the flags shared by the TUI and every command, the
//! commands with their help and examples (in English; Dutch in [`super::help_nl`]).

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};
use clap_complete::Shell;

use crate::catalog::Program;
use crate::lang::Lang;
use crate::profile::BoneStatus;
use crate::units::Units;

/// Yes or no on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum YesNo {
    #[value(alias = "ja", alias = "j")]
    Yes,
    #[value(alias = "nee", alias = "n")]
    No,
}

/// The answer to a pain check, as typed: English or Dutch (`nagekeken`, `nog-niet`,
/// `weglaten`), an underscore for the dash too. English is the canonical form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum PainCheckAnswer {
    /// A doctor or physiotherapist checked it: it comes back one step easier.
    #[value(alias = "nagekeken", alias = "gecontroleerd")]
    Ok,
    /// It stays out; you are asked again on your next training day.
    #[value(alias = "nog-niet", alias = "not_yet", alias = "nog_niet")]
    NotYet,
    /// It stays out for good (profile --include brings it back).
    #[value(alias = "weglaten", alias = "leave_out")]
    LeaveOut,
}

impl From<PainCheckAnswer> for crate::history::PainAnswer {
    fn from(answer: PainCheckAnswer) -> Self {
        match answer {
            PainCheckAnswer::Ok => Self::Ok,
            PainCheckAnswer::NotYet => Self::NotYet,
            PainCheckAnswer::LeaveOut => Self::LeaveOut,
        }
    }
}

/// The most `history --weeks` takes (the command line refuses more): about 19 years.
pub const MAX_WEEKS: i64 = 1000;

/// botsterk: a coach for strong bones. Run without a command to train.
#[derive(Debug, Parser)]
#[command(name = "botsterk", version, about, long_about = None, after_help = crate::i18n::help::TOP_EXAMPLES_EN)]
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
    #[command(
        after_help = "Examples:\n  botsterk weight goblet-squat 10\n  botsterk weight overhead-press 11lb\n  botsterk weight deadlift 7,5kg"
    )]
    #[command(visible_alias = "gewicht")]
    Weight {
        /// goblet-squat, deadlift or overhead-press.
        exercise: String,
        /// The new weight: a number in your units (kg or lb, see profile), or with its unit:
        /// 11lb, 5kg, 7,5kg. From 0.5 to 300 kg.
        // Text, checked by the command: units, a comma, and "-5" get a clear answer.
        #[arg(value_name = "WEIGHT", allow_hyphen_values = true)]
        weight: String,
        /// Take a heavier weight that is asked about without asking: a heavy first weight,
        /// more than a step (25 %,
        /// at least 2 kg / 5 lb) above the current one, a second raise within 14 days, a raise
        /// within 14 days of a pain check ok. Lighter never asks.
        #[arg(long)]
        yes: bool,
    },
    /// Answer the pain check of an exercise on hold after pain.
    ///
    /// ok: a doctor or physiotherapist checked it and you may do it again (it comes back
    /// one step easier, no heavier for 14 days). not-yet: it stays out, you are asked again
    /// on your next training day. leave-out: it stays out for good (profile --include
    /// brings it back).
    #[command(after_help = "Example:\n  botsterk pain-check wall-push-up ok")]
    #[command(visible_alias = "pijncheck")]
    PainCheck {
        /// The exercise on hold, e.g. wall-push-up.
        exercise: String,
        /// ok, not-yet or leave-out (nagekeken, nog-niet, weglaten).
        #[arg(
            value_enum,
            ignore_case = true,
            value_name = "ok|not-yet|leave-out",
            hide_possible_values = true
        )]
        answer: PainCheckAnswer,
    },
    /// Record a session done elsewhere (at the gym, on paper).
    #[command(
        after_help = "Examples:\n  botsterk log wall-push-up:10,10:right chair-squat:12,12\n  botsterk log --date yesterday goblet-squat@8kg:12,12,12:hard\n  botsterk log --date 30-11-2026 opdrukken:10,9:zwaar\n  botsterk log balance:tandem:one-hand:20,20:steady posture:chin-tuck:5\n  botsterk log chair-stand:12 balance-test:tandem tug:9.4s grip:22kg"
    )]
    #[command(visible_alias = "noteer")]
    Log {
        /// The day you trained (default: today): 2026-11-30, 30-11-2026, 30/11/2026, today,
        /// yesterday, vandaag, gisteren or eergisteren. Not in the future.
        // Text, checked by the command (crate::typed_day): its refusals are said in the
        // user's language, and "26-11-28" is not taken as the year 26.
        #[arg(long, value_name = "DAY", allow_hyphen_values = true)]
        date: Option<String>,
        /// The program (default: the one the exercises belong to; a mix is refused).
        #[arg(long, value_enum)]
        program: Option<Program>,
        /// Record a second session on a day that already has one (otherwise refused, as
        /// the same session typed twice).
        #[arg(long)]
        again: bool,
        /// Take a logged weight that is asked about (a heavy first weight, more than a step
        /// above the plan's, a
        /// second raise within 14 days, a raise within 14 days of a pain check ok) without
        /// asking. Lighter never asks.
        #[arg(long)]
        yes: bool,
        /// EXERCISE[@WEIGHT]:SETS[:EFFORT]: EXERCISE is an id or a name in English or Dutch
        /// (wall-push-up, opdrukken); SETS is reps (12,12,11) or held seconds (30s,25s), or
        /// stomps per foot; EFFORT is easy, right, hard or pain (makkelijk, goed, zwaar,
        /// pijn). Balance and posture practice, never a strength session (logged on its
        /// own): balance:STANCE:SUPPORT:SECONDS[:RATING] (balance:tandem:one-hand:20,20:steady;
        /// RATING is steady, wobbly or held-on) and posture:MOVE:REPS (posture:chin-tuck:5).
        /// Test results, logged on their own: chair-stand:STANDS (or chair-stand:arms),
        /// balance-test:STAGE, tug:SECONDS, grip:KG (see botsterk test).
        #[arg(required = true, value_name = "ENTRY")]
        entries: Vec<String>,
    },
    /// Bring back a backup of the history, or list the backups.
    ///
    /// The current history is kept aside under a second name, never deleted. Without
    /// BACKUP, the backups are listed.
    #[command(
        after_help = "Examples:\n  botsterk restore --list\n  botsterk restore history-000012-20261126-094501.json\n  botsterk restore --profile"
    )]
    #[command(visible_alias = "herstel")]
    Restore {
        /// A backup: its path, or its file name in the backups folder.
        #[arg(value_name = "BACKUP", conflicts_with = "list")]
        backup: Option<PathBuf>,
        /// List the backups, newest first, with their sessions (also without BACKUP).
        #[arg(long)]
        list: bool,
        /// Bring back the set-up answers (profile.json) instead: the newest backup of the
        /// profile botsterk can read, or BACKUP (a profile-*.json).
        #[arg(long, conflicts_with = "list")]
        profile: bool,
        /// Bring the backup back without asking first (botsterk asks only in a terminal).
        #[arg(long, short = 'y')]
        yes: bool,
    },
    /// Show your set-up answers, or change them with the flags.
    ///
    /// The answers of the first start (also on the settings screen, `,` on home). `--lang`
    /// here sets the profile's language.
    #[command(
        after_help = "Examples:\n  botsterk profile\n  botsterk profile --bone-status osteoporosis --cleared-for-impact no\n  botsterk profile --weekly-target 3 --owned-weights 2,4,6,8 --json"
    )]
    #[command(visible_aliases = ["profiel", "instellingen"])]
    Profile {
        /// Print JSON for scripts instead of text.
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        changes: ProfileChanges,
    },
    /// The test day: four short function tests, your results against published norms.
    ///
    /// A test day every 6 weeks: this shows when the next one is due. The 30-second chair stand, the 4-stage balance test, the Timed Up and Go and grip
    /// strength, each with how it is done and its source (CDC STEADI, Rikli & Jones 1999,
    /// Bohannon 2006, EWGSOP2). Results are recorded with log (chair-stand:12
    /// balance-test:tandem tug:9.4s grip:22kg). The norms need your year of birth and sex
    /// (profile --birth-year, --sex); they are for a talk with your physiotherapist or
    /// doctor, never a diagnosis.
    #[command(
        after_help = "Examples:\n  botsterk test\n  botsterk test --json | jq .test_day\n  botsterk log chair-stand:12 balance-test:tandem"
    )]
    #[command(visible_alias = "testdag")]
    Test {
        /// Print JSON for scripts instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Record a fall or a near fall in the falls diary.
    ///
    /// A fall: an unexpected event in which you come to rest on the ground, floor or a
    /// lower level (ProFaNE). A near fall: you would have fallen, but caught yourself in
    /// time. With an injury, or when you did not get up alone, call your doctor (huisarts)
    /// today; no strength exercise is made harder until you say you are all right
    /// (--all-right).
    #[command(
        after_help = "Examples:\n  botsterk fall --where stairs --what tripped --injury bruise --got-up-alone yes\n  botsterk fall --near --date yesterday --part-of-day morning --what dizzy\n  botsterk fall --all-right\n  botsterk fall --list"
    )]
    #[command(visible_alias = "val")]
    Fall {
        #[command(flatten)]
        fall: FallArgs,
    },
    /// Write made-up training into an empty data folder, to try botsterk out.
    ///
    /// N years of sessions, to try the history screens. Refuses, writing nothing, when the
    /// folder already holds a history.
    #[command(
        after_help = "Examples:\n  botsterk --data-dir /tmp/botsterk-demo demo --years 10\n  botsterk --data-dir /tmp/botsterk-demo history"
    )]
    Demo {
        /// Years of training to make up (1 to 30).
        #[arg(long, value_name = "N", default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..=30))]
        years: u32,
    },
    /// Your weeks: sessions, the streak and the bone dose; or every set as CSV.
    ///
    /// Each week's sessions against your target, the weeks in a row with at least 2, and
    /// the bone dose (loaded reps, impact steps, seconds held) against what the program
    /// asks. Only reads the history.
    #[command(
        after_help = "Examples:\n  botsterk history\n  botsterk history --weeks 26\n  botsterk history --json | jq '.weeks[0].dose'\n  botsterk history --csv > botsterk.csv\n  botsterk history --xlsx botsterk.xlsx"
    )]
    #[command(visible_alias = "logboek")]
    History {
        /// How many weeks to show, ending with this one (1 to 1000; default 8). With --csv,
        /// only the sets of those weeks (default: every set).
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=MAX_WEEKS))]
        weeks: Option<u32>,
        /// Print JSON for scripts instead of text.
        #[arg(long, conflicts_with = "csv")]
        json: bool,
        /// Print one CSV row per set (date,program,exercise,set,reps,seconds,weight_kg,effort).
        #[arg(long)]
        csv: bool,
        /// A month in review instead of the weeks: sessions against the aim, practice,
        /// what got stronger, pain and its answers (YYYY-MM; without it, last month).
        #[arg(long, value_name = "YYYY-MM", num_args = 0..=1, default_missing_value = "", conflicts_with_all = ["csv", "weeks", "xlsx"])]
        month: Option<String>,
        /// Write an Excel workbook to FILE instead (sheets of sets, weeks and practice;
        /// numbers as numbers, dates as dates, headers in your language): it opens right
        /// in Excel and LibreOffice, in Dutch and English.
        #[arg(long, value_name = "FILE", conflicts_with_all = ["json", "csv"])]
        xlsx: Option<PathBuf>,
    },
    /// Write a report to take to your physiotherapist or doctor (HTML, to print).
    ///
    /// A page to open in any browser and print (A4 or Letter): your answers, how often
    /// you trained against your target, how each exercise's load changed and why, every
    /// pain report and pain-check answer, what is left out, and the sessions. No script,
    /// no internet, nothing beside the file. Only reads the history.
    #[command(
        after_help = "Examples:\n  botsterk report\n  botsterk report --weeks 26 --out ~/Documents/for-the-physio.html\n  botsterk report --lang nl --out - > verslag.html"
    )]
    #[command(visible_alias = "verslag")]
    Report {
        /// How many weeks, ending with this one (1 to 520).
        #[arg(long, value_name = "N", default_value_t = crate::report::DEFAULT_WEEKS, value_parser = clap::value_parser!(u32).range(1..=i64::from(crate::report::MAX_WEEKS)))]
        weeks: u32,
        /// The file to write (default: botsterk-report-YYYY-MM-DD.html in the current
        /// folder); - writes the page to standard output.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        /// The paper it prints on: a4 (the default) or letter (US).
        #[arg(long, value_enum, default_value_t = crate::report::Paper::A4)]
        paper: crate::report::Paper,
    },
    /// Today in one line: a training day, a rest day, trained already, a pain check open.
    ///
    /// For a shell prompt or a status bar: fast, only reads (no lock, no write), no colour
    /// when piped. --short gives a few words (at most 30 columns), --json the facts, --due
    /// nothing but the exit code.
    #[command(
        after_help = "Examples:\n  botsterk status\n  botsterk status --short\n  botsterk status --due && echo 'time to train'\n  botsterk status --json | jq .today"
    )]
    #[command(visible_alias = "vandaag")]
    Status {
        /// A few words for a shell prompt (at most 30 columns): "🦴 train", "🦴 ✓", "🦴 rest".
        #[arg(long, conflicts_with_all = ["json", "due"])]
        short: bool,
        /// With --short: without the symbol, for a terminal or font that lacks it.
        #[arg(long, requires = "short")]
        ascii: bool,
        /// Print JSON for scripts instead of text.
        #[arg(long, conflicts_with = "due")]
        json: bool,
        /// Print nothing; exit 0 when a session is due today and not done (and reminders
        /// are not paused), else 1.
        #[arg(long)]
        due: bool,
    },
    /// Say once a day that a session is due, only when it is (for a timer, cron or a shell).
    ///
    /// Prints today's status line when a session (or a pain check to answer) is due today
    /// and not done, it is later than --after, reminders are not paused, and no reminder was
    /// given today; otherwise prints nothing and ends with exit code 1. Never on a rest day
    /// or a day already trained. --setup prints a ready snippet to run it by itself.
    #[command(
        after_help = "Examples:\n  botsterk remind\n  botsterk remind --notify --after 09:00\n  botsterk remind --pause-until 2027-01-04\n  botsterk remind --resume\n  botsterk remind --setup systemd"
    )]
    #[command(visible_alias = "herinner")]
    Remind {
        /// Show it as a desktop notification (notify-send, or osascript on macOS); printed
        /// when neither is found.
        #[arg(long)]
        notify: bool,
        /// Stay quiet before this time of day (HH:MM).
        #[arg(long, value_name = "HH:MM")]
        after: Option<String>,
        /// No reminders up to and including this day (holidays, illness): 2027-01-04,
        /// 4-1-2027, 4/1/2027.
        #[arg(long, value_name = "DAY", conflicts_with_all = ["resume", "setup", "notify", "after"])]
        pause_until: Option<String>,
        /// Reminders on again after a pause.
        #[arg(long, conflicts_with_all = ["setup", "notify", "after"])]
        resume: bool,
        /// Print a snippet that runs the reminder by itself (from --after's time, 09:00 when
        /// not given); installs nothing.
        #[arg(long, value_enum, value_name = "WAY")]
        setup: Option<ReminderSetup>,
    },
    /// Print a completion script for your shell (bash, zsh, fish, elvish, powershell).
    #[command(
        after_help = "Examples:\n  botsterk completions bash > ~/.local/share/bash-completion/completions/botsterk\n  botsterk completions zsh > ~/.zfunc/_botsterk    # with fpath+=~/.zfunc in ~/.zshrc\n  botsterk completions fish > ~/.config/fish/completions/botsterk.fish"
    )]
    #[command(visible_alias = "aanvullingen")]
    Completions {
        /// The shell to complete for.
        #[arg(value_enum)]
        shell: Shell,
    },
    /// Print the manual page (roff), to read with man.
    #[command(
        after_help = "Examples:\n  botsterk man | man -l -\n  botsterk man > ~/.local/share/man/man1/botsterk.1"
    )]
    #[command(visible_alias = "handleiding")]
    Man,
}

/// The ways `remind --setup` prints a snippet for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ReminderSetup {
    /// A systemd user timer and its service.
    Systemd,
    /// A crontab line.
    Cron,
    /// A line for ~/.bashrc or ~/.zshrc.
    Shell,
    /// A starship prompt module.
    Starship,
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

/// `profile`'s answers given as flags (`None`, empty: the answer stays as it is): what
/// `commands::profile::run` turns into a change of the profile, in one place.
#[derive(Debug, Clone, Default, Args)]
pub struct ProfileChanges {
    /// What you know of your bones.
    #[arg(long, value_enum, value_name = "STATUS")]
    pub bone_status: Option<BoneStatus>,
    /// A doctor or physiotherapist said impact exercise (stomping) is safe for you.
    #[arg(long, value_enum, value_name = "YES|NO")]
    pub cleared_for_impact: Option<YesNo>,
    /// The program to start with.
    #[arg(long, value_enum)]
    pub program: Option<Program>,
    /// Sessions a week you aim for: 2, 3 or 4.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(2..=4))]
    pub weekly_target: Option<u32>,
    /// Show weights in kg or lb (they are always stored in kg).
    #[arg(long, value_enum)]
    pub units: Option<Units>,
    /// Rest between sets in seconds (15 to 300).
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(15..=300))]
    pub rest_seconds: Option<u32>,
    /// Seconds to get ready before a hold, after you press Enter (3 to 30; default 10).
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(3..=30))]
    pub get_ready_seconds: Option<u32>,
    /// How cues sound: off, the terminal bell, or a voice (espeak-ng, spd-say or say,
    /// found on the PATH; the bell when none is).
    #[arg(long, value_enum)]
    pub sound: Option<crate::profile::Sound>,
    /// Who counts the reps: manual (you press Space for each) or paced (the coach
    /// counts at the exercise's tempo and says up, hold, down).
    #[arg(long, value_enum)]
    pub counting: Option<crate::profile::Counting>,
    /// A 3-minute warm-up (marching, arm circles, shoulder rolls, sit to stand) before
    /// each strength session.
    #[arg(long, value_enum, value_name = "YES|NO")]
    pub warm_up: Option<YesNo>,
    /// Days a week you aim to do the balance and posture practice: 0 to 7 (default 3).
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(0..=7))]
    pub practice_days: Option<u32>,
    /// The weights you own, in your unit (kg or lb, see --units), e.g. 2,4,6,8, or
    /// with the unit after each: 5lb,10lb or 2kg,4kg (an empty string: none). The coach
    /// proposes only these. (A bare number here used to be kg for lb users too.)
    #[arg(long, value_name = "W,W,...")]
    pub owned_weights: Option<String>,
    /// Bring back an exercise you left out (after a pain check, or with --leave-out): its
    /// id or its name in English or Dutch, e.g. heel-raise or hielheffen (can be repeated).
    #[arg(long, value_name = "EXERCISE")]
    pub include: Vec<String>,
    /// Your name, printed on the report for your physiotherapist or doctor (an empty
    /// string removes it).
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
    /// Leave an exercise out of the plan without a pain report: its id or its name in
    /// English or Dutch (can be repeated; --include brings it back).
    #[arg(long, value_name = "EXERCISE")]
    pub leave_out: Vec<String>,
    /// With osteopenia or osteoporosis, switch to the advanced program (--program
    /// advanced) without asking: its deadlift and overhead press carry cautions.
    #[arg(long)]
    pub yes: bool,
    /// Your year of birth, for the test day's published norms (optional).
    #[arg(long, value_name = "YEAR", value_parser = clap::value_parser!(i32).range(1900..=2020))]
    pub birth_year: Option<i32>,
    /// female, male or rather-not-say, for the test day's published norms (optional).
    #[arg(long, value_enum)]
    pub sex: Option<crate::profile::Sex>,
    /// The language to set: the global `--lang`, given with `profile`.
    #[arg(skip)]
    pub lang: Option<Lang>,
    /// When the command runs: when `program` is given, the next session is of that
    /// program (see `coach::plan::next_program`). Not a change by itself.
    #[arg(skip)]
    pub now: Option<chrono::DateTime<chrono::FixedOffset>>,
}

/// What was typed after `fall`: a fall or near fall to record, `--all-right`, or `--list`.
#[derive(Debug, Clone, Default, Args)]
pub struct FallArgs {
    /// A near fall: caught in time, not on the floor.
    #[arg(long)]
    pub near: bool,
    /// The day it happened (default: today): 2026-11-30, 30-11-2026, today, yesterday,
    /// vandaag, gisteren. Not in the future.
    #[arg(long, value_name = "DAY", allow_hyphen_values = true)]
    pub date: Option<String>,
    /// morning, afternoon, evening or night.
    #[arg(long, value_enum)]
    pub part_of_day: Option<crate::history::PartOfDay>,
    /// Where: inside, stairs, bathroom or outside.
    #[arg(long = "where", value_enum, value_name = "WHERE")]
    pub place: Option<crate::history::FallPlace>,
    /// What happened: tripped, slipped, dizzy, legs-gave-way, lost-balance or other.
    #[arg(long, value_enum)]
    pub what: Option<crate::history::FallCause>,
    /// none, bruise, pain, possibly-broken or saw-doctor.
    #[arg(long, value_enum)]
    pub injury: Option<crate::history::Injury>,
    /// Whether you got up alone, without help.
    #[arg(long, value_enum, value_name = "YES|NO")]
    pub got_up_alone: Option<YesNo>,
    /// About how long you were on the floor, in minutes (0 to 1440).
    #[arg(long, value_name = "MINUTES", value_parser = clap::value_parser!(u32).range(0..=1440))]
    pub minutes_on_floor: Option<u32>,
    /// A note in your own words.
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
    /// Say you are all right again after a fall with an injury or without getting up
    /// alone: strength exercises may get harder again.
    #[arg(long, conflicts_with_all = ["near", "date", "part_of_day", "place", "what", "injury", "got_up_alone", "minutes_on_floor", "note", "list"])]
    pub all_right: bool,
    /// Show the falls diary instead of recording.
    #[arg(long, conflicts_with_all = ["near", "date", "part_of_day", "place", "what", "injury", "got_up_alone", "minutes_on_floor", "note"])]
    pub list: bool,
}
