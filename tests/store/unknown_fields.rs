//! Issue 14: fields botsterk does not know (a note added by hand, a field of a later
//! version) survive every rewrite unchanged, at every level: the file, a session, an
//! exercise, a set, a weight decision. The names of the fields it knows stay as they are.

use std::fs;
use std::path::Path;

use botsterk::corrections::{Change, Correction};
use botsterk::history::{History, SetRecord, WeightChange};
use botsterk::store::Store;
use serde_json::{Value, json};

/// The v1 fixture with an unknown field at every level.
fn annotated() -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/history-v1.json");
    let mut file: Value = serde_json::from_slice(&fs::read(path).unwrap()).unwrap();
    file["note"] = json!("written by hand");
    let session = &mut file["sessions"][0];
    session["mood"] = json!({"before": 3, "after": [4, "good"]});
    session["exercises"][0]["equipment"] = json!("wall");
    session["exercises"][0]["sets"][1]["tempo"] = json!("3-1-1");
    file["weight_changes"] = json!([{
        "date": "2026-11-20", "exercise": "goblet-squat", "from_kg": null, "to_kg": 8.0,
        "why": "the physio said so"
    }]);
    file
}

fn unknowns(file: &Value) -> Vec<Value> {
    vec![
        file["note"].clone(),
        file["sessions"][0]["mood"].clone(),
        file["sessions"][0]["exercises"][0]["equipment"].clone(),
        file["sessions"][0]["exercises"][0]["sets"][1]["tempo"].clone(),
        file["weight_changes"][0]["why"].clone(),
    ]
}

fn read(path: &Path) -> Value {
    serde_json::from_slice(&fs::read(path).unwrap()).unwrap()
}

#[test]
fn unknown_fields_survive_every_kind_of_rewrite_and_stay_in_the_backups() {
    let tmp = tempfile::tempdir().unwrap();
    let store = Store::new(tmp.path());
    let file = annotated();
    fs::write(store.history_path(), serde_json::to_vec(&file).unwrap()).unwrap();
    let expected = unknowns(&file);
    let first = store.load_history().unwrap();
    let session = first.sessions[0].clone();

    // A new session, a weight decision, a corrected set, a changed effort, a moved date,
    // and more sessions: well past the old five backups.
    let mut another = session.clone();
    another.date = another.date.succ_opt().unwrap();
    another.started_at += chrono::Duration::days(1);
    another.ended_at += chrono::Duration::days(1);
    another.extra.clear();
    store.append_session(another.clone()).unwrap();
    store
        .update(|h| {
            h.weight_changes.push(WeightChange::new(
                session.date,
                "deadlift".into(),
                None,
                6.0,
            ));
        })
        .unwrap();
    let current = |store: &Store| store.load_history().unwrap().sessions[0].clone();
    let fix = Correction {
        session: current(&store),
        change: Change::Set {
            exercise: 0,
            set: 1,
            to: SetRecord {
                reps: Some(10),
                ..SetRecord::default()
            },
        },
    };
    store.change_history(|h| fix.apply(h)).unwrap().unwrap();
    let felt = Correction {
        session: current(&store),
        change: Change::Effort {
            exercise: 0,
            effort: None,
        },
    };
    store.change_history(|h| felt.apply(h)).unwrap().unwrap();
    for _ in 0..6 {
        store.append_session(another.clone()).unwrap();
    }

    let now = read(&store.history_path());
    assert_eq!(unknowns(&now), expected, "{now:#}");
    // The correction took: the set has its new count and kept its tempo.
    assert_eq!(now["sessions"][0]["exercises"][0]["sets"][1]["reps"], 10);
    assert_eq!(now["weight_changes"][1]["to_kg"], 6.0);
    // Every backup still has them too.
    for backup in store.backups() {
        assert_eq!(unknowns(&read(&backup)), expected, "{}", backup.display());
    }
    // Moving the session to another day keeps them with it.
    let moved = Correction {
        session: current(&store),
        change: Change::Date(session.date.pred_opt().unwrap()),
    };
    store.change_history(|h| moved.apply(h)).unwrap().unwrap();
    assert_eq!(unknowns(&read(&store.history_path())), expected);
}

#[test]
fn a_history_without_unknown_fields_is_written_with_the_same_field_names() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/history-v1.json");
    let history: History = serde_json::from_slice(&fs::read(path).unwrap()).unwrap();
    let text = serde_json::to_string(&history).unwrap();
    // In the order they always had, the unknown ones (none here) after them.
    let start = r#"{"version":1,"sessions":[{"date":"2026-11-24","started_at":"2026-11-24T09:02:11+01:00","ended_at":"2026-11-24T09:31:40+01:00","program":"beginner","ended_early":false,"exercises":[{"id":"wall-push-up","target":10,"sets":[{"reps":10},{"reps":9}],"effort":"just_right","skipped":false}"#;
    assert!(text.starts_with(start), "{text}");
}
