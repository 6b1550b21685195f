//! Issue 33, item 6: a file saved by Notepad has a UTF-8 byte order mark before its JSON.
//! history.json and profile.json with one are read as they are meant (never "unreadable,
//! restore a backup"), left as they are by what only reads them, and written back without
//! the mark by the next change.

use std::fs;

use crate::common::{Data, days_ago};

const BOM: &[u8] = b"\xEF\xBB\xBF";

fn with_bom(path: &std::path::Path) -> Vec<u8> {
    let bytes = [BOM, &fs::read(path).unwrap()].concat();
    fs::write(path, &bytes).unwrap();
    bytes
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn a_history_with_a_byte_order_mark_is_read_and_written_back_without_it() {
    let data = Data::new();
    data.cmd()
        .args([
            "log",
            "--date",
            &days_ago(3).to_string(),
            "chair-squat:10,10",
            "wall-push-up:10,10",
        ])
        .assert()
        .success();
    let bytes = with_bom(&data.history());
    for args in [&["plan", "--json"][..], &["history", "--json"], &["plan"]] {
        let out = data.cmd().args(args).output().unwrap();
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        assert!(!stderr(&out).contains("restore"), "{}", stderr(&out));
    }
    let history = data.json(&["history", "--json"]);
    let sessions: u64 = history["weeks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["sessions"].as_u64().unwrap())
        .sum();
    assert_eq!(sessions, 1);
    assert_eq!(data.history_bytes().unwrap(), bytes, "only read: untouched");
    // The next change keeps the session and writes plain JSON.
    data.cmd()
        .args([
            "log",
            "--date",
            &days_ago(1).to_string(),
            "chair-squat:10,10",
            "wall-push-up:10,10",
        ])
        .assert()
        .success();
    let written = data.history_bytes().unwrap();
    assert!(!written.starts_with(BOM));
    let value: serde_json::Value = serde_json::from_slice(&written).unwrap();
    assert_eq!(value["sessions"].as_array().unwrap().len(), 2);
}

#[test]
fn a_profile_with_a_byte_order_mark_is_read_and_written_back_without_it() {
    let data = Data::new();
    data.cmd()
        .args(["profile", "--weekly-target", "3"])
        .assert()
        .success();
    let bytes = with_bom(&data.profile());
    let profile = data.json(&["profile", "--json"]);
    assert_eq!(profile["weekly_target"], 3, "{profile}");
    let out = data.cmd().args(["plan"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        fs::read(data.profile()).unwrap(),
        bytes,
        "only read: untouched"
    );
    data.cmd()
        .args(["profile", "--weekly-target", "2"])
        .assert()
        .success();
    let written = fs::read(data.profile()).unwrap();
    assert!(!written.starts_with(BOM));
    assert_eq!(data.json(&["profile", "--json"])["weekly_target"], 2);
}
