//! Backups brought back with `botsterk restore`, the pointer to the newest good backup when
//! the history cannot be read, and one writer at a time: the real binary, each test in its
//! own data dir.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use assert_cmd::Command;
use assert_cmd::assert::Assert;
use botsterk::store::Store;
use tempfile::TempDir;

struct Data {
    tmp: TempDir,
    dir: PathBuf,
}

impl Data {
    fn new() -> Self {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("data");
        Self { tmp, dir }
    }

    fn store(&self) -> Store {
        Store::new(&self.dir)
    }

    fn history(&self) -> PathBuf {
        self.dir.join("history.json")
    }

    fn cmd(&self) -> Command {
        self.cmd_in("en")
    }

    fn cmd_in(&self, lang: &str) -> Command {
        let mut cmd = crate::common::botsterk();
        // As installed: the hints then say `botsterk` (tests/cli/hints.rs runs it otherwise).
        let bin = Path::new(env!("CARGO_BIN_EXE_botsterk")).parent().unwrap();
        cmd.env("PATH", bin)
            .env_remove("BOTSTERK_DATA_DIR")
            .arg("--data-dir")
            .arg(&self.dir)
            .args(["--lang", lang]);
        cmd
    }

    /// Logs a session `days` ago (chair squats, `reps` twice).
    fn log(&self, days: u64, reps: u32) {
        let date = crate::common::days_ago(days).to_string();
        self.cmd()
            .args([
                "log",
                "--date",
                &date,
                &format!("chair-squat:{reps},{reps}"),
            ])
            .assert()
            .success();
    }

    /// Every file in the data dir (the lock file aside) with its bytes.
    fn snapshot(&self) -> BTreeMap<PathBuf, Vec<u8>> {
        fn walk(dir: &Path, files: &mut BTreeMap<PathBuf, Vec<u8>>) {
            let Ok(entries) = fs::read_dir(dir) else {
                return;
            };
            for entry in entries {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    walk(&path, files);
                } else if !path.ends_with(".lock") {
                    files.insert(path.clone(), fs::read(&path).unwrap());
                }
            }
        }
        let mut files = BTreeMap::new();
        walk(&self.dir, &mut files);
        files
    }
}

fn stderr(assert: &Assert) -> String {
    String::from_utf8_lossy(&assert.get_output().stderr).into_owned()
}

fn stdout(assert: &Assert) -> String {
    String::from_utf8_lossy(&assert.get_output().stdout).into_owned()
}

/// Three sessions logged: two backups (of one session, and of two).
fn three_sessions() -> Data {
    let data = Data::new();
    data.log(5, 10);
    data.log(3, 11);
    data.log(1, 12);
    assert_eq!(data.store().backups().len(), 2);
    data
}

const GARBAGE: &[u8] = b"{\"version\": 1, \"sessions\": [{\"date\": \"2026-11-";

#[test]
fn an_unreadable_history_names_the_newest_good_backup_and_restoring_it_keeps_the_broken_file() {
    let data = three_sessions();
    fs::write(data.history(), GARBAGE).unwrap();
    let newest = data.store().backups()[0].clone();
    let backups_before: Vec<Vec<u8>> = data
        .store()
        .backups()
        .iter()
        .map(|p| fs::read(p).unwrap())
        .collect();

    // Every command that reads the history points to the backup, and changes nothing.
    for args in [
        &["plan"][..],
        &["history"],
        &["weight", "goblet-squat", "9"],
    ] {
        let out = data.cmd().args(args).assert().code(1);
        let err = stderr(&out);
        assert!(err.contains(&data.history().display().to_string()), "{err}");
        assert!(err.contains(&newest.display().to_string()), "{err}");
        let command = format!(
            "botsterk --data-dir {} restore {}",
            data.dir.display(),
            newest.display()
        );
        assert!(err.contains(&command), "{args:?}: {err}");
        assert_eq!(fs::read(data.history()).unwrap(), GARBAGE);
    }
    // The TUI says the same before it touches the terminal.
    let out = data.cmd().assert().code(1);
    assert!(stdout(&out).is_empty());
    assert!(stderr(&out).contains(&newest.display().to_string()));

    // So the user runs what it said.
    let out = data.cmd().arg("restore").arg(&newest).assert().success();
    let said = stdout(&out);
    assert_eq!(fs::read(data.history()).unwrap(), backups_before[0]);
    let replaced: Vec<PathBuf> = fs::read_dir(&data.dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with("history.json.replaced-")
        })
        .collect();
    assert_eq!(replaced.len(), 1, "{replaced:?}");
    assert_eq!(fs::read(&replaced[0]).unwrap(), GARBAGE);
    for path in [&newest, &data.history(), &replaced[0]] {
        assert!(said.contains(&path.display().to_string()), "{said}");
    }
    assert!(said.contains("2 sessions"), "{said}");
    // The backups are as they were: a restore does not rotate one away.
    let backups_after: Vec<Vec<u8>> = data
        .store()
        .backups()
        .iter()
        .map(|p| fs::read(p).unwrap())
        .collect();
    assert_eq!(backups_after, backups_before);
    data.cmd().arg("plan").assert().success();
}

#[test]
fn the_hint_skips_backups_this_build_cannot_read() {
    let data = three_sessions();
    let backups = data.store().backups();
    // The newest backup is damaged too, and a newer botsterk's file sits beside them.
    fs::write(&backups[0], b"\x00\x01").unwrap();
    let future = data
        .store()
        .backup_dir()
        .join("history-29991231-235959.json");
    fs::write(&future, br#"{"version": 99, "sessions": []}"#).unwrap();
    fs::write(data.history(), br#"{"version": 7, "sessions": []}"#).unwrap();
    let out = data.cmd().arg("plan").assert().code(1);
    let err = stderr(&out);
    assert!(err.contains("newer botsterk"), "{err}");
    assert!(err.contains(&backups[1].display().to_string()), "{err}");
    assert!(!err.contains(&future.display().to_string()), "{err}");
    assert!(!err.contains(&backups[0].display().to_string()), "{err}");
}

#[test]
fn without_a_good_backup_the_message_says_there_is_none() {
    let data = Data::new();
    fs::create_dir_all(&data.dir).unwrap();
    fs::write(data.history(), GARBAGE).unwrap();
    let out = data.cmd().arg("plan").assert().code(1);
    let err = stderr(&out);
    assert!(err.contains("no backup"), "{err}");
    // In Dutch too.
    let out = data.cmd_in("nl").arg("plan").assert().code(1);
    let err = stderr(&out);
    assert!(err.contains("geen reservekopie"), "{err}");
    assert_eq!(fs::read(data.history()).unwrap(), GARBAGE);
}

#[test]
fn restore_refuses_what_it_cannot_read_and_changes_nothing() {
    let data = three_sessions();
    let outside = data.tmp.path().join("not-a-history.json");
    fs::write(&outside, b"hello").unwrap();
    let newer = data.tmp.path().join("newer.json");
    fs::write(&newer, br#"{"version": 99, "sessions": []}"#).unwrap();
    let before = data.snapshot();
    for (arg, says) in [
        (outside.as_path(), "not a history"),
        (newer.as_path(), "newer botsterk"),
        (Path::new("history-20000101-000000.json"), "does not exist"),
        (data.tmp.path(), "not a history"),
    ] {
        let out = data.cmd().arg("restore").arg(arg).assert().code(2);
        let err = stderr(&out);
        assert!(err.contains(says), "{}: {err}", arg.display());
        assert!(err.contains("Nothing was changed"), "{err}");
        assert_eq!(data.snapshot(), before, "{}", arg.display());
    }
}

#[test]
fn restore_takes_a_backup_by_name_and_works_without_a_history() {
    let data = three_sessions();
    let oldest = data.store().backups()[1].clone();
    let name = oldest.file_name().unwrap().to_owned();
    fs::remove_file(data.history()).unwrap();
    let out = data.cmd().arg("restore").arg(&name).assert().success();
    assert!(
        stdout(&out).contains("no history before"),
        "{}",
        stdout(&out)
    );
    assert_eq!(
        fs::read(data.history()).unwrap(),
        fs::read(&oldest).unwrap()
    );
    assert!(!fs::read_dir(&data.dir).unwrap().any(|e| {
        e.unwrap()
            .file_name()
            .to_string_lossy()
            .contains("replaced")
    }));
}

#[test]
fn restore_lists_the_backups_newest_first() {
    let data = Data::new();
    let out = data.cmd().args(["restore", "--list"]).assert().success();
    assert!(stdout(&out).contains("no backups"), "{}", stdout(&out));

    let data = three_sessions();
    fs::write(
        data.store()
            .backup_dir()
            .join("history-20000101-000000.json"),
        b"broken",
    )
    .unwrap();
    let backups = data.store().backups();
    for args in [&["restore"][..], &["restore", "--list"]] {
        let out = data.cmd().args(args).assert().success();
        let text = stdout(&out);
        let lines: Vec<&str> = text.lines().collect();
        assert!(lines[0].contains(&data.store().backup_dir().display().to_string()));
        let name = |p: &PathBuf| p.file_name().unwrap().to_string_lossy().into_owned();
        assert!(lines[1].contains(&name(&backups[0])), "{text}");
        assert!(lines[1].contains("2 sessions"), "{text}");
        let three_days_ago = crate::common::days_ago(3).to_string();
        assert!(lines[1].contains(&three_days_ago), "{text}");
        assert!(lines[2].contains(&name(&backups[1])), "{text}");
        assert!(lines[2].contains("1 session,"), "{text}");
        assert!(lines[3].contains("cannot be used"), "{text}");
        assert!(lines[4].contains("botsterk --data-dir"), "{text}");
        // Each by day in words (issue 26): the first of a day is the state before that
        // day's changes.
        assert!(
            lines[1].contains("· before a change on Wednesday 9 December 2026 at "),
            "{text}"
        );
        assert!(
            lines[2].contains("· before your changes of Wednesday 9 December 2026"),
            "{text}"
        );
        assert!(
            lines[3].contains("· before your changes of Saturday 1 January 2000"),
            "{text}"
        );
    }
}

#[test]
fn the_dutch_list_lines_up_its_columns() {
    let data = three_sessions();
    fs::write(
        data.store()
            .backup_dir()
            .join("history-20000101-000000.json"),
        b"broken",
    )
    .unwrap();
    let out = data
        .cmd_in("nl")
        .args(["restore", "--list"])
        .assert()
        .success();
    let text = stdout(&out);
    let rows: Vec<&str> = text.lines().skip(1).take(3).collect();
    // "2 trainingen," and "1 training," then "de nieuwste op" in one column; the reason
    // of the broken one starts where the counts start.
    let newest: Vec<usize> = rows[..2]
        .iter()
        .map(|row| row.find("de nieuwste op").expect(&text))
        .collect();
    assert_eq!(newest[0], newest[1], "{text}");
    let counts: Vec<usize> = rows[..2]
        .iter()
        .map(|row| {
            row.find(" trainingen,")
                .or(row.find(" training,"))
                .expect(&text)
                - 1
        })
        .collect();
    assert_eq!(counts[0], counts[1], "{text}");
    assert_eq!(rows[2].find("niet bruikbaar"), Some(counts[0]), "{text}");
}

#[test]
fn writing_commands_refuse_while_another_botsterk_holds_the_data() {
    let data = three_sessions();
    let before = data.snapshot();
    // As the TUI takes it.
    let lock = data.store().lock_window().unwrap();
    let date = crate::common::today().to_string();
    let backup = data.store().backups()[0].clone();
    let runs: Vec<Vec<String>> = vec![
        vec![
            "log".into(),
            "--date".into(),
            date.clone(),
            "chair-squat:9".into(),
        ],
        vec!["weight".into(), "goblet-squat".into(), "9".into()],
        vec!["restore".into(), backup.display().to_string()],
    ];
    // Each waits about two seconds for the lock: all at once.
    let start = Instant::now();
    let data = &data;
    let outs: Vec<Assert> = std::thread::scope(|s| {
        let handles: Vec<_> = runs
            .iter()
            .map(|args| s.spawn(move || data.cmd().args(args).assert()))
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let took = start.elapsed();
    for (args, out) in runs.iter().zip(outs) {
        let out = out.code(1);
        let err = stderr(&out);
        assert!(
            err.contains("already open in another window"),
            "{args:?}: {err}"
        );
    }
    assert!(
        took >= Duration::from_secs(2),
        "they did not wait: {took:?}"
    );
    assert_eq!(data.snapshot(), before);
    // Reading needs no lock.
    data.cmd().arg("plan").assert().success();
    data.cmd().arg("history").assert().success();
    data.cmd().args(["restore", "--list"]).assert().success();
    // A second TUI is refused, without waiting for the lock and without touching the
    // terminal (the timeout fails a wait instead of hanging the suite).
    let out = data.cmd().timeout(Duration::from_secs(10)).assert().code(1);
    assert!(stdout(&out).is_empty(), "{}", stdout(&out));
    assert!(
        stderr(&out).contains("botsterk is already open in another window"),
        "{}",
        stderr(&out)
    );
    drop(lock);
    // A command holding it (briefly, while it writes) is not "another window".
    let busy = data.store().lock(Duration::ZERO).unwrap();
    let out = data
        .cmd()
        .args(["log", "--date", &date, "chair-squat:9"])
        .assert()
        .code(1);
    assert!(
        stderr(&out).contains("another botsterk command is writing"),
        "{}",
        stderr(&out)
    );
    drop(busy);
    data.cmd()
        .args(["log", "--date", &date, "chair-squat:9"])
        .assert()
        .success();
}

#[test]
fn a_writing_command_waits_for_the_lock_to_be_let_go() {
    let data = Data::new();
    let lock = data.store().lock(Duration::ZERO).unwrap();
    let date = crate::common::today().to_string();
    let mut cmd = crate::common::std_botsterk();
    cmd.env_remove("BOTSTERK_DATA_DIR")
        .arg("--data-dir")
        .arg(&data.dir)
        .args(["log", "--date", &date, "chair-squat:9"]);
    let child = cmd.spawn().unwrap();
    drop(lock);
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{out:?}");
    assert_eq!(data.store().load_history().unwrap().sessions.len(), 1);
}

/// Issue 33, item 7: `backups` being a file is named as that, in both languages, by the
/// list and by a change (which is refused: no change without its backup), never "File
/// exists (os error 17)" or "no backups yet".
#[test]
fn a_file_named_backups_is_said_to_be_no_folder_and_no_change_is_written() {
    let data = three_sessions();
    let before_history = fs::read(data.history()).unwrap();
    fs::rename(data.store().backup_dir(), data.tmp.path().join("moved")).unwrap();
    fs::write(data.store().backup_dir(), b"not a folder").unwrap();
    for (lang, said) in [("en", "is not a folder"), ("nl", "is geen map")] {
        let list = data.cmd_in(lang).args(["restore", "--list"]).assert();
        let out = stdout(&list);
        assert!(out.contains(said), "{out}");
        assert!(
            !out.contains("no backups") && !out.contains("nog geen"),
            "{out}"
        );
        let log = data
            .cmd_in(lang)
            .args(["log", "--again", "chair-squat:12,12"])
            .assert()
            .failure();
        let err = stderr(&log);
        assert!(err.contains(said), "{err}");
        assert!(!err.contains("os error"), "{err}");
    }
    assert_eq!(fs::read(data.history()).unwrap(), before_history);
}

/// Issue 33, item 7: a named pipe named like a backup is "not a regular file", not
/// missing, and is never opened (the command would hang on it).
#[test]
fn a_pipe_named_like_a_backup_is_not_a_regular_file() {
    let data = three_sessions();
    let name = "history-000099-20261205-101010.json";
    let made = std::process::Command::new("mkfifo")
        .arg(data.store().backup_dir().join(name))
        .status()
        .unwrap();
    assert!(made.success());
    for (lang, said) in [("en", "not a regular file"), ("nl", "geen gewoon bestand")] {
        let refused = data.cmd_in(lang).args(["restore", name]).assert().code(2);
        let err = stderr(&refused);
        assert!(err.contains(said), "{err}");
        assert!(
            !err.contains("does not exist") && !err.contains("bestaat niet"),
            "{err}"
        );
    }
}

/// Issue 33, item 7: a hand-made backup name with the largest counter cannot wrap the
/// next write's counter: later backups are still made, listed first and used.
#[test]
fn a_backup_named_with_the_largest_counter_hides_no_later_backup() {
    let data = three_sessions();
    let newest = data.store().backups()[0].clone();
    let huge = data
        .store()
        .backup_dir()
        .join(format!("history-{}-20261201-101010.json", u64::MAX));
    fs::copy(&newest, &huge).unwrap();
    data.cmd()
        .args(["log", "--again", "chair-squat:13,13"])
        .assert()
        .success();
    let backups = data.store().backups();
    assert_eq!(backups.len(), 3, "{backups:?}");
    let name = backups[0]
        .file_name()
        .unwrap()
        .to_string_lossy()
        .into_owned();
    assert!(name.starts_with("history-000003-"), "{name}");
    let list = stdout(&data.cmd().args(["restore", "--list"]).assert().success());
    assert!(list.contains(&name), "{list}");
}
