//! Issue 33, item 1: `pain-check EXERCISE leave-out` changes two files (the history's
//! answer, the profile's left-out list) as one change: both or neither, whatever stops it
//! halfway. (Every failing write step: `store::fault_tests` in the library.)

use std::fs;

use crate::common::{Data, days_ago};
use serde_json::Value;

fn with_pain(data: &Data) {
    data.cmd()
        .args([
            "log",
            "--date",
            &days_ago(2).to_string(),
            "wall-push-up:10,3:pain",
        ])
        .assert()
        .success();
}

fn plan(data: &Data) -> Value {
    data.json(&["--lang", "en", "plan", "--json"])
}

fn left_out_in_plan(plan: &Value, id: &str) -> bool {
    plan["excluded"]
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["id"] == id && e["reason_code"] == "left_out")
}

fn asks_pain_check(plan: &Value, id: &str) -> bool {
    plan["prompts"]
        .as_array()
        .unwrap()
        .iter()
        .any(|p| p["kind"] == "pain_check" && p["exercise"] == id)
}

#[test]
fn a_profile_that_cannot_be_read_refuses_the_answer_and_the_history_stays_as_it_was() {
    let data = Data::new();
    with_pain(&data);
    fs::create_dir_all(data.profile()).unwrap();
    let history = data.history_bytes();
    let out = data
        .cmd()
        .args(["pain-check", "wall-push-up", "leave-out"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("profile.json"), "{err}");
    assert_eq!(data.history_bytes(), history, "no answer without the list");
    assert!(!data.dir.join("change-in-progress.json").exists());
}

#[test]
fn a_leave_out_killed_halfway_counts_whole_and_include_still_takes_it_back() {
    let data = Data::new();
    with_pain(&data);
    data.cmd()
        .args(["profile", "--weekly-target", "3"])
        .assert()
        .success();
    assert!(asks_pain_check(&plan(&data), "wall-push-up"));
    // As a botsterk killed after recording the change and writing the history, before
    // the profile: the record and the history's answer, the profile without the list.
    let profile_before = fs::read(data.profile()).unwrap();
    data.cmd()
        .args(["pain-check", "wall-push-up", "leave-out"])
        .assert()
        .success();
    let history: Value = serde_json::from_slice(&data.history_bytes().unwrap()).unwrap();
    let answer = history["pain_checks"][0].clone();
    assert_eq!(answer["answer"], "leave_out");
    fs::write(data.profile(), &profile_before).unwrap();
    let pending = serde_json::json!({"version": 1, "leave_out": answer, "lang": "en"});
    fs::write(
        data.dir.join("change-in-progress.json"),
        pending.to_string(),
    )
    .unwrap();
    // Read as one change: left out, and no pain check asked (the answer closed it).
    let plan_now = plan(&data);
    assert!(left_out_in_plan(&plan_now, "wall-push-up"), "{plan_now}");
    assert!(!asks_pain_check(&plan_now, "wall-push-up"));
    let profile = data.json(&["profile", "--json"]);
    assert_eq!(profile["left_out"], serde_json::json!(["wall-push-up"]));
    // `--include` brings it back: the change is finished first, then taken back.
    data.cmd()
        .args(["profile", "--include", "wall-push-up"])
        .assert()
        .success();
    assert!(!data.dir.join("change-in-progress.json").exists());
    let profile = data.json(&["profile", "--json"]);
    assert_eq!(profile["left_out"], serde_json::json!([]), "{profile}");
    assert!(!left_out_in_plan(&plan(&data), "wall-push-up"));
}
