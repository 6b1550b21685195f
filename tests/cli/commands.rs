//! The scriptable commands (`plan`, `log`, `weight`) run as the real binary, each test in
//! its own data dir. Dates are relative to the real local date, as the commands use it.

use crate::common::{Data, days_ago, today};
use chrono::{Days, NaiveDate};
use serde_json::Value;

/// What these tests do often on a data dir.
trait Commands {
    fn log(&self, date: NaiveDate, program: Option<&str>, entries: &[&str]);
    fn plan(&self) -> Value;
}

impl Commands for Data {
    /// Logs a session that must be accepted.
    fn log(&self, date: NaiveDate, program: Option<&str>, entries: &[&str]) {
        let mut cmd = self.cmd();
        // --yes: a first weight heavier than the usual start is meant here.
        cmd.arg("log")
            .arg("--yes")
            .arg("--date")
            .arg(date_str(date));
        if let Some(p) = program {
            cmd.args(["--program", p]);
        }
        cmd.args(entries).assert().success();
    }

    /// `plan --json`, which must succeed.
    fn plan(&self) -> Value {
        let out = self.cmd().args(["plan", "--json"]).assert().success();
        serde_json::from_slice(&out.get_output().stdout).expect("plan --json prints JSON")
    }
}

fn days_ahead(n: u64) -> NaiveDate {
    today() + Days::new(n)
}

fn date_str(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

fn exercise<'a>(plan: &'a Value, id: &str) -> &'a Value {
    plan["exercises"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["id"] == id)
        .unwrap_or_else(|| panic!("no {id} in {plan:#}"))
}

fn prompts_of_kind<'a>(plan: &'a Value, kind: &str) -> Vec<&'a Value> {
    plan["prompts"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["kind"] == kind)
        .collect()
}

fn json_date(v: &Value) -> NaiveDate {
    NaiveDate::parse_from_str(v.as_str().unwrap(), "%Y-%m-%d").unwrap()
}

const BEGINNER: [&str; 4] = [
    "wall-push-up:10,10:right",
    "chair-squat:10,10:right",
    "heel-raise:15,15:right",
    "modified-plank:20s,20s:right",
];

// ---- 1. empty history ----

#[test]
fn empty_history_plans_a_beginner_training_day() {
    let data = Data::new();
    let plan = data.plan();
    assert_eq!(plan["status"], "train");
    assert_eq!(plan["trained_today"], false);
    assert_eq!(json_date(&plan["date"]), today());
    assert_eq!(json_date(&plan["next_training_date"]), today());
    assert_eq!(plan["program"], "beginner");
    let ids: Vec<&str> = plan["exercises"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        [
            "wall-push-up",
            "chair-squat",
            "heel-raise",
            "modified-plank"
        ]
    );
    let push = exercise(&plan, "wall-push-up");
    assert_eq!(push["reps"], 10);
    assert!(push["hold_seconds"].is_null());
    assert!(push["weight_kg"].is_null());
    let heel = exercise(&plan, "heel-raise");
    assert_eq!(heel["reps"], 15);
    assert_eq!(heel["hold_seconds"], 2);
    let plank = exercise(&plan, "modified-plank");
    assert!(plank["reps"].is_null());
    assert_eq!(plank["hold_seconds"], 20);
    assert_eq!(plan["prompts"].as_array().unwrap().len(), 0);
    assert_eq!(plan["week"]["sessions"], 0);
    assert_eq!(plan["week"]["target"], 3);
    assert_eq!(plan["ignored_future_sessions"].as_array().unwrap().len(), 0);
    // plan only reads: no file appears.
    assert!(data.history_bytes().is_none());
}

// ---- 2. rest days ----

#[test]
fn a_session_yesterday_makes_today_a_rest_day() {
    let data = Data::new();
    data.log(days_ago(1), None, &BEGINNER);
    let plan = data.plan();
    assert_eq!(plan["status"], "rest");
    assert_eq!(plan["trained_today"], false);
    assert_eq!(json_date(&plan["next_training_date"]), days_ahead(1));
    assert!(!plan["reason"].as_str().unwrap().trim().is_empty());
}

#[test]
fn a_session_today_means_done_until_the_day_after_tomorrow() {
    let data = Data::new();
    data.log(today(), None, &BEGINNER);
    let plan = data.plan();
    assert_eq!(plan["status"], "rest");
    assert_eq!(plan["trained_today"], true);
    assert_eq!(json_date(&plan["next_training_date"]), days_ahead(2));
    assert!(!plan["reason"].as_str().unwrap().trim().is_empty());
    assert_eq!(plan["week"]["sessions"], 1);
}

#[test]
fn text_plan_says_rest_day_on_a_rest_day() {
    let data = Data::new();
    data.log(days_ago(1), None, &BEGINNER);
    let out = data.cmd().arg("plan").assert().success();
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(text.to_lowercase().contains("rest day"), "{text}");
}

// ---- 3. future sessions ----

#[test]
fn logging_tomorrow_is_refused_and_writes_nothing() {
    let data = Data::new();
    let tomorrow = date_str(days_ahead(1));
    let out = data
        .cmd()
        .args(["log", "--date", &tomorrow, "wall-push-up:10"])
        .assert()
        .code(2);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(stderr.contains(&tomorrow), "{stderr}");
    assert!(!data.history().exists());
}

#[test]
fn a_session_dated_tomorrow_on_disk_is_ignored_and_reported() {
    let data = Data::new();
    let tomorrow = date_str(days_ahead(1));
    let history = serde_json::json!({
        "version": 1,
        "sessions": [{
            "date": tomorrow,
            "started_at": format!("{tomorrow}T09:02:11+01:00"),
            "ended_at": format!("{tomorrow}T09:31:40+01:00"),
            "program": "beginner",
            "ended_early": false,
            "exercises": [{
                "id": "wall-push-up",
                "target": 10,
                "sets": [{ "reps": 10 }, { "reps": 10 }],
                "effort": "just_right",
                "skipped": false
            }]
        }]
    });
    data.write_history(serde_json::to_string_pretty(&history).unwrap().as_bytes());
    let plan = data.plan();
    assert_eq!(plan["status"], "train");
    assert_eq!(json_date(&plan["next_training_date"]), today());
    let ignored: Vec<NaiveDate> = plan["ignored_future_sessions"]
        .as_array()
        .unwrap()
        .iter()
        .map(json_date)
        .collect();
    assert_eq!(ignored, [days_ahead(1)]);
    assert_eq!(plan["week"]["sessions"], 0);
    // The text plan says it as home does (issue 19), with a real singular.
    let text = data.stdout(&["--lang", "en", "plan"]);
    assert!(
        text.contains("! 1 session dated after today is left out"),
        "{text}"
    );
    let text = data.stdout(&["--lang", "nl", "plan"]);
    assert!(
        text.contains("! 1 training met een datum na vandaag telt niet mee"),
        "{text}"
    );
}

// ---- 4. progression ----

#[test]
fn a_good_push_up_session_adds_one_rep_a_week_later() {
    let data = Data::new();
    data.log(days_ago(3), None, &["wall-push-up:10,10:right"]);
    let plan = data.plan();
    assert_eq!(plan["status"], "train");
    // At most one step a week: held, and said so.
    assert_eq!(exercise(&plan, "wall-push-up")["reps"], 10);
    let note = plan["notes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["exercise"] == "wall-push-up")
        .expect("a paced note");
    assert_eq!(note["code"], "paced");
    assert!(!note["text"].as_str().unwrap().is_empty());
    let data = Data::new();
    data.log(days_ago(8), None, &["wall-push-up:10,10:right"]);
    let plan = data.plan();
    assert_eq!(exercise(&plan, "wall-push-up")["reps"], 11);
    // Exercises without records stay at the bottom of their range.
    assert_eq!(exercise(&plan, "chair-squat")["reps"], 10);
}

#[test]
fn a_good_plank_adds_five_seconds() {
    let data = Data::new();
    data.log(days_ago(8), None, &["modified-plank:20s,20s:right"]);
    let plank = exercise(&data.plan(), "modified-plank").clone();
    assert_eq!(plank["hold_seconds"], 25);
    assert!(plank["reps"].is_null());
}

#[test]
fn a_hard_plank_stays_where_it_is() {
    let data = Data::new();
    data.log(days_ago(3), None, &["modified-plank:20s,20s:hard"]);
    assert_eq!(exercise(&data.plan(), "modified-plank")["hold_seconds"], 20);
}

// ---- 5. weight questions ----

#[test]
fn the_top_of_the_range_asks_for_more_weight_until_answered() {
    let data = Data::new();
    data.at_the_top(10, "goblet-squat", 8.0, 12);
    let plan = data.plan();
    assert_eq!(plan["program"], "advanced");
    let squat = exercise(&plan, "goblet-squat");
    assert_eq!(squat["weight_kg"], 8.0);
    assert_eq!(squat["reps"], 12);
    let increase = prompts_of_kind(&plan, "increase_weight");
    assert_eq!(increase.len(), 1, "{plan:#}");
    let p = increase[0];
    assert_eq!(p["exercise"], "goblet-squat");
    assert_eq!(p["from_kg"], 8.0);
    assert_eq!(p["to_kg"], 9.0);
    assert_eq!(p["reason_code"], "top_of_range_reached");
    assert!(!p["question"].as_str().unwrap().is_empty());

    data.cmd()
        .args(["weight", "goblet-squat", "10"])
        .assert()
        .success();
    let plan = data.plan();
    assert_eq!(plan["program"], "advanced");
    let squat = exercise(&plan, "goblet-squat");
    assert_eq!(squat["weight_kg"], 10.0);
    assert_eq!(squat["reps"], 10);
    assert!(
        prompts_of_kind(&plan, "increase_weight").is_empty(),
        "{plan:#}"
    );
}

#[test]
fn pain_puts_the_exercise_on_hold_with_a_check_and_never_more_weight() {
    let data = Data::new();
    data.log(
        days_ago(15),
        Some("advanced"),
        &["goblet-squat@8kg:12,12,12:pain"],
    );
    let plan = data.plan();
    let pain = prompts_of_kind(&plan, "pain_check");
    assert_eq!(pain.len(), 1, "{plan:#}");
    assert_eq!(pain[0]["exercise"], "goblet-squat");
    assert_eq!(pain[0]["reason_code"], "pain_reported");
    assert_eq!(pain[0]["since"], date_str(days_ago(15)));
    assert!(
        prompts_of_kind(&plan, "increase_weight").is_empty(),
        "{plan:#}"
    );
    let exercises = plan["exercises"].as_array().unwrap();
    assert!(
        exercises.iter().all(|e| e["id"] != "goblet-squat"),
        "{plan:#}"
    );
    let held = plan["excluded"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["id"] == "goblet-squat")
        .expect("listed as excluded");
    assert_eq!(held["reason_code"], "pain_reported");
}

// ---- 6. rejections ----

/// Runs `log` with `args` after `--date`, expects exit 2 with `quoted` in stderr, and the
/// history unchanged.
fn assert_log_rejected(data: &Data, date: &str, entries: &[&str], quoted: &str) {
    let before = data.history_bytes();
    let out = data
        .cmd()
        .args(["log", "--date", date])
        .args(entries)
        .assert()
        .code(2);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(
        stderr.contains(quoted),
        "log --date {date} {entries:?}: stderr does not quote {quoted}: {stderr}"
    );
    assert_eq!(
        data.history_bytes(),
        before,
        "log --date {date} {entries:?} changed the history"
    );
}

fn log_rejections(data: &Data) {
    let yesterday = date_str(days_ago(1));
    let y = yesterday.as_str();
    let tomorrow = date_str(days_ahead(1));
    let cases: [(&str, &[&str], &str); 9] = [
        (y, &["squat:10"], "'squat'"),
        (y, &["wall-push-up"], "'wall-push-up'"),
        (y, &["wall-push-up:10:meh"], "'meh'"),
        (y, &["goblet-squat@301kg:10"], "'301kg'"),
        (y, &["goblet-squat@-4kg:10"], "'-4kg'"),
        (y, &["wall-push-up@4kg:10"], "'@4kg'"),
        // A good entry before a bad one writes nothing either.
        (y, &["wall-push-up:10", "chair-squat:10,x"], "'x'"),
        ("2026-02-30", &["wall-push-up:10"], "2026-02-30"),
        (&tomorrow, &["wall-push-up:10"], &tomorrow),
    ];
    for (date, entries, quoted) in cases {
        assert_log_rejected(data, date, entries, quoted);
    }
}

#[test]
fn log_rejections_write_nothing_to_an_empty_data_dir() {
    let data = Data::new();
    log_rejections(&data);
    assert!(!data.history().exists());
}

#[test]
fn log_rejections_leave_an_existing_history_byte_for_byte() {
    let data = Data::new();
    data.log(days_ago(3), None, &BEGINNER);
    let before = data.history_bytes().unwrap();
    log_rejections(&data);
    assert_eq!(data.history_bytes().unwrap(), before);
}

fn weight_rejections(data: &Data) {
    let cases = [
        ("squat", "10", "'squat'"),
        ("wall-push-up", "10", "'wall-push-up'"),
        ("goblet-squat", "0", "'0'"),
        ("goblet-squat", "400", "'400'"),
    ];
    for (exercise, kg, quoted) in cases {
        let before = data.history_bytes();
        let out = data.cmd().args(["weight", exercise, kg]).assert().code(2);
        let stderr = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
        assert!(
            stderr.contains(quoted),
            "weight {exercise} {kg}: stderr does not quote {quoted}: {stderr}"
        );
        assert_eq!(
            data.history_bytes(),
            before,
            "weight {exercise} {kg} changed the history"
        );
    }
}

#[test]
fn weight_rejections_write_nothing() {
    let data = Data::new();
    weight_rejections(&data);
    assert!(!data.history().exists());

    data.log(
        days_ago(10),
        Some("advanced"),
        &["goblet-squat@8kg:12,12,12:right"],
    );
    let before = data.history_bytes().unwrap();
    weight_rejections(&data);
    assert_eq!(data.history_bytes().unwrap(), before);
}

// ---- 7. a corrupt history ----

#[test]
fn a_corrupt_history_is_reported_and_never_overwritten() {
    let data = Data::new();
    let garbage: &[u8] = b"\x00\xff{\"version\": 1, \"sessions\": [ garbage";
    data.write_history(garbage);
    let path = data.history().display().to_string();

    let out = data.cmd().args(["plan", "--json"]).assert().code(1);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(stderr.contains(&path), "{stderr}");
    assert!(out.get_output().stdout.is_empty());

    let out = data.cmd().arg("plan").assert().code(1);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(stderr.contains(&path), "{stderr}");

    let yesterday = date_str(days_ago(1));
    let out = data
        .cmd()
        .args(["log", "--date", &yesterday, "wall-push-up:10,10:right"])
        .assert()
        .failure();
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(stderr.contains(&path), "{stderr}");
    assert_eq!(data.history_bytes().unwrap(), garbage);

    data.cmd()
        .args(["weight", "goblet-squat", "10"])
        .assert()
        .failure();
    assert_eq!(data.history_bytes().unwrap(), garbage);
}

// ---- 8. the text plan with weights ----

fn plan_text(data: &Data) -> String {
    let out = data.cmd().arg("plan").assert().success();
    String::from_utf8(out.get_output().stdout.clone()).unwrap()
}

#[test]
fn text_plan_tells_how_to_answer_a_weight_question() {
    let data = Data::new();
    data.at_the_top(10, "goblet-squat", 8.0, 12);
    let text = plan_text(&data);
    assert!(text.contains("botsterk weight goblet-squat 9"), "{text}");
}

#[test]
fn text_plan_shows_each_weight_once() {
    let data = Data::new();
    data.at_the_top(10, "goblet-squat", 8.0, 12);
    let text = plan_text(&data);
    let line = text
        .lines()
        .find(|l| l.contains("Goblet squats"))
        .unwrap_or_else(|| panic!("no goblet squat line in:\n{text}"));
    assert_eq!(line.matches("8 kg").count(), 1, "{line}");
}

// ---- 9. every number says why (issue 24) ----

#[test]
fn plan_json_says_why_for_each_number_in_both_languages() {
    let data = Data::new();
    let fresh = data.json(&["--lang", "en", "plan", "--json"]);
    let codes = |plan: &Value, id: &str| -> Vec<String> {
        exercise(plan, id)["why"]
            .as_array()
            .unwrap()
            .iter()
            .map(|w| w["code"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(codes(&fresh, "chair-squat"), ["first_time"]);
    // "Too hard" twice in a row: one step easier (a set ended early alone holds it).
    for days in [5, 3] {
        data.log(
            days_ago(days),
            None,
            &["chair-squat:6,5:hard", "wall-push-up:10,10:right"],
        );
    }
    for lang in ["en", "nl"] {
        let plan = data.json(&["--lang", lang, "plan", "--json"]);
        assert_eq!(codes(&plan, "chair-squat"), ["eased_too_hard"], "{plan:#}");
        assert_eq!(codes(&plan, "wall-push-up"), ["held_pace"], "{plan:#}");
        let text = exercise(&plan, "chair-squat")["why"][0]["text"]
            .as_str()
            .unwrap()
            .to_owned();
        let expected = if lang == "en" { "easier" } else { "lichter" };
        assert!(text.starts_with(expected), "{text}");
    }
    // The text plan gives the reason beside the changed number.
    let text = data.stdout(&["--lang", "en", "plan"]);
    assert!(
        text.contains("(easier: it felt too hard twice in a row)"),
        "{text}"
    );
}

/// One logged set of one exercise is short, like a live session stopped after a set: kept,
/// counted in the bone dose, but no rest day and not a session of the week.
#[test]
fn a_logged_session_with_under_half_the_plans_sets_is_short() {
    let data = Data::new();
    data.cmd()
        .args(["log", "--date", &days_ago(1).to_string(), "chair-squat:10"])
        .assert()
        .success();
    let history: Value = serde_json::from_slice(&data.history_bytes().unwrap()).unwrap();
    let planned = history["sessions"][0]["planned_sets"].as_u64().unwrap();
    assert!(planned >= 3, "the day's plan: {planned}");
    let plan = data.plan();
    assert_eq!(plan["status"], "train", "{plan}");
    assert_eq!(plan["week"]["sessions"], 0, "{plan}");
    let weeks: Value = serde_json::from_str(&data.stdout(&["history", "--json"])).unwrap();
    let week = weeks["weeks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|w| w["short_sessions"] == 1)
        .unwrap_or_else(|| panic!("a week with the short session: {weeks}"));
    assert_eq!(week["sessions"], 0);
    assert_eq!(week["dose"]["sessions"], 1);

    // Half the plan's sets or more is a whole session, as before.
    let data = Data::new();
    data.log(days_ago(1), None, &BEGINNER);
    assert_eq!(data.plan()["status"], "rest");
}
