//! The real binary in a pseudo-terminal, its output fed into a terminal emulator (vt100),
//! driven with the keys a user would press, on a date the test chooses.
//!
//! Only whole frames are read: the app wraps each frame in a synchronized update (mode
//! 2026), and the reader holds a frame's bytes back until its end mark has come, so no
//! assertion ever sees half a screen. Every wait has a deadline, so a test that fails
//! fails instead of hanging the suite; no test sleeps a fixed time to let the app catch up.

use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::path::Path;
use std::sync::{Arc, Mutex, PoisonError};
use std::thread;
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, ExitStatus, MasterPty, PtySize, native_pty_system};

use super::fake_time::{At, DEFAULT_AT};

/// How long a wait may take before the test fails with the screen it saw.
pub const WAIT: Duration = Duration::from_secs(15);
pub const POLL: Duration = Duration::from_millis(20);

pub const ENTER: &str = "\r";
pub const DOWN: &str = "\x1b[B";
pub const SPACE: &str = " ";
pub const BACKSPACE: &str = "\x7f";

/// Set-up done with the defaults and no known bone loss: nothing left out or cautioned.
pub const DEFAULT_PROFILE: &str = r#"{"version": 1, "lang": "en", "bone_status": "none",
  "cleared_for_impact": false, "program": "beginner", "weekly_target": 3, "units": "kg",
  "rest_seconds": 60, "owned_weights_kg": [], "bell": true, "get_ready_seconds": 3,
  "warm_up": false}"#;

const FRAME_BEGIN: &[u8] = b"\x1b[?2026h";
const FRAME_END: &[u8] = b"\x1b[?2026l";

/// The screen as text, one line per row.
pub fn contents(parser: &Mutex<vt100::Parser>) -> String {
    parser
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .screen()
        .contents()
}

/// Waits until the screen satisfies `pred`; panics with the screen after `timeout`.
/// Returns the screen that satisfied it.
pub fn wait_until(
    parser: &Mutex<vt100::Parser>,
    what: &str,
    timeout: Duration,
    pred: impl Fn(&str) -> bool,
) -> String {
    let deadline = Instant::now() + timeout;
    loop {
        let screen = contents(parser);
        if pred(&screen) {
            return screen;
        }
        if Instant::now() >= deadline {
            panic!("timed out after {timeout:?} waiting for {what}; the screen:\n{screen}");
        }
        thread::sleep(POLL);
    }
}

/// Waits until `text` is on the screen.
pub fn wait_for(parser: &Mutex<vt100::Parser>, text: &str, timeout: Duration) -> String {
    wait_until(parser, &format!("{text:?}"), timeout, |s| s.contains(text))
}

/// True when `needle` is on the screen as a whole number phrase: no digit right before or
/// after it, so "0 / 10" is not found in "10 / 10".
pub fn has_exact(screen: &str, needle: &str) -> bool {
    screen.match_indices(needle).any(|(i, _)| {
        let before = screen[..i].chars().next_back();
        let after = screen[i + needle.len()..].chars().next();
        !before.is_some_and(|c| c.is_ascii_digit()) && !after.is_some_and(|c| c.is_ascii_digit())
    })
}

/// The gauge label under a count: "3 / 10".
pub fn has_count(screen: &str, done: u32, target: u32) -> bool {
    has_exact(screen, &format!("{done} / {target}"))
}

pub fn size(rows: u16, cols: u16) -> PtySize {
    PtySize {
        rows,
        cols,
        pixel_width: 0,
        pixel_height: 0,
    }
}

pub fn nz(n: u16) -> NonZeroU16 {
    NonZeroU16::new(n).expect("a terminal size is never zero")
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// Passes the app's output on to the emulator a whole frame at a time: bytes outside a
/// frame (entering the alternate screen, a bell, the words printed on exit) go at once,
/// bytes inside one wait for its end mark.
#[derive(Default)]
pub struct Frames {
    pending: Vec<u8>,
    in_frame: bool,
}

impl Frames {
    /// Takes newly read bytes; returns those that may be shown now.
    pub fn take(&mut self, bytes: &[u8]) -> Vec<u8> {
        self.pending.extend_from_slice(bytes);
        let mut ready = Vec::new();
        loop {
            if self.in_frame {
                let Some(at) = find(&self.pending, FRAME_END) else {
                    break;
                };
                ready.extend(self.pending.drain(..at + FRAME_END.len()));
                self.in_frame = false;
            } else if let Some(at) = find(&self.pending, FRAME_BEGIN) {
                ready.extend(self.pending.drain(..at + FRAME_BEGIN.len()));
                self.in_frame = true;
            } else {
                // All of it but a tail that may be the start of a begin mark.
                let keep = (1..FRAME_BEGIN.len())
                    .rev()
                    .find(|&n| self.pending.ends_with(&FRAME_BEGIN[..n]))
                    .unwrap_or(0);
                let upto = self.pending.len() - keep;
                ready.extend(self.pending.drain(..upto));
                break;
            }
        }
        ready
    }

    /// At the end of the output: whatever is left (a frame cut off by the app's death).
    pub fn rest(&mut self) -> Vec<u8> {
        std::mem::take(&mut self.pending)
    }
}

/// How to start the app: when, how fast its clock runs, with which arguments and
/// environment.
pub struct Start<'a> {
    pub at: At,
    /// The clock runs this many times the real pace (holds and rests too).
    pub speed: u32,
    pub rows: u16,
    pub cols: u16,
    pub args: &'a [&'a str],
    pub envs: &'a [(&'a str, String)],
    /// Writes the default profile first (set-up done) unless the data dir has one.
    pub set_up: bool,
}

impl Default for Start<'_> {
    fn default() -> Self {
        Self {
            at: DEFAULT_AT,
            speed: 1,
            rows: 24,
            cols: 80,
            args: &["--lang", "en"],
            envs: &[],
            set_up: true,
        }
    }
}

/// The app running in a pseudo-terminal. Dropping it kills the app, so a failing test
/// never leaves a process behind.
pub struct Tui {
    pub child: Box<dyn Child + Send + Sync>,
    writer: Box<dyn Write + Send>,
    master: Box<dyn MasterPty + Send>,
    pub parser: Arc<Mutex<vt100::Parser>>,
    /// While set, nothing is read from the terminal: a frozen emulator, a paused ssh.
    not_reading: Arc<std::sync::atomic::AtomicBool>,
}

impl Tui {
    /// Starts `botsterk --data-dir <data_dir> --lang en` in a `cols` x `rows` terminal at
    /// the default time, with set-up already done (a default profile, no known bone loss)
    /// unless the data dir has a profile of its own.
    pub fn spawn(data_dir: &Path, rows: u16, cols: u16) -> Self {
        Self::start(
            data_dir,
            Start {
                rows,
                cols,
                ..Start::default()
            },
        )
    }

    /// The same, started at `at`.
    pub fn spawn_at(at: At, data_dir: &Path, rows: u16, cols: u16) -> Self {
        Self::start(
            data_dir,
            Start {
                at,
                rows,
                cols,
                ..Start::default()
            },
        )
    }

    /// Starts botsterk as it is (no profile written) with extra arguments.
    pub fn spawn_first_run(data_dir: &Path, rows: u16, cols: u16, args: &[&str]) -> Self {
        Self::start(
            data_dir,
            Start {
                rows,
                cols,
                args,
                set_up: false,
                ..Start::default()
            },
        )
    }

    /// Starts botsterk as it is with extra arguments and environment variables.
    pub fn spawn_with_env(
        data_dir: &Path,
        rows: u16,
        cols: u16,
        args: &[&str],
        envs: &[(&str, String)],
    ) -> Self {
        Self::start(
            data_dir,
            Start {
                rows,
                cols,
                args,
                envs,
                set_up: false,
                ..Start::default()
            },
        )
    }

    pub fn start(data_dir: &Path, how: Start<'_>) -> Self {
        let profile = data_dir.join("profile.json");
        if how.set_up && !profile.exists() {
            std::fs::create_dir_all(data_dir).unwrap();
            std::fs::write(&profile, DEFAULT_PROFILE).unwrap();
        }
        let pair = native_pty_system()
            .openpty(size(how.rows, how.cols))
            .expect("open a pty");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_botsterk"));
        cmd.arg("--data-dir");
        cmd.arg(data_dir);
        cmd.args(how.args);
        cmd.env("TERM", "xterm-256color");
        cmd.env("LANG", "C.UTF-8");
        cmd.env_remove("LC_ALL");
        cmd.env_remove("NO_COLOR");
        cmd.env_remove("BOTSTERK_DATA_DIR");
        for (name, value) in how.at.env(how.speed) {
            cmd.env(name, value);
        }
        for (name, value) in how.envs {
            cmd.env(name, value);
        }
        if let Some(parent) = data_dir.parent() {
            cmd.cwd(parent);
        }
        let child = pair.slave.spawn_command(cmd).expect("spawn botsterk");
        // Only the child holds the slave now, so the reader sees the end when it exits.
        drop(pair.slave);
        let parser = Arc::new(Mutex::new(vt100::Parser::new(
            nz(how.rows),
            nz(how.cols),
            0,
        )));
        let mut reader = pair.master.try_clone_reader().expect("pty reader");
        let sink = Arc::clone(&parser);
        let not_reading = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let paused = Arc::clone(&not_reading);
        thread::spawn(move || {
            let mut buf = [0u8; 8192];
            let mut frames = Frames::default();
            let show = |bytes: &[u8]| {
                sink.lock()
                    .unwrap_or_else(PoisonError::into_inner)
                    .process(bytes);
            };
            loop {
                while paused.load(std::sync::atomic::Ordering::Relaxed) {
                    thread::sleep(POLL);
                }
                match reader.read(&mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => show(&frames.take(&buf[..n])),
                }
            }
            show(&frames.rest());
        });
        let writer = pair.master.take_writer().expect("pty writer");
        Self {
            child,
            writer,
            master: pair.master,
            parser,
            not_reading,
        }
    }

    /// Stops reading what botsterk writes (the read under way still ends), as a frozen
    /// terminal would: once the terminal's buffer is full, botsterk's writes block.
    pub fn stop_reading(&self) {
        self.not_reading
            .store(true, std::sync::atomic::Ordering::Relaxed);
    }

    /// Redraws the whole screen (a resize, back and forth) until botsterk's main thread
    /// waits in a write to the terminal; panics after [`WAIT`]. Call after
    /// [`Self::stop_reading`].
    pub fn redraw_until_blocked(&mut self, rows: u16, cols: u16) {
        let pid = self.child.process_id().expect("botsterk's pid");
        let deadline = Instant::now() + WAIT;
        let mut bigger = true;
        loop {
            let wchan = std::fs::read_to_string(format!("/proc/{pid}/wchan")).unwrap_or_default();
            // Where Linux names a thread that waits for room in a terminal's buffer.
            if ["wait_woken", "n_tty_write", "tty_write"].contains(&wchan.trim()) {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "botsterk's writes never blocked (wchan {wchan})"
            );
            let (r, c) = if bigger {
                (rows + 6, cols + 20)
            } else {
                (rows, cols)
            };
            // The emulator is not read now: only the terminal's size changes.
            self.master.resize(size(r, c)).expect("resize the pty");
            bigger = !bigger;
            thread::sleep(POLL);
        }
    }

    pub fn press(&mut self, key: &str) {
        self.writer.write_all(key.as_bytes()).expect("send a key");
        self.writer.flush().expect("send a key");
    }

    pub fn wait_for(&self, text: &str) -> String {
        wait_for(&self.parser, text, WAIT)
    }

    /// Waits for a screen that shows all of `texts` at once (say its words and its key
    /// bar).
    pub fn wait_for_all(&self, texts: &[&str]) -> String {
        self.wait_until(&format!("{texts:?}"), |s| {
            texts.iter().all(|t| s.contains(t))
        })
    }

    pub fn wait_until(&self, what: &str, pred: impl Fn(&str) -> bool) -> String {
        wait_until(&self.parser, what, WAIT, pred)
    }

    pub fn screen(&self) -> String {
        contents(&self.parser)
    }

    /// Resizes the terminal: the emulator first, so the redraw after the resize is read at
    /// the new size.
    pub fn resize(&mut self, rows: u16, cols: u16) {
        self.parser
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .set_size(nz(rows), nz(cols));
        self.master
            .resize(size(rows, cols))
            .expect("resize the pty");
    }

    pub fn is_running(&mut self) -> bool {
        self.child.try_wait().expect("query the child").is_none()
    }

    pub fn wait_exit(&mut self) -> ExitStatus {
        let deadline = Instant::now() + WAIT;
        loop {
            if let Some(status) = self.child.try_wait().expect("query the child") {
                return status;
            }
            assert!(
                Instant::now() < deadline,
                "botsterk did not exit; the screen:\n{}",
                self.screen()
            );
            thread::sleep(POLL);
        }
    }
}

impl Drop for Tui {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

#[cfg(test)]
mod frames_tests {
    use super::Frames;

    #[test]
    fn a_frame_is_held_back_until_its_end_even_across_reads() {
        let mut frames = Frames::default();
        assert_eq!(frames.take(b"\x1b[?1049hab\x1b[?20"), b"\x1b[?1049hab");
        assert_eq!(frames.take(b"26hhalf"), b"\x1b[?2026h");
        assert_eq!(frames.take(b" a frame\x1b[?2026"), b"");
        assert_eq!(
            frames.take(b"l\x07"),
            b"half a frame\x1b[?2026l\x07".to_vec()
        );
        assert_eq!(frames.take(b"\x1b[?2026hcut"), b"\x1b[?2026h");
        assert_eq!(frames.rest(), b"cut");
    }
}
