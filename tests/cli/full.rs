//! Issue 33, item 4: a stdout or stderr that cannot be written (a log on a full disk,
//! `2>/dev/full`) never panics botsterk (exit 101): every command ends with its exit code,
//! and says what it can where it can.
#![cfg(target_os = "linux")]

use std::fs::File;
use std::process::{Command, Output, Stdio};

use crate::common::{Data, days_ago};

/// Where a stream goes: a pipe the test reads, or /dev/full (every write fails, ENOSPC).
#[derive(Clone, Copy, PartialEq)]
enum To {
    Pipe,
    Full,
}

fn stream(to: To) -> Stdio {
    match to {
        To::Pipe => Stdio::piped(),
        To::Full => File::options()
            .write(true)
            .open("/dev/full")
            .expect("/dev/full")
            .into(),
    }
}

/// `data.cmd()` with ARGS, run with stdout and stderr sent where asked.
fn run(data: &Data, args: &[&str], stdout: To, stderr: To) -> Output {
    let mut cmd = data.cmd();
    cmd.args(args);
    // The same program, arguments and environment as data.cmd(), with the streams set.
    let mut std_cmd = Command::new(cmd.get_program());
    std_cmd.args(cmd.get_args());
    for (key, value) in cmd.get_envs() {
        match value {
            Some(value) => std_cmd.env(key, value),
            None => std_cmd.env_remove(key),
        };
    }
    if let Some(dir) = cmd.get_current_dir() {
        std_cmd.current_dir(dir);
    }
    std_cmd
        .stdin(Stdio::null())
        .stdout(stream(stdout))
        .stderr(stream(stderr))
        .output()
        .unwrap()
}

/// A data folder with one session in it, or an empty one.
fn data(with_history: bool) -> Data {
    let data = Data::new();
    if with_history {
        data.cmd()
            .args(["log", "--date", &days_ago(2).to_string(), "chair-squat:10"])
            .assert()
            .success();
    }
    data
}

/// Every command, as it succeeds and as it fails, with the folder it needs.
fn commands(out: &std::path::Path) -> Vec<(Vec<String>, bool)> {
    let report = out.join("report.html").display().to_string();
    let listed: &[(&[&str], bool)] = &[
        (&[], true),
        (&["--help"], false),
        (&["--version"], false),
        (&["help"], false),
        (&["help", "log"], false),
        (&["log", "--help"], false),
        (&["--nope"], false),
        (&["nonsense"], false),
        (&["completions", "bash"], false),
        (&["man"], false),
        (&["plan"], true),
        (&["plan", "--json"], true),
        (&["history"], true),
        (&["history", "--json"], true),
        (&["history", "--csv"], true),
        (&["profile"], true),
        (&["profile", "--json"], true),
        (&["profile", "--weekly-target", "3"], true),
        (&["profile", "--weekly-target", "99"], true),
        (&["log", "chair-squat:10"], true),
        (&["log", "nonsense:1"], true),
        (&["weight", "goblet-squat", "10"], true),
        (&["weight", "goblet-squat", "9999"], true),
        (&["pain-check", "chair-squat", "ok"], true),
        (&["restore", "--list"], true),
        (&["restore", "history-nothing.json"], true),
        (&["demo", "--years", "1"], false),
        (&["demo", "--years", "1"], true),
        (&["report", "--out", "-"], true),
        (&["report", "--out", &report], true),
        (&["status"], true),
        (&["status", "--short"], true),
        (&["status", "--json"], true),
        (&["status", "--due"], true),
        (&["remind"], true),
        (&["remind", "--after", "25:00"], true),
        (&["remind", "--setup", "systemd"], true),
        (&["remind", "--pause-until", "2030-01-01"], true),
        (&["remind", "--resume"], true),
    ];
    listed
        .iter()
        .map(|(args, history)| (args.iter().map(ToString::to_string).collect(), *history))
        .collect()
}

#[test]
fn every_command_with_stdout_and_stderr_on_dev_full_exits_with_its_code_and_never_panics() {
    let out = tempfile::tempdir().unwrap();
    for (args, with_history) in commands(out.path()) {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        // As it runs with both streams read: the code to expect.
        let seen = run(&data(with_history), &args, To::Pipe, To::Pipe);
        let said = !seen.stdout.is_empty();
        assert_ne!(seen.status.code(), Some(101), "{args:?} panics as it is");
        for (stdout, stderr) in [
            (To::Full, To::Full),
            (To::Pipe, To::Full),
            (To::Full, To::Pipe),
        ] {
            let full = run(&data(with_history), &args, stdout, stderr);
            let err = String::from_utf8_lossy(&full.stderr);
            let code = full.status.code();
            assert!(
                !err.contains("panicked"),
                "{args:?} panics on /dev/full: {err}"
            );
            assert_ne!(code, Some(101), "{args:?}: {err}");
            assert!(
                code.is_some(),
                "{args:?} ended by a signal: {:?}",
                full.status
            );
            // Output that could not be written is a failure (1); any other answer is the
            // one it gives when it can be read.
            let expected = if stdout == To::Full && said && seen.status.success() {
                Some(1)
            } else {
                seen.status.code()
            };
            assert_eq!(code, expected, "{args:?}: {err}");
            if stdout == To::Full && stderr == To::Pipe && expected == Some(1) && said {
                assert!(
                    err.contains("cannot write to the output"),
                    "{args:?} says why it failed: {err}"
                );
            }
        }
    }
}

#[test]
fn the_attack_s_commands_exit_2_with_stderr_on_dev_full() {
    let data = data(false);
    for args in [&["log", "nonsense:1"][..], &["--nope"]] {
        let out = run(&data, args, To::Pipe, To::Full);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
    }
    assert!(!data.history().exists(), "nothing written");
}
