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
    assert!(err.contains(", serie 2 (hoogstens 100000)"), "{err}");
}

#[test]
fn the_largest_allowed_numbers_sum_without_wrapping() {
    let data = Data::new();
    let mut history = history_with_set(json!({ "reps": 100_000 }));
    // Enough sets of the maximum to pass u32::MAX in one week's sum.
    let sets: Vec<Value> = (0..50_000).map(|_| json!({ "reps": 100_000 })).collect();
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
    assert_eq!(week["dose"]["loaded_reps"], u64::from(u32::MAX));
    assert_eq!(
        week["exercises"]["chair-squat"]["reps"],
        u64::from(u32::MAX)
    );
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
fn sessions_in_the_year_1000_and_9999_list_their_weeks_without_the_span_between() {
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
        "sessions": [session("1000-03-04"), session(&days_ago(1).to_string()), session("9999-12-01")],
    });
    data.write_history(&serde_json::to_vec(&history).unwrap());
    let json: Value =
        serde_json::from_str(&data.stdout(&["history", "--json", "--weeks", "1000"])).unwrap();
    let weeks = json["weeks"].as_array().unwrap();
    // The weeks of the last ten years only: the year 1000 is out of range, the session
    // dated after this week is left out, as always.
    assert_eq!(weeks.len(), 521);
    // The CSV without --weeks has every set, the year 1000 and 9999 too.
    let csv = data.stdout(&["history", "--csv"]);
    assert!(
        csv.contains("\n1000-03-04,") && csv.contains("\n9999-12-01,"),
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
