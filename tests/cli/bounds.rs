//! Numbers no person does, and the words of the refusals: a history holding one is refused
//! by every command, byte for byte untouched, naming the value and where it is; a backup
//! holding one is not offered; the profile and the data folder are named for what they are.

use std::fs;

use serde_json::{Value, json};

use crate::common::{Data, days_ago};

fn history_with_set(set: Value) -> Value {
    let date = days_ago(3);
    json!({
        "version": 2,
        "sessions": [{
            "date": date.to_string(),
            "started_at": format!("{date}T09:00:00+01:00"),
            "ended_at": format!("{date}T09:30:00+01:00"),
            "program": "beginner",
            "exercises": [{ "id": "chair-squat", "target": 10,
                "sets": [{ "reps": 10 }, set], "effort": "just_right", "skipped": false }],
        }],
    })
}

fn stderr_of(data: &Data, args: &[&str]) -> (i32, String) {
    let out = data.cmd().args(args).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn a_count_over_its_maximum_is_refused_naming_it_and_the_file_is_left_as_it_is() {
    for (set, field) in [
        (json!({ "reps": 4_294_967_295_u32 }), "reps = 4294967295"),
        (json!({ "seconds": 86_401 }), "seconds = 86401"),
        (
            json!({ "reps": 10, "left": 5, "right": 200_000 }),
            "right = 200000",
        ),
    ] {
        let data = Data::new();
        let bytes = serde_json::to_vec(&history_with_set(set)).unwrap();
        data.write_history(&bytes);
        for args in [
            &["history"][..],
            &["history", "--json"],
            &["plan"],
            &["log", "--date", &days_ago(1).to_string(), "chair-squat:10"],
            &["weight", "goblet-squat", "8"],
        ] {
            let (code, err) = stderr_of(&data, args);
            assert_eq!(code, 1, "{args:?}: {err}");
            let place = format!("the session of {}, chair-squat, set 2", days_ago(3));
            assert!(err.contains(field), "{args:?}: {err}");
            assert!(err.contains(&place), "{args:?}: {err}");
            assert!(
                err.contains("botsterk has not changed it"),
                "{args:?}: {err}"
            );
            assert_eq!(data.history_bytes().unwrap(), bytes, "{args:?}");
        }
    }
}

#[test]
fn the_refusal_is_in_dutch_too() {
    let data = Data::new();
    data.write_history(&serde_json::to_vec(&history_with_set(json!({ "reps": 100_001 }))).unwrap());
    let out = data
        .bare_cmd()
        .args(["--lang", "nl", "plan"])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("reps = 100001 in de training van"), "{err}");
    assert!(err.contains(", serie 2 (hoogstens 100)"), "{err}");
}

#[test]
fn the_largest_allowed_numbers_sum_without_wrapping() {
    let data = Data::new();
    let mut history = history_with_set(json!({ "reps": 100 }));
    // The most sets of the most reps one exercise may hold.
    let sets: Vec<Value> = (0..10).map(|_| json!({ "reps": 100 })).collect();
    history["sessions"][0]["exercises"][0]["sets"] = Value::Array(sets);
    data.write_history(&serde_json::to_vec(&history).unwrap());
    let out = data.stdout(&["history", "--json"]);
    let json: Value = serde_json::from_str(&out).unwrap();
    let week = json["weeks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|w| w["dose"]["sessions"] == 1)
        .unwrap();
    assert_eq!(week["dose"]["loaded_reps"], 1000);
    assert_eq!(week["exercises"]["chair-squat"]["reps"], 1000);
}

#[test]
fn a_backup_over_the_maximum_is_not_offered() {
    let data = Data::new();
    data.write_history(b"{ damaged");
    fs::create_dir_all(data.dir.join("backups")).unwrap();
    let backup = data.dir.join("backups/history-1-20261101-090000.json");
    fs::write(
        &backup,
        serde_json::to_vec(&history_with_set(json!({ "reps": 100_001 }))).unwrap(),
    )
    .unwrap();
    let (_, err) = stderr_of(&data, &["plan"]);
    assert!(
        err.contains("There is no backup botsterk can read"),
        "{err}"
    );
    let (code, err) = stderr_of(&data, &["restore", backup.to_str().unwrap()]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("reps = 100001"), "{err}");
    assert_eq!(fs::read(data.history()).unwrap(), b"{ damaged");
}

#[test]
fn a_damaged_profile_is_called_a_profile_without_names_from_the_source() {
    for bytes in [&b"[]"[..], b"{\"version\": 1}", b"{\"version\": -3}"] {
        let data = Data::new();
        fs::create_dir_all(&data.dir).unwrap();
        fs::write(data.profile(), bytes).unwrap();
        let (code, err) = stderr_of(&data, &["plan"]);
        assert_eq!(code, 1, "{err}");
        assert!(err.contains("The profile"), "{err}");
        assert!(!err.contains("history"), "{err}");
        for name in ["VersionOnly", "struct", "u32"] {
            assert!(!err.contains(name), "{err}");
        }
        assert_eq!(fs::read(data.profile()).unwrap(), bytes);
    }
}

#[test]
fn a_damaged_history_names_no_type_of_the_source() {
    let data = Data::new();
    data.write_history(b"[]");
    let (_, err) = stderr_of(&data, &["plan"]);
    assert!(err.contains("The history file"), "{err}");
    assert!(
        !err.contains("VersionOnly") && !err.contains("struct"),
        "{err}"
    );
}

#[test]
fn a_data_folder_that_is_a_file_is_named_as_such_not_as_the_profile() {
    let data = Data::new();
    fs::write(&data.dir, b"my notes").unwrap();
    for args in [&["plan"][..], &["history"], &["profile"]] {
        let (code, err) = stderr_of(&data, args);
        assert_eq!(code, 1, "{args:?}: {err}");
        assert!(err.contains("is a file, not a folder"), "{args:?}: {err}");
        assert!(!err.contains("profile.json"), "{args:?}: {err}");
    }
    assert_eq!(fs::read(&data.dir).unwrap(), b"my notes");
}

#[test]
fn sessions_in_1950_and_the_year_9999_list_their_weeks_without_the_span_between() {
    let data = Data::new();
    let session = |date: &str| {
        json!({
            "date": date,
            "started_at": format!("{date}T09:00:00+01:00"),
            "ended_at": format!("{date}T09:30:00+01:00"),
            "program": "beginner",
            "exercises": [{ "id": "chair-squat", "target": 10, "sets": [{ "reps": 10 }],
                "effort": "just_right", "skipped": false }],
        })
    };
    let history = json!({
        "version": 2,
        "sessions": [session("1950-03-04"), session(&days_ago(1).to_string()), session("9999-12-01")],
    });
    data.write_history(&serde_json::to_vec(&history).unwrap());
    let json: Value =
        serde_json::from_str(&data.stdout(&["history", "--json", "--weeks", "1000"])).unwrap();
    let weeks = json["weeks"].as_array().unwrap();
    // The weeks of the last ten years only: the year 1950 is out of range, the session
    // dated after this week is left out, as always.
    assert_eq!(weeks.len(), 521);
    // The CSV without --weeks has every set, 1950 and 9999 too.
    let csv = data.stdout(&["history", "--csv"]);
    assert!(
        csv.contains("\n1950-03-04,") && csv.contains("\n9999-12-01,"),
        "{csv}"
    );
    let text = data.stdout(&["history"]);
    assert!(text.contains("1 session dated after this week"), "{text}");
    // The hint for earlier weeks goes as far back as --weeks can.
    assert!(
        text.contains("Earlier weeks: botsterk history --weeks 1000"),
        "{text}"
    );
}

/// `log` takes no set of nothing and no number over the bound: exit 2, nothing written,
/// the bound named, in both languages.
#[test]
fn log_refuses_zero_and_over_bound_counts_naming_the_bound() {
    let eleven = ["10"; 11].join(",");
    let eleven = format!("chair-squat:{eleven}");
    for (entry, en, nl) in [
        ("wall-push-up:1000", "from 1 to 100", "van 1 tot en met 100"),
        ("wall-push-up:0", "from 1 to 100", "van 1 tot en met 100"),
        ("modified-plank:0s", "from 1 to 600", "van 1 tot en met 600"),
        (
            "modified-plank:601s",
            "from 1 to 600",
            "van 1 tot en met 600",
        ),
        ("stomp:201", "from 1 to 200", "van 1 tot en met 200"),
        (eleven.as_str(), "at most 10", "hoogstens 10"),
    ] {
        let data = Data::new();
        for (lang, words) in [("en", en), ("nl", nl)] {
            let out = data
                .bare_cmd()
                .args(["--lang", lang, "log", entry])
                .output()
                .unwrap();
            let err = String::from_utf8_lossy(&out.stderr);
            assert_eq!(out.status.code(), Some(2), "{entry}: {err}");
            assert!(err.contains(words), "{entry} ({lang}): {err}");
            assert!(data.history_bytes().is_none(), "{entry} wrote a history");
        }
    }
    // The bounds themselves are taken.
    let data = Data::new();
    data.cmd()
        .args(["log", "wall-push-up:100", "modified-plank:600s"])
        .assert()
        .success();
    data.cmd()
        .args(["log", "--again", "stomp:200"])
        .assert()
        .success();
}

/// Values no person does in a weight decision, a pain check or the version: refused by
/// every command, naming the place, the file untouched.
#[test]
fn the_file_reader_refuses_weights_days_and_versions_out_of_bounds() {
    let decision = |date: &str, to_kg: Value| {
        json!({
            "version": 3,
            "sessions": [],
            "weight_changes": [{ "date": date, "exercise": "goblet-squat", "from_kg": null,
                "to_kg": to_kg }],
        })
    };
    let day = days_ago(3).to_string();
    for (history, words) in [
        (
            decision(&day, json!(1e308)),
            format!("to_kg = 1e308 in the weight decision of {day}, goblet-squat (from 0.5 to 300 kg)"),
        ),
        (decision(&day, json!(-1e308)), "to_kg = -1e308".to_owned()),
        (decision(&day, json!(1e-320)), "to_kg = 1e-320".to_owned()),
        (
            decision("0001-01-01", json!(8.0)),
            "date = 0001-01-01 in the weight decision of 0001-01-01, goblet-squat (from 1950-01-01)"
                .to_owned(),
        ),
        (
            json!({ "version": 0, "sessions": [] }),
            "\"version\": 0 is not a version".to_owned(),
        ),
        (
            json!({ "version": 3.0, "sessions": [] }),
            "expected a whole number".to_owned(),
        ),
    ] {
        let data = Data::new();
        let bytes = serde_json::to_vec(&history).unwrap();
        data.write_history(&bytes);
        for args in [&["plan"][..], &["history", "--json"], &["log", "chair-squat:10"]] {
            let (code, err) = stderr_of(&data, args);
            assert_eq!(code, 1, "{args:?}: {err}");
            assert!(err.contains(&words), "{args:?}: {err}");
            assert!(err.contains("botsterk has not changed it"), "{args:?}: {err}");
            assert_eq!(data.history_bytes().unwrap(), bytes, "{args:?}");
        }
    }
}
