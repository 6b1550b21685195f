//! Issue 33, item 7 (the finding 8): messages that say what is true, in both
//! languages.

use crate::common::Data;

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The binary without `--data-dir` (this test gives its own), in a fresh folder.
fn without_data_dir(data: &Data) -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::new(env!("CARGO_BIN_EXE_botsterk"));
    std::fs::create_dir_all(&data.dir).unwrap();
    cmd.current_dir(&data.dir)
        .env("PATH", crate::common::path_with_botsterk())
        .env_remove("BOTSTERK_DATA_DIR")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C");
    cmd
}

#[test]
fn an_empty_data_dir_is_called_empty_not_missing() {
    let data = Data::new();
    for (lang, said) in [("en", "--data-dir is empty"), ("nl", "--data-dir is leeg")] {
        for args in [&["--data-dir", "", "plan"][..], &["--data-dir=", "plan"]] {
            let out = without_data_dir(&data)
                .args(["--lang", lang])
                .args(args)
                .output()
                .unwrap();
            assert_eq!(out.status.code(), Some(2), "{args:?}");
            let err = stderr(&out);
            assert!(err.contains(said), "{args:?}: {err}");
            assert!(!err.contains("none was given"), "{err}");
            assert!(
                !err.contains("--data-dir ''"),
                "no empty folder repeated: {err}"
            );
        }
    }
    // Without a value at all it is still "none was given".
    let out = without_data_dir(&data)
        .args(["plan", "--data-dir"])
        .output()
        .unwrap();
    assert!(stderr(&out).contains("none was given"), "{}", stderr(&out));
}
