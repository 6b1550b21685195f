//! Commands that refusals suggest, written out whole so that they can be pasted and run
//! (with the program's real name put in by [`crate::invocation::rewrite`]).

use std::fmt::Write;
use std::path::Path;

use crate::invocation::shell_word;
use crate::typed_entry::Request;

/// The `log` command as typed, with `--again`: a second session on the same day.
#[must_use]
pub fn log_again(request: &Request) -> String {
    log_with(request, "--again")
}

/// The `log` command as typed, with `--yes`: a logged weight asked about is meant.
#[must_use]
pub fn log_yes(request: &Request) -> String {
    log_with(request, "--yes")
}

/// The `log` command as typed, with `flag` after `log` (and the flags typed).
fn log_with(request: &Request, flag: &str) -> String {
    let mut out = String::from("botsterk ");
    if let Some(dir) = &request.data_dir {
        let _ = write!(out, "--data-dir {} ", shell_word(dir));
    }
    out += "log ";
    out += flag;
    if request.again && flag != "--again" {
        out += " --again";
    }
    if let Some(date) = &request.date {
        let _ = write!(out, " --date {}", shell_word(Path::new(date)));
    }
    if let Some(program) = request.program {
        let _ = write!(out, " --program {}", program.as_str());
    }
    for entry in &request.entries {
        let _ = write!(out, " {}", shell_word(Path::new(entry)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Program;

    #[test]
    fn the_again_command_repeats_what_was_typed() {
        let request = Request {
            date: Some("30-11-2026".into()),
            program: Some(Program::Beginner),
            entries: vec!["Opdrukken tegen de muur:10".into(), "stomp:20".into()],
            again: false,
            yes: false,
            data_dir: Some("/tmp/my data".into()),
        };
        assert_eq!(
            log_again(&request),
            "botsterk --data-dir '/tmp/my data' log --again --date 30-11-2026 --program beginner 'Opdrukken tegen de muur:10' stomp:20"
        );
    }
}
