//! Issue 29: `status` (one line, a few words, JSON, an exit code) and `remind` (once a day,
//! only when a session is due and not done), on days the tests name. Wednesday 9 December
//! 2026 is the default day; the sessions are logged around it.

use std::path::Path;
use std::process::Output;

use crate::common::{At, Data};

fn run(data: &Data, args: &[&str]) -> Output {
    data.cmd().args(args).output().unwrap()
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn log(data: &Data, args: &[&str]) {
    let out = data.cmd().arg("log").args(args).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
}

/// Trained on Monday 7 December: Wednesday is a training day.
fn due_today() -> Data {
    let data = Data::new();
    log(
        &data,
        &[
            "--date",
            "2026-12-07",
            "chair-squat:10,10",
            "wall-push-up:10,10",
        ],
    );
    data
}

#[test]
fn status_says_a_training_day_and_exits_0_for_due() {
    let data = due_today();
    let out = run(&data, &["status"]);
    assert!(out.status.success());
    let line = stdout(&out);
    assert_eq!(line.lines().count(), 1, "{line}");
    // Piped: no colour.
    assert!(!line.contains('\x1b'), "{line:?}");
    assert!(
        line.starts_with(
            "Training day: beginner program, 4 exercises (about 15 min) · 1 of 3 this week"
        ),
        "{line}"
    );
    let due = run(&data, &["status", "--due"]);
    assert_eq!(due.status.code(), Some(0));
    assert!(due.stdout.is_empty() && due.stderr.is_empty());
    assert_eq!(stdout(&run(&data, &["status", "--short"])), "🦴 train\n");
    assert_eq!(
        stdout(&run(&data, &["status", "--short", "--ascii"])),
        "train\n"
    );
    let json: serde_json::Value =
        serde_json::from_slice(&run(&data, &["status", "--json"]).stdout).unwrap();
    assert_eq!(json["today"], "train");
    assert_eq!(json["due"], true);
    assert_eq!(json["next_training"], "2026-12-09");
    assert_eq!(json["week"]["sessions"], 1);
    assert_eq!(json["week"]["target"], 3);
    assert_eq!(json["week"]["minimum"], 2);
    assert_eq!(json["pain_checks_open"], serde_json::json!([]));
    assert_eq!(json["practice_due"], true);
    assert_eq!(format!("{}\n", json["text"].as_str().unwrap()), line);
    // Only read: nothing was written, no lock made.
    assert!(!data.dir.join("reminder.json").exists());
}

#[test]
fn a_rest_day_is_quiet_and_not_due() {
    let data = Data::new();
    log(
        &data,
        &[
            "--date",
            "2026-12-08",
            "chair-squat:10,10",
            "wall-push-up:10,10",
        ],
    );
    let line = stdout(&run(&data, &["status"]));
    assert!(
        line.starts_with("Rest day · next training Thursday 10 December"),
        "{line}"
    );
    assert_eq!(run(&data, &["status", "--due"]).status.code(), Some(1));
    let remind = run(&data, &["remind"]);
    assert_eq!(remind.status.code(), Some(1));
    assert!(remind.stdout.is_empty(), "{}", stdout(&remind));
    assert!(!data.dir.join("reminder.json").exists());
}

#[test]
fn a_day_already_trained_is_done_and_quiet() {
    let data = Data::new();
    log(&data, &["chair-squat:10,10", "wall-push-up:10,10"]);
    assert_eq!(
        stdout(&run(&data, &["status"])),
        "Trained today ✓ · rest tomorrow · balance practice: 0 of 3 days\n"
    );
    assert_eq!(stdout(&run(&data, &["status", "--short"])), "🦴 ✓\n");
    assert_eq!(run(&data, &["status", "--due"]).status.code(), Some(1));
    assert_eq!(run(&data, &["remind"]).status.code(), Some(1));
}

#[test]
fn remind_speaks_once_a_day_and_only_after_its_time() {
    let early = Data::at(At("2026-12-09 08:30:00"));
    log(
        &early,
        &[
            "--date",
            "2026-12-07",
            "chair-squat:10,10",
            "wall-push-up:10,10",
        ],
    );
    let quiet = run(&early, &["remind", "--after", "09:00"]);
    assert_eq!(quiet.status.code(), Some(1));
    assert!(quiet.stdout.is_empty());

    let data = due_today();
    let first = run(&data, &["remind", "--after", "9.00"]);
    assert_eq!(first.status.code(), Some(0), "{}", stderr(&first));
    assert!(
        stdout(&first).starts_with("Training day:"),
        "{}",
        stdout(&first)
    );
    let again = run(&data, &["remind"]);
    assert_eq!(again.status.code(), Some(1));
    assert!(again.stdout.is_empty(), "{}", stdout(&again));
    // status still says it: the reminder only keeps quiet.
    assert_eq!(run(&data, &["status", "--due"]).status.code(), Some(0));
}

#[test]
fn a_pause_keeps_every_reminder_quiet_until_its_day() {
    let data = due_today();
    let out = run(&data, &["remind", "--pause-until", "10-12-2026"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("Reminders paused until Thursday 10 December 2026"),
        "{}",
        stdout(&out)
    );
    assert_eq!(run(&data, &["remind"]).status.code(), Some(1));
    assert_eq!(run(&data, &["status", "--due"]).status.code(), Some(1));
    assert!(
        stdout(&run(&data, &["status"])).contains("Reminders paused until Thursday 10 December"),
    );
    let resumed = run(&data, &["remind", "--resume"]);
    assert!(resumed.status.success());
    assert_eq!(run(&data, &["remind"]).status.code(), Some(0));

    // A day gone by is refused, in the user's words.
    let past = run(&data, &["remind", "--pause-until", "gisteren"]);
    assert_eq!(past.status.code(), Some(2));
    assert!(
        stderr(&past).contains("that day has passed"),
        "{}",
        stderr(&past)
    );
    let bad = run(&data, &["remind", "--after", "half ten"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("HH:MM"), "{}", stderr(&bad));
}

#[test]
fn an_open_pain_check_comes_first_and_is_reminded() {
    let data = Data::new();
    log(
        &data,
        &[
            "--date",
            "2026-12-04",
            "wall-push-up:3:pain",
            "chair-squat:10,10",
        ],
    );
    let line = stdout(&run(&data, &["status"]));
    assert!(
        line.starts_with("Pain check open: wall push-ups (since 4 December) · Training day"),
        "{line}"
    );
    assert_eq!(
        stdout(&run(&data, &["status", "--short"])),
        "🦴 pain check\n"
    );
    let remind = run(&data, &["remind"]);
    assert_eq!(remind.status.code(), Some(0));
    assert!(stdout(&remind).starts_with("Pain check open"));
    let nl = stdout(
        &data
            .bare_cmd()
            .args(["--lang", "nl", "status"])
            .output()
            .unwrap(),
    );
    assert!(nl.starts_with("Pijncontrole open: "), "{nl}");
}

#[test]
fn late_in_the_week_the_minimum_at_risk_is_said() {
    // Friday 11 December with no session this week: two needed, three days left.
    let data = Data::at(At("2026-12-11 10:00:00"));
    log(
        &data,
        &[
            "--date",
            "2026-12-01",
            "chair-squat:10,10",
            "wall-push-up:10,10",
        ],
    );
    let line = stdout(&run(&data, &["status"]));
    assert!(
        line.contains("· 3 days left to reach 2 sessions this week"),
        "{line}"
    );
}

/// A stand-in notify-send on the PATH that writes what it was given.
fn stand_in_notifier(dir: &Path) -> std::path::PathBuf {
    use std::os::unix::fs::PermissionsExt;
    let bin = dir.join("bin");
    std::fs::create_dir_all(&bin).unwrap();
    let script = bin.join("notify-send");
    let said = dir.join("notified.txt");
    std::fs::write(
        &script,
        format!("#!/bin/sh\nprintf '%s|' \"$@\" >> '{}'\n", said.display()),
    )
    .unwrap();
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    said
}

#[test]
fn notify_shows_it_on_the_desktop_or_prints_it_and_says_so_once() {
    let data = due_today();
    let tmp = tempfile::tempdir().unwrap();
    let said = stand_in_notifier(tmp.path());
    let path = format!("{}:/usr/bin:/bin", tmp.path().join("bin").display());
    let out = data
        .cmd()
        .env("PATH", &path)
        .args(["remind", "--notify"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(out.stdout.is_empty(), "{}", stdout(&out));
    let notified = std::fs::read_to_string(&said).unwrap();
    assert!(
        notified.starts_with("--app-name|botsterk|botsterk|Training day: beginner program"),
        "{notified}"
    );

    // No notifier anywhere: printed, and said once.
    let bare = due_today();
    let no_notifier = |data: &Data| {
        data.cmd()
            .env("PATH", "/nonexistent")
            .args(["remind", "--notify"])
            .output()
            .unwrap()
    };
    let out = no_notifier(&bare);
    assert!(stdout(&out).starts_with("Training day"), "{}", stdout(&out));
    assert!(
        stderr(&out).contains("No notifier found"),
        "{}",
        stderr(&out)
    );
    let next_day = bare.later(At("2026-12-10 10:00:00"));
    // Thursday: trained on Monday only, so due again; the notifier's absence is not
    // said twice.
    let out = no_notifier(&next_day);
    assert!(stdout(&out).starts_with("Training day"), "{}", stdout(&out));
    assert!(stderr(&out).is_empty(), "{}", stderr(&out));
}

/// The snippets, with this machine's paths put as `[BOTSTERK]` and `[DATA]`.
fn snippet(data: &Data, lang: &str, way: &str) -> String {
    let out = data
        .bare_cmd()
        .args(["--lang", lang, "remind", "--setup", way, "--after", "18:30"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    stdout(&out)
        .replace(env!("CARGO_BIN_EXE_botsterk"), "[BOTSTERK]")
        .replace(&data.dir.display().to_string(), "[DATA]")
}

#[test]
fn each_snippet_in_english_and_dutch() {
    let data = Data::new();
    for lang in ["en", "nl"] {
        for way in ["systemd", "cron", "shell", "starship"] {
            insta::assert_snapshot!(
                format!("remind_setup_{way}_{lang}"),
                snippet(&data, lang, way)
            );
        }
    }
    // Printing a snippet changes nothing.
    assert!(!data.dir.exists());
}

#[test]
fn a_month_in_review_says_sessions_growth_and_pain_with_its_answer() {
    // Wednesday 2 December: November is last month.
    let data = Data::at(At("2026-12-02 10:00:00"));
    // Half the plan's sets or more: whole sessions (fewer would be short, not counted).
    log(
        &data,
        &[
            "--date",
            "2026-11-02",
            "chair-squat:10,10",
            "heel-raise:15,15",
        ],
    );
    log(&data, &["--date", "2026-11-04", "wall-push-up:3:pain"]);
    log(
        &data,
        &[
            "--date",
            "2026-11-27",
            "chair-squat:12,12",
            "heel-raise:15,15",
        ],
    );
    log(
        &data,
        &[
            "--date",
            "2026-10-30",
            "chair-squat:10,10",
            "heel-raise:15,15",
        ],
    );
    let answered = run(&data, &["pain-check", "wall-push-up", "ok"]);
    assert!(answered.status.success(), "{}", stderr(&answered));
    let out = run(&data, &["history", "--month"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.starts_with("November 2026 in review\n"), "{text}");
    // The pain session is one set: short, kept apart.
    assert!(
        text.contains("Sessions: 2 of about 13 (1 short, not counted)"),
        "{text}"
    );
    assert!(
        text.contains("Pain: wall push-ups on 4 November, checked: ok (2 December)"),
        "{text}"
    );
    let json: serde_json::Value =
        serde_json::from_slice(&run(&data, &["history", "--month", "2026-10", "--json"]).stdout)
            .unwrap();
    assert_eq!(json["month"], "2026-10");
    assert_eq!(json["sessions"], 1);
    let bad = run(&data, &["history", "--month", "november"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("YYYY-MM"), "{}", stderr(&bad));
}

/// Issue 29, item 6: the settings' reminder time and notification are what `remind` and
/// its snippets use when the flags do not say; `--after` wins.
#[test]
fn the_settings_reminder_time_and_notification_are_used() {
    let data = due_today();
    assert!(
        run(&data, &["profile", "--weekly-target", "3"])
            .status
            .success()
    );
    let profile = std::fs::read_to_string(data.profile()).unwrap();
    let with = profile.replacen(
        '{',
        r#"{"reminder_time": "18:00", "reminder_notify": false, "#,
        1,
    );
    std::fs::write(data.profile(), with).unwrap();
    let systemd = stdout(&run(&data, &["remind", "--setup", "systemd"]));
    assert!(systemd.contains("remind --after 18:00"), "{systemd}");
    assert!(!systemd.contains("--notify"), "printed only: {systemd}");
    let cron = stdout(&run(&data, &["remind", "--setup", "cron"]));
    assert!(cron.contains("0 18-20 * * *"), "{cron}");
    let flag = stdout(&run(
        &data,
        &["remind", "--setup", "shell", "--after", "07:30"],
    ));
    assert!(flag.contains("--after 07:30"), "{flag}");
    // At 10:00 the reminder of 18:00 keeps quiet; --after wins.
    let quiet = run(&data, &["remind"]);
    assert_eq!(quiet.status.code(), Some(1), "{}", stdout(&quiet));
    let early = run(&data, &["remind", "--after", "09:00"]);
    assert_eq!(early.status.code(), Some(0), "{}", stderr(&early));
}
