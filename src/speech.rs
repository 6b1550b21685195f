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
            // Cut off with all it started (still running or not: a forked helper may
            // speak on), then reaped, so no process is left behind.
            let status = end_group(&mut before)?;
            if !status.success() && !cut_short(status) {
                return Err(io::Error::other(format!(
                    "{} ended with {status}",
                    self.program.name
                )));
            }
        }
        let mut command = Command::new(&self.program.path);
        command
            .args(self.program.args(text, lang))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        // Its own process group: what it forks (an audio helper, a daemon) ends with it.
        #[cfg(unix)]
        std::os::unix::process::CommandExt::process_group(&mut command, 0);
        let child = command.spawn()?;
        self.speaking = Some(child);
        Ok(())
    }
}

impl Drop for Speaker {
    fn drop(&mut self) {
        // botsterk ends: the speech program and everything it started end with it.
        if let Some(child) = &mut self.speaking {
            let _ = end_group(child);
        }
    }
}

/// Ends `child` and every process of its group (it leads one, see [`Speaker::say`]), and
/// reaps it: how it ended. The group is signalled before the leader is reaped, so its
/// number cannot have gone to another process meanwhile.
fn end_group(child: &mut Child) -> io::Result<std::process::ExitStatus> {
    #[cfg(unix)]
    {
        let group = rustix::process::Pid::from_child(child);
        let _ = rustix::process::kill_process_group(group, rustix::process::Signal::KILL);
    }
    let _ = child.kill();
    child.wait()
}

/// Ended by [`end_group`]'s signal, not by a failure of its own.
fn cut_short(status: std::process::ExitStatus) -> bool {
    #[cfg(unix)]
    {
        std::os::unix::process::ExitStatusExt::signal(&status) == Some(9)
    }
    #[cfg(not(unix))]
    {
        let _ = status;
        true
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

    /// A process that is gone or a zombie (dead, waiting for its parent to reap it).
    #[cfg(unix)]
    fn gone(pid: &str) -> bool {
        std::fs::read_to_string(format!("/proc/{pid}/stat")).map_or(true, |stat| {
            stat.rsplit(')')
                .next()
                .is_some_and(|s| s.trim_start().starts_with('Z'))
        })
    }

    /// Waits until every pid the stand-in wrote to `pids` is gone; false at the deadline.
    #[cfg(unix)]
    fn all_gone(pids: &Path) -> bool {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        loop {
            let text = std::fs::read_to_string(pids).unwrap_or_default();
            let listed: Vec<&str> = text.split_whitespace().collect();
            if listed.iter().all(|pid| gone(pid)) {
                return true;
            }
            if std::time::Instant::now() > deadline {
                return false;
            }
            std::thread::yield_now();
        }
    }

    /// Issue 26: a speech program that forks leaves nothing behind: a cue cut short ends
    /// its whole process group, and so does the speaker's end (botsterk quitting).
    #[cfg(unix)]
    #[test]
    fn a_forking_speech_program_leaves_no_process_behind() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let pids = dir.path().join("pids");
        let script = dir.path().join("espeak-ng");
        // Forks a helper that would speak on for a minute, and waits on it.
        std::fs::write(
            &script,
            format!(
                "#!/bin/sh\nsleep 60 &\necho $! >> '{0}'\necho $$ >> '{0}'\nwait\n",
                pids.display()
            ),
        )
        .unwrap();
        std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
        let mut speaker = Speaker::new(Program {
            name: "espeak-ng",
            path: script,
        });
        // Waits until `n` pids are written: that many cue and helper processes run.
        let started = |n: usize| {
            let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
            while std::fs::read_to_string(&pids)
                .unwrap_or_default()
                .split_whitespace()
                .count()
                < n
            {
                assert!(
                    std::time::Instant::now() < deadline,
                    "the stand-in did not start"
                );
                std::thread::yield_now();
            }
        };
        speaker.say("one", Lang::En).unwrap();
        started(2);
        speaker.say("two", Lang::En).unwrap();
        started(4);
        let first: Vec<String> = std::fs::read_to_string(&pids)
            .unwrap()
            .split_whitespace()
            .take(2)
            .map(str::to_owned)
            .collect();
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        while !first.iter().all(|pid| gone(pid)) {
            assert!(
                std::time::Instant::now() < deadline,
                "the cut-off cue's helper lives on"
            );
            std::thread::yield_now();
        }
        drop(speaker);
        assert!(all_gone(&pids), "a process outlived the speaker");
    }
}
