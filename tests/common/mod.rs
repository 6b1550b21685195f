//! What the command-line tests share: a fresh data dir and the real binary run on it.
//! Each test file uses part of it, so unused items are expected.
#![allow(dead_code)]

pub mod any_history;
pub mod fake_time;
pub mod pty;
pub mod screen;

use std::fs;
use std::path::PathBuf;

use assert_cmd::Command;
use chrono::NaiveDate;
use serde_json::Value;
use tempfile::TempDir;

pub use fake_time::{At, DEFAULT_AT};

/// The local day the binary sees unless a test names another: [`DEFAULT_AT`]'s.
pub fn today() -> NaiveDate {
    DEFAULT_AT.day()
}

pub fn days_ago(n: u64) -> NaiveDate {
    DEFAULT_AT.days_ago(n)
}

/// The real binary at [`DEFAULT_AT`], with nothing else set: for tests that build their
/// own command line and environment.
pub fn botsterk() -> Command {
    botsterk_at(DEFAULT_AT)
}

/// The real binary started at `at` (its clock then runs at the real pace).
pub fn botsterk_at(at: At) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_botsterk"));
    cmd.envs(at.env(1));
    cmd
}

/// The same for `std::process::Command` (a child to signal, or to spawn in a thread).
pub fn std_botsterk() -> std::process::Command {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_botsterk"));
    cmd.envs(DEFAULT_AT.env(1));
    cmd
}

/// The PATH with the tested binary's folder first.
pub fn path_with_botsterk() -> std::ffi::OsString {
    let bin = std::path::Path::new(env!("CARGO_BIN_EXE_botsterk"))
        .parent()
        .unwrap()
        .to_path_buf();
    let rest = std::env::var_os("PATH").unwrap_or_default();
    std::env::join_paths(std::iter::once(bin).chain(std::env::split_paths(&rest))).unwrap()
}

/// A fresh data dir (not created yet: the commands make it when they write).
pub struct Data {
    _tmp: TempDir,
    pub dir: PathBuf,
    /// When every command on this data dir runs.
    pub at: At,
}

impl Data {
    pub fn new() -> Self {
        Self::at(DEFAULT_AT)
    }

    /// A fresh data dir whose commands all run at `at`.
    pub fn at(at: At) -> Self {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("data");
        Self { _tmp: tmp, dir, at }
    }

    /// A copy of this data dir whose commands run at `at`: the same files seen on
    /// another day.
    pub fn later(&self, at: At) -> Self {
        let moved = Self::at(at);
        if self.dir.exists() {
            copy_dir(&self.dir, &moved.dir);
        }
        moved
    }

    /// The local day the commands see.
    pub fn today(&self) -> NaiveDate {
        self.at.day()
    }

    pub fn history(&self) -> PathBuf {
        self.dir.join("history.json")
    }

    /// A live session of `days` days ago (before the data's day) that did one weighted
    /// exercise at the top of its range as planned, `reps` reps, three sets, "just right".
    /// (`log` records the target the plan gave that day, so a first logged session is never
    /// at the top.)
    #[allow(dead_code)]
    pub fn at_the_top(&self, days: u64, exercise: &str, kg: f64, reps: u32) {
        let date = self.today() - chrono::Days::new(days);
        let json = format!(
            r#"{{"version": 3, "sessions": [{{"date": "{date}",
  "started_at": "{date}T09:00:00+01:00", "ended_at": "{date}T09:30:00+01:00",
  "program": "advanced", "exercises": [{{"id": "{exercise}", "weight_kg": {kg:.1},
  "target": {reps}, "sets": [{{"reps": {reps}}}, {{"reps": {reps}}}, {{"reps": {reps}}}],
  "effort": "just_right", "skipped": false}}]}}]}}"#
        );
        self.write_history(json.as_bytes());
    }

    pub fn profile(&self) -> PathBuf {
        self.dir.join("profile.json")
    }

    pub fn history_bytes(&self) -> Option<Vec<u8>> {
        fs::read(self.history()).ok()
    }

    pub fn write_history(&self, bytes: &[u8]) {
        fs::create_dir_all(&self.dir).unwrap();
        fs::write(self.history(), bytes).unwrap();
    }

    /// `args` in `lang`, refused with exit 2 and the history's bytes unchanged: the message.
    pub fn refused(&self, lang: &str, args: &[&str]) -> String {
        let before = self.history_bytes();
        let out = self
            .bare_cmd()
            .args(["--lang", lang])
            .args(args)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        assert_eq!(self.history_bytes(), before, "{args:?} wrote");
        stderr(&out)
    }

    /// The binary on this data dir, with no language from the flags or the environment.
    pub fn bare_cmd(&self) -> Command {
        let mut cmd = botsterk_at(self.at);
        // As installed: `botsterk` on the PATH is this binary, so hints say `botsterk`
        // (tests/cli/hints.rs runs it the other ways).
        cmd.env("PATH", path_with_botsterk())
            .env_remove("BOTSTERK_DATA_DIR")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", "C")
            .arg("--data-dir")
            .arg(&self.dir);
        cmd
    }

    /// The binary on this data dir, in English.
    pub fn cmd(&self) -> Command {
        let mut cmd = self.bare_cmd();
        cmd.args(["--lang", "en"]);
        cmd
    }

    /// `ARGS` (no `--lang`), which must succeed; its stdout as text.
    pub fn stdout(&self, args: &[&str]) -> String {
        let out = self.bare_cmd().args(args).output().unwrap();
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    /// `ARGS` (no `--lang`), which must succeed and print JSON.
    pub fn json(&self, args: &[&str]) -> Value {
        serde_json::from_str(&self.stdout(args)).expect("JSON on stdout")
    }
}

fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// What a finished command wrote on standard error, as text.
pub fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}
