//! `botsterk report` on the real binary: the file lands where it says, `--out -` prints the
//! page, and a bad flag exits 2 with nothing written anywhere.

use std::fs;
use std::path::Path;

use crate::common::{Data, today};

/// The names in a folder, sorted.
fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// A data dir with a year of made-up training, and an empty folder to run in.
fn with_demo() -> (Data, tempfile::TempDir) {
    let data = Data::new();
    data.cmd().args(["demo", "--years", "1"]).assert().success();
    (data, tempfile::tempdir().unwrap())
}

#[test]
fn the_report_is_written_in_the_current_folder_under_todays_name_and_said_where() {
    let (data, work) = with_demo();
    let out = data
        .cmd()
        .current_dir(work.path())
        .arg("report")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let name = format!("botsterk-report-{}.html", today());
    assert_eq!(names(work.path()), [name.as_str()]);
    let path = work.path().join(&name);
    let said = String::from_utf8_lossy(&out.stdout);
    // The whole path, so that it can be found from anywhere.
    let shown = fs::canonicalize(&path).unwrap();
    assert!(
        said.contains(&shown.display().to_string()) || said.contains(&path.display().to_string()),
        "{said}"
    );
    assert!(said.starts_with("Report written to "), "{said}");
    let html = fs::read_to_string(&path).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("<html lang=\"en\">"));
    assert!(html.contains("12 weeks"), "the default period");
    assert!(html.trim_end().ends_with("</html>"));
}

#[test]
fn out_names_the_file_and_a_dash_prints_the_page() {
    let (data, work) = with_demo();
    let target = work.path().join("for-the-physio.html");
    let out = data
        .bare_cmd()
        .current_dir(work.path())
        .args(["--lang", "nl", "report", "--weeks", "4", "--out"])
        .arg(&target)
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("Verslag geschreven naar"));
    let html = fs::read_to_string(&target).unwrap();
    assert!(html.contains("<html lang=\"nl\">"));
    assert!(html.contains("4 weken"));

    let out = data
        .cmd()
        .current_dir(work.path())
        .args(["report", "--out", "-"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let page = String::from_utf8(out.stdout).unwrap();
    assert!(
        page.starts_with("<!DOCTYPE html>"),
        "only the page on stdout"
    );
    assert!(out.stderr.is_empty());
    // Nothing new in the folder.
    assert_eq!(names(work.path()), ["for-the-physio.html"]);
}

#[test]
fn bad_flags_exit_2_and_write_nothing() {
    let (data, work) = with_demo();
    for args in [
        &["report", "--weeks", "0"][..],
        &["report", "--weeks", "521"],
        &["report", "--weeks", "many"],
        &["report", "--lang", "de"],
        &["report", "--format", "pdf"],
        &["report", "--out"],
    ] {
        let out = data
            .cmd()
            .current_dir(work.path())
            .args(args)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(!out.stderr.is_empty(), "{args:?} says why");
        assert!(names(work.path()).is_empty(), "{args:?} wrote something");
    }
}

#[test]
fn a_folder_that_does_not_exist_is_refused_with_its_path() {
    let (data, work) = with_demo();
    let target = work.path().join("missing").join("r.html");
    let out = data
        .cmd()
        .current_dir(work.path())
        .args(["report", "--out"])
        .arg(&target)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("could not be written"), "{said}");
    assert!(said.contains("missing"), "{said}");
    assert!(names(work.path()).is_empty());
}

#[test]
fn an_empty_data_folder_still_gives_a_report() {
    let data = Data::new();
    let work = tempfile::tempdir().unwrap();
    data.cmd()
        .current_dir(work.path())
        .args(["report", "--out", "r.html"])
        .assert()
        .success();
    let html = fs::read_to_string(work.path().join("r.html")).unwrap();
    assert!(html.contains("No session in this period."));
}
