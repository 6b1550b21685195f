//! Issue 14: a `history.json` or `profile.json` that is a symbolic link is written through
//! to the file it points to (the link stays); a link to nothing is refused, never taken
//! for "no history"; a named pipe or a folder where a file should be is refused without
//! being opened.
#![cfg(unix)]

use std::fs;
use std::os::unix::fs::symlink;
use std::path::Path;
use std::time::Duration;

use crate::common::Data;
use botsterk::history::History;
use botsterk::history::build;
use botsterk::store::{Store, StoreError};

fn fixture() -> Vec<u8> {
    fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/history-v1.json")).unwrap()
}

#[test]
fn a_linked_history_is_written_through_to_its_target() {
    let tmp = tempfile::tempdir().unwrap();
    let elsewhere = tmp.path().join("synced");
    fs::create_dir_all(&elsewhere).unwrap();
    let target = elsewhere.join("my-training.json");
    fs::write(&target, fixture()).unwrap();
    let data = tmp.path().join("data");
    fs::create_dir_all(&data).unwrap();
    symlink(&target, data.join("history.json")).unwrap();
    let store = Store::new(&data);
    let before = store.load_history().unwrap().sessions.len();
    store
        .append_session(build::beginner(build::d(2026, 11, 24)))
        .unwrap();
    let link = fs::symlink_metadata(store.history_path()).unwrap();
    assert!(link.file_type().is_symlink(), "the link is still a link");
    let written: History = serde_json::from_slice(&fs::read(&target).unwrap()).unwrap();
    assert_eq!(
        written.sessions.len(),
        before + 1,
        "the target holds the save"
    );
    // The backup holds the target's old bytes; no temp file is left beside it.
    assert_eq!(fs::read(&store.backups()[0]).unwrap(), fixture());
    let names: Vec<_> = fs::read_dir(&elsewhere).unwrap().collect();
    assert_eq!(names.len(), 1, "{names:?}");
}

#[test]
fn a_link_to_nothing_is_refused_and_left_as_it_is() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    fs::create_dir_all(&data).unwrap();
    let gone = tmp.path().join("unmounted/history.json");
    symlink(&gone, data.join("history.json")).unwrap();
    let store = Store::new(&data);
    let err = store.load_history().unwrap_err();
    assert!(
        matches!(&err, StoreError::DanglingLink { target, .. } if *target == gone),
        "{err:?}"
    );
    assert!(err.to_string().contains("does not exist"), "{err}");
    assert!(
        store
            .append_session(build::beginner(build::d(2026, 11, 24)))
            .is_err()
    );
    assert_eq!(fs::read_link(store.history_path()).unwrap(), gone);
    assert!(!gone.exists());
}

#[test]
fn the_profile_command_writes_through_a_linked_profile() {
    let data = Data::new();
    fs::create_dir_all(&data.dir).unwrap();
    let target = data.dir.parent().unwrap().join("profile-elsewhere.json");
    data.cmd()
        .args(["profile", "--weekly-target", "2"])
        .assert()
        .success();
    fs::rename(data.profile(), &target).unwrap();
    symlink(&target, data.profile()).unwrap();
    data.bare_cmd()
        .args(["profile", "--rest-seconds", "90"])
        .assert()
        .success();
    assert!(
        fs::symlink_metadata(data.profile())
            .unwrap()
            .file_type()
            .is_symlink()
    );
    let profile: serde_json::Value = serde_json::from_slice(&fs::read(&target).unwrap()).unwrap();
    assert_eq!(
        (
            profile["weekly_target"].as_u64(),
            profile["rest_seconds"].as_u64()
        ),
        (Some(2), Some(90))
    );
}

fn mkfifo(path: &Path) {
    let status = std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .unwrap();
    assert!(status.success());
}

#[test]
fn a_named_pipe_or_a_folder_where_a_file_should_be_is_refused_at_once() {
    for name in ["history.json", "profile.json", "session-in-progress.json"] {
        for pipe in [true, false] {
            let data = Data::new();
            fs::create_dir_all(&data.dir).unwrap();
            let path = data.dir.join(name);
            if pipe {
                mkfifo(&path);
            } else {
                fs::create_dir(&path).unwrap();
            }
            let store = Store::new(&data.dir);
            // In a thread with a deadline: a read that waits on the pipe fails the test
            // instead of hanging the suite.
            let (sent, got) = std::sync::mpsc::channel();
            std::thread::spawn(move || {
                let err = match name {
                    "history.json" => store.load_history().map(drop).unwrap_err(),
                    "profile.json" => store.load_profile().map(drop).unwrap_err(),
                    _ => store
                        .load_journal::<serde_json::Value>()
                        .map(drop)
                        .unwrap_err(),
                };
                let _ = sent.send(err);
            });
            let err = got
                .recv_timeout(Duration::from_secs(10))
                .unwrap_or_else(|_| panic!("{name}: the read waited"));
            assert!(
                matches!(err, StoreError::NotRegular { .. }),
                "{name}: {err:?}"
            );
            assert!(err.to_string().contains(name), "{err}");
            // The commands too: exit 1 with the message, never a read that waits.
            let out = data
                .cmd()
                .arg("plan")
                .timeout(Duration::from_secs(10))
                .output()
                .unwrap();
            let stderr = String::from_utf8_lossy(&out.stderr);
            if name != "session-in-progress.json" {
                assert_eq!(out.status.code(), Some(1), "{name}: {stderr}");
                assert!(stderr.contains("not a regular file"), "{name}: {stderr}");
            }
        }
    }
}
