//! Issue 30 end to end: the real binary in a pseudo-terminal (tests/common/pty.rs), at the
//! tests' fixed date: a chair-stand test done with `t` on home (get-ready, 30 s timed with
//! Space per stand, the half-way rule and the arms asked at the end, the other tests
//! skipped, the result against its norm, saved), and a fall recorded with `f`. Each key
//! waits for the screen it belongs to; the chair stand's clock runs 10 times faster.

mod common;

use std::path::Path;

use common::pty::{BACKSPACE, ENTER, SPACE, Start, Tui};
use serde_json::{Value, json};

fn read_history(data_dir: &Path) -> Value {
    serde_json::from_slice(&std::fs::read(data_dir.join("history.json")).unwrap()).unwrap()
}

fn set_up(data: &Path) {
    set_up_with(data, "none");
}

fn set_up_with(data: &Path, bone_status: &str) {
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_botsterk"))
        .arg("--data-dir")
        .arg(data)
        .args([
            "--lang",
            "en",
            "profile",
            "--birth-year",
            "1954",
            "--sex",
            "female",
        ])
        .args([
            "--bone-status",
            bone_status,
            "--cleared-for-impact",
            "no",
            "--program",
            "beginner",
        ])
        .args([
            "--weekly-target",
            "3",
            "--units",
            "kg",
            "--rest-seconds",
            "60",
        ])
        .args([
            "--sound",
            "off",
            "--counting",
            "manual",
            "--get-ready-seconds",
            "3",
        ])
        .env_remove("BOTSTERK_DATA_DIR")
        .output()
        .unwrap();
    assert!(status.status.success(), "{status:?}");
}

/// botsterk at ten times the pace, past set-up's last screen (the disclaimer, not yet
/// seen), with `t` pressed on home: the test day's first card comes next. (`t` works on
/// home whether the key bar names it or not: it is named on a day the test day is offered.)
fn test_day(data: &Path) -> Tui {
    let mut tui = Tui::start(
        data,
        Start {
            speed: 10,
            ..Start::default()
        },
    );
    tui.wait_for("I understand");
    tui.press(ENTER);
    tui.wait_for_all(&["Today's session", "?  help"]);
    tui.press("t");
    tui
}

#[test]
fn a_chair_stand_test_is_timed_counted_and_saved_with_its_norm() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    set_up(&data);
    let mut tui = test_day(&data);
    tui.wait_for_all(&["Test 1 of 4: 30-second chair stand", "Enter  begin"]);
    tui.press(ENTER);
    tui.wait_for("Get ready");
    tui.wait_for("Space  a stand");
    for n in 1..=11 {
        tui.press(SPACE);
        tui.wait_for(&format!("{n} stands"));
    }
    // 30 s at 10 times the pace: the half-way rule is asked when the time ran out.
    tui.wait_for("more than halfway up");
    tui.press("y");
    tui.wait_for_all(&["12 stands", "use your arms"]);
    tui.press("n");
    tui.wait_for("Test 2 of 4: 4-stage balance test");
    for next in ["Test 3 of 4", "Test 4 of 4", "Your results"] {
        tui.press("s");
        tui.wait_for(next);
    }
    let results = tui.wait_for("Enter  save");
    assert!(
        results.contains("12 stands: in the usual range for women 70-74"),
        "{results}"
    );
    tui.press(ENTER);
    tui.wait_for("1 test result saved.");
    let file = read_history(&data);
    assert_eq!(file["sessions"], json!([]));
    let test = &file["tests"][0];
    assert_eq!(
        (&test["kind"], &test["value"], &test["used_arms"]),
        (&json!("chair-stand"), &json!(12.0), &json!(false))
    );
    assert_eq!(test["date"], json!("2026-12-09"));
}

/// With osteoporosis the balance test asks the practice's question first, "is a counter
/// within reach?"; yes, then each stage is timed as a practice hold (get-ready, 10 s), and
/// the test stops at the first stage not held.
#[test]
fn with_osteoporosis_the_balance_test_asks_for_a_counter_within_reach_first() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    set_up_with(&data, "osteoporosis");
    let mut tui = test_day(&data);
    tui.wait_for("Test 1 of 4: 30-second chair stand");
    tui.press("s");
    tui.wait_for_all(&["Test 2 of 4: 4-stage balance test", "Enter  begin"]);
    tui.press(ENTER);
    let question = tui.wait_for_all(&[
        "Is a sturdy counter or chair within reach?",
        "No: no balance test today",
    ]);
    assert!(
        question.contains("hands free, but within reach"),
        "{question}"
    );
    tui.press("y");
    tui.wait_for_all(&["Stage 1 of 4: feet side by side", "Enter  start the 10 s"]);
    tui.press(ENTER);
    tui.wait_for("Get into position");
    // 3 s of get-ready and 10 s of hold at 10 times the pace: on to the next stage.
    tui.wait_for("Stage 2 of 4: semi-tandem");
    tui.press(ENTER);
    tui.wait_for("Space  not held");
    tui.press(SPACE);
    tui.wait_for("Test 3 of 4");
    for next in ["Test 4 of 4", "Your results"] {
        tui.press("s");
        tui.wait_for(next);
    }
    let results = tui.wait_for("Enter  save");
    assert!(
        results.contains("feet side by side held (1 of 4 stages)"),
        "{results}"
    );
    tui.press(ENTER);
    tui.wait_for("1 test result saved.");
    let test = &read_history(&data)["tests"][0];
    assert_eq!(
        (&test["kind"], &test["value"], &test["stage"]),
        (&json!("balance-test"), &json!(1.0), &json!("side-by-side"))
    );
}

#[test]
fn a_fall_is_recorded_from_home_and_the_doctor_is_advised() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    set_up(&data);
    let mut tui = Tui::start(&data, Start::default());
    tui.wait_for("I understand");
    tui.press(ENTER);
    tui.wait_for_all(&["Today's session", "?  help"]);
    tui.press("f");
    tui.wait_for_all(&["come to rest on the ground", "What was it?"]);
    tui.press("1");
    tui.wait_for("When was it?");
    tui.press(ENTER);
    tui.wait_for("What part of the day?");
    tui.press("1");
    tui.wait_for("Where?");
    tui.press("2");
    tui.wait_for("What happened?");
    tui.press("1");
    tui.wait_for("Any injury?");
    tui.press("2");
    tui.wait_for("Did you get up alone?");
    tui.press("y");
    // The minutes on the floor and a note, typed (Backspace mends a slip).
    tui.wait_for("how many minutes were you on the floor");
    tui.press("59");
    tui.press(BACKSPACE);
    tui.press(ENTER);
    tui.wait_for("Anything you want to note");
    tui.press("wet step, q");
    tui.press(ENTER);
    let home = tui.wait_for("Call your doctor (huisarts) today");
    // Wrapped at 80 columns.
    for part in [
        "a fall, Wednesday 9 December 2026, in the",
        "morning, on the stairs, tripped",
    ] {
        assert!(home.contains(part), "{part}: {home}");
    }
    let file = read_history(&data);
    assert_eq!(
        file["falls"][0],
        json!({"date": "2026-12-09", "kind": "fall", "part_of_day": "morning",
               "place": "stairs", "what": "tripped", "injury": "bruise",
               "got_up_alone": true, "minutes_on_floor": 5, "note": "wet step, q"})
    );
    // The plan holds: home says so until `fall --all-right`.
    tui.wait_for("After the fall of Wednesday 9 December 2026");
}
