//! `botsterk history` run as the real binary, each test in its own data dir. Dates are
//! relative to the real local date, as the command uses it.

use crate::common::{Data, days_ago, today};
use chrono::{Datelike, Days, NaiveDate};
use serde_json::{Value, json};

fn monday(d: NaiveDate) -> NaiveDate {
    d - Days::new(u64::from(d.weekday().num_days_from_monday()))
}

fn week_label(d: NaiveDate) -> String {
    let w = d.iso_week();
    format!("{}-W{:02}", w.year(), w.week())
}

/// `history ARGS` on a data dir.
trait History {
    fn history_out(&self, args: &[&str]) -> String;
}

impl History for Data {
    /// `history ARGS`, which must succeed; its stdout.
    fn history_out(&self, args: &[&str]) -> String {
        let out = self.cmd().arg("history").args(args).assert().success();
        String::from_utf8(out.get_output().stdout.clone()).unwrap()
    }
}

fn session(date: NaiveDate, program: &str, exercises: Value) -> Value {
    json!({
        "date": date.to_string(),
        "started_at": format!("{date}T09:00:00+01:00"),
        "ended_at": format!("{date}T09:30:00+01:00"),
        "program": program,
        "ended_early": false,
        "exercises": exercises,
    })
}

/// Three sessions: today (4 sets), a week ago (3 sets), three weeks ago (2 sets).
fn three_sessions(data: &Data) {
    let history = json!({
        "version": 1,
        "sessions": [
            session(days_ago(21), "beginner", json!([
                { "id": "wall-push-up", "target": 10, "sets": [{ "reps": 10 }, { "reps": 9 }],
                  "effort": "just_right", "skipped": false },
            ])),
            session(days_ago(7), "beginner", json!([
                { "id": "chair-squat", "target": 10, "sets": [{ "reps": 12 }], "effort": "too_easy",
                  "skipped": false },
                { "id": "modified-plank", "target": 20, "sets": [{ "seconds": 20 }, { "seconds": 15 }],
                  "effort": "too_hard", "skipped": false },
                { "id": "heel-raise", "target": 15, "sets": [], "effort": null, "skipped": true },
            ])),
            session(today(), "advanced", json!([
                { "id": "goblet-squat", "weight_kg": 8.0, "target": 10,
                  "sets": [{ "reps": 10 }, { "reps": 10 }], "effort": "just_right", "skipped": false },
                { "id": "stomp", "target": 20,
                  "sets": [{ "reps": 40, "left": 20, "right": 20 }, { "reps": 38, "left": 19, "right": 19 }],
                  "effort": null, "skipped": false },
            ])),
        ]
    });
    data.write_history(serde_json::to_string_pretty(&history).unwrap().as_bytes());
}

#[test]
fn text_on_an_empty_data_dir_says_how_to_start() {
    let data = Data::new();
    let out = data.history_out(&[]);
    assert!(out.contains("No history yet"), "{out}");
    assert!(out.contains("`botsterk`"), "{out}");
    // history only reads: nothing is created.
    assert!(!data.dir.exists());

    let out = crate::common::botsterk()
        .env_remove("BOTSTERK_DATA_DIR")
        .arg("--data-dir")
        .arg(&data.dir)
        .args(["--lang", "nl", "history"])
        .assert()
        .success();
    let out = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    assert!(out.contains("Nog geen logboek"), "{out}");
}

#[test]
fn text_shows_the_weeks_newest_first() {
    let data = Data::new();
    three_sessions(&data);
    let before = data.history_bytes().unwrap();
    let out = data.history_out(&[]);
    let rows: Vec<&str> = out
        .lines()
        .filter(|l| l.len() > 8 && l.as_bytes()[4] == b'-' && l.as_bytes()[5] == b'W')
        .collect();
    assert_eq!(rows.len(), 4, "{out}");
    assert!(rows[0].starts_with(&week_label(today())), "{out}");
    assert!(
        rows[0].contains(&format!("{} – ", monday(today()))),
        "{out}"
    );
    assert!(rows[0].contains("1/3 ●○○"), "{out}");
    assert!(rows[2].contains("0/3 ○○○"), "{out}");
    assert!(
        out.contains("weeks in a row") || out.contains("No streak yet"),
        "{out}"
    );
    assert_eq!(data.history_bytes().unwrap(), before);
}

#[test]
fn json_lists_the_weeks_in_range_with_empty_weeks() {
    let data = Data::new();
    three_sessions(&data);
    let out = data.history_out(&["--json"]);
    let v: Value = serde_json::from_str(&out).expect("history --json prints JSON");
    let weeks = v["weeks"].as_array().unwrap();
    assert_eq!(weeks.len(), 4, "{v:#}");
    let this_week = &weeks[0];
    assert_eq!(this_week["week"], week_label(today()));
    assert_eq!(this_week["start"], monday(today()).to_string());
    assert_eq!(this_week["sessions"], 1);
    assert_eq!(this_week["target"], 3);
    assert_eq!(this_week["met_minimum"], false);
    assert_eq!(this_week["exercises"]["goblet-squat"]["sets"], 2);
    assert_eq!(this_week["exercises"]["goblet-squat"]["weight_kg"], 8.0);
    assert_eq!(this_week["exercises"]["stomp"]["reps"], 78);
    assert_eq!(this_week["dose"]["impact_steps"], 78);
    assert_eq!(this_week["dose"]["loaded_reps"], 20);
    assert!(this_week["asked"].is_object());
    assert_eq!(weeks[1]["sessions"], 1);
    assert_eq!(weeks[1]["dose"]["hold_seconds"], 35);
    assert_eq!(weeks[2]["sessions"], 0);
    assert_eq!(weeks[2]["exercises"], json!({}));
    assert_eq!(weeks[3]["exercises"]["wall-push-up"]["reps"], 19);
    assert!(v["streak"].is_u64());

    let v: Value = serde_json::from_str(&data.history_out(&["--json", "--weeks", "2"])).unwrap();
    let labels: Vec<&str> = v["weeks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["week"].as_str().unwrap())
        .collect();
    assert_eq!(labels, [week_label(today()), week_label(days_ago(7))]);
}

#[test]
fn csv_has_the_header_and_one_row_per_set() {
    let data = Data::new();
    three_sessions(&data);
    let out = data.history_out(&["--csv"]);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines[0],
        "date,program,exercise,set,reps,seconds,weight_kg,effort,kind,stance,support,target_seconds,rating"
    );
    // 2 + 3 + 4 sets; the skipped heel raise has none.
    assert_eq!(lines.len(), 1 + 9, "{out}");
    assert_eq!(
        lines[1],
        format!(
            "{},beginner,wall-push-up,1,10,,,just_right,strength,,,,",
            days_ago(21)
        )
    );
    assert!(
        lines.contains(
            &format!(
                "{},beginner,modified-plank,2,,15,,too_hard,strength,,,,",
                days_ago(7)
            )
            .as_str()
        )
    );
    assert!(
        lines.contains(
            &format!(
                "{},advanced,goblet-squat,1,10,,8,just_right,strength,,,,",
                today()
            )
            .as_str()
        )
    );
    assert_eq!(
        lines[9],
        format!("{},advanced,stomp,2,38,,,,strength,,,,", today())
    );

    // --weeks limits the rows to the sessions of those weeks.
    let out = data.history_out(&["--csv", "--weeks", "1"]);
    assert_eq!(out.lines().count(), 1 + 4, "{out}");
    let out = data.history_out(&["--csv", "--weeks", "2"]);
    assert_eq!(out.lines().count(), 1 + 4 + 3, "{out}");
}

#[test]
fn csv_of_an_empty_history_is_the_header() {
    let data = Data::new();
    let out = data.history_out(&["--csv"]);
    assert_eq!(
        out,
        "date,program,exercise,set,reps,seconds,weight_kg,effort,kind,stance,support,target_seconds,rating\n"
    );
}

#[test]
fn json_and_csv_together_is_a_usage_error() {
    let data = Data::new();
    let out = data
        .cmd()
        .args(["history", "--json", "--csv"])
        .assert()
        .code(2);
    assert!(out.get_output().stdout.is_empty());
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(
        stderr.contains("--csv") && stderr.contains("--json"),
        "{stderr}"
    );
}

#[test]
fn bad_weeks_is_a_usage_error() {
    let data = Data::new();
    three_sessions(&data);
    let before = data.history_bytes().unwrap();
    for bad in ["0", "-1", "abc", "1001", "2.5", ""] {
        let out = data
            .cmd()
            .args(["history", &format!("--weeks={bad}")])
            .assert()
            .code(2);
        assert!(out.get_output().stdout.is_empty(), "--weeks {bad:?}");
        let stderr = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
        assert!(stderr.contains("--weeks"), "--weeks {bad:?}: {stderr}");
    }
    // A negative number after a space is taken for a flag: a usage error too.
    data.cmd()
        .args(["history", "--weeks", "-1"])
        .assert()
        .code(2);
    assert_eq!(data.history_bytes().unwrap(), before);
}

#[test]
fn a_corrupt_history_exits_1_and_is_left_alone() {
    let data = Data::new();
    let garbage: &[u8] = b"\x00\xff{\"version\": 1, \"sessions\": [ garbage";
    data.write_history(garbage);
    let path = data.history().display().to_string();
    for args in [&[][..], &["--json"], &["--csv"], &["--weeks", "3"]] {
        let out = data.cmd().arg("history").args(args).assert().code(1);
        assert!(out.get_output().stdout.is_empty(), "{args:?}");
        let stderr = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
        assert!(stderr.contains(&path), "{args:?}: {stderr}");
        assert_eq!(data.history_bytes().unwrap(), garbage);
    }
}

#[test]
fn help_shows_examples() {
    let out = crate::common::botsterk()
        .args(["history", "--help"])
        .assert()
        .success();
    let help = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    assert!(help.contains("botsterk history --csv"), "{help}");
    assert!(help.contains("--weeks <N>"), "{help}");
}

// ---- practice (history v3) ----

/// The v3 fixture: sessions on 24 and 27 November 2026, practice on the 25th (three
/// feet-together holds and three posture moves) and the 26th (one left-leg hold, logged).
fn v3(data: &Data) {
    data.write_history(include_bytes!("../fixtures/history-v3.json"));
}

/// Enough weeks to reach back to November 2026 from any real date in the next years.
const ALL_WEEKS: &str = "1000";

fn week<'a>(json: &'a Value, label: &str) -> &'a Value {
    json["weeks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|w| w["week"] == label)
        .unwrap_or_else(|| panic!("{label} in {json}"))
}

#[test]
fn json_gives_each_weeks_practice_days_beside_its_sessions() {
    let data = Data::new();
    v3(&data);
    let out: Value =
        serde_json::from_str(&data.history_out(&["--json", "--weeks", ALL_WEEKS])).unwrap();
    let w48 = week(&out, "2026-W48");
    assert_eq!(w48["practice_days"], 2);
    // No profile: the default target.
    assert_eq!(w48["practice_target"], 3);
    // Practice is not a session or a day trained: the 24th counts, the short session of
    // the 27th is in the dose only.
    assert_eq!(w48["sessions"], 1);
    assert_eq!(w48["short_sessions"], 1);
    assert_eq!(w48["days"], 1);
    assert_eq!(w48["dose"]["sessions"], 2);
    // Every other week has none.
    for w in out["weeks"].as_array().unwrap() {
        if w["week"] != "2026-W48" {
            assert_eq!(w["practice_days"], 0, "{w}");
        }
    }
}

#[test]
fn json_practice_target_is_the_profiles() {
    let data = Data::new();
    v3(&data);
    data.cmd()
        .args(["profile", "--bone-status", "none"])
        .assert()
        .success();
    let mut profile: Value =
        serde_json::from_slice(&std::fs::read(data.profile()).unwrap()).unwrap();
    profile["practice_days"] = json!(5);
    std::fs::write(data.profile(), profile.to_string()).unwrap();
    let out: Value =
        serde_json::from_str(&data.history_out(&["--json", "--weeks", ALL_WEEKS])).unwrap();
    assert_eq!(week(&out, "2026-W48")["practice_target"], 5);
}

#[test]
fn csv_kind_column_holds_every_practice_hold_and_posture_move() {
    let data = Data::new();
    v3(&data);
    let out = data.history_out(&["--csv"]);
    let mut reader = csv::Reader::from_reader(out.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    assert_eq!(
        header,
        [
            "date",
            "program",
            "exercise",
            "set",
            "reps",
            "seconds",
            "weight_kg",
            "effort",
            "kind",
            "stance",
            "support",
            "target_seconds",
            "rating"
        ]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let practice: Vec<&csv::StringRecord> = rows.iter().filter(|r| &r[8] == "practice").collect();
    let strength = rows.iter().filter(|r| &r[8] == "strength").count();
    assert_eq!(
        strength + practice.len(),
        rows.len(),
        "every row has a kind"
    );
    assert!(strength > 0);
    // Three holds and three posture moves on the 25th, one hold on the 26th.
    assert_eq!(practice.len(), 7);
    let holds: Vec<String> = practice
        .iter()
        .filter(|r| !r[9].is_empty())
        .map(|r| {
            format!(
                "{} {} {} {} {} {}",
                &r[0], &r[3], &r[9], &r[10], &r[5], &r[12]
            )
        })
        .collect();
    assert_eq!(
        holds,
        [
            "2026-11-25 1 feet-together two-hands 10 steady",
            "2026-11-25 2 feet-together two-hands 10 steady",
            "2026-11-25 3 feet-together two-hands 12 wobbly",
            "2026-11-26 1 one-leg-left fingertips 8 held_on",
        ]
    );
    let moves: Vec<&str> = practice
        .iter()
        .filter(|r| r[9].is_empty())
        .map(|r| &r[2])
        .collect();
    assert_eq!(
        moves,
        [
            "posture/chin-tuck",
            "posture/shoulder-squeeze",
            "posture/back-extension"
        ]
    );
    // In the order done: the practice of the 25th between the sessions of the 24th and 27th.
    let dates: Vec<&str> = rows.iter().map(|r| &r[0]).collect();
    let mut sorted = dates.clone();
    sorted.sort_unstable();
    assert_eq!(dates, sorted);
}
