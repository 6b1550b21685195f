//! The history file through the store's public API: what cannot be read is refused and
//! left byte for byte; every fixture in `tests/fixtures/` loads (the migration path, one
//! fixture per released format); any history round-trips through save and load; no bytes
//! make the loader panic.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use botsterk::catalog::Program;
use botsterk::history::build;
use botsterk::history::{
    Effort, ExerciseRecord, HISTORY_VERSION, History, SessionRecord, SetRecord, WeightChange,
};
use botsterk::store::{Store, StoreError};
use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime, TimeZone};
use proptest::prelude::*;

fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// A data dir with `bytes` as its history.
fn with_history(bytes: &[u8]) -> (tempfile::TempDir, Store) {
    let tmp = tempfile::tempdir().unwrap();
    let store = Store::new(tmp.path().join("data"));
    fs::create_dir_all(store.dir()).unwrap();
    fs::write(store.history_path(), bytes).unwrap();
    (tmp, store)
}

/// Every file in the data dir with its bytes.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut files = BTreeMap::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(snapshot(&path));
        } else {
            files.insert(path.clone(), fs::read(&path).unwrap());
        }
    }
    files
}

/// Loading fails as expected, and neither a session, nor a weight, nor a correction
/// writes anything: the whole data dir is as it was.
fn assert_refused_untouched(bytes: &[u8], newer: bool) {
    let (_tmp, store) = with_history(bytes);
    let before = snapshot(store.dir());
    let err = store.load_history().unwrap_err();
    match (&err, newer) {
        (StoreError::Newer { path, .. }, true) | (StoreError::Corrupt { path, .. }, false) => {
            assert_eq!(*path, store.history_path());
        }
        _ => panic!("{:?}: {err:?}", String::from_utf8_lossy(bytes)),
    }
    assert!(
        err.to_string()
            .contains(&store.history_path().display().to_string())
    );
    assert!(
        store
            .append_session(build::beginner(build::d(2026, 11, 24)))
            .is_err()
    );
    assert!(store.update(|h| h.sessions.clear()).is_err());
    assert_eq!(
        snapshot(store.dir()),
        before,
        "{:?}",
        String::from_utf8_lossy(bytes)
    );
}

#[test]
fn what_cannot_be_read_is_refused_and_left_byte_for_byte() {
    let cases: [&[u8]; 14] = [
        // empty, or only white space
        b"",
        b" \n\t",
        // truncated
        b"{\"version\": 1, \"sessions\": [",
        b"{\"version\": 1, \"sessions\": [{\"date\": \"2026-11-24\", \"started_",
        // garbage bytes
        b"\x00\xff\xfe garbage",
        // a byte order mark is read past (issue 33), but not what is damaged after it
        b"\xef\xbb\xbf{\"version\": 1, \"sessions\": [",
        // JSON, but not a history
        b"[]",
        b"null",
        b"{\"version\": 1}",
        b"{\"sessions\": []}",
        // wrong types
        b"{\"version\": \"one\", \"sessions\": []}",
        b"{\"version\": 1, \"sessions\": {}}",
        b"{\"version\": 1, \"sessions\": [{\"date\": 5}]}",
        b"{\"version\": -1, \"sessions\": []}",
    ];
    for bytes in cases {
        assert_refused_untouched(bytes, false);
    }
    // Valid JSON with a wrong value deep inside.
    let fixture = fs::read_to_string(fixtures_dir().join("history-v1.json")).unwrap();
    for (from, to) in [
        ("\"beginner\"", "\"expert\""),
        ("\"just_right\"", "\"fine\""),
        ("\"reps\": 10", "\"reps\": -10"),
        ("\"2026-11-24\"", "\"2026-13-24\""),
        ("\"skipped\": false", "\"skipped\": \"no\""),
    ] {
        assert!(fixture.contains(from), "{from}");
        assert_refused_untouched(fixture.replacen(from, to, 1).as_bytes(), false);
    }
}

#[test]
fn a_newer_version_is_refused_untouched() {
    for bytes in [
        &b"{\"version\": 4, \"sessions\": []}"[..],
        b"{\"version\": 99, \"sessions\": [], \"future\": true}",
        // Newer and not even in a shape this build knows: still "newer", not "damaged".
        b"{\"version\": 5, \"sessions\": {\"by_date\": {}}}",
    ] {
        assert_refused_untouched(bytes, true);
    }
}

#[test]
fn every_truncation_of_a_real_history_is_refused_untouched() {
    let fixture = fs::read(fixtures_dir().join("history-v1.json")).unwrap();
    let content_end = fixture.trim_ascii_end().len();
    let (_tmp, store) = with_history(b"");
    for len in 0..content_end {
        fs::write(store.history_path(), &fixture[..len]).unwrap();
        assert!(
            matches!(store.load_history(), Err(StoreError::Corrupt { .. })),
            "{len} bytes of {content_end}"
        );
    }
    // Cheap to check for every length; the full write refusal only for some.
    for len in (0..content_end).step_by(97) {
        assert_refused_untouched(&fixture[..len], false);
    }
}

/// `history-v3.json` is version 3.
fn fixture_version(path: &Path) -> Option<u32> {
    let name = path.file_name()?.to_str()?;
    name.strip_prefix("history-v")?
        .strip_suffix(".json")?
        .parse()
        .ok()
}

#[test]
fn every_fixture_loads_and_is_written_back_in_the_current_format_after_a_backup() {
    let mut fixtures: Vec<PathBuf> = fs::read_dir(fixtures_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    fixtures.sort();
    assert!(!fixtures.is_empty());
    // A fixture of every released format, forever.
    let versions: Vec<u32> = fixtures.iter().filter_map(|p| fixture_version(p)).collect();
    for version in 1..=HISTORY_VERSION {
        assert!(
            versions.contains(&version),
            "no tests/fixtures/history-v{version}.json"
        );
    }
    for fixture in &fixtures {
        let bytes = fs::read(fixture).unwrap();
        let raw: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
        if let Some(version) = fixture_version(fixture) {
            assert_eq!(raw["version"], version, "{}", fixture.display());
        }
        let (_tmp, store) = with_history(&bytes);
        let loaded = store
            .load_history()
            .unwrap_or_else(|e| panic!("{}: {e}", fixture.display()));
        assert_eq!(
            loaded.sessions.len(),
            raw["sessions"].as_array().unwrap().len(),
            "{}",
            fixture.display()
        );
        // The first write after loading: the old file is kept as it was, the new one is in
        // the current format and holds everything the old one did.
        let written = store
            .append_session(build::beginner(build::d(2026, 11, 24)))
            .unwrap();
        assert_eq!(written.version, HISTORY_VERSION);
        let backups = store.backups();
        assert_eq!(backups.len(), 1);
        assert_eq!(
            fs::read(&backups[0]).unwrap(),
            bytes,
            "{}",
            fixture.display()
        );
        let reread = store.load_history().unwrap();
        assert_eq!(reread, written);
        assert_eq!(reread.sessions.len(), loaded.sessions.len() + 1);
        for session in &loaded.sessions {
            assert!(reread.sessions.contains(session), "{}", fixture.display());
        }
        assert_eq!(reread.weight_changes, loaded.weight_changes);
        assert_eq!(reread.practice, loaded.practice, "{}", fixture.display());
        let practice = raw
            .get("practice")
            .and_then(|p| p.as_array())
            .map_or(0, Vec::len);
        assert_eq!(loaded.practice.len(), practice, "{}", fixture.display());
    }
}

// ---- properties ----

fn date() -> impl Strategy<Value = NaiveDate> {
    // 2000-01-01 to 2100-12-31.
    (730_120..=767_009i32).prop_map(|days| NaiveDate::from_num_days_from_ce_opt(days).unwrap())
}

fn time_on(date: NaiveDate) -> impl Strategy<Value = DateTime<FixedOffset>> {
    // Offsets from UTC-12 to UTC+14 in quarter hours, whole seconds.
    (0..86_400u32, -48..=56i32).prop_map(move |(secs, quarters)| {
        let offset = FixedOffset::east_opt(quarters * 15 * 60).unwrap();
        let time = NaiveTime::from_num_seconds_from_midnight_opt(secs, 0).unwrap();
        offset
            .from_local_datetime(&date.and_time(time))
            .single()
            .unwrap()
    })
}

fn kg() -> impl Strategy<Value = f64> {
    // Any weight a person might hold, as typed: up to two decimals. (Not any f64: without
    // serde_json's `float_roundtrip` feature a value such as -4.4673125210340407e-250 can
    // come back one unit in the last place off; no weight is typed with 17 digits.)
    // Within the bounds the reader takes (0.5-300 kg).
    (50..=30_000u32).prop_map(|hundredths| f64::from(hundredths) / 100.0)
}

fn set() -> impl Strategy<Value = SetRecord> {
    // Any count within the bounds the reader takes (botsterk::units).
    let count = |max: u32| proptest::option::of(0..=max);
    (
        count(botsterk::units::MAX_REPS),
        count(botsterk::units::MAX_SECONDS),
        count(botsterk::units::MAX_STOMPS),
        count(botsterk::units::MAX_STOMPS),
    )
        .prop_map(|(reps, seconds, left, right)| SetRecord {
            reps,
            seconds,
            left,
            right,
            stopped_for_pain: false,
            ..Default::default()
        })
}

fn exercise_id() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "wall-push-up",
            "chair-squat",
            "heel-raise",
            "modified-plank",
            "goblet-squat",
            "deadlift",
            "overhead-press",
            "stomp",
        ])
        .prop_map(str::to_owned),
        // Ids of a future catalog, in any script.
        "\\PC{0,16}",
    ]
}

fn exercise() -> impl Strategy<Value = ExerciseRecord> {
    (
        exercise_id(),
        proptest::option::of(kg()),
        0..=botsterk::units::MAX_SECONDS,
        prop::collection::vec(set(), 0..6),
        proptest::option::of(prop::sample::select(vec![
            Effort::TooEasy,
            Effort::JustRight,
            Effort::TooHard,
            Effort::Pain,
        ])),
        any::<bool>(),
    )
        .prop_map(
            |(id, weight_kg, target, sets, effort, skipped)| ExerciseRecord {
                id,
                weight_kg,
                target,
                sets,
                effort,
                skipped,
                pain_site: None,
                ..Default::default()
            },
        )
}

fn session() -> impl Strategy<Value = SessionRecord> {
    date()
        .prop_flat_map(|date| (Just(date), time_on(date), 0..14_400i64))
        .prop_flat_map(|(date, started_at, length)| {
            (
                Just(date),
                Just(started_at),
                Just(started_at + chrono::Duration::seconds(length)),
                prop::sample::select(vec![Program::Beginner, Program::Advanced]),
                any::<bool>(),
                any::<bool>(),
                prop::collection::vec(exercise(), 0..5),
            )
        })
        .prop_map(
            |(date, started_at, ended_at, program, ended_early, logged, exercises)| SessionRecord {
                date,
                started_at,
                ended_at,
                program,
                ended_early,
                logged,
                planned_sets: None,
                exercises,
                ..Default::default()
            },
        )
}

fn weight_change() -> impl Strategy<Value = WeightChange> {
    (date(), exercise_id(), proptest::option::of(kg()), kg()).prop_map(
        |(date, exercise, from_kg, to_kg)| WeightChange::new(date, exercise, from_kg, to_kg),
    )
}

fn history() -> impl Strategy<Value = History> {
    (
        prop::collection::vec(session(), 0..8),
        prop::collection::vec(weight_change(), 0..4),
    )
        .prop_map(|(sessions, weight_changes)| History {
            version: HISTORY_VERSION,
            sessions,
            weight_changes,
            ..History::default()
        })
}

/// A real history with a few bytes cut, changed or added: close to valid, the hardest
/// kind of input for a loader.
fn damaged_fixture() -> impl Strategy<Value = Vec<u8>> {
    let fixture = fs::read(fixtures_dir().join("history-v1.json")).unwrap();
    let len = fixture.len();
    prop::collection::vec((0..len, any::<u8>(), 0..3u8), 1..4).prop_map(move |edits| {
        let mut bytes = fixture.clone();
        for (at, byte, kind) in edits {
            let at = at.min(bytes.len());
            match kind {
                0 => bytes.truncate(at),
                1 if at < bytes.len() => bytes[at] = byte,
                _ => bytes.insert(at, byte),
            }
        }
        bytes
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn any_history_round_trips_through_save_and_load(history in history()) {
        let tmp = tempfile::tempdir().unwrap();
        let store = Store::new(tmp.path().join("data"));
        store.save_history(&history).unwrap();
        prop_assert_eq!(store.load_history().unwrap(), history.clone());
        // And once more over an existing file, the way every save after the first goes.
        let mut changed = history;
        changed.weight_changes.clear();
        store.save_history(&changed).unwrap();
        prop_assert_eq!(store.load_history().unwrap(), changed);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn no_bytes_make_the_loader_panic(
        bytes in prop_oneof![
            prop::collection::vec(any::<u8>(), 0..256),
            damaged_fixture(),
            "\\PC{0,64}".prop_map(String::into_bytes),
        ]
    ) {
        let (_tmp, store) = with_history(&bytes);
        match store.load_history() {
            Ok(history) => prop_assert!(history.version <= HISTORY_VERSION),
            // A number over its bound (a damaged `11` read as `110`) is refused too, naming
            // its place: a clear message, never a panic.
            Err(StoreError::Corrupt { .. } | StoreError::Newer { .. } | StoreError::TooLarge { .. }) => {}
            Err(other) => prop_assert!(false, "{other:?}"),
        }
        prop_assert_eq!(fs::read(store.history_path()).unwrap(), bytes);
    }
}
