//! Issue 30, item 2 end to end: the real binary in a pseudo-terminal (tests/common/pty.rs).
//! Set up with `profile` flags for every question but the year of birth and the sex, the
//! first start shows the disclaimer, then asks those two last: a wrong year is said and
//! asked again, Backspace mends it, the sex is chosen; profile.json holds both, and the
//! next start goes straight home.

mod common;

use std::path::Path;

use common::pty::{BACKSPACE, ENTER, Start, Tui};
use serde_json::Value;

const UP: &str = "\x1b[A";

/// Every set-up answer but the year of birth and the sex, with `profile` flags.
fn flags_but_the_norms(data: &Path) {
    let made = std::process::Command::new(env!("CARGO_BIN_EXE_botsterk"))
        .arg("--data-dir")
        .arg(data)
        .args(["--lang", "en", "profile", "--bone-status", "none"])
        .args(["--cleared-for-impact", "no", "--program", "beginner"])
        .args([
            "--weekly-target",
            "3",
            "--units",
            "kg",
            "--rest-seconds",
            "60",
        ])
        .args(["--sound", "off", "--counting", "manual"])
        .env_remove("BOTSTERK_DATA_DIR")
        .output()
        .unwrap();
    assert!(made.status.success(), "{made:?}");
}

#[test]
fn the_first_start_asks_the_year_of_birth_and_the_sex_last_and_saves_them() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    flags_but_the_norms(&data);
    let mut tui = Tui::start(
        &data,
        Start {
            set_up: false,
            args: &["--lang", "en"],
            ..Start::default()
        },
    );
    tui.wait_for("I understand");
    tui.press(ENTER);
    let year = tui.wait_for("In what year were you born? (optional)");
    assert!(year.contains("never shared"), "{year}");
    assert!(year.contains("Question 2 of 3"), "{year}");
    // Letters are not typed; a year before 1900 is said and asked again.
    for key in ["x", "1", "8", "9", "9"] {
        tui.press(key);
    }
    tui.wait_for("  1899_");
    tui.press(ENTER);
    tui.wait_for("'1899' is not a year of birth from 1900 to 2020");
    for _ in 0..3 {
        tui.press(BACKSPACE);
    }
    tui.wait_until("mended to 1", |s| {
        s.contains("  1_") && !s.contains("'1899'")
    });
    for key in ["9", "5", "6"] {
        tui.press(key);
    }
    tui.wait_for("  1956_");
    tui.press(ENTER);
    let sex = tui.wait_for("What is your sex? (optional)");
    assert!(sex.contains("▶ Rather not say  (suggested)"), "{sex}");
    tui.press(UP);
    tui.press(UP);
    tui.wait_for("▶ Female");
    tui.press(ENTER);
    tui.wait_for("Today's session");
    tui.press("q");
    assert!(tui.wait_exit().success());
    let profile: Value =
        serde_json::from_str(&std::fs::read_to_string(data.join("profile.json")).unwrap()).unwrap();
    assert_eq!(profile["birth_year"], 1956);
    assert_eq!(profile["sex"], "female");
    let answered = profile["answered"].to_string();
    assert!(
        answered.contains("\"birth_year\"") && answered.contains("\"sex\""),
        "{answered}"
    );
    // All answered: the next start is home.
    let mut again = Tui::start(
        &data,
        Start {
            set_up: false,
            args: &["--lang", "en"],
            ..Start::default()
        },
    );
    let home = again.wait_for("Today's session");
    assert!(!home.contains("Question"), "{home}");
    again.press("q");
    assert!(again.wait_exit().success());
}
