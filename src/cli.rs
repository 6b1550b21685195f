//! The command line: flags shared by the TUI and every command.

use std::io::Write;
use std::path::PathBuf;

use clap::{CommandFactory, Parser, Subcommand};
use clap_complete::Shell;

use crate::catalog::Program;
use crate::commands::profile::YesNo;
use crate::i18n::Lang;
use crate::profile::{BoneStatus, Units};

/// botsterk: a coach for strong bones. Run without a command to train.
#[derive(Debug, Parser)]
#[command(name = "botsterk", version, about, long_about = None, after_help = TOP_EXAMPLES)]
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

/// The examples under `botsterk --help` (and in the man page).
const TOP_EXAMPLES: &str = "Without a command, the coach opens on screen.

Examples:
  botsterk
  botsterk --lang nl
  botsterk plan
  botsterk --data-dir /tmp/botsterk-demo demo --years 2";

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
    Weight {
        /// goblet-squat, deadlift or overhead-press.
        exercise: String,
        /// The new weight: a number in your units (kg or lb, see profile), or with its unit:
        /// 11lb, 5kg, 7,5kg. From 0.5 to 300 kg.
        // Text, checked by the command: units, a comma, and "-5" get a clear answer.
        #[arg(value_name = "WEIGHT", allow_hyphen_values = true)]
        weight: String,
        /// Take a weight more than a step (25 %, at least 2 kg / 5 lb) away from the current
        /// one without asking.
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
    PainCheck {
        /// The exercise on hold, e.g. wall-push-up.
        exercise: String,
        /// ok, not-yet or leave-out.
        #[arg(value_name = "ok|not-yet|leave-out")]
        answer: String,
    },
    /// Record a session done elsewhere (at the gym, on paper).
    #[command(
        after_help = "Examples:\n  botsterk log wall-push-up:10,10:right chair-squat:12,12\n  botsterk log --date yesterday goblet-squat@8kg:12,12,12:hard\n  botsterk log --date 30-11-2026 opdrukken:10,9:zwaar"
    )]
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
        /// EXERCISE[@WEIGHT]:SETS[:EFFORT]: EXERCISE is an id or a name in English or Dutch
        /// (wall-push-up, opdrukken); SETS is reps (12,12,11) or held seconds (30s,25s), or
        /// stomps per foot; EFFORT is easy, right, hard or pain (makkelijk, goed, zwaar,
        /// pijn).
        #[arg(required = true, value_name = "ENTRY")]
        entries: Vec<String>,
    },
    /// Bring back a backup of the history, or list the backups.
    ///
    /// The current history is kept aside under a second name, never deleted. Without
    /// BACKUP, the backups are listed.
    #[command(
        after_help = "Examples:\n  botsterk restore --list\n  botsterk restore history-000012-20261126-094501.json"
    )]
    Restore {
        /// A backup: its path, or its file name in the backups folder.
        #[arg(value_name = "BACKUP", conflicts_with = "list")]
        backup: Option<PathBuf>,
        /// List the backups, newest first, with their sessions (also without BACKUP).
        #[arg(long)]
        list: bool,
    },
    /// Show your set-up answers, or change them with the flags.
    ///
    /// The answers of the first start (also on the settings screen, `,` on home). `--lang`
    /// here sets the profile's language.
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
        /// Seconds to get ready before a hold, after you press Enter (3 to 30; default 10).
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(3..=30))]
        get_ready_seconds: Option<u32>,
        /// How cues sound: off, the terminal bell, or a voice (espeak-ng, spd-say or say,
        /// found on the PATH; the bell when none is).
        #[arg(long, value_enum)]
        sound: Option<crate::profile::Sound>,
        /// The weights you own in kg, e.g. 2,4,6,8, or in lb: 5lb,10lb (an empty string:
        /// none). The coach proposes only these.
        #[arg(long, value_name = "KG,KG,...")]
        owned_weights: Option<String>,
        /// Bring back an exercise you left out after a pain check (can be repeated).
        #[arg(long, value_name = "EXERCISE")]
        include: Vec<String>,
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
        after_help = "Examples:\n  botsterk history\n  botsterk history --weeks 26\n  botsterk history --json | jq '.weeks[0].dose'\n  botsterk history --csv > botsterk.csv"
    )]
    History {
        /// How many weeks to show, ending with this one (1 to 1000; default 8). With --csv,
        /// only the sets of those weeks (default: every set).
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=crate::commands::history::MAX_WEEKS))]
        weeks: Option<u32>,
        /// Print JSON for scripts instead of text.
        #[arg(long, conflicts_with = "csv")]
        json: bool,
        /// Print one CSV row per set (date,program,exercise,set,reps,seconds,weight_kg,effort).
        #[arg(long)]
        csv: bool,
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
    Report {
        /// How many weeks, ending with this one (1 to 520).
        #[arg(long, value_name = "N", default_value_t = crate::report::DEFAULT_WEEKS, value_parser = clap::value_parser!(u32).range(1..=i64::from(crate::report::MAX_WEEKS)))]
        weeks: u32,
        /// The file to write (default: botsterk-report-YYYY-MM-DD.html in the current
        /// folder); - writes the page to standard output.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Print a completion script for your shell (bash, zsh, fish, elvish, powershell).
    #[command(
        after_help = "Examples:\n  botsterk completions bash > ~/.local/share/bash-completion/completions/botsterk\n  botsterk completions zsh > ~/.zfunc/_botsterk    # with fpath+=~/.zfunc in ~/.zshrc\n  botsterk completions fish > ~/.config/fish/completions/botsterk.fish"
    )]
    Completions {
        /// The shell to complete for.
        #[arg(value_enum)]
        shell: Shell,
    },
    /// Print the manual page (roff), to read with man.
    #[command(
        after_help = "Examples:\n  botsterk man | man -l -\n  botsterk man > ~/.local/share/man/man1/botsterk.1"
    )]
    Man,
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

/// The completion script for `shell`, as that shell reads it.
#[must_use]
pub fn completion_script(shell: Shell) -> Vec<u8> {
    crate::completion::script(shell)
}

/// The manual page in roff: the options, every command with its options and examples, the
/// files, the environment and the exit codes. One page, so that `man` finds it all.
///
/// # Errors
/// Only if clap_mangen fails to write into memory, which it does not.
pub fn man_page() -> std::io::Result<Vec<u8>> {
    use roff::{Roff, bold, roman};

    let cli = Cli::command();
    let man = clap_mangen::Man::new(cli.clone());
    let mut page = Page::default();
    // Written here rather than by clap_mangen, whose empty date would shift the source and
    // the manual's name one place to the left.
    page.lines.push(format!(
        ".TH BOTSTERK 1 \"\" \"botsterk {}\" \"botsterk manual\"",
        env!("CARGO_PKG_VERSION")
    ));
    page.add(|w| man.render_name_section(w))?;
    page.add(|w| man.render_synopsis_section(w))?;
    let mut description = Roff::new();
    description.control("SH", ["DESCRIPTION"]);
    for paragraph in DESCRIPTION {
        description.control("PP", []).text([roman(*paragraph)]);
    }
    page.add(|w| description.to_writer(w))?;
    page.add(|w| man.render_options_section(w))?;
    page.add(|w| Roff::new().control("SH", ["COMMANDS"]).to_writer(w))?;
    for command in cli.get_subcommands() {
        let name = format!("botsterk {}", command.get_name());
        let command_man =
            clap_mangen::Man::new(command.clone().bin_name(&name).disable_help_flag(true));
        page.add(|w| Roff::new().control("SS", [name.as_str()]).to_writer(w))?;
        page.add_without_heading(|w| command_man.render_synopsis_section(w))?;
        page.add(|w| Roff::new().control("PP", []).to_writer(w))?;
        page.add_without_heading(|w| command_man.render_description_section(w))?;
        page.add_without_heading(|w| command_man.render_options_section(w))?;
        if let Some(examples) = command.get_after_help() {
            let mut roff = Roff::new();
            examples_roff(&mut roff, &examples.to_string());
            page.add(|w| roff.to_writer(w))?;
        }
    }
    page.add(|w| {
        let mut roff = Roff::new();
        roff.control("SH", ["EXAMPLES"]);
        examples_roff(&mut roff, TOP_EXAMPLES);
        roff.control("SH", ["FILES"]);
        for (file, what) in FILES {
            roff.control("TP", [])
                .text([bold(*file)])
                .text([roman(*what)]);
        }
        roff.control("SH", ["ENVIRONMENT"]);
        for (variable, what) in ENVIRONMENT {
            roff.control("TP", [])
                .text([bold(*variable)])
                .text([roman(*what)]);
        }
        roff.control("SH", ["EXIT STATUS"]);
        for (code, what) in EXIT_STATUS {
            roff.control("TP", [])
                .text([bold(*code)])
                .text([roman(*what)]);
        }
        roff.control("SH", ["SEE ALSO"])
            .text([roman(SEE_ALSO)])
            .to_writer(w)
    })?;
    Ok(page.finish())
}

const DESCRIPTION: &[&str] = &[
    "botsterk guides people over 50 through a short strength session at home that loads \
     the bones: it shows each exercise, counts the reps in big digits, times the holds and \
     the rests, asks how hard the last reps felt, and keeps a private record of every \
     session. Bone grows stronger from load it gets often, and while it rests, so the coach \
     plans no session on the day after one and counts the week against a target.",
    "Without a command the coach opens on screen; the keys of each screen are shown at its \
     foot. The commands below do the same work without a screen. On the first start the \
     coach asks a few questions (language, what you know of your bones, clearance for \
     impact, program, sessions a week, units, rest); with osteoporosis and no clearance, \
     stomping is left out.",
    "botsterk gives general guidance, not medical advice. If you have osteoporosis, or are \
     unsure what your body can take, ask your doctor or physiotherapist first.",
];

const FILES: &[(&str, &str)] = &[
    (
        "~/.local/share/botsterk/",
        "The data folder on Linux (macOS: ~/Library/Application Support/botsterk, \
         Windows: %APPDATA%\\botsterk\\data), unless --data-dir or BOTSTERK_DATA_DIR names \
         another. Private to your user account.",
    ),
    (
        "history.json",
        "Every session and weight decision, as JSON; written whole, safely, for every save.",
    ),
    (
        "profile.json",
        "Your answers to the first start's questions.",
    ),
    (
        "session-in-progress.json",
        "The session being trained, written after every set and removed once it is saved; \
         after a crash the coach offers to resume it.",
    ),
    (
        "backups/history-YYYYMMDD-HHMMSS.json",
        "The history as it was before each rewrite; the newest 5 are kept. \
         botsterk restore brings one back.",
    ),
    (
        ".lock",
        "Held while a botsterk writes, so that only one does at a time.",
    ),
];

const ENVIRONMENT: &[(&str, &str)] = &[
    (
        "BOTSTERK_DATA_DIR",
        "The data folder, when --data-dir is not given.",
    ),
    (
        "LC_ALL, LC_MESSAGES, LANG",
        "The language (nl or en) when neither --lang nor the profile says it.",
    ),
];

const EXIT_STATUS: &[(&str, &str)] = &[
    ("0", "Done."),
    (
        "1",
        "The history or the profile cannot be read or written, or another botsterk has it \
         open (the message names the file; nothing is changed), or the terminal failed.",
    ),
    (
        "2",
        "A wrong value on the command line (the message says what was wrong; nothing is \
         changed), or no data folder could be found.",
    ),
];

const SEE_ALSO: &str = "The guide (docs/guide.md, in Dutch docs/gids.md) and the history \
    format (docs/history-format.md) in botsterk's source.";

/// The after-help text of a command as roff: plain lines as text, indented lines (the
/// commands) kept as they are, line by line.
fn examples_roff(roff: &mut roff::Roff, text: &str) {
    use roff::roman;
    roff.control("PP", []);
    let mut in_block = false;
    for line in text.lines() {
        let example = line.strip_prefix("  ");
        if example.is_some() != in_block {
            if in_block {
                roff.control("fi", []).control("RE", []);
            } else {
                roff.control("RS", ["4"]).control("nf", []);
            }
            in_block = example.is_some();
        }
        match example {
            Some(example) => roff.text([roman(example)]),
            None if line.trim().is_empty() => roff.control("PP", []),
            None => roff.text([roman(line)]),
        };
    }
    if in_block {
        roff.control("fi", []).control("RE", []);
    }
}

/// The man page as it is put together. The roff crate writes the definitions it needs for
/// apostrophes before every piece; the page has them once, after its title line.
#[derive(Default)]
struct Page {
    definitions: Vec<String>,
    lines: Vec<String>,
}

impl Page {
    fn add(
        &mut self,
        render: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
    ) -> std::io::Result<()> {
        self.add_lines(render, false)
    }

    /// Adds a piece without its `.SH` heading: a command's section under its own `.SS`.
    fn add_without_heading(
        &mut self,
        render: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
    ) -> std::io::Result<()> {
        self.add_lines(render, true)
    }

    fn add_lines(
        &mut self,
        render: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
        drop_heading: bool,
    ) -> std::io::Result<()> {
        let mut bytes = Vec::new();
        render(&mut bytes)?;
        for line in String::from_utf8_lossy(&bytes).lines() {
            if line.starts_with(".ie ") || line.starts_with(".el ") {
                if !self.definitions.iter().any(|d| d == line) {
                    self.definitions.push(line.to_owned());
                }
            } else if !(drop_heading && line.starts_with(".SH ")) {
                self.lines.push(line.to_owned());
            }
        }
        Ok(())
    }

    fn finish(self) -> Vec<u8> {
        let mut lines = self.lines.into_iter();
        let title = lines.next().unwrap_or_default();
        let mut page = String::new();
        for line in std::iter::once(title).chain(self.definitions).chain(lines) {
            page.push_str(&line);
            page.push('\n');
        }
        page.into_bytes()
    }
}
