use chrono::{FixedOffset, NaiveDate, TimeZone};
use proptest::prelude::*;
use serde_json::Value;

use super::*;
use crate::card::Measure;
use crate::history::build::{beginner, d, exercise, held, history, reps, session_at, stomps};
use crate::history::{BalanceHold, ExerciseRecord, PostureRecord, PracticeRecord};
use chrono::Days;

/// Thursday of 2026-W48 (Monday 2026-11-23 to Sunday 2026-11-29).
fn today() -> NaiveDate {
    d(2026, 11, 26)
}

fn advanced(date: NaiveDate) -> SessionRecord {
    session_at(
        date,
        9,
        Program::Advanced,
        vec![
            exercise("goblet-squat", Some(8.0), reps(&[12, 12])),
            exercise("stomp", None, vec![stomps(20, 20), stomps(20, 19)]),
        ],
    )
}

fn json(history: &History, weeks: Option<u32>) -> Value {
    serde_json::to_value(to_json(
        &Catalog::builtin(),
        history,
        today(),
        weeks,
        &Settings::default(),
        3,
    ))
    .unwrap()
}

fn keys(v: &Value) -> Vec<&str> {
    let mut keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
    keys.sort_unstable();
    keys
}

fn labels(v: &Value) -> Vec<&str> {
    v["weeks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["week"].as_str().unwrap())
        .collect()
}

fn text(history: &History, weeks: Option<u32>, lang: Lang) -> String {
    to_text(
        &Catalog::builtin(),
        history,
        today(),
        weeks,
        &Settings::default(),
        3,
        lang,
    )
}

// ---- JSON ----

#[test]
fn json_has_exactly_the_contract_keys() {
    let h = history(vec![
        beginner(d(2026, 11, 10)),
        advanced(d(2026, 11, 23)),
        beginner(d(2026, 11, 25)),
    ]);
    let v = json(&h, None);
    assert_eq!(
        keys(&v),
        ["minimum", "pain_checks", "pain_reports", "streak", "weeks"]
    );
    assert_eq!(v["minimum"], 2);
    let week = &v["weeks"][0];
    assert_eq!(
        keys(week),
        [
            "asked",
            "days",
            "dose",
            "end",
            "exercises",
            "met_minimum",
            "met_target",
            "practice_days",
            "practice_target",
            "program",
            "sessions",
            "short_sessions",
            "start",
            "target",
            "week",
        ]
    );
    assert_eq!(week["week"], "2026-W48");
    assert_eq!(week["start"], "2026-11-23");
    assert_eq!(week["end"], "2026-11-29");
    assert_eq!(week["sessions"], 2);
    assert_eq!(week["days"], 2);
    assert_eq!(week["target"], 3);
    assert_eq!(week["met_minimum"], true);
    assert_eq!(week["met_target"], false);
    assert_eq!(week["program"], "beginner");
    let dose_keys = ["hold_seconds", "impact_steps", "loaded_reps", "sessions"];
    assert_eq!(keys(&week["dose"]), dose_keys);
    assert_eq!(keys(&week["asked"]), dose_keys);
    assert_eq!(
        week["dose"],
        serde_json::json!({
            "sessions": 2,
            "loaded_reps": 24 + 20 + 23 + 30,
            "impact_steps": 79,
            "hold_seconds": 25,
        })
    );
    let exercises = &week["exercises"];
    assert_eq!(
        keys(exercises),
        [
            "chair-squat",
            "goblet-squat",
            "heel-raise",
            "modified-plank",
            "stomp",
            "wall-push-up",
        ]
    );
    assert_eq!(
        exercises["goblet-squat"],
        serde_json::json!({"sets": 2, "reps": 24, "seconds": 0, "best_set": 12, "weight_kg": 8.0})
    );
    // No weight: no weight_kg key at all.
    assert_eq!(
        keys(&exercises["stomp"]),
        ["best_set", "reps", "seconds", "sets"]
    );
    assert_eq!(exercises["stomp"]["reps"], 79);
    assert_eq!(exercises["modified-plank"]["seconds"], 25);
}

#[test]
fn an_empty_week_in_range_is_listed_with_zero_sessions() {
    let h = history(vec![beginner(d(2026, 11, 10)), beginner(d(2026, 11, 24))]);
    let v = json(&h, None);
    assert_eq!(labels(&v), ["2026-W48", "2026-W47", "2026-W46"]);
    let empty = &v["weeks"][1];
    assert_eq!(empty["start"], "2026-11-16");
    assert_eq!(empty["sessions"], 0);
    assert_eq!(empty["days"], 0);
    assert_eq!(empty["met_minimum"], false);
    assert_eq!(empty["exercises"], serde_json::json!({}));
    assert_eq!(
        empty["dose"],
        serde_json::json!({"sessions": 0, "loaded_reps": 0, "impact_steps": 0, "hold_seconds": 0})
    );
    // The asked dose is there even in an empty week.
    assert_eq!(empty["asked"]["sessions"], 2);
}

#[test]
fn the_current_week_is_listed_even_without_a_session() {
    let h = history(vec![beginner(d(2026, 11, 17))]);
    let v = json(&h, None);
    assert_eq!(labels(&v), ["2026-W48", "2026-W47"]);
    assert_eq!(v["weeks"][0]["sessions"], 0);
}

#[test]
fn weeks_outside_the_range_are_left_out() {
    let h = history(vec![
        beginner(d(2026, 9, 1)),   // W36
        beginner(d(2026, 11, 11)), // W46
        beginner(d(2026, 11, 24)), // W48
        beginner(d(2026, 12, 8)),  // W50: after the current week
    ]);
    assert_eq!(labels(&json(&h, Some(1))), ["2026-W48"]);
    assert_eq!(
        labels(&json(&h, Some(3))),
        ["2026-W48", "2026-W47", "2026-W46"]
    );
    let v = json(&h, None);
    assert_eq!(v["weeks"].as_array().unwrap().len(), 8);
    assert_eq!(v["weeks"][7]["week"], "2026-W41");
    let sessions: u64 = v["weeks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["sessions"].as_u64().unwrap())
        .sum();
    assert_eq!(sessions, 2, "W36 and W50 are outside the default 8 weeks");
    // All of it, back to the first session's week.
    let v = json(&h, Some(1000));
    assert_eq!(v["weeks"].as_array().unwrap().len(), 13);
    assert_eq!(v["weeks"][12]["week"], "2026-W36");
}

#[test]
fn no_history_gives_no_weeks() {
    let v = json(&History::default(), None);
    assert_eq!(
        v,
        serde_json::json!({"streak": 0, "minimum": 2, "weeks": [], "pain_checks": [], "pain_reports": []})
    );
}

#[test]
fn the_streak_is_the_reviews() {
    let h = history(vec![
        beginner(d(2026, 11, 9)),
        beginner(d(2026, 11, 11)),
        beginner(d(2026, 11, 16)),
        beginner(d(2026, 11, 18)),
        beginner(d(2026, 11, 23)),
    ]);
    // The current week has not met the minimum yet, so it does not break the streak.
    assert_eq!(json(&h, None)["streak"], 2);
    // --weeks only limits the weeks listed.
    assert_eq!(json(&h, Some(1))["streak"], 2);
}

// ---- text ----

#[test]
fn text_without_history_says_how_to_start() {
    for lang in [Lang::En, Lang::Nl] {
        let out = text(&History::default(), None, lang);
        assert_eq!(out.lines().count(), 1, "{out}");
        assert!(out.contains("`botsterk`"), "{out}");
    }
}

#[test]
fn text_shows_the_streak_and_one_row_per_week_newest_first() {
    let h = history(vec![
        beginner(d(2026, 11, 9)),
        beginner(d(2026, 11, 11)),
        advanced(d(2026, 11, 17)),
        beginner(d(2026, 11, 19)),
        beginner(d(2026, 11, 21)),
        beginner(d(2026, 11, 24)),
    ]);
    let out = text(&h, None, Lang::En);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[0], "2 weeks in a row with at least 2 sessions.");
    assert_eq!(lines[1], "");
    assert!(lines[2].starts_with("week"), "{out}");
    let w48 = lines[3];
    assert!(
        w48.starts_with("2026-W48  2026-11-23 – 2026-11-29"),
        "{out}"
    );
    assert!(w48.contains("1/3 ●○○"), "{out}");
    assert!(!w48.contains('✔'), "{out}");
    let w47 = lines[4];
    assert!(w47.starts_with("2026-W47"), "{out}");
    assert!(w47.contains("3/3 ●●●"), "{out}");
    assert!(w47.contains('✔'), "{out}");
    assert!(lines[5].starts_with("2026-W46"), "{out}");
    assert!(lines[5].contains("2/3 ●●○"), "{out}");
    assert_eq!(lines[6], "");
    assert!(out.contains("●") && out.contains("✔"));
    // The dose columns line up on the right.
    let header = lines[2];
    assert_eq!(header.chars().count(), w47.chars().count(), "{out}");
}

#[test]
fn text_dose_of_a_week() {
    // W47: two beginner sessions (2 x 73 loaded reps, 2 x 25 s) and one advanced (24 reps,
    // 79 stomps).
    let h = history(vec![
        advanced(d(2026, 11, 17)),
        beginner(d(2026, 11, 19)),
        beginner(d(2026, 11, 21)),
    ]);
    let out = text(&h, None, Lang::En);
    let w47 = out.lines().find(|l| l.starts_with("2026-W47")).unwrap();
    let cells: Vec<&str> = w47.split_whitespace().collect();
    assert_eq!(cells[cells.len() - 4..], ["170", "79", "50", "s"], "{out}");
    // A week without stomps shows a dash, not 0.
    let w48 = out.lines().find(|l| l.starts_with("2026-W48")).unwrap();
    let cells: Vec<&str> = w48.split_whitespace().collect();
    assert_eq!(cells[cells.len() - 3..], ["–", "–", "–"], "{out}");
}

#[test]
fn two_sessions_on_one_day_do_not_meet_the_minimum() {
    let mut later = beginner(d(2026, 11, 24));
    later.started_at += chrono::Duration::hours(8);
    let h = history(vec![beginner(d(2026, 11, 24)), later]);
    let out = text(&h, None, Lang::En);
    let w48 = out.lines().find(|l| l.starts_with("2026-W48")).unwrap();
    assert!(w48.contains("2/3 ●●○"), "{out}");
    assert!(!w48.contains('✔'), "{out}");
    let v = json(&h, None);
    assert_eq!(v["weeks"][0]["sessions"], 2);
    assert_eq!(v["weeks"][0]["days"], 1);
}

#[test]
fn text_points_to_earlier_weeks_and_mentions_later_sessions() {
    let h = history(vec![
        beginner(d(2026, 9, 1)),
        beginner(d(2026, 11, 24)),
        beginner(d(2026, 12, 8)),
    ]);
    let out = text(&h, Some(2), Lang::En);
    assert!(
        out.contains("Earlier weeks: botsterk history --weeks 13"),
        "{out}"
    );
    assert!(
        out.contains("1 session dated after this week is not shown"),
        "{out}"
    );
    let all = text(&h, Some(13), Lang::En);
    assert!(!all.contains("Earlier weeks"), "{all}");
}

#[test]
fn text_in_dutch() {
    let h = history(vec![beginner(d(2026, 11, 17)), beginner(d(2026, 11, 19))]);
    let out = text(&h, None, Lang::Nl);
    assert!(
        out.starts_with("1 week met minstens 2 trainingen: houd het vol."),
        "{out}"
    );
    assert!(out.contains("maandag – zondag"), "{out}");
}

#[test]
fn no_streak_yet() {
    let h = history(vec![beginner(d(2026, 11, 24))]);
    assert!(text(&h, None, Lang::En).starts_with("No streak yet"));
}

// ---- CSV ----

fn csv_lines(history: &History, weeks: Option<u32>) -> Vec<String> {
    to_csv(history, today(), weeks)
        .lines()
        .map(str::to_owned)
        .collect()
}

#[test]
fn csv_header_is_exact() {
    let out = to_csv(&History::default(), today(), None);
    assert_eq!(
        out,
        "date,program,exercise,set,reps,seconds,weight_kg,effort,kind,stance,support,target_seconds,rating\n"
    );
    assert_eq!(CSV_HEADER.join(","), out.trim_end());
}

#[test]
fn csv_rows_leave_cells_empty_where_they_do_not_apply() {
    let mut squat = exercise("goblet-squat", Some(8.5), reps(&[12, 11]));
    squat.effort = Some(Effort::TooHard);
    let mut skipped = exercise("deadlift", Some(20.0), vec![]);
    skipped.skipped = true;
    skipped.effort = None;
    let mut press = exercise("overhead-press", None, reps(&[10]));
    press.effort = Some(Effort::Pain);
    let mut stomp = exercise(
        "stomp",
        None,
        vec![
            stomps(20, 19),
            // An older record with only the total.
            SetRecord {
                reps: Some(36),
                ..SetRecord::default()
            },
        ],
    );
    stomp.effort = None;
    let mut plank = exercise("modified-plank", None, held(&[20, 14]));
    plank.effort = Some(Effort::TooEasy);
    let h = history(vec![
        session_at(
            d(2026, 11, 24),
            9,
            Program::Advanced,
            vec![squat, skipped, press, stomp],
        ),
        session_at(d(2026, 11, 20), 9, Program::Beginner, vec![plank]),
    ]);
    assert_eq!(
        csv_lines(&h, None),
        [
            "date,program,exercise,set,reps,seconds,weight_kg,effort,kind,stance,support,target_seconds,rating",
            "2026-11-20,beginner,modified-plank,1,,20,,too_easy,strength,,,,",
            "2026-11-20,beginner,modified-plank,2,,14,,too_easy,strength,,,,",
            "2026-11-24,advanced,goblet-squat,1,12,,8.5,too_hard,strength,,,,",
            "2026-11-24,advanced,goblet-squat,2,11,,8.5,too_hard,strength,,,,",
            "2026-11-24,advanced,overhead-press,1,10,,,pain,strength,,,,",
            "2026-11-24,advanced,stomp,1,39,,,,strength,,,,",
            "2026-11-24,advanced,stomp,2,36,,,,strength,,,,",
        ]
    );
}

// ---- practice ----

fn hold(stance: &str, support: &str, target: u32, seconds: u32, rating: Steadiness) -> BalanceHold {
    BalanceHold {
        stance: stance.into(),
        support: support.into(),
        target_seconds: target,
        seconds,
        rating: Some(rating),
        stopped_for_pain: false,
        pain_site: None,
        ..Default::default()
    }
}

fn posture(id: &str, reps: u32, hold_seconds: Option<u32>) -> PostureRecord {
    PostureRecord {
        id: id.into(),
        reps,
        hold_seconds,
        stopped_for_pain: false,
        pain_site: None,
        ..Default::default()
    }
}

/// A practice on `date` started at `hour`.
fn practice_at(
    date: NaiveDate,
    hour: u32,
    balance: Vec<BalanceHold>,
    posture: Vec<PostureRecord>,
) -> PracticeRecord {
    let at = FixedOffset::east_opt(3600)
        .unwrap()
        .from_local_datetime(&date.and_hms_opt(hour, 0, 0).unwrap())
        .unwrap();
    PracticeRecord {
        date,
        started_at: at,
        ended_at: at,
        logged: false,
        balance,
        posture,
        ..Default::default()
    }
}

/// Two sessions in 2026-W48 and practice on three days of it (two on the 24th) and one of
/// 2026-W47.
fn with_practice() -> History {
    let mut h = history(vec![beginner(d(2026, 11, 24)), beginner(d(2026, 11, 25))]);
    let steady = |s| hold("feet-together", "two-hands", 10, s, Steadiness::Steady);
    h.practice = vec![
        practice_at(d(2026, 11, 18), 10, vec![steady(10)], vec![]),
        practice_at(d(2026, 11, 23), 10, vec![steady(10)], vec![]),
        practice_at(d(2026, 11, 24), 8, vec![steady(10)], vec![]),
        practice_at(d(2026, 11, 24), 19, vec![steady(10)], vec![]),
        practice_at(
            d(2026, 11, 26),
            10,
            vec![],
            vec![posture("chin-tuck", 5, Some(5))],
        ),
    ];
    h
}

#[test]
fn json_weeks_give_practice_days_beside_the_sessions() {
    let v = json(&with_practice(), Some(2));
    let this_week = &v["weeks"][0];
    assert_eq!(this_week["week"], "2026-W48");
    // Three days: the two practices of the 24th are one day.
    assert_eq!(this_week["practice_days"], 3);
    assert_eq!(this_week["practice_target"], 3);
    // Practice is never a session, a day trained or part of the dose.
    assert_eq!(this_week["sessions"], 2);
    assert_eq!(this_week["days"], 2);
    assert_eq!(this_week["dose"]["sessions"], 2);
    let last_week = &v["weeks"][1];
    assert_eq!(last_week["week"], "2026-W47");
    assert_eq!(last_week["practice_days"], 1);
    assert_eq!(last_week["sessions"], 0);
    assert_eq!(last_week["met_minimum"], false);
}

#[test]
fn practice_leaves_every_strength_number_as_it_was() {
    let mut without = with_practice();
    without.practice.clear();
    let strip = |mut week: Value| {
        let fields = week.as_object_mut().unwrap();
        fields.remove("practice_days");
        fields.remove("practice_target");
        week
    };
    let with = json(&with_practice(), None);
    let without = json(&without, None);
    assert_eq!(with["streak"], without["streak"]);
    let with_weeks = with["weeks"].as_array().unwrap();
    for week in without["weeks"].as_array().unwrap() {
        let same = with_weeks
            .iter()
            .find(|w| w["week"] == week["week"])
            .unwrap();
        assert_eq!(strip(same.clone()), strip(week.clone()));
    }
    // A week of practice only is listed, with no session in it.
    let extra: Vec<&Value> = with_weeks
        .iter()
        .filter(|w| w["week"] == "2026-W47")
        .collect();
    assert_eq!(extra.len(), 1);
    assert_eq!(extra[0]["sessions"], 0);
    assert_eq!(extra[0]["dose"]["sessions"], 0);
}

#[test]
fn json_practice_target_follows_the_profile() {
    let v = serde_json::to_value(to_json(
        &Catalog::builtin(),
        &with_practice(),
        today(),
        Some(1),
        &Settings::default(),
        7,
    ))
    .unwrap();
    assert_eq!(v["weeks"][0]["practice_target"], 7);
}

#[test]
fn csv_has_a_practice_row_per_hold_and_posture_move() {
    let mut h = history(vec![session_at(
        d(2026, 11, 24),
        9,
        Program::Beginner,
        vec![exercise("chair-squat", None, reps(&[10]))],
    )]);
    let mut pained = hold("one-leg-left", "fingertips", 10, 4, Steadiness::HeldOn);
    pained.stopped_for_pain = true;
    pained.rating = None;
    h.practice = vec![
        practice_at(
            d(2026, 11, 24),
            11,
            vec![
                hold("tandem", "one-hand", 15, 15, Steadiness::Steady),
                hold("tandem", "one-hand", 15, 12, Steadiness::Wobbly),
                pained,
            ],
            vec![
                posture("chin-tuck", 5, Some(5)),
                posture("back-extension", 10, None),
            ],
        ),
        // Before the session: its rows come first.
        practice_at(
            d(2026, 11, 24),
            7,
            vec![hold(
                "feet-together",
                "eyes-closed",
                30,
                30,
                Steadiness::HeldOn,
            )],
            vec![],
        ),
    ];
    assert_eq!(
        csv_lines(&h, None),
        [
            "date,program,exercise,set,reps,seconds,weight_kg,effort,kind,stance,support,target_seconds,rating",
            "2026-11-24,,balance/feet-together/eyes-closed,1,,30,,,practice,feet-together,eyes-closed,30,held_on",
            "2026-11-24,beginner,chair-squat,1,10,,,just_right,strength,,,,",
            "2026-11-24,,balance/tandem/one-hand,1,,15,,,practice,tandem,one-hand,15,steady",
            "2026-11-24,,balance/tandem/one-hand,2,,12,,,practice,tandem,one-hand,15,wobbly",
            "2026-11-24,,balance/one-leg-left/fingertips,1,,4,,pain,practice,one-leg-left,fingertips,10,",
            "2026-11-24,,posture/chin-tuck,1,5,5,,,practice,,,,",
            "2026-11-24,,posture/back-extension,1,10,,,,practice,,,,",
        ]
    );
}

#[test]
fn csv_weeks_limit_the_practice_rows_too() {
    let h = with_practice();
    let kinds = |weeks| -> Vec<String> {
        csv_lines(&h, weeks)
            .iter()
            .skip(1)
            .map(|l| format!("{} {}", &l[..10], l.split(',').nth(8).unwrap()))
            .collect()
    };
    assert_eq!(kinds(None).len(), 2 * 7 + 5);
    let this_week = kinds(Some(1));
    assert!(!this_week.iter().any(|r| r.starts_with("2026-11-18")));
    assert_eq!(
        this_week.iter().filter(|r| r.ends_with("practice")).count(),
        4
    );
    assert_eq!(
        this_week.iter().filter(|r| r.ends_with("strength")).count(),
        2 * 7
    );
}

#[test]
fn text_adds_a_practice_column_only_with_practice() {
    let text_with = to_text(
        &Catalog::builtin(),
        &with_practice(),
        today(),
        Some(2),
        &Settings::default(),
        3,
        Lang::En,
    );
    let lines: Vec<&str> = text_with.lines().collect();
    assert!(lines[2].ends_with("practice"), "{text_with}");
    assert!(lines[3].ends_with("3/3"), "{text_with}");
    assert!(lines[4].ends_with("1/3"), "{text_with}");
    assert!(
        text_with
            .contains("Practice: days with balance and posture practice, of a target of 3 days")
    );
    let mut without = with_practice();
    without.practice.clear();
    assert!(!text(&without, Some(2), Lang::En).contains("practice"));
    let dutch = to_text(
        &Catalog::builtin(),
        &with_practice(),
        today(),
        Some(2),
        &Settings::default(),
        3,
        Lang::Nl,
    );
    assert!(
        dutch.lines().nth(2).unwrap().ends_with("oefenen"),
        "{dutch}"
    );
}

#[test]
fn csv_rows_follow_date_then_start_time() {
    let late = session_at(
        d(2026, 11, 24),
        18,
        Program::Beginner,
        vec![exercise("chair-squat", None, reps(&[10]))],
    );
    let early = session_at(
        d(2026, 11, 24),
        7,
        Program::Beginner,
        vec![exercise("wall-push-up", None, reps(&[10]))],
    );
    let before = session_at(
        d(2026, 11, 23),
        20,
        Program::Beginner,
        vec![exercise("heel-raise", None, reps(&[15]))],
    );
    let h = history(vec![late, early, before]);
    let exercises: Vec<String> = csv_lines(&h, None)
        .iter()
        .skip(1)
        .map(|l| l.split(',').nth(2).unwrap().to_owned())
        .collect();
    assert_eq!(exercises, ["heel-raise", "wall-push-up", "chair-squat"]);
}

#[test]
fn csv_exports_every_set_unless_weeks_is_given() {
    let h = history(vec![
        beginner(d(2024, 1, 3)),
        beginner(d(2026, 11, 17)),
        beginner(d(2026, 11, 24)),
        beginner(d(2026, 12, 8)),
    ]);
    // 7 sets a session.
    assert_eq!(csv_lines(&h, None).len(), 1 + 4 * 7);
    let this_week = csv_lines(&h, Some(1));
    assert_eq!(this_week.len(), 1 + 7);
    assert!(this_week[1].starts_with("2026-11-24,"));
    assert_eq!(csv_lines(&h, Some(2)).len(), 1 + 2 * 7);
}

#[test]
fn csv_quotes_what_needs_quoting() {
    let h = history(vec![session_at(
        d(2026, 11, 24),
        9,
        Program::Beginner,
        vec![exercise("odd, \"id\"", None, reps(&[5]))],
    )]);
    let out = to_csv(&h, today(), None);
    assert!(out.contains(r#","odd, ""id""","#), "{out}");
    let mut reader = csv::Reader::from_reader(out.as_bytes());
    let row = reader.records().next().unwrap().unwrap();
    assert_eq!(&row[2], "odd, \"id\"");
}

#[test]
fn render_leaves_the_last_newline_to_the_caller() {
    let h = history(vec![beginner(d(2026, 11, 24))]);
    let catalog = Catalog::builtin();
    let csv = render(
        &catalog,
        &h,
        today(),
        None,
        &Settings::default(),
        3,
        Format::Csv,
        Lang::En,
    );
    assert!(!csv.ends_with('\n'));
    assert_eq!(csv.lines().count(), 1 + 7);
    let json = render(
        &catalog,
        &h,
        today(),
        None,
        &Settings::default(),
        3,
        Format::Json,
        Lang::En,
    );
    assert!(serde_json::from_str::<Value>(&json).is_ok());
    assert_eq!(Format::from_flags(false, false), Format::Text);
    assert_eq!(Format::from_flags(true, false), Format::Json);
    assert_eq!(Format::from_flags(false, true), Format::Csv);
}

// ---- properties ----

/// One generated set: two numbers and a flag, read by the exercise's measure.
type RawSet = (u32, u32, bool);
/// Catalog index (8 = an id not in the catalog), weight step, sets, effort, skipped.
type RawExercise = (usize, Option<u8>, Vec<RawSet>, Option<u8>, bool);
/// Days before today, second of the day, advanced, exercises.
type RawSession = (u64, u32, bool, Vec<RawExercise>);

fn raw_history() -> impl Strategy<Value = Vec<RawSession>> {
    let set = (0u32..70, 0u32..40, any::<bool>());
    let exercise = (
        0usize..9,
        proptest::option::of(0u8..60),
        proptest::collection::vec(set, 0..5),
        proptest::option::of(0u8..4),
        any::<bool>(),
    );
    proptest::collection::vec(
        (
            0u64..730,
            0u32..86_400,
            any::<bool>(),
            proptest::collection::vec(exercise, 0..6),
        ),
        0..25,
    )
}

fn build(raw: Vec<RawSession>) -> History {
    let catalog = Catalog::builtin();
    let efforts = [
        Effort::TooEasy,
        Effort::JustRight,
        Effort::TooHard,
        Effort::Pain,
    ];
    let sessions = raw
        .into_iter()
        .map(|(back, second, advanced, exercises)| {
            let date = today() - Days::new(back);
            let time = chrono::NaiveTime::from_num_seconds_from_midnight_opt(second, 0).unwrap();
            let at = FixedOffset::east_opt(3600)
                .unwrap()
                .from_local_datetime(&date.and_time(time))
                .unwrap();
            let exercises = exercises
                .into_iter()
                .map(|(index, weight, sets, effort, skipped)| {
                    let known = catalog.all().get(index);
                    let measure = known.map_or(Measure::Reps, |e| e.measure);
                    let sets = sets
                        .into_iter()
                        .map(|(a, b, flag)| match measure {
                            Measure::Reps | Measure::TimedReps => SetRecord {
                                reps: Some(a),
                                ..SetRecord::default()
                            },
                            Measure::Hold => SetRecord {
                                seconds: Some(a),
                                ..SetRecord::default()
                            },
                            Measure::Stomps if flag => stomps(a, b),
                            Measure::Stomps => SetRecord {
                                reps: Some(a),
                                ..SetRecord::default()
                            },
                        })
                        .collect();
                    ExerciseRecord {
                        id: known.map_or_else(|| "jumping-jack".to_owned(), |e| e.id.clone()),
                        weight_kg: weight
                            .filter(|_| known.is_some_and(|e| e.weighted))
                            .map(|w| 2.0 + f64::from(w) * 0.5),
                        target: 10,
                        sets,
                        effort: effort.map(|i| efforts[usize::from(i)]),
                        skipped,
                        pain_site: None,
                        ..Default::default()
                    }
                })
                .collect();
            SessionRecord {
                date,
                started_at: at,
                ended_at: at,
                program: if advanced {
                    Program::Advanced
                } else {
                    Program::Beginner
                },
                ended_early: false,
                logged: false,
                planned_sets: None,
                exercises,
                ..Default::default()
            }
        })
        .collect();
    history(sessions)
}

fn all_sets(history: &History) -> impl Iterator<Item = (&ExerciseRecord, &SetRecord)> {
    history
        .sessions
        .iter()
        .flat_map(|s| &s.exercises)
        .flat_map(|e| e.sets.iter().map(move |set| (e, set)))
}

/// Reps of a set as the CSV promises them: both feet for stomps, else `reps`.
fn expected_reps(set: &SetRecord) -> u32 {
    if set.left.is_some() || set.right.is_some() {
        set.left.unwrap_or(0) + set.right.unwrap_or(0)
    } else {
        set.reps.unwrap_or(0)
    }
}

fn cell(record: &csv::StringRecord, i: usize) -> u64 {
    match &record[i] {
        "" => 0,
        n => n.parse().unwrap(),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn csv_has_one_row_per_set_with_the_same_totals(raw in raw_history()) {
        let h = build(raw);
        let out = to_csv(&h, today(), None);
        let mut reader = csv::Reader::from_reader(out.as_bytes());
        prop_assert_eq!(reader.headers().unwrap().iter().collect::<Vec<_>>(), CSV_HEADER);
        let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        prop_assert_eq!(rows.len(), all_sets(&h).count());
        let reps: u64 = rows.iter().map(|r| cell(r, 4)).sum();
        let seconds: u64 = rows.iter().map(|r| cell(r, 5)).sum();
        prop_assert_eq!(reps, all_sets(&h).map(|(_, s)| u64::from(expected_reps(s))).sum::<u64>());
        prop_assert_eq!(seconds, all_sets(&h).map(|(_, s)| u64::from(s.seconds.unwrap_or(0))).sum::<u64>());
        // The known exercises' totals agree with the review's weeks.
        let catalog = Catalog::builtin();
        let known = |r: &&csv::StringRecord| catalog.get(&r[2]).is_some();
        let v = json(&h, Some(1000));
        let (mut json_reps, mut json_seconds) = (0, 0);
        for week in v["weeks"].as_array().unwrap() {
            for e in week["exercises"].as_object().unwrap().values() {
                json_reps += e["reps"].as_u64().unwrap();
                json_seconds += e["seconds"].as_u64().unwrap();
            }
        }
        prop_assert_eq!(rows.iter().filter(known).map(|r| cell(r, 4)).sum::<u64>(), json_reps);
        prop_assert_eq!(rows.iter().filter(known).map(|r| cell(r, 5)).sum::<u64>(), json_seconds);
        // Set numbers run 1, 2, ... within each exercise.
        let mut previous: Option<&csv::StringRecord> = None;
        for r in &rows {
            if cell(r, 3) != 1 {
                let p = previous.expect("a first row is set 1");
                prop_assert_eq!(&p[2], &r[2]);
                prop_assert_eq!(cell(p, 3) + 1, cell(r, 3));
            }
            previous = Some(r);
        }
    }

    #[test]
    fn json_counts_every_session_and_every_known_set(raw in raw_history()) {
        let h = build(raw);
        let v = json(&h, Some(1000));
        let weeks = v["weeks"].as_array().unwrap();
        let sessions: u64 = weeks.iter().map(|w| w["sessions"].as_u64().unwrap()).sum();
        prop_assert_eq!(sessions, h.sessions.len() as u64);
        let sets: u64 = weeks
            .iter()
            .flat_map(|w| w["exercises"].as_object().unwrap().values())
            .map(|e| e["sets"].as_u64().unwrap())
            .sum();
        let catalog = Catalog::builtin();
        let known_sets = all_sets(&h).filter(|(e, _)| catalog.get(&e.id).is_some()).count();
        prop_assert_eq!(sets, known_sets as u64);
        let dose_sessions: u64 = weeks.iter().map(|w| w["dose"]["sessions"].as_u64().unwrap()).sum();
        prop_assert_eq!(dose_sessions, sessions);
    }

    #[test]
    fn json_weeks_are_consecutive_newest_first_within_range(
        raw in raw_history(),
        n in 1u32..120,
    ) {
        let h = build(raw);
        let out = to_json(&Catalog::builtin(), &h, today(), Some(n), &Settings::default(), 3);
        prop_assert!(out.weeks.len() <= n as usize);
        if !h.sessions.is_empty() {
            prop_assert_eq!(out.weeks[0].start, week_start(today()));
        }
        for pair in out.weeks.windows(2) {
            prop_assert_eq!(pair[0].start - pair[1].start, chrono::Duration::days(7));
        }
        // --csv --weeks N holds exactly the sets of the sessions in those weeks.
        let rows = to_csv(&h, today(), Some(n)).lines().count() - 1;
        let in_weeks: usize = out.weeks.iter().map(|w| {
            h.sessions
                .iter()
                .filter(|s| week_start(s.date) == w.start)
                .map(|s| s.exercises.iter().map(|e| e.sets.len()).sum::<usize>())
                .sum::<usize>()
        }).sum();
        prop_assert_eq!(rows, in_weeks);
    }
}
