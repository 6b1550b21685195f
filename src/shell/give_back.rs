//! Giving the terminal back from the signal thread without ever waiting for it.
//!
//! When the terminal stops reading (a frozen emulator, a paused ssh), the main thread
//! blocks in a write to it while holding stdout's lock. A SIGTERM, SIGHUP or SIGINT must
//! still end botsterk at once (the journal is as after the last set, and the data folder's
//! lock is let go with the process), so this path never takes that lock and never
//! blocks: it opens the terminal anew without blocking (a new open file description, so
//! the shell's own stays as it was) and writes what it can.

use std::fs::{File, OpenOptions};
use std::io::{self, IsTerminal, Write};
use std::os::unix::fs::OpenOptionsExt;

/// End a synchronized frame (a frame cut off by the signal would otherwise stay
/// frozen), show the cursor, leave the alternate screen.
const GIVE_BACK: &[u8] = b"\x1b[?2026l\x1b[?25h\x1b[?1049l";

/// Gives the terminal back and says `said` on standard error, never waiting for a
/// terminal that does not read: what cannot be written at once is left unwritten.
pub(super) fn give_back_without_waiting(said: &str) {
    // tcsetattr(TCSANOW) on the terminal: no lock of ours, and it does not wait for
    // output to drain.
    let _ = crossterm::terminal::disable_raw_mode();
    if let Some(mut out) = reopen_without_blocking(1) {
        let _ = out.write_all(GIVE_BACK);
    }
    let line = format!("{said}\n");
    if io::stderr().is_terminal() {
        if let Some(mut err) = reopen_without_blocking(2) {
            let _ = err.write_all(line.as_bytes());
        }
    } else {
        // A log file or a pipe: written as always (a file does not stop reading).
        let _ = io::stderr().write_all(line.as_bytes());
    }
}

/// Standard output or error (`fd`), when it is a terminal, opened again without
/// blocking. Not for files: a new description of a file would write from its start.
fn reopen_without_blocking(fd: i32) -> Option<File> {
    let is_terminal = match fd {
        1 => io::stdout().is_terminal(),
        _ => io::stderr().is_terminal(),
    };
    if !is_terminal {
        return None;
    }
    let nonblocking = i32::try_from(rustix::fs::OFlags::NONBLOCK.bits()).ok()?;
    OpenOptions::new()
        .write(true)
        .custom_flags(nonblocking)
        .open(format!("/proc/self/fd/{fd}"))
        .or_else(|_| {
            OpenOptions::new()
                .write(true)
                .custom_flags(nonblocking)
                .open("/dev/tty")
        })
        .ok()
}
