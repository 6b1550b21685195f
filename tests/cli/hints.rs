//! Issue 19: every command botsterk suggests can be pasted and run as it stands: it names
//! botsterk as the user runs it (on the PATH, through cargo, or by its path).

use std::path::Path;
use std::process::Output;

use crate::common::Data;

/// botsterk run from `cwd` with `env`, without `botsterk` on the PATH.
fn run(data: &Data, env: &[(&str, &str)], cwd: &Path, args: &[&str]) -> Output {
    crate::common::botsterk()
        .env_remove("BOTSTERK_DATA_DIR")
        .env_remove("CARGO_PKG_NAME")
        .env_remove("CARGO_MANIFEST_DIR")
        .env("PATH", "/usr/bin:/bin")
        .envs(env.iter().copied())
        .current_dir(cwd)
        .args(["--lang", "en", "--data-dir"])
        .arg(&data.dir)
        .args(args)
        .output()
        .unwrap()
}

/// The `--again` hint of a `log` refused for a day that has a session.
fn hint(data: &Data, env: &[(&str, &str)], cwd: &Path) -> String {
    let log = ["log", "--date", "yesterday", "chair-squat:10"];
    let _ = run(data, env, cwd, &log);
    let out = run(data, env, cwd, &log);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    err.split("twice that day: ")
        .nth(1)
        .unwrap()
        .trim()
        .to_owned()
}

#[test]
fn not_on_the_path_the_hint_names_the_binary_that_was_run() {
    let data = Data::new();
    let bin = Path::new(env!("CARGO_BIN_EXE_botsterk"))
        .canonicalize()
        .unwrap();
    let hint = hint(&data, &[], &std::env::temp_dir());
    assert!(
        hint.starts_with(&format!("{} --data-dir", bin.display())),
        "{hint}"
    );
}

#[test]
fn under_cargo_run_the_hint_says_cargo_run() {
    let data = Data::new();
    let manifest = env!("CARGO_MANIFEST_DIR");
    let cargo = [
        ("CARGO_PKG_NAME", "botsterk"),
        ("CARGO_MANIFEST_DIR", manifest),
    ];
    let hint_here = hint(&data, &cargo, Path::new(manifest));
    // Tests run the debug build: `cargo run --` (a release build says --release).
    assert!(
        hint_here.starts_with("cargo run -- --data-dir "),
        "{hint_here}"
    );
    let hint_elsewhere = hint(&data, &cargo, &std::env::temp_dir());
    assert!(
        hint_elsewhere.starts_with(&format!(
            "cargo run --manifest-path {manifest}/Cargo.toml -- "
        )),
        "{hint_elsewhere}"
    );
}

#[test]
fn on_the_path_the_hint_says_botsterk() {
    let data = Data::new();
    let out = data
        .cmd()
        .args(["log", "--date", "yesterday", "chair-squat:10"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let out = data
        .cmd()
        .args(["log", "--date", "yesterday", "chair-squat:10"])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("twice that day: botsterk --data-dir"), "{err}");
}
