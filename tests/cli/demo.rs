//! `botsterk demo --years N` on the real binary: it fills an empty data dir with a history
//! the other commands read, and never touches an existing history.

use std::fs;

use crate::common::Data;
use serde_json::Value;

/// What a data dir holds, to prove nothing changed.
trait Files {
    fn files(&self) -> Vec<(String, Vec<u8>)>;
}

impl Files for Data {
    /// Everything in the data dir, name and bytes, to prove nothing changed.
    fn files(&self) -> Vec<(String, Vec<u8>)> {
        let mut files: Vec<_> = fs::read_dir(&self.dir)
            .unwrap()
            .map(|e| e.unwrap())
            .filter(|e| e.file_type().unwrap().is_file())
            .map(|e| {
                (
                    e.file_name().to_string_lossy().into_owned(),
                    fs::read(e.path()).unwrap(),
                )
            })
            .collect();
        files.sort();
        files
    }
}

/// A date `log` takes: a few days back from the day the commands run on.
fn days_ago(n: u64) -> String {
    crate::common::days_ago(n).format("%Y-%m-%d").to_string()
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn demo_fills_an_empty_dir_that_plan_and_history_then_read() {
    let data = Data::new();
    let out = data.cmd().args(["demo", "--years", "2"]).assert().success();
    let said = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    assert!(said.contains("made-up history"), "{said}");
    assert!(
        said.contains(&data.history().display().to_string()),
        "{said}"
    );

    let plan = data.json(&["plan", "--json"]);
    assert_eq!(plan["program"], "advanced");
    let exercises = plan["exercises"].as_array().unwrap();
    assert_eq!(exercises.len(), 4);
    for id in ["goblet-squat", "deadlift", "overhead-press"] {
        let planned = exercises.iter().find(|e| e["id"] == id).unwrap();
        assert!(planned["weight_kg"].as_f64().unwrap() > 0.0, "{planned}");
    }
    // The demo ends two days ago at the latest: today may train.
    assert_eq!(plan["status"], "train");

    let history = data.json(&["history", "--json", "--weeks", "104"]);
    let weeks = history["weeks"].as_array().unwrap();
    assert_eq!(weeks.len(), 104);
    let sessions: u64 = weeks.iter().map(|w| w["sessions"].as_u64().unwrap()).sum();
    assert!(
        (250..=330).contains(&sessions),
        "{sessions} sessions in two years"
    );
    assert!(history["streak"].as_u64().unwrap() > 0);

    // The set-up's answers are there too, so the coach opens on home, not on set-up.
    assert!(data.dir.join("profile.json").is_file());
}

#[test]
fn demo_refuses_an_existing_history_and_writes_nothing() {
    let data = Data::new();
    data.cmd()
        .args(["log", "--date", &days_ago(3), "chair-squat:10,10:right"])
        .assert()
        .success();
    let damaged = Data::new();
    fs::create_dir_all(&damaged.dir).unwrap();
    fs::write(damaged.history(), b"{\"version\": 1, \"sess").unwrap();
    // Issue 14: a session in progress, or a profile alone, is the user's too.
    let journal = Data::new();
    fs::create_dir_all(&journal.dir).unwrap();
    let unfinished = journal.dir.join("session-in-progress.json");
    fs::write(&unfinished, b"{\"version\": 1}").unwrap();
    let profile = Data::new();
    profile
        .cmd()
        .args(["profile", "--weekly-target", "2"])
        .assert()
        .success();
    for (data, file) in [
        (&data, data.history()),
        (&damaged, damaged.history()),
        (&journal, unfinished.clone()),
        (&profile, profile.profile()),
    ] {
        let before = data.files();
        let out = data.cmd().args(["demo", "--years", "3"]).assert().code(2);
        let err = stderr(out.get_output());
        assert!(
            err.contains("demo writes only into an empty data folder"),
            "{err}"
        );
        assert!(err.contains(&file.display().to_string()), "{err}");
        assert_eq!(data.files(), before, "nothing written");
    }
}

#[test]
fn demo_years_must_be_1_to_30() {
    let data = Data::new();
    for years in ["0", "31", "ten"] {
        data.cmd().args(["demo", "--years", years]).assert().code(2);
    }
    assert!(!data.dir.exists());
}

#[test]
fn the_history_grows_by_at_most_one_and_a_half_kilobytes_a_session() {
    let data = Data::new();
    data.cmd()
        .args(["demo", "--years", "10"])
        .assert()
        .success();
    let bytes = fs::read(data.history()).unwrap();
    let history: Value = serde_json::from_slice(&bytes).unwrap();
    let sessions = history["sessions"].as_array().unwrap().len();
    assert!(sessions > 1300, "{sessions}");
    assert!(
        bytes.len() <= 1500 * sessions,
        "{} bytes for {sessions} sessions",
        bytes.len()
    );
}

#[test]
fn an_indented_history_as_older_botsterk_wrote_it_still_loads_and_grows() {
    let data = Data::new();
    fs::create_dir_all(&data.dir).unwrap();
    let fixture = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/history-v1.json"
    );
    let indented = fs::read(fixture).unwrap();
    assert!(indented.starts_with(b"{\n  \"version\""));
    fs::write(data.history(), &indented).unwrap();
    data.cmd()
        .args(["log", "--date", &days_ago(3), "chair-squat:10,10:right"])
        .assert()
        .success();
    let old: Value = serde_json::from_slice(&indented).unwrap();
    let new: Value = serde_json::from_slice(&fs::read(data.history()).unwrap()).unwrap();
    let count = |h: &Value| h["sessions"].as_array().unwrap().len();
    assert_eq!(count(&new), count(&old) + 1);
    let plan = data.json(&["plan", "--json"]);
    assert!(plan["exercises"].is_array());
}
