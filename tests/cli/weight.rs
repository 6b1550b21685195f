//! Issue 13 on the real binary: weights typed with units, bounded, and big jumps asked
//! about; the plan's notes.

use crate::common::{Data, days_ago};
use serde_json::Value;

/// Logs a session that must be accepted; a first weight heavier than the usual start is
/// meant (`--yes`).
fn log(data: &Data, days: u64, entries: &[&str]) {
    data.cmd()
        .args(["log", "--yes", "--date", &days_ago(days).to_string()])
        .args(entries)
        .assert()
        .success();
}

fn weight_of(data: &Data, id: &str) -> Value {
    let plan = data.json(&["--lang", "en", "plan", "--json"]);
    plan["exercises"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["id"] == id)
        .map(|e| e["weight_kg"].clone())
        .unwrap_or(Value::Null)
}

/// Expects exit 2 with `says` on stderr and the history unchanged.
fn refused(data: &Data, args: &[&str], says: &str) {
    refused_in(data, "en", args, says);
}

/// [`refused`] in the language `lang`.
fn refused_in(data: &Data, lang: &str, args: &[&str], says: &str) {
    let before = data.history_bytes();
    let out = data
        .bare_cmd()
        .args(["--lang", lang])
        .args(args)
        .assert()
        .code(2);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(stderr.contains(says), "{args:?}: {stderr}");
    assert_eq!(data.history_bytes(), before, "{args:?} wrote");
}

#[test]
fn a_big_jump_is_refused_unless_meant() {
    let data = Data::new();
    log(&data, 3, &["goblet-squat@8kg:10,10,10:right"]);
    refused(&data, &["weight", "goblet-squat", "40"], "--yes");
    data.cmd()
        .args(["weight", "goblet-squat", "40", "--yes"])
        .assert()
        .success();
    assert_eq!(weight_of(&data, "goblet-squat"), 40.0);
    // A step, but the second raise within 14 days: asked too (issue 24, design 5).
    refused(
        &data,
        &["weight", "goblet-squat", "50"],
        "at most once in 14 days",
    );
    // Lighter never asks, however far.
    data.cmd()
        .args(["weight", "goblet-squat", "8"])
        .assert()
        .success();
    assert_eq!(weight_of(&data, "goblet-squat"), 8.0);
}

#[test]
fn weight_is_paced_like_the_coach_and_names_the_rule() {
    let data = Data::new();
    log(&data, 3, &["goblet-squat@8kg:10,10,10:right"]);
    // One step up: taken.
    data.cmd()
        .args(["weight", "goblet-squat", "10"])
        .assert()
        .success();
    // A second one the same fortnight: asked, in both languages, naming the day it changed.
    refused(
        &data,
        &["weight", "goblet-squat", "12"],
        "a weight goes up at most once in 14 days",
    );
    refused_in(
        &data,
        "nl",
        &["gewicht", "goblet-squat", "12"],
        "hooguit één keer in 14 dagen",
    );
    // The command it suggests names the data folder too: without it, `--yes` would
    // write into the default folder.
    refused_in(
        &data,
        "nl",
        &["gewicht", "goblet-squat", "12"],
        &format!(
            "botsterk --data-dir {} gewicht goblet-squat 12 --yes",
            data.dir.display()
        ),
    );
    data.cmd()
        .args(["weight", "goblet-squat", "12", "--yes"])
        .assert()
        .success();
    assert_eq!(weight_of(&data, "goblet-squat"), 12.0);
}

#[test]
fn a_raise_in_the_calm_days_after_ok_asks() {
    let data = Data::new();
    log(&data, 20, &["goblet-squat@8kg:10,10,10:pain"]);
    data.cmd()
        .args(["pain-check", "goblet-squat", "ok"])
        .assert()
        .success();
    refused(
        &data,
        &["weight", "goblet-squat", "8"],
        "within 14 days of the pain check answered ok",
    );
    // Lighter is fine.
    data.cmd()
        .args(["weight", "goblet-squat", "5"])
        .assert()
        .success();
}

#[test]
fn a_logged_weight_ten_times_too_big_is_asked_about() {
    let data = Data::new();
    data.cmd()
        .args(["profile", "--owned-weights", "4,10"])
        .assert()
        .success();
    log(&data, 5, &["goblet-squat@4kg:10,10,10:right"]);
    let yesterday = days_ago(1).to_string();
    let typo = [
        "log",
        "--date",
        &yesterday,
        "goblet-squat@40kg:10,10,10:right",
    ];
    refused(&data, &typo, "big jump");
    refused(
        &data,
        &typo,
        &format!("log --yes --date {yesterday} goblet-squat@40kg:10,10,10:right"),
    );
    // The plan still works from 4 kg; the right weight is taken; lighter never asks.
    assert_eq!(weight_of(&data, "goblet-squat"), 4.0);
    data.cmd()
        .args([
            "log",
            "--date",
            &yesterday,
            "goblet-squat@4kg:10,10,10:right",
        ])
        .assert()
        .success();
    assert_eq!(weight_of(&data, "goblet-squat"), 4.0);
}

#[test]
fn a_logged_second_raise_within_fourteen_days_asks_unless_meant() {
    let data = Data::new();
    log(&data, 5, &["goblet-squat@8kg:10,10,10:right"]);
    data.cmd()
        .args(["weight", "goblet-squat", "10"])
        .assert()
        .success();
    // Logged for today, after the change: 10 kg to 12 kg is a step, but the second change.
    let raise = ["log", "goblet-squat@12kg:10,10,10:right"];
    refused(&data, &raise, "at most once in 14 days");
    data.cmd().args(raise).arg("--yes").assert().success();
}

#[test]
fn impossible_weights_are_refused_never_zero() {
    let data = Data::new();
    log(&data, 3, &["overhead-press@2kg:10,10,10:right"]);
    for w in ["0.001", "0", "-5", "301", "heavy"] {
        refused(&data, &["weight", "overhead-press", w], "0.5");
    }
    refused(
        &data,
        &[
            "log",
            "--date",
            &days_ago(1).to_string(),
            "overhead-press@0.001:10",
        ],
        "0.5",
    );
}

#[test]
fn weights_are_typed_in_the_users_units_or_with_a_unit() {
    let data = Data::new();
    data.cmd()
        .args(["profile", "--units", "lb"])
        .assert()
        .success();
    log(&data, 3, &["overhead-press@10lb:10,10,10:right"]);
    // A bare number is in lb; the answer says both.
    let out = data
        .cmd()
        .args(["weight", "overhead-press", "11"])
        .assert()
        .success();
    let text = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    assert!(text.contains("11 lb (4.99 kg)"), "{text}");
    assert_eq!(weight_of(&data, "overhead-press"), 4.99);
    // With a unit, and a decimal comma (the second raise in 14 days: meant).
    data.cmd()
        .args(["weight", "overhead-press", "5,5kg", "--yes"])
        .assert()
        .success();
    assert_eq!(weight_of(&data, "overhead-press"), 5.5);
}

#[test]
fn plan_json_gives_notes_for_held_easier_and_back_after_a_break() {
    let data = Data::new();
    log(&data, 40, &["goblet-squat@8kg:12,12,12:right"]);
    // A recent session without goblet squats (a chair-squat logged as advanced once did
    // this; log now refuses that contradiction).
    log(&data, 3, &["overhead-press@4kg:10,10,10:right"]);
    let plan = data.json(&["--lang", "en", "plan", "--json"]);
    let notes = plan["notes"].as_array().unwrap();
    let code = |id: &str| {
        notes
            .iter()
            .find(|n| n["exercise"] == id)
            .map(|n| n["code"].as_str().unwrap().to_owned())
    };
    assert_eq!(
        code("goblet-squat").as_deref(),
        Some("welcome_back"),
        "{plan:#}"
    );
    let text = data.stdout(&["--lang", "en", "plan"]);
    assert!(text.contains("welcome back after 40 days"), "{text}");
    // Chair squats felt too hard at 6 and 5, twice: one step easier, 9 next time, and why.
    let data2 = Data::new();
    for days in [5, 3] {
        data2
            .cmd()
            .args([
                "log",
                "--date",
                &days_ago(days).to_string(),
                "chair-squat:6,5:hard",
            ])
            .assert()
            .success();
    }
    let plan = data2.json(&["--lang", "en", "plan", "--json"]);
    let chair = plan["exercises"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["id"] == "chair-squat")
        .unwrap()
        .clone();
    assert_eq!(chair["reps"], 9);
    let note = plan["notes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["exercise"] == "chair-squat")
        .unwrap()
        .clone();
    assert_eq!(note["code"], "easier");
    // Too big a step to the next owned weight.
    let data3 = Data::new();
    data3
        .cmd()
        .args(["profile", "--owned-weights", "4,12"])
        .assert()
        .success();
    data3.at_the_top(3, "goblet-squat", 4.0, 12);
    let plan = data3.json(&["--lang", "en", "plan", "--json"]);
    let note = plan["notes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["exercise"] == "goblet-squat")
        .unwrap()
        .clone();
    assert_eq!(note["code"], "too_big_step");
    assert!(note["text"].as_str().unwrap().contains("12 kg"), "{note}");
}

/// Issue 24, design 7: yesterday's forgotten session logged today makes today a rest day,
/// and `log` says so, in both languages; an older day does not.
#[test]
fn a_session_logged_for_yesterday_says_today_is_now_a_rest_day() {
    for (lang, says) in [
        ("en", "Today is now a rest day: you trained yesterday."),
        ("nl", "Vandaag is nu een rustdag: je trainde gisteren."),
    ] {
        let data = Data::new();
        let out = data
            .bare_cmd()
            .args(["--lang", lang, "log", "--date", &days_ago(3).to_string()])
            .arg("chair-squat:10,10:right")
            .output()
            .unwrap();
        assert!(!String::from_utf8_lossy(&out.stdout).contains(says));
        let out = data
            .bare_cmd()
            .args(["--lang", lang, "log", "--date", &days_ago(1).to_string()])
            .arg("chair-squat:10,10:right")
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&out.stdout).into_owned();
        assert!(text.contains(says), "{text}");
    }
}
