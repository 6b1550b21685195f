//! Issue 19: `log` understands what people type, in English and Dutch (days, exercise
//! names, efforts), defaults to today, and refuses what makes no sense (the same day twice,
//! a mix of programs, a `--program` the exercises contradict) in the user's language, with
//! exit 2 and nothing written.

use crate::common::{Data, days_ago, today};
use serde_json::Value;

fn sessions(data: &Data) -> Vec<Value> {
    let history: Value = serde_json::from_slice(&data.history_bytes().unwrap()).unwrap();
    history["sessions"].as_array().unwrap().clone()
}

#[test]
fn days_in_every_form_and_both_languages() {
    let data = Data::new();
    let dutch = |d: chrono::NaiveDate| d.format("%d-%m-%Y").to_string();
    let slashed = |d: chrono::NaiveDate| d.format("%d/%m/%Y").to_string();
    let cases = [
        ("gisteren".to_owned(), days_ago(1)),
        ("eergisteren".to_owned(), days_ago(2)),
        (dutch(days_ago(4)), days_ago(4)),
        (slashed(days_ago(6)), days_ago(6)),
        ("yesterday".to_owned(), days_ago(1)),
    ];
    for (typed, day) in &cases[..4] {
        data.cmd()
            .args(["log", "--date", typed, "chair-squat:10"])
            .assert()
            .success();
        let last = sessions(&data)
            .into_iter()
            .map(|s| s["date"].clone())
            .collect::<Vec<_>>();
        assert!(
            last.contains(&Value::from(day.to_string())),
            "{typed}: {last:?}"
        );
    }
    // "yesterday" is the day "gisteren" already logged.
    let message = data.refused("en", &["log", "--date", &cases[4].0, "chair-squat:10"]);
    assert!(message.contains("already has a session"), "{message}");
}

#[test]
fn without_a_date_it_is_today_and_the_output_says_so() {
    let data = Data::new();
    let out = data.stdout(&["--lang", "nl", "log", "chair-squat:10"]);
    assert!(out.contains(&format!("vandaag, {}", today())), "{out}");
    let out = data.stdout(&["--lang", "en", "log", "--again", "chair-squat:11"]);
    assert!(out.contains(&format!("today, {}", today())), "{out}");
    assert_eq!(sessions(&data).len(), 2);
}

#[test]
fn wrong_days_are_refused_plainly_in_both_languages() {
    let data = Data::new();
    data.cmd()
        .args(["log", "--date", "eergisteren", "chair-squat:10"])
        .assert()
        .success();
    let cases = [
        (
            "2026-02-30",
            "not a day on the calendar",
            "staat niet op de kalender",
        ),
        (
            "31-04-2026",
            "not a day on the calendar",
            "staat niet op de kalender",
        ),
        (
            "morgen",
            "today, yesterday, vandaag, gisteren",
            "vandaag, gisteren of eergisteren",
        ),
        ("30-11", "30-11-2026", "30-11-2026"),
        ("1949-12-31", "is before 1950", "ligt voor 1950"),
        ("3000-01-01", "is in the future", "ligt in de toekomst"),
    ];
    for (date, english, dutch) in cases {
        let message = data.refused("en", &["log", "--date", date, "chair-squat:10"]);
        assert!(message.contains(english), "{date}: {message}");
        assert!(message.contains("Nothing was written"), "{date}: {message}");
        let message = data.refused("nl", &["log", "--date", date, "chair-squat:10"]);
        assert!(message.contains(dutch), "{date}: {message}");
        assert!(
            message.contains("Er is niets opgeslagen"),
            "{date}: {message}"
        );
    }
}

#[test]
fn dutch_names_and_efforts_are_recorded_as_their_ids() {
    let data = Data::new();
    data.cmd()
        .args([
            "log",
            "--date",
            "gisteren",
            "Opdrukken tegen de muur:10,9:zwaar",
            "STOELSQUATS:12:goed",
            "hielheffen:15:makkelijk",
            "plank:30s:pijn",
        ])
        .assert()
        .success();
    let session = &sessions(&data)[0];
    let got: Vec<(String, String)> = session["exercises"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["id"].as_str().unwrap().to_owned(),
                e["effort"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect();
    let ids: Vec<&str> = got.iter().map(|(id, _)| id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "wall-push-up",
            "chair-squat",
            "heel-raise",
            "modified-plank"
        ]
    );
    let efforts: Vec<&str> = got.iter().map(|(_, e)| e.as_str()).collect();
    assert!(efforts.iter().all(|e| !e.is_empty()), "{got:?}");
    assert_eq!(session["program"], "beginner");
}

#[test]
fn near_misses_get_a_did_you_mean_and_unknown_words_the_known_ones() {
    let data = Data::new();
    let message = data.refused("en", &["log", "wallpushup:10"]);
    assert!(message.contains("did you mean wall-push-up?"), "{message}");
    let message = data.refused("nl", &["log", "squat:10"]);
    assert!(
        message.contains("bedoel je chair-squat / goblet-squat?"),
        "{message}"
    );
    let message = data.refused("nl", &["log", "wall-push-up:10:meh"]);
    assert!(
        message.contains("makkelijk, goed, zwaar, pijn"),
        "{message}"
    );
}

#[test]
fn the_same_day_twice_is_refused_unless_again_and_the_hint_runs_as_written() {
    let data = Data::new();
    data.cmd()
        .args(["log", "--date", "gisteren", "chair-squat:10"])
        .assert()
        .success();
    let message = data.refused("en", &["log", "--date", "gisteren", "chair-squat:10"]);
    let hint = message.split("twice that day: ").nth(1).unwrap().trim();
    assert!(hint.starts_with("botsterk --data-dir "), "{hint}");
    assert!(
        hint.ends_with("log --again --date gisteren chair-squat:10"),
        "{hint}"
    );
    let message = data.refused("nl", &["log", "--date", "gisteren", "chair-squat:10"]);
    assert!(message.contains("heeft al een training"), "{message}");
    // The hint, pasted (past its program name): a second session that day.
    let args = shell_words(hint.strip_prefix("botsterk ").unwrap());
    crate::common::botsterk()
        .env_remove("BOTSTERK_DATA_DIR")
        .args(&args)
        .assert()
        .success();
    assert_eq!(sessions(&data).len(), 2);
}

#[test]
fn programs_follow_the_exercises_and_a_mix_or_contradiction_is_refused() {
    let data = Data::new();
    let message = data.refused("en", &["log", "--program", "advanced", "wall-push-up:10"]);
    assert!(
        message.contains("--program advanced does not fit"),
        "{message}"
    );
    assert!(message.contains("Beginner"), "{message}");
    let message = data.refused("nl", &["log", "wall-push-up:10", "goblet-squat@6:10"]);
    assert!(message.contains("twee programma's"), "{message}");
    assert!(message.contains("wall-push-up (Beginners)"), "{message}");
    data.cmd()
        .args(["log", "goblet-squat@6:10", "stomp:20"])
        .assert()
        .success();
    assert_eq!(sessions(&data)[0]["program"], "advanced");
}

/// Splits a hint the way a shell would (plain words and single quotes suffice here).
fn shell_words(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut quoted = false;
    for c in line.chars() {
        match c {
            '\'' => quoted = !quoted,
            ' ' if !quoted => {
                if !word.is_empty() {
                    words.push(std::mem::take(&mut word));
                }
            }
            c => word.push(c),
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    words
}
