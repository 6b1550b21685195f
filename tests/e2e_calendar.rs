//! Issue 23: a live session on the nights the clocks change in Europe/Amsterdam, started at
//! 01:50 and still running when the clocks jump (29 March 2026, 02:00 -> 03:00) or fall
//! back (25 October 2026, 03:00 -> 02:00). The binary's clock runs fast (libfaketime), so
//! the session's rests carry it over the change; the saved session must keep its day, its
//! start before its end, and the week, rest day and "yesterday" that follow from it.

mod common;

use chrono::DateTime;
use common::pty::{ENTER, SPACE, Start, Tui, has_count};
use common::{At, botsterk_at};
use serde_json::Value;

/// Five minutes of rest between sets: the two rests of the test alone pass 10 minutes.
const PROFILE: &str = r#"{"version": 1, "lang": "en", "bone_status": "none",
  "cleared_for_impact": false, "program": "beginner", "weekly_target": 3, "units": "kg",
  "rest_seconds": 300, "owned_weights_kg": [], "bell": false, "get_ready_seconds": 3,
  "warm_up": false}"#;

/// On the counting screen of `name`'s set `set`: counts its 10 reps and ends the set.
fn count_a_set(tui: &mut Tui, name: &str, set: u32) {
    let title = format!("{name} · set {set} of 2");
    tui.wait_until(&format!("{title:?} at 0 / 10"), |s| {
        s.contains(&title) && has_count(s, 0, 10) && !s.contains("Next: set")
    });
    for done in 1..=10 {
        tui.press(SPACE);
        tui.wait_until(&format!("{done} / 10"), |s| has_count(s, done, 10));
    }
    tui.press(ENTER);
}

fn plan(at: At, dir: &std::path::Path) -> Value {
    let out = botsterk_at(at)
        .arg("--data-dir")
        .arg(dir)
        .args(["--lang", "en", "plan", "--json"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// Push-ups (two sets, a whole rest between them and after), the first set of chair
/// squats and its whole rest, then stopped and saved: at least 10 minutes of the binary's
/// time, much more at `speed`.
fn a_session_over_the_change(night: At, speed: u32) -> (tempfile::TempDir, Value) {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    std::fs::create_dir_all(&data).unwrap();
    std::fs::write(data.join("profile.json"), PROFILE).unwrap();
    let mut tui = Tui::start(
        &data,
        Start {
            at: night,
            speed,
            ..Start::default()
        },
    );
    tui.wait_for_all(&["Today's session", "Enter"]);
    tui.press(ENTER);
    tui.wait_for("Today: 2 sets of 10 reps");
    tui.press(ENTER);
    // Each rest runs out by itself: five minutes of the binary's clock.
    count_a_set(&mut tui, "Wall push-ups", 1);
    count_a_set(&mut tui, "Wall push-ups", 2);
    tui.wait_for("How did the last reps feel?");
    tui.press("2");
    tui.wait_for("Today: 2 sets of 10 reps");
    tui.press(ENTER);
    count_a_set(&mut tui, "Chair squats", 1);
    count_a_set(&mut tui, "Chair squats", 2);
    tui.wait_for("How did the last reps feel?");
    tui.press("2");
    tui.wait_for("Heel raises");
    tui.press("q");
    tui.wait_for("Stop the session?");
    tui.press("s");
    tui.wait_for("Stopped early");
    tui.press(ENTER);
    tui.wait_for("Session saved");
    tui.press("q");
    assert!(tui.wait_exit().success());
    let text = std::fs::read_to_string(data.join("history.json")).unwrap();
    (tmp, serde_json::from_str(&text).unwrap())
}

fn check_the_night(night: At, speed: u32, offsets: (&str, &str), weeks: (&str, &str)) {
    let (tmp, history) = a_session_over_the_change(night, speed);
    let data = tmp.path().join("data");
    let session = &history["sessions"][0];
    assert_eq!(session["date"], night.day().to_string(), "{session:#}");
    let started = session["started_at"].as_str().unwrap();
    let ended = session["ended_at"].as_str().unwrap();
    assert!(started.ends_with(offsets.0), "started {started}");
    assert!(
        ended.ends_with(offsets.1),
        "ended {ended}: the session did not run over the change"
    );
    let length = DateTime::parse_from_rfc3339(ended).unwrap()
        - DateTime::parse_from_rfc3339(started).unwrap();
    assert!(
        length > chrono::Duration::minutes(10) && length < chrono::Duration::hours(12),
        "{started} to {ended}"
    );
    let exercises = session["exercises"].as_array().unwrap();
    assert_eq!(exercises.len(), 2, "{session:#}");

    // Later that Sunday: trained today, one session this week.
    let today = plan(At::on(night.day(), "10:00:00"), &data);
    assert_eq!(today["trained_today"], true, "{today}");
    assert_eq!(today["week"]["week"], weeks.0);
    assert_eq!(today["week"]["sessions"], 1);
    // The Monday after: yesterday's session makes it a rest day, in the next week.
    let monday = night.day().succ_opt().unwrap();
    let after = plan(At::on(monday, "09:00:00"), &data);
    assert_eq!(after["status"], "rest", "{after}");
    assert!(after["reason"].as_str().unwrap().contains("yesterday"));
    assert_eq!(after["week"]["week"], weeks.1);
    assert_eq!(after["week"]["sessions"], 0);
}

#[test]
fn a_session_started_at_01_50_on_the_night_summer_time_begins() {
    // 02:00 CET becomes 03:00 CEST: the 10 minutes of rest alone carry it over.
    check_the_night(
        At("2026-03-29 01:50:00"),
        600,
        ("+01:00", "+02:00"),
        ("2026-W13", "2026-W14"),
    );
}

#[test]
fn a_session_started_at_01_50_on_the_night_summer_time_ends() {
    // 03:00 CEST becomes 02:00 CET, 70 minutes after the start: at 6000 times the pace,
    // the forty reps and three rests take well over that.
    check_the_night(
        At("2026-10-25 01:50:00"),
        6000,
        ("+02:00", "+01:00"),
        ("2026-W43", "2026-W44"),
    );
}
