//! Issue 12 on the real binary: pain puts an exercise on hold until `pain-check` answers
//! it, `log` refuses what the profile leaves out, and the plan and history say so.

use crate::common::{Data, days_ago, today};
use chrono::NaiveDate;
use serde_json::Value;

fn date(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

fn log(data: &Data, on: NaiveDate, entries: &[&str]) {
    data.cmd()
        // --yes: a first weight heavier than the usual start is meant here.
        .args(["log", "--yes", "--date", &date(on)])
        .args(entries)
        .assert()
        .success();
}

fn plan(data: &Data) -> Value {
    data.json(&["--lang", "en", "plan", "--json"])
}

fn planned(plan: &Value, id: &str) -> Option<Value> {
    plan["exercises"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["id"] == id)
        .cloned()
}

fn excluded(plan: &Value, id: &str) -> Option<Value> {
    plan["excluded"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["id"] == id)
        .cloned()
}

fn pain_check_prompt(plan: &Value, id: &str) -> Option<Value> {
    plan["prompts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["kind"] == "pain_check" && p["exercise"] == id)
        .cloned()
}

/// Runs `args`, expects exit 2 with `says` on stderr, and no file changed.
fn refused(data: &Data, args: &[&str], says: &str) {
    let (history, profile) = (data.history_bytes(), std::fs::read(data.profile()).ok());
    let out = data.cmd().args(args).assert().code(2);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(stderr.contains(says), "{args:?}: {stderr}");
    assert_eq!(
        data.history_bytes(),
        history,
        "{args:?} changed the history"
    );
    assert_eq!(
        std::fs::read(data.profile()).ok(),
        profile,
        "{args:?} changed the profile"
    );
}

#[test]
fn pain_holds_an_exercise_until_ok_then_it_comes_back_lighter() {
    let data = Data::new();
    data.cmd()
        .args(["profile", "--owned-weights", "4,6,8,10"])
        .assert()
        .success();
    log(&data, days_ago(9), &["goblet-squat@8kg:12,12,12:right"]);
    log(&data, days_ago(6), &["goblet-squat@8kg:12,12,5:pain"]);
    // One later session, rated just right, and one not rated: nothing changes.
    log(&data, days_ago(4), &["goblet-squat@8kg:12,12,12:right"]);
    log(&data, days_ago(2), &["goblet-squat@8kg:12,12,12"]);
    let p = plan(&data);
    assert!(planned(&p, "goblet-squat").is_none(), "{p:#}");
    let held = excluded(&p, "goblet-squat").expect("listed");
    assert_eq!(held["reason_code"], "pain_reported");
    assert_eq!(held["since"], date(days_ago(6)));
    let prompt = pain_check_prompt(&p, "goblet-squat").expect("a pain check");
    assert_eq!(prompt["since"], date(days_ago(6)));
    assert!(
        !p["prompts"]
            .as_array()
            .unwrap()
            .iter()
            .any(|q| q["kind"] == "increase_weight" && q["exercise"] == "goblet-squat")
    );
    // Whatever program is planned.
    log(&data, days_ago(1), &["wall-push-up:10,10:right"]);
    let p = plan(&data);
    assert_eq!(p["program"], "beginner");
    assert!(pain_check_prompt(&p, "goblet-squat").is_some(), "{p:#}");
    assert!(excluded(&p, "goblet-squat").is_some());

    // Nothing about it gets heavier while it is on hold; lighter is fine.
    refused(&data, &["weight", "goblet-squat", "10"], "gets no heavier");
    data.cmd()
        .args(["pain-check", "goblet-squat", "not-yet"])
        .assert()
        .success();
    assert!(excluded(&plan(&data), "goblet-squat").is_some());

    let out = data
        .cmd()
        .args(["pain-check", "goblet-squat", "ok"])
        .assert()
        .success();
    assert!(String::from_utf8_lossy(&out.get_output().stdout).contains("one step easier"));
    let h = data.json(&["history", "--json"]);
    let answers: Vec<&str> = h["pain_checks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["answer"].as_str().unwrap())
        .collect();
    assert_eq!(answers, ["not_yet", "ok"]);
    assert_eq!(h["pain_checks"][1]["exercise"], "goblet-squat");
    assert_eq!(h["pain_checks"][1]["date"], date(today()));

    // Advanced again: back one owned weight down, reps at the bottom.
    log(&data, today(), &["deadlift@8kg:8,8,8:right"]);
    let p = data.json(&["--lang", "en", "plan", "--json"]);
    assert_eq!(p["program"], "advanced");
    let goblet = planned(&p, "goblet-squat").expect("back in the plan");
    assert_eq!(goblet["weight_kg"], 6.0);
    assert_eq!(goblet["reps"], 10);
    assert!(pain_check_prompt(&p, "goblet-squat").is_none());
}

#[test]
fn pain_check_refuses_what_it_cannot_answer() {
    let data = Data::new();
    log(&data, days_ago(3), &["wall-push-up:10,10:right"]);
    refused(
        &data,
        &["pain-check", "wall-push-up", "ok"],
        "no open pain check",
    );
    log(&data, days_ago(1), &["chair-squat:10,4:pain"]);
    refused(
        &data,
        &["pain-check", "chair-squat", "fine"],
        "Choose one of: ok, not-yet, leave-out",
    );
    refused(
        &data,
        &["pain-check", "wall-push-up", "ok"],
        "pain-check chair-squat",
    );
}

#[test]
fn leave_out_keeps_it_out_until_profile_include() {
    let data = Data::new();
    log(&data, days_ago(3), &["stomp:20,20:pain"]);
    data.cmd()
        .args(["pain-check", "stomp", "leave-out"])
        .assert()
        .success();
    let profile = data.json(&["profile", "--json"]);
    assert_eq!(profile["left_out"], serde_json::json!(["stomp"]));
    let text = data.stdout(&["--lang", "en", "profile"]);
    assert!(text.contains("Left out by you"), "{text}");
    refused(
        &data,
        &["log", "--date", &date(days_ago(1)), "stomp:20,20"],
        "botsterk profile --include stomp",
    );
    let x = excluded(&plan(&data), "stomp").expect("still out");
    assert_eq!(x["reason_code"], "left_out");
    data.cmd()
        .args(["profile", "--include", "stomp"])
        .assert()
        .success();
    log(&data, days_ago(1), &["stomp:20,20"]);
    refused(
        &data,
        &["profile", "--include", "handstand"],
        "not an exercise",
    );
}

#[test]
fn an_uncleared_osteoporosis_user_cannot_log_stomps_nor_is_asked_for_impact() {
    let data = Data::new();
    data.cmd()
        .args(["profile", "--bone-status", "osteoporosis"])
        .assert()
        .success();
    refused(
        &data,
        &["log", "--date", &date(days_ago(1)), "stomp:20,20"],
        "--cleared-for-impact",
    );
    log(&data, days_ago(1), &["goblet-squat@2kg:10,10,10:right"]);
    let h = data.json(&["history", "--json"]);
    assert_eq!(h["weeks"][0]["asked"]["impact_steps"], 0, "{h:#}");
}

#[test]
fn not_knowing_ones_bones_gets_a_caution_and_weaker_bones_start_lighter() {
    let data = Data::new();
    data.cmd()
        .args([
            "profile",
            "--bone-status",
            "unknown",
            "--program",
            "advanced",
        ])
        .assert()
        .success();
    let p = plan(&data);
    for id in ["stomp", "deadlift"] {
        let caution = planned(&p, id).unwrap()["caution"].clone();
        assert!(
            caution.as_str().is_some_and(|c| c.contains("Not sure")),
            "{id}: {caution}"
        );
    }
    assert_eq!(planned(&p, "goblet-squat").unwrap()["caution"], Value::Null);
    data.cmd()
        .args(["profile", "--bone-status", "osteopenia"])
        .assert()
        .success();
    let p = plan(&data);
    let first = p["prompts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["kind"] == "choose_weight" && q["exercise"] == "goblet-squat")
        .unwrap()
        .clone();
    assert_eq!(first["to_kg"], 2.0);
    assert_eq!(first["reason_code"], "first_time_weaker_bones");
}

#[test]
fn pain_in_a_session_dated_after_today_still_holds_and_decides_nothing_else() {
    let data = Data::new();
    log(&data, days_ago(5), &["wall-push-up:10,10:right"]);
    // A wrong clock: an advanced session with pain, dated next month.
    let mut history: Value = serde_json::from_slice(&data.history_bytes().unwrap()).unwrap();
    let future = today() + chrono::Days::new(30);
    let mut session = history["sessions"][0].clone();
    session["date"] = Value::from(date(future));
    session["program"] = Value::from("advanced");
    session["started_at"] = Value::from(format!("{}T12:00:00+00:00", date(future)));
    session["ended_at"] = session["started_at"].clone();
    session["exercises"] = serde_json::json!([{
        "id": "overhead-press", "weight_kg": 4.0, "target": 12,
        "sets": [{"reps": 12}], "effort": "pain", "skipped": false
    }]);
    history["sessions"].as_array_mut().unwrap().push(session);
    data.write_history(history.to_string().as_bytes());
    let p = plan(&data);
    assert_eq!(p["program"], "beginner", "a future session decides nothing");
    assert!(pain_check_prompt(&p, "overhead-press").is_some(), "{p:#}");
    assert_eq!(
        excluded(&p, "overhead-press").unwrap()["since"],
        date(future)
    );
}

#[test]
fn pain_check_speaks_dutch() {
    let data = Data::new();
    log(&data, days_ago(2), &["wall-push-up:10,3:pain"]);
    let out = data
        .bare_cmd()
        .args(["--lang", "nl", "pain-check", "wall-push-up", "not-yet"])
        .assert()
        .success();
    let text = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    assert!(text.contains("nog niet nagekeken"), "{text}");
    let plan = data.stdout(&["--lang", "nl", "plan"]);
    assert!(plan.contains("Gepauzeerd"), "{plan}");
}

/// Issue 19: `profile --program` sets the program of the next session, also with a history,
/// and says so.
#[test]
fn profile_program_sets_the_program_of_the_next_session_and_says_so() {
    let data = Data::new();
    log(&data, days_ago(2), &["wall-push-up:10,10:right"]);
    let out = data
        .cmd()
        .args(["profile", "--program", "advanced"])
        .assert()
        .success();
    let text = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    assert!(
        text.contains("next session is of the Advanced program"),
        "{text}"
    );
    assert_eq!(plan(&data)["program"], "advanced");
}

/// Issue 27, item 4: where it hurt (`pain_site`, asked after `4`) is kept on the pain
/// report, shown by `history --json`, the history's words and the report.
#[test]
fn where_it_hurt_is_kept_and_shown() {
    let data = Data::new();
    log(&data, days_ago(2), &["chair-squat:10,6:pain"]);
    // As the live session writes it after `4` and `1` (knee).
    let history = std::fs::read_to_string(data.history()).unwrap();
    let with_site = history.replacen(
        "\"effort\":\"pain\"",
        "\"effort\":\"pain\",\"pain_site\":\"knee\"",
        1,
    );
    assert_ne!(with_site, history, "the pain report is in the file");
    data.write_history(with_site.as_bytes());
    let json = data.json(&["history", "--json"]);
    let text = json.to_string();
    assert!(text.contains("\"pain_site\":\"knee\""), "{text}");
    for (lang, said) in [("en", "(where: knee)"), ("nl", "(waar: knie)")] {
        let out = data
            .bare_cmd()
            .args(["--lang", lang, "report", "--out", "-"])
            .output()
            .unwrap();
        let page = String::from_utf8_lossy(&out.stdout);
        assert!(
            page.contains(said),
            "{lang}: no site in the report: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    // Kept when the history is written again (a later log).
    log(&data, days_ago(0), &["wall-push-up:10,10"]);
    let again = std::fs::read_to_string(data.history()).unwrap();
    assert!(again.contains("\"pain_site\":\"knee\""), "{again}");
}
