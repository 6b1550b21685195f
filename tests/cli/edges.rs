//! Issue 14: inputs at the edges get a clear message and an exit code, never a panic or a
//! hang: a date that is not a four-digit-year day, an argument that is not UTF-8, and the
//! coach started without a terminal.

use crate::common::{Data, days_ago};

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn log_takes_only_four_digit_years_from_1950_and_writes_nothing_else() {
    let data = Data::new();
    for (date, said) in [
        ("26-11-28", "a four-digit year"),
        ("-262143-01-01", "a four-digit year"),
        ("+12026-01-01", "a four-digit year"),
        ("1949-12-31", "is before 1950"),
        ("2026-02-30", "not a day on the calendar"),
    ] {
        let out = data
            .cmd()
            .args(["log", &format!("--date={date}"), "chair-squat:10"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{date}: {}", stderr(&out));
        assert!(stderr(&out).contains(said), "{date}: {}", stderr(&out));
        assert!(!data.history().exists(), "{date}: nothing written");
    }
    let out = data
        .bare_cmd()
        .args([
            "--lang",
            "nl",
            "log",
            "--date",
            "26-11-28",
            "chair-squat:10",
        ])
        .output()
        .unwrap();
    assert!(
        stderr(&out).contains("jaar van vier cijfers"),
        "{}",
        stderr(&out)
    );
    data.cmd()
        .args(["log", "--date", &days_ago(1).to_string(), "chair-squat:10"])
        .assert()
        .success();
}

#[cfg(unix)]
#[test]
fn an_argument_that_is_not_utf8_is_refused_with_exit_2() {
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt;
    let data = Data::new();
    let out = data
        .cmd()
        .args([
            OsStr::new("log"),
            OsStr::new("--date"),
            OsStr::from_bytes(b"2026-11-\xff8"),
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("not valid text (UTF-8)"),
        "{}",
        stderr(&out)
    );
    assert!(!stderr(&out).contains("panicked"), "{}", stderr(&out));
}

#[test]
fn the_coach_without_a_terminal_names_the_commands_that_work() {
    let data = Data::new();
    let out = data.cmd().output().unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("needs a terminal"), "{err}");
    assert!(err.contains("plan, history, log"), "{err}");
    assert!(!data.history().exists());
}
