//! Spoken cues: a speech program found on the PATH, started and never waited on
//! (`espeak-ng` once for the whole session, reading the cues on its standard input).
//!
//! Only the shell speaks. A cue still speaking when the next is due is cut off, so the
//! voice never lags behind the timers; a program that cannot be started or that failed
//! is reported once, and the shell rings the bell instead from then on.

use std::ffi::OsStr;
use std::io;
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::time::{Duration, Instant};

use crate::lang::Lang;

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
///
/// `espeak-ng` (the program itself, not a script standing in for it) is started once and
/// reads the cues on its standard input, a line each: one process for the whole session
/// instead of one per cue (a paced set has about fifty). A cue due while the one before is
/// still being said ends that process and starts another, so the voice never lags; only
/// then. Other programs (and stand-ins) are started for each cue with its text as an
/// argument, the one before cut off if it still speaks.
#[derive(Debug)]
pub struct Speaker {
    program: Program,
    /// Reads the cues on its standard input (see above).
    streams: bool,
    speaking: Option<Voice>,
}

/// The speech program running.
#[derive(Debug)]
struct Voice {
    child: Child,
    /// Where the cues are written, when the program reads them there.
    input: Option<ChildStdin>,
    lang: Lang,
    /// Until when the last cue is being said, at most (see [`speaking_time`]).
    busy_until: Instant,
}

/// How long a cue can take to say, at the most: `espeak-ng` says about 14 characters a
/// second at its usual rate; the estimate is longer, so that a cue is never queued behind
/// one still being said (a cue thought still speaking only costs a restart).
fn speaking_time(text: &str) -> Duration {
    let chars = u32::try_from(text.chars().count()).unwrap_or(u32::MAX);
    Duration::from_millis(150) + Duration::from_millis(70) * chars
}

impl Speaker {
    #[must_use]
    pub fn new(program: Program) -> Self {
        let streams = program.name == "espeak-ng" && is_binary(&program.path);
        Self {
            program,
            streams,
            speaking: None,
        }
    }

    /// A speaker that writes the cues to one long-lived program's standard input, whatever
    /// the program is (for the tests' stand-ins).
    #[must_use]
    pub fn streaming(program: Program) -> Self {
        Self {
            program,
            streams: true,
            speaking: None,
        }
    }

    /// Starts saying `text`, cutting off the cue before if it still speaks.
    ///
    /// # Errors
    /// When the program cannot be started, or the cue before ended in failure (a voice
    /// missing for the language, no audio): the caller then rings the bell instead.
    pub fn say(&mut self, text: &str, lang: Lang) -> io::Result<()> {
        self.say_at(text, lang, Instant::now())
    }

    /// [`Self::say`] at `now`.
    ///
    /// # Errors
    /// As [`Self::say`].
    pub fn say_at(&mut self, text: &str, lang: Lang, now: Instant) -> io::Result<()> {
        // A program reading the cues that ended by itself has failed (it reads until its
        // input is closed): reaped here, so not signalled below.
        let mut ended = None;
        if let Some(voice) = self.speaking.as_mut().filter(|_| self.streams) {
            ended = voice.child.try_wait()?;
            let idle = voice.lang == lang && now >= voice.busy_until;
            if ended.is_none() && idle && write_line(voice, text).is_ok() {
                voice.busy_until = now + speaking_time(text);
                return Ok(());
            }
        }
        if let Some(mut before) = self.speaking.take() {
            // Cut off with all it started (still running or not: a forked helper may
            // speak on), then reaped, so no process is left behind.
            drop(before.input.take());
            let status = match ended {
                Some(status) => status,
                None => end_group(&mut before.child)?,
            };
            if !status.success() && !cut_short(status) {
                return Err(io::Error::other(format!(
                    "{} ended with {status}",
                    self.program.name
                )));
            }
        }
        let mut command = Command::new(&self.program.path);
        if self.streams {
            command
                .arg("--stdin")
                .args(self.program.args("", lang).iter().filter(|a| !a.is_empty()))
                .stdin(Stdio::piped());
        } else {
            command
                .args(self.program.args(text, lang))
                .stdin(Stdio::null());
        }
        command.stdout(Stdio::null()).stderr(Stdio::null());
        // Its own process group: what it forks (an audio helper, a daemon) ends with it.
        #[cfg(unix)]
        std::os::unix::process::CommandExt::process_group(&mut command, 0);
        let mut child = command.spawn()?;
        let mut voice = Voice {
            input: child.stdin.take(),
            child,
            lang,
            busy_until: now + speaking_time(text),
        };
        if self.streams {
            let written = write_line(&mut voice, text);
            self.speaking = Some(voice);
            written?;
        } else {
            self.speaking = Some(voice);
        }
        Ok(())
    }
}

/// One cue on the program's standard input, a line of its own.
fn write_line(voice: &mut Voice, text: &str) -> io::Result<()> {
    use std::io::Write;
    let input = voice
        .input
        .as_mut()
        .ok_or_else(|| io::Error::other("no input"))?;
    // One line: a cue never holds a line break, but a text could.
    let line: String = text
        .chars()
        .map(|c| if c == '\n' || c == '\r' { ' ' } else { c })
        .collect();
    input.write_all(format!("{line}\n").as_bytes())?;
    input.flush()
}

/// Whether `path` is a program itself (ELF or Mach-O), not a script: a script standing in
/// for `espeak-ng` may not read its standard input.
fn is_binary(path: &Path) -> bool {
    use std::io::Read;
    let mut magic = [0u8; 4];
    std::fs::File::open(path)
        .and_then(|mut f| f.read_exact(&mut magic))
        .is_ok_and(|()| {
            magic == *b"\x7fELF"
                || matches!(
                    u32::from_le_bytes(magic),
                    0xfeed_face | 0xfeed_facf | 0xbeba_feca
                )
        })
}

impl Drop for Speaker {
    fn drop(&mut self) {
        // botsterk ends: the speech program and everything it started end with it.
        if let Some(voice) = &mut self.speaking {
            drop(voice.input.take());
            let _ = end_group(&mut voice.child);
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

    /// A stand-in that reads cues on its input, logging `start ARGS` once and `PID CUE`
    /// for each cue; `fails` makes it end at once with an error instead.
    #[cfg(unix)]
    fn reading_stand_in(dir: &Path, fails: bool) -> (Program, std::path::PathBuf) {
        use std::os::unix::fs::PermissionsExt;
        let log = dir.join("log");
        let script = dir.join("espeak-ng");
        let body = if fails {
            "exit 1\n".to_owned()
        } else {
            format!(
                "echo \"start $*\" >> '{0}'\nwhile IFS= read -r line; do echo \"$$ $line\" >> '{0}'; done\n",
                log.display()
            )
        };
        std::fs::write(&script, format!("#!/bin/sh\n{body}")).unwrap();
        std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
        (
            Program {
                name: "espeak-ng",
                path: script,
            },
            log,
        )
    }

    /// The log's lines once it has `n` of them.
    #[cfg(unix)]
    fn lines(log: &Path, n: usize) -> Vec<String> {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        loop {
            let text = std::fs::read_to_string(log).unwrap_or_default();
            let lines: Vec<String> = text.lines().map(str::to_owned).collect();
            if lines.len() >= n {
                return lines;
            }
            assert!(std::time::Instant::now() < deadline, "only {lines:?}");
            std::thread::yield_now();
        }
    }

    /// Issue 28: one process for the cues of a session, each cue a line on its input; a
    /// cue due while the one before is still being said starts another (the cut), and so
    /// does another language.
    #[cfg(unix)]
    #[test]
    fn one_speech_program_reads_every_cue_and_is_restarted_only_to_cut_one_short() {
        let dir = tempfile::tempdir().unwrap();
        let (program, log) = reading_stand_in(dir.path(), false);
        let mut speaker = Speaker::streaming(program);
        let t0 = Instant::now();
        let s = Duration::from_secs(1);
        speaker.say_at("three", Lang::En, t0).unwrap();
        speaker.say_at("two", Lang::En, t0 + s).unwrap();
        speaker.say_at("one", Lang::En, t0 + 2 * s).unwrap();
        let said = lines(&log, 4);
        assert_eq!(said[0], "start --stdin -v en");
        let pid = said[1].split(' ').next().unwrap().to_owned();
        assert_eq!(
            said[1..],
            [
                format!("{pid} three"),
                format!("{pid} two"),
                format!("{pid} one")
            ]
        );
        // "go" 10 ms after "one": "one" is still being said, so it is cut off.
        speaker
            .say_at("go", Lang::En, t0 + 2 * s + Duration::from_millis(10))
            .unwrap();
        let said = lines(&log, 6);
        assert_eq!(said[4], "start --stdin -v en");
        assert!(
            said[5].ends_with(" go") && !said[5].starts_with(&pid),
            "{said:?}"
        );
        assert!(gone(&pid), "the cut-off program lives on");
        speaker.say_at("rust", Lang::Nl, t0 + 9 * s).unwrap();
        assert_eq!(lines(&log, 8)[6], "start --stdin -v nl");
        drop(speaker);
    }

    /// A speech program that ends at once (a voice missing, no audio) is a failure the
    /// next cue reports: the shell rings the bell from then on.
    #[cfg(unix)]
    #[test]
    fn a_speech_program_that_ends_by_itself_is_reported_at_the_next_cue() {
        let dir = tempfile::tempdir().unwrap();
        let (program, _) = reading_stand_in(dir.path(), true);
        let mut speaker = Speaker::streaming(program);
        let t0 = Instant::now();
        // Its input may be closed before or after the first cue is written.
        let _ = speaker.say_at("three", Lang::En, t0);
        let mut failed = false;
        for n in 1..200 {
            if speaker
                .say_at("two", Lang::En, t0 + Duration::from_secs(n))
                .is_err()
            {
                failed = true;
                break;
            }
            std::thread::sleep(Duration::from_millis(5));
        }
        assert!(failed);
    }

    /// Only the program itself reads cues on its input: a script standing in for it is
    /// given each cue as an argument, as before.
    #[cfg(target_os = "linux")]
    #[test]
    fn only_a_program_itself_reads_its_cues_on_its_input() {
        assert!(is_binary(Path::new("/bin/sh")) || is_binary(Path::new("/usr/bin/sh")));
        let dir = tempfile::tempdir().unwrap();
        let (program, _) = reading_stand_in(dir.path(), false);
        assert!(!is_binary(&program.path));
        assert!(!Speaker::new(program).streams);
    }
}
