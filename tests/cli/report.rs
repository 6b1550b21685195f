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
fn the_report_is_written_in_the_data_folders_reports_under_todays_name_and_said_where() {
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
    // Issue 27: into the data folder's reports/ (made for it), not the current folder.
    assert!(names(work.path()).is_empty(), "{:?}", names(work.path()));
    let reports = data.dir.join("reports");
    assert_eq!(names(&reports), [name.as_str()]);
    let path = reports.join(&name);
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

/// Every file under `dir` with its bytes, sorted by path (links by where they point).
fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut all = Vec::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        for entry in fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            let meta = fs::symlink_metadata(&path).unwrap();
            if meta.is_dir() {
                todo.push(path.clone());
                all.push((path.display().to_string(), Vec::new()));
            } else if meta.file_type().is_symlink() {
                let to = fs::read_link(&path).unwrap();
                all.push((
                    path.display().to_string(),
                    to.display().to_string().into_bytes(),
                ));
            } else if meta.is_file() {
                all.push((path.display().to_string(), fs::read(&path).unwrap()));
            } else {
                all.push((path.display().to_string(), b"special".to_vec()));
            }
        }
    }
    all.sort();
    all
}

/// A data dir with a history, its backups, a profile, a journal and the lock.
fn with_every_file() -> (Data, tempfile::TempDir) {
    let (data, work) = with_demo();
    // A second write makes a backup.
    data.cmd()
        .args(["log", "heel-raise:10,10"])
        .assert()
        .success();
    data.cmd()
        .args(["profile", "--bone-status", "osteopenia"])
        .assert()
        .success();
    fs::write(data.dir.join("session-in-progress.json"), "{}").unwrap();
    fs::write(data.dir.join(".lock"), "").unwrap();
    (data, work)
}

#[test]
fn botsterks_own_files_and_folders_are_refused_with_exit_2_and_left_as_they_were() {
    let (data, work) = with_every_file();
    let backups: Vec<_> = fs::read_dir(data.dir.join("backups"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert!(!backups.is_empty(), "the log made a backup");
    let mut targets = vec![
        data.dir.clone(),
        data.history(),
        data.profile(),
        data.dir.join("session-in-progress.json"),
        data.dir.join(".lock"),
        data.dir.join("backups"),
        data.dir.join("new.json"),
        data.dir.join("backups").join("new.html"),
    ];
    targets.extend(backups);
    // A link to the history, from elsewhere.
    let link = work.path().join("looks-fine.html");
    std::os::unix::fs::symlink(data.history(), &link).unwrap();
    targets.push(link);
    let before = snapshot(&data.dir);
    for (i, target) in targets.iter().enumerate() {
        let lang = if i % 2 == 0 { "en" } else { "nl" };
        let out = data
            .bare_cmd()
            .current_dir(work.path())
            .args(["--lang", lang, "report", "--out"])
            .arg(target)
            .output()
            .unwrap();
        let said = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{target:?}: {said}");
        assert!(out.stdout.is_empty(), "{target:?}");
        assert!(said.contains(&target.display().to_string()), "{said}");
        let nothing = if lang == "en" {
            "nothing was written"
        } else {
            "er is niets geschreven"
        };
        assert!(said.contains(nothing), "{said}");
        assert_eq!(
            snapshot(&data.dir),
            before,
            "{target:?} changed the data folder"
        );
    }
    assert_eq!(names(work.path()), ["looks-fine.html"]);
}

#[test]
fn a_link_to_a_file_elsewhere_is_written_through_and_stays_a_link() {
    let (data, work) = with_demo();
    let real = work.path().join("real.html");
    fs::write(&real, "old").unwrap();
    let link = work.path().join("link.html");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    data.cmd()
        .current_dir(work.path())
        .args(["report", "--out", "link.html"])
        .assert()
        .success();
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert!(
        fs::read_to_string(&real)
            .unwrap()
            .starts_with("<!DOCTYPE html>")
    );
    assert_eq!(names(work.path()), ["link.html", "real.html"]);

    // A link to nothing is refused: writing would make a file it did not name.
    let dangling = work.path().join("dangling.html");
    std::os::unix::fs::symlink(work.path().join("gone.html"), &dangling).unwrap();
    let out = data
        .cmd()
        .current_dir(work.path())
        .args(["report", "--out", "dangling.html"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("does not exist"));
    assert!(!work.path().join("gone.html").exists());
}

#[test]
fn a_pipe_a_device_and_a_folder_are_refused_standard_output_is_written() {
    let (data, work) = with_demo();
    let fifo = work.path().join("pipe");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let folder = work.path().join("folder");
    fs::create_dir(&folder).unwrap();
    for (target, word) in [
        (fifo.clone(), "named pipe"),
        (Path::new("/dev/null").to_path_buf(), "device"),
        (folder.clone(), "folder"),
    ] {
        let out = data
            .cmd()
            .current_dir(work.path())
            .args(["report", "--out"])
            .arg(&target)
            .output()
            .unwrap();
        let said = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{target:?}: {said}");
        assert!(said.contains(word), "{said}");
    }
    // Still a pipe, still an empty folder; /dev/null still a device.
    use std::os::unix::fs::FileTypeExt;
    assert!(fs::symlink_metadata(&fifo).unwrap().file_type().is_fifo());
    assert_eq!(fs::read_dir(&folder).unwrap().count(), 0);
    assert!(
        fs::metadata("/dev/null")
            .unwrap()
            .file_type()
            .is_char_device()
    );

    for name in ["-", "/dev/stdout"] {
        let out = data
            .cmd()
            .current_dir(work.path())
            .args(["report", "--out", name])
            .output()
            .unwrap();
        assert!(out.status.success(), "{name}");
        let page = String::from_utf8(out.stdout).unwrap();
        assert!(page.starts_with("<!DOCTYPE html>"), "{name}: {page:.80}");
    }
    assert_eq!(names(work.path()), ["folder", "pipe"]);
}
