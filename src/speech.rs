//! Spoken cues: a speech program found on the PATH, started and never waited on.
//!
//! Only the shell speaks. A cue still speaking when the next is due is cut off, so the
//! voice never lags behind the timers; a program that cannot be started or that failed
//! is reported once, and the shell rings the bell instead from then on.

use std::ffi::OsStr;
use std::io;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use crate::i18n::Lang;

/// The speech programs botsterk knows, in the order they are looked for.
const PROGRAMS: [&str; 3] = ["espeak-ng", "spd-say", "say"];

/// A speech program and where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Program {
    pub name: &'static str,
    pub path: PathBuf,
}

impl Program {
    /// The first known speech program in `path_var` (the PATH's value), if any.
    #[must_use]
    pub fn find(path_var: Option<&OsStr>) -> Option<Self> {
        let dirs: Vec<PathBuf> = path_var.map(|p| std::env::split_paths(p).collect())?;
        PROGRAMS.iter().find_map(|name| {
            dirs.iter()
                .map(|dir| dir.join(name))
                .find(|path| is_executable(path))
                .map(|path| Self { name, path })
        })
    }

    /// The arguments that say `text` in `lang`'s voice.
    #[must_use]
    pub fn args(&self, text: &str, lang: Lang) -> Vec<String> {
        let code = match lang {
            Lang::En => "en",
            Lang::Nl => "nl",
        };
        match self.name {
            "espeak-ng" => vec!["-v".into(), code.into(), text.into()],
            "spd-say" => vec!["-l".into(), code.into(), text.into()],
            // macOS: Xander is its Dutch voice; English is the system's own.
            _ if lang == Lang::Nl => vec!["-v".into(), "Xander".into(), text.into()],
            _ => vec![text.into()],
        }
    }
}

#[cfg(unix)]
fn is_executable(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    path.metadata()
        .is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}

#[cfg(not(unix))]
fn is_executable(path: &Path) -> bool {
    path.is_file()
}

/// Says one cue at a time.
#[derive(Debug)]
pub struct Speaker {
    program: Program,
    speaking: Option<Child>,
}

impl Speaker {
    #[must_use]
    pub fn new(program: Program) -> Self {
        Self {
            program,
            speaking: None,
        }
    }

    /// Starts saying `text`, cutting off the cue before if it still speaks.
    ///
    /// # Errors
    /// When the program cannot be started, or the cue before ended in failure (a voice
    /// missing for the language, no audio): the caller then rings the bell instead.
    pub fn say(&mut self, text: &str, lang: Lang) -> io::Result<()> {
        if let Some(mut before) = self.speaking.take() {
            match before.try_wait()? {
                Some(status) if !status.success() => {
                    return Err(io::Error::other(format!(
                        "{} ended with {status}",
                        self.program.name
                    )));
                }
                Some(_) => {}
                None => {
                    // Still speaking: cut off, and reaped so no process is left behind.
                    let _ = before.kill();
                    let _ = before.wait();
                }
            }
        }
        let child = Command::new(&self.program.path)
            .args(self.program.args(text, lang))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()?;
        self.speaking = Some(child);
        Ok(())
    }
}

impl Drop for Speaker {
    fn drop(&mut self) {
        // The last cue may finish on its own; only reap it if it already has.
        if let Some(child) = &mut self.speaking {
            let _ = child.try_wait();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_voice_follows_the_language() {
        let espeak = Program {
            name: "espeak-ng",
            path: "/usr/bin/espeak-ng".into(),
        };
        assert_eq!(espeak.args("tien", Lang::Nl), ["-v", "nl", "tien"]);
        let say = Program {
            name: "say",
            path: "/usr/bin/say".into(),
        };
        assert_eq!(say.args("ten", Lang::En), ["ten"]);
    }

    #[test]
    fn nothing_is_found_on_an_empty_path() {
        assert_eq!(Program::find(None), None);
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(Program::find(Some(dir.path().as_os_str())), None);
    }
}
