//! Lines on stdout and stderr that never panic. `println!` and `eprintln!` panic when the
//! stream cannot be written (a log on a full disk, `2>/dev/full`, a closed descriptor);
//! botsterk says what it has to say through these instead, and its exit code tells the
//! rest. Also the one question asked on the terminal itself ([`ask_at_the_terminal`]). A
//! leaf: it imports nothing of the crate.

use std::fmt::Display;
use std::io::{self, Write};

/// `botsterk: TEXT` and a newline on stderr. When stderr cannot be written there is
/// nowhere left to say it: the exit code, which the caller returns, is the message.
pub fn error(text: impl Display) {
    let mut err = io::stderr().lock();
    let _ = writeln!(err, "botsterk: {text}").and_then(|()| err.flush());
}

/// The bytes on stdout, flushed.
///
/// # Errors
/// When stdout cannot be written (a full disk, a closed pipe).
pub fn out(bytes: &[u8]) -> io::Result<()> {
    let mut out = io::stdout().lock();
    out.write_all(bytes).and_then(|()| out.flush())
}

/// Asks the person at the terminal the question given and says whether they said yes.
pub type Ask = fn(&str) -> bool;

/// The question on standard error, the answer a line on standard input: yes is `y`, `j`,
/// `yes` or `ja`; anything else (an empty line, the end of input) is no.
#[must_use]
pub fn ask_at_the_terminal(question: &str) -> bool {
    use std::io::{BufRead, Write};
    let mut err = std::io::stderr();
    if write!(err, "{question} ")
        .and_then(|()| err.flush())
        .is_err()
    {
        return false;
    }
    let mut line = String::new();
    if std::io::stdin().lock().read_line(&mut line).is_err() {
        return false;
    }
    matches!(
        line.trim().to_lowercase().as_str(),
        "y" | "yes" | "j" | "ja"
    )
}
