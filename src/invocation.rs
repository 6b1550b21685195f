//! The name botsterk is run by, for the commands it suggests: a hint must work when pasted
//! as it stands. The texts say `botsterk ...`; [`rewrite`] puts the real way in: plain
//! `botsterk` when that name on the PATH is this very program, `cargo run --release --`
//! when cargo started it (as the README's first steps do), else the path that was run.

use std::path::{Path, PathBuf};

/// How this process was started, as far as the hints care.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Started {
    /// This program's file (`current_exe`), links resolved.
    pub exe: PathBuf,
    /// What `botsterk` on the PATH resolves to, links resolved; `None` when it is absent.
    pub on_path: Option<PathBuf>,
    /// `CARGO_MANIFEST_DIR` when cargo started botsterk (`cargo run` sets it, with
    /// `CARGO_PKG_NAME=botsterk`).
    pub cargo_manifest_dir: Option<PathBuf>,
    /// The current folder, to know whether cargo needs `--manifest-path`.
    pub cwd: Option<PathBuf>,
}

impl Started {
    /// This process, from its environment.
    #[must_use]
    pub fn now() -> Self {
        let exe = std::env::current_exe()
            .ok()
            .map(|exe| exe.canonicalize().unwrap_or(exe))
            .unwrap_or_else(|| PathBuf::from("botsterk"));
        let on_path = std::env::var_os("PATH").and_then(|path| {
            std::env::split_paths(&path)
                .map(|dir| dir.join(format!("botsterk{}", std::env::consts::EXE_SUFFIX)))
                .find(|candidate| candidate.is_file())
                .map(|found| found.canonicalize().unwrap_or(found))
        });
        let cargo_manifest_dir = (std::env::var("CARGO_PKG_NAME").as_deref() == Ok("botsterk"))
            .then(|| std::env::var_os("CARGO_MANIFEST_DIR").map(PathBuf::from))
            .flatten();
        Self {
            exe,
            on_path,
            cargo_manifest_dir,
            cwd: std::env::current_dir().ok(),
        }
    }

    /// The words that run this botsterk, to stand where the texts say `botsterk`.
    #[must_use]
    pub fn name(&self) -> String {
        if self.on_path.as_deref() == Some(self.exe.as_path()) {
            return "botsterk".to_owned();
        }
        // Cargo's own binary (target/release or target/debug) under cargo: run it the same
        // way, since a rebuild may replace it.
        let profile = self
            .exe
            .parent()
            .and_then(Path::file_name)
            .and_then(|p| p.to_str());
        if let (Some(manifest), Some(profile @ ("release" | "debug"))) =
            (&self.cargo_manifest_dir, profile)
        {
            let mut run = String::from("cargo run");
            if profile == "release" {
                run += " --release";
            }
            if self.cwd.as_deref() != Some(manifest.as_path()) {
                run += " --manifest-path ";
                run += &quote(&manifest.join("Cargo.toml"));
            }
            return run + " --";
        }
        quote(&self.exe)
    }
}

/// botsterk's commands and their Dutch names (a test in `cli::words` holds it to clap's).
pub(crate) const COMMANDS: [&str; 29] = [
    "plan",
    "log",
    "noteer",
    "weight",
    "gewicht",
    "pain-check",
    "pijncheck",
    "restore",
    "herstel",
    "profile",
    "instellingen",
    "profiel",
    "test",
    "testdag",
    "fall",
    "val",
    "demo",
    "history",
    "logboek",
    "report",
    "verslag",
    "status",
    "vandaag",
    "remind",
    "herinner",
    "completions",
    "aanvullingen",
    "man",
    "handleiding",
];

/// `text` with every suggested command (`botsterk` followed by a command or a flag) run as
/// `name`. Words about the program ("a newer botsterk") stay.
#[must_use]
pub fn rewrite(text: &str, name: &str) -> String {
    if name == "botsterk" {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("botsterk") {
        let (before, from) = rest.split_at(at);
        out.push_str(before);
        let after = &from["botsterk".len()..];
        let starts_word = out
            .chars()
            .last()
            .is_none_or(|c| c.is_whitespace() || matches!(c, '`' | '(' | '\'' | '"' | ':'));
        if starts_word && is_command(after) {
            out.push_str(name);
        } else {
            out.push_str("botsterk");
        }
        rest = after;
    }
    out.push_str(rest);
    out
}

/// Whether `after` ("botsterk" cut off) goes on as a command line: a command, a flag, or
/// the end of a quoted command (`botsterk`).
fn is_command(after: &str) -> bool {
    if after.starts_with('`') {
        return true;
    }
    let Some(words) = after.strip_prefix(' ') else {
        return false;
    };
    let word: String = words
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect();
    word.starts_with("--") || COMMANDS.contains(&word.as_str())
}

/// A path as a shell takes it: in single quotes when it holds more than plain characters.
fn quote(path: &Path) -> String {
    let text = path.display().to_string();
    let plain = text
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "/._-+:".contains(c));
    if plain {
        text
    } else {
        format!("'{}'", text.replace('\'', r"'\''"))
    }
}

/// A path as one shell word, for a command a hint or an error names (`--data-dir DIR`,
/// `restore BACKUP`); [`quote`] above is the program's own path in [`rewrite`].
#[must_use]
pub fn shell_word(path: &Path) -> String {
    let text = path.display().to_string();
    let plain = |c: char| c.is_ascii_alphanumeric() || "/._-+:@%,=".contains(c);
    if !text.is_empty() && text.chars().all(plain) {
        text
    } else if cfg!(windows) {
        format!("\"{text}\"")
    } else {
        format!("'{}'", text.replace('\'', r"'\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_quoted_for_a_shell_only_when_needed() {
        assert_eq!(
            shell_word(Path::new("/home/ann/.local/share/botsterk/x.json")),
            "/home/ann/.local/share/botsterk/x.json"
        );
        #[cfg(unix)]
        {
            assert_eq!(
                shell_word(Path::new("/Users/ann/Library/Application Support/b")),
                "'/Users/ann/Library/Application Support/b'"
            );
            assert_eq!(shell_word(Path::new("/tmp/it's")), r"'/tmp/it'\''s'");
        }
    }

    fn started(exe: &str, on_path: Option<&str>, cargo: Option<&str>, cwd: &str) -> Started {
        Started {
            exe: exe.into(),
            on_path: on_path.map(PathBuf::from),
            cargo_manifest_dir: cargo.map(PathBuf::from),
            cwd: Some(cwd.into()),
        }
    }

    #[test]
    fn the_name_is_the_way_this_botsterk_can_be_run_again() {
        let installed = "/home/ann/.cargo/bin/botsterk";
        let built = "/src/botsterk/target/release/botsterk";
        let cases = [
            (
                started(installed, Some(installed), None, "/home/ann"),
                "botsterk",
            ),
            // Installed, but this is another copy: the name would run the other one.
            (started(built, Some(installed), None, "/home/ann"), built),
            (
                started(built, None, Some("/src/botsterk"), "/src/botsterk"),
                "cargo run --release --",
            ),
            (
                started(
                    "/src/botsterk/target/debug/botsterk",
                    None,
                    Some("/src/botsterk"),
                    "/src/botsterk",
                ),
                "cargo run --",
            ),
            (
                started(built, None, Some("/src/botsterk"), "/tmp"),
                "cargo run --release --manifest-path /src/botsterk/Cargo.toml --",
            ),
            (
                started("/opt/my tools/botsterk", None, None, "/"),
                "'/opt/my tools/botsterk'",
            ),
        ];
        for (started, expected) in cases {
            assert_eq!(started.name(), expected, "{started:?}");
        }
    }

    #[test]
    fn only_suggested_commands_are_rewritten() {
        let name = "cargo run --release --";
        let cases = [
            (
                "answer with: botsterk weight deadlift 8",
                "answer with: cargo run --release -- weight deadlift 8",
            ),
            (
                "`botsterk --data-dir /d history`, or `botsterk` and press h",
                "`cargo run --release -- --data-dir /d history`, or `cargo run --release --` and press h",
            ),
            (
                "(botsterk profile --include brings it back)",
                "(cargo run --release -- profile --include brings it back)",
            ),
            ("a newer botsterk wrote it", "a newer botsterk wrote it"),
            ("een botsterk-commando", "een botsterk-commando"),
            (
                "/home/ann/.local/share/botsterk/x",
                "/home/ann/.local/share/botsterk/x",
            ),
            ("botsterk has not changed it", "botsterk has not changed it"),
        ];
        for (text, expected) in cases {
            assert_eq!(rewrite(text, name), expected, "{text}");
        }
        assert_eq!(rewrite("botsterk plan", "botsterk"), "botsterk plan");
    }
}
