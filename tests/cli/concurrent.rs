//! Issue 14: many `profile` and `log` commands at once on one data folder. Each either
//! keeps its change or refuses with a clear message (exit 1, "try again"); none reports
//! success and loses its change.

use std::process::{Child, Stdio};

use crate::common::{Data, days_ago};
use serde_json::Value;

fn spawn(data: &Data, args: &[String]) -> Child {
    crate::common::std_botsterk()
        .env_remove("BOTSTERK_DATA_DIR")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C")
        .arg("--data-dir")
        .arg(&data.dir)
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn botsterk")
}

/// Whether a change is in the files: given the profile and the history as JSON.
type Kept = Box<dyn Fn(&Value, &Value) -> bool>;

/// What one command changes, and how to see it in the files afterwards.
struct Case {
    args: Vec<String>,
    kept: Kept,
}

fn profile_case(flag: &str, value: &str, field: &'static str, expected: Value) -> Case {
    Case {
        args: vec!["profile".into(), flag.into(), value.into()],
        kept: Box::new(move |profile, _| profile[field] == expected),
    }
}

fn log_case(days: u64) -> Case {
    let date = days_ago(days).to_string();
    let wanted = date.clone();
    Case {
        args: vec![
            "log".into(),
            "--date".into(),
            date,
            "chair-squat:10,10:right".into(),
        ],
        kept: Box::new(move |_, history| {
            history["sessions"]
                .as_array()
                .is_some_and(|s| s.iter().any(|s| s["date"] == wanted.as_str()))
        }),
    }
}

#[test]
fn many_profile_and_log_commands_at_once_keep_every_change_or_refuse() {
    for round in 0..3 {
        let data = Data::new();
        let cases = vec![
            profile_case(
                "--bone-status",
                "osteoporosis",
                "bone_status",
                "osteoporosis".into(),
            ),
            profile_case(
                "--cleared-for-impact",
                "yes",
                "cleared_for_impact",
                true.into(),
            ),
            // --yes: with osteoporosis set at the same time, the switch is meant.
            Case {
                args: vec![
                    "profile".into(),
                    "--program".into(),
                    "advanced".into(),
                    "--yes".into(),
                ],
                kept: Box::new(|profile, _| profile["program"] == "advanced"),
            },
            profile_case("--weekly-target", "2", "weekly_target", 2.into()),
            profile_case("--units", "lb", "units", "lb".into()),
            profile_case("--rest-seconds", "90", "rest_seconds", 90.into()),
            profile_case(
                "--owned-weights",
                // With the unit: --units lb runs beside it, and a bare number is in the
                // profile's unit at the moment it is read.
                "4kg,8kg",
                "owned_weights_kg",
                serde_json::json!([4.0, 8.0]),
            ),
            log_case(3 + round * 10),
            log_case(5 + round * 10),
            log_case(7 + round * 10),
            log_case(9 + round * 10),
        ];
        let children: Vec<Child> = cases.iter().map(|c| spawn(&data, &c.args)).collect();
        let outcomes: Vec<_> = children
            .into_iter()
            .map(|c| c.wait_with_output().expect("wait for botsterk"))
            .collect();
        let read = |path: std::path::PathBuf| -> Value {
            std::fs::read(path)
                .ok()
                .map_or(Value::Null, |b| serde_json::from_slice(&b).unwrap())
        };
        let profile = read(data.profile());
        let history = read(data.history());
        for (case, out) in cases.iter().zip(&outcomes) {
            let stderr = String::from_utf8_lossy(&out.stderr);
            if out.status.success() {
                assert!(
                    (case.kept)(&profile, &history),
                    "{:?} reported success but its change is gone:\n{profile:#}",
                    case.args
                );
            } else {
                assert_eq!(out.status.code(), Some(1), "{:?}: {stderr}", case.args);
                assert!(stderr.contains("try again"), "{:?}: {stderr}", case.args);
            }
        }
    }
}
