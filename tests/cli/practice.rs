//! Issue 17, item 5: balance and posture practice in `plan` (text and `--json`) and in
//! `log` (practice done elsewhere). Practice is never a strength session: logging it leaves
//! the sessions as they are, and a day with a session still takes it.

use crate::common::{Data, stderr, today};
use serde_json::{Value, json};

const V3: &[u8] = include_bytes!("../fixtures/history-v3.json");

fn history(data: &Data) -> Value {
    serde_json::from_slice(&data.history_bytes().unwrap()).unwrap()
}

fn practice(data: &Data) -> Value {
    data.json(&["--lang", "en", "plan", "--json"])["practice"].clone()
}

/// Sessions counted over every week of `history --json`.
fn sessions_counted(data: &Data) -> u64 {
    data.json(&["--lang", "en", "history", "--json"])["weeks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["sessions"].as_u64().unwrap())
        .sum()
}

/// `args` must be refused with exit 2, leaving the history's bytes as they were; its
/// The JSON keys of an object, sorted.
fn keys(value: &Value) -> Vec<&str> {
    let mut keys: Vec<&str> = value
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort_unstable();
    keys
}

#[test]
fn plan_json_has_the_practice_of_a_new_user() {
    let data = Data::new();
    let practice = practice(&data);
    assert_eq!(
        keys(&practice),
        ["balance", "days", "due", "posture", "target"],
        "{practice}"
    );
    assert_eq!(practice["due"], json!(true));
    assert_eq!(practice["days"], json!(0));
    assert_eq!(practice["target"], json!(3));
    // The first stance, at the most support, at the first hold.
    assert_eq!(
        practice["balance"],
        json!([{
            "stance": "feet-together",
            "support": "two-hands",
            "hold_seconds": 10,
            "holds": 3,
            "counter_check": false
        }])
    );
    assert_eq!(
        practice["posture"],
        json!([
            {"id": "chin-tuck", "reps": 5, "hold_seconds": 5},
            {"id": "shoulder-squeeze", "reps": 10, "hold_seconds": 5},
            {"id": "back-extension", "reps": 10, "hold_seconds": null}
        ])
    );
    // Nothing was written by looking.
    assert_eq!(data.history_bytes(), None);
}

#[test]
fn plan_json_practice_follows_the_ladder_of_a_v3_history() {
    let data = Data::new();
    data.write_history(V3);
    let practice = practice(&data);
    // Two steady holds at 10 s moved the hold to 15 s; the wobbly one at 15 s did not.
    let balance = &practice["balance"][0];
    assert_eq!(
        (
            &balance["stance"],
            &balance["support"],
            &balance["hold_seconds"]
        ),
        (&json!("feet-together"), &json!("two-hands"), &json!(15)),
        "{practice}"
    );
    for step in practice["balance"].as_array().unwrap() {
        for key in ["stance", "support", "hold_seconds", "holds"] {
            assert!(step.get(key).is_some(), "{key} in {step}");
        }
    }
    for step in practice["posture"].as_array().unwrap() {
        assert_eq!(keys(step), ["hold_seconds", "id", "reps"], "{step}");
    }
    // The fixture's practice is in late November 2026: not in this week.
    assert!(today() > chrono::NaiveDate::from_ymd_opt(2026, 11, 29).unwrap());
    assert_eq!(practice["days"], json!(0));
    // The plan reads the file; it never rewrites it.
    assert_eq!(data.history_bytes().as_deref(), Some(V3));
}

/// Every support level of feet-together held steady up to 30 s: the ladder reaches eyes
/// closed, which with osteoporosis needs a counter within reach.
#[test]
fn the_counter_check_comes_with_osteoporosis() {
    let data = Data::new();
    let climb = "10,10,15,15,20,20,25,25,30,30:steady";
    let entries: Vec<String> = ["two-hands", "one-hand", "fingertips", "hover", "no-hands"]
        .iter()
        .map(|support| format!("balance:feet-together:{support}:{climb}"))
        .collect();
    data.cmd().arg("log").args(&entries).assert().success();
    let step = practice(&data)["balance"][0].clone();
    assert_eq!(step["support"], json!("eyes-closed"), "{step}");
    assert_eq!(step["hold_seconds"], json!(10));
    assert_eq!(step["counter_check"], json!(false), "no bone loss known");
    for asked in ["unknown", "osteopenia"] {
        data.cmd()
            .args(["profile", "--bone-status", asked])
            .assert()
            .success();
        let step = practice(&data)["balance"][0].clone();
        assert_eq!(step["counter_check"], json!(true), "{asked}: asked too");
    }
    data.cmd()
        .args(["profile", "--bone-status", "osteoporosis"])
        .assert()
        .success();
    let step = practice(&data)["balance"][0].clone();
    assert_eq!(step["counter_check"], json!(true), "{step}");
    assert_eq!(step["without_counter"], json!("no-hands"));
    let en = data.stdout(&["--lang", "en", "plan"]);
    assert!(
        en.contains("Feet together, eyes closed: 3 holds of 10 s\n    ! first make sure a counter is within reach (for your bones)"),
        "{en}"
    );
    let nl = data.stdout(&["--lang", "nl", "plan"]);
    assert!(
        nl.contains("Voeten tegen elkaar, ogen dicht: 3 keer 10 s\n    ! zorg eerst dat er een aanrecht binnen handbereik is (voor je botten)"),
        "{nl}"
    );
}

#[test]
fn the_text_plan_names_the_practice_in_the_users_language() {
    let data = Data::new();
    let en = data.stdout(&["--lang", "en", "plan"]);
    for line in [
        "Balance and posture practice",
        "Practice this week: 0 of 3 days",
        "  Feet together, two hands on the counter: 3 holds of 10 s",
        "  Chin tucks: 5 times, hold 5 s",
        "  Standing back extension: 10 times",
    ] {
        assert!(en.contains(line), "{line}\n{en}");
    }
    assert!(!en.contains("counter is within reach"), "{en}");
    let nl = data.stdout(&["--lang", "nl", "plan"]);
    for line in [
        "Evenwicht en houding oefenen",
        "Oefenen deze week: 0 van 3 dagen",
        "  Voeten tegen elkaar, twee handen op het aanrecht: 3 keer 10 s",
        "  Kin intrekken: 5 keer, 5 s vasthouden",
    ] {
        assert!(nl.contains(line), "{line}\n{nl}");
    }
}

#[test]
fn logged_practice_counts_as_practice_never_as_a_session() {
    let data = Data::new();
    data.cmd()
        .args(["log", "chair-squat:10,10", "wall-push-up:10,10"])
        .assert()
        .success();
    let sessions = sessions_counted(&data);
    assert_eq!(sessions, 1);
    assert_eq!(practice(&data)["days"], json!(0));
    // A day with a strength session takes practice without --again.
    let out = data
        .cmd()
        .args([
            "log",
            "balance:tandem:one-hand:20,20:steady",
            "posture:chin-tuck:5",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        said.contains("balance holds: 2, posture moves: 1"),
        "{said}"
    );
    assert!(said.contains("Practice this week: 1 of 3 days"), "{said}");
    let practice_now = practice(&data);
    assert_eq!(practice_now["days"], json!(1));
    assert_eq!(practice_now["due"], json!(false), "practised today");
    assert_eq!(sessions_counted(&data), sessions);
    let file = history(&data);
    assert_eq!(file["sessions"].as_array().unwrap().len(), 1);
    let record = &file["practice"][0];
    assert_eq!(record["logged"], json!(true));
    assert_eq!(record["date"], json!(today().to_string()));
    assert!(
        record["started_at"]
            .as_str()
            .unwrap()
            .starts_with(&format!("{}T12:00:00", today())),
        "{record}"
    );
    assert_eq!(
        record["balance"][1],
        json!({
            "stance": "tandem",
            "support": "one-hand",
            "target_seconds": 20,
            "seconds": 20,
            "rating": "steady"
        })
    );
    assert_eq!(
        record["posture"],
        json!([{"id": "chin-tuck", "reps": 5, "hold_seconds": 5}])
    );
    // A second practice the same day: still one practice day.
    data.cmd()
        .args(["log", "posture:back-extension:10"])
        .assert()
        .success();
    assert_eq!(practice(&data)["days"], json!(1));
    assert_eq!(history(&data)["practice"].as_array().unwrap().len(), 2);
}

#[test]
fn practice_is_logged_with_dutch_words_and_keeps_a_v3_file() {
    let data = Data::new();
    data.write_history(V3);
    let out = data
        .bare_cmd()
        .args([
            "--lang",
            "nl",
            "log",
            "evenwicht:Tandemstand:vingertoppen:15s:wiebelig",
            "houding:Kin intrekken:5",
            "balance:linkerbeen:no-hands:10",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(said.contains("Oefenen vastgelegd"), "{said}");
    assert!(said.contains("Oefenen deze week: 1 van 3 dagen"), "{said}");
    let file = history(&data);
    let records = file["practice"].as_array().unwrap();
    assert_eq!(records.len(), 3);
    let logged = records.last().unwrap();
    assert_eq!(logged["balance"][0]["support"], json!("fingertips"));
    assert_eq!(logged["balance"][0]["rating"], json!("wobbly"));
    assert_eq!(logged["balance"][1]["stance"], json!("one-leg-left"));
    assert_eq!(logged["balance"][1]["rating"], json!(null));
    assert_eq!(logged["posture"][0]["id"], json!("chin-tuck"));
    // What the file held stays, unknown fields included.
    assert_eq!(records[1]["balance"][0]["noted_by_hand"], json!("kitchen"));
    assert_eq!(file["sessions"].as_array().unwrap().len(), 2);
}

#[test]
fn every_practice_refusal_in_both_languages_writes_nothing() {
    let data = Data::new();
    data.write_history(V3);
    let many = format!("balance:tandem:one-hand:{}", vec!["10"; 21].join(","));
    let cases: &[(&[&str], &str, &str)] = &[
        (
            &["log", "balance:tandem:one-hand"],
            "'balance:tandem:one-hand' is not of the form balance:STANCE:SUPPORT:SECONDS[:RATING], e.g. balance:tandem:one-hand:20,20:steady",
            "'balance:tandem:one-hand' heeft niet de vorm evenwicht:STAND:STEUN:SECONDEN[:GEVOEL], bijv. evenwicht:tandem:een-hand:20,20:stevig",
        ),
        (
            &["log", "posture:chin-tuck"],
            "'posture:chin-tuck' is not of the form posture:MOVE:REPS, e.g. posture:chin-tuck:5",
            "'posture:chin-tuck' heeft niet de vorm houding:OEFENING:HERHALINGEN, bijv. houding:kin-intrekken:5",
        ),
        (
            &["log", "balance:tandom:one-hand:20"],
            "unknown stance 'tandom'; did you mean tandem?",
            "onbekende stand 'tandom'; bedoel je tandem?",
        ),
        (
            &["log", "balance:tandem:elbows:20"],
            "unknown support 'elbows'; Known, from most support to least: two-hands, one-hand",
            "onbekende steun 'elbows'; Bekend, van meeste steun naar minste: two-hands, one-hand",
        ),
        (
            &["log", "balance:one-leg-left:eyes-closed:20"],
            "'eyes-closed' is only for stances on two feet, not for 'one-leg-left'",
            "'eyes-closed' is alleen voor standen op twee voeten, niet voor 'one-leg-left'",
        ),
        (
            &["log", "balance:tandem:one-hand:0"],
            "hold '0' is not a number of seconds from 1 to 600",
            "tijd '0' is geen aantal seconden van 1 tot 600",
        ),
        (
            &["log", "balance:tandem:one-hand:20,ten"],
            "hold 'ten' is not a number of seconds",
            "tijd 'ten' is geen aantal seconden",
        ),
        (
            &["log", &many],
            "is 21 holds; at most 10 in one entry",
            "is 21 keer; hoogstens 10 in één invoer",
        ),
        (
            &["log", "balance:tandem:one-hand:20:fine"],
            "rating 'fine' is not one of steady, wobbly, held-on",
            "gevoel 'fine' is niet een van stevig, wiebelig, vastgepakt",
        ),
        (
            &["log", "posture:neck-roll:5"],
            "unknown posture move 'neck-roll'",
            "onbekende houdingsoefening 'neck-roll'",
        ),
        (
            &["log", "posture:chin-tuck:0"],
            "reps '0' is not a number from 1 to 100",
            "herhalingen '0' is geen getal van 1 tot 100",
        ),
        (
            &["log", "chair-squat:10", "balance:tandem:one-hand:20"],
            "strength exercises (chair-squat:10) and balance or posture practice (balance:tandem:one-hand:20) in one log",
            "krachtoefeningen (chair-squat:10) en evenwicht of houding (balance:tandem:one-hand:20) in één log",
        ),
        (
            &["log", "--program", "beginner", "posture:chin-tuck:5"],
            "--program beginner is for strength sessions",
            "--program beginner is voor krachttrainingen",
        ),
        (
            &["log", "--date", "tomorrow", "posture:chin-tuck:5"],
            "--date tomorrow is not a day botsterk understands",
            "--date tomorrow is geen dag die botsterk begrijpt",
        ),
    ];
    for (args, en, nl) in cases {
        let said = data.refused("en", args);
        assert!(said.contains(en), "{args:?}: {said}");
        assert!(said.contains("Nothing was written."), "{args:?}: {said}");
        let said = data.refused("nl", args);
        assert!(said.contains(nl), "{args:?}: {said}");
        assert!(said.contains("Er is niets opgeslagen."), "{args:?}: {said}");
    }
    // Every practice refusal shows an example to copy.
    for (args, _, _) in &cases[..cases.len() - 1] {
        assert!(data.refused("en", args).contains("e.g."), "{args:?}");
        assert!(data.refused("nl", args).contains("bijv."), "{args:?}");
    }
    assert_eq!(data.history_bytes().as_deref(), Some(V3));
}
