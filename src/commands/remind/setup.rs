//! `botsterk remind --setup systemd|cron|shell|starship`: a ready snippet that runs the
//! reminder by itself, with botsterk named so that it runs from there (its full path for
//! systemd and cron, whose PATH is not the user's; the name it was run by otherwise) and
//! the same data folder. It installs nothing: the words around it say where it goes, how
//! to turn it on and how to remove it.

use std::path::Path;

use chrono::{NaiveTime, Timelike};

use crate::cli::ReminderSetup;
use crate::lang::Lang;

/// The name of the systemd units and the crontab line's marker.
pub const UNIT: &str = "botsterk-remind";

/// The reminder's time when `--after` is not given.
pub const DEFAULT_TIME: NaiveTime = match NaiveTime::from_hms_opt(9, 0, 0) {
    Some(t) => t,
    None => panic!("09:00 is a time"),
};

/// Quotes `word` for a POSIX shell when it needs it.
fn sh_quote(word: &str) -> String {
    let plain = !word.is_empty()
        && word
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"/._-+:=@%,".contains(&b));
    if plain {
        word.to_owned()
    } else {
        format!("'{}'", word.replace('\'', r"'\''"))
    }
}

/// Quotes `word` for a systemd command line when it needs it.
fn systemd_quote(word: &str) -> String {
    if word
        .bytes()
        .all(|b| b.is_ascii_graphic() && b != b'"' && b != b'\\' && b != b'%')
    {
        word.to_owned()
    } else {
        format!(
            "\"{}\"",
            word.replace('\\', r"\\")
                .replace('"', "\\\"")
                .replace('%', "%%")
        )
    }
}

/// Where botsterk runs from: the program named as the snippet will call it.
#[derive(Debug, Clone)]
pub struct Program {
    /// This program's file, for systemd and cron.
    pub path: String,
    /// The name it was run by (`botsterk` when that is on the PATH), for a shell.
    pub name: String,
}

impl Program {
    /// This process.
    #[must_use]
    pub fn this() -> Self {
        let started = crate::invocation::Started::now();
        let path = started.exe.display().to_string();
        let run_as = started.name();
        // A snippet must not start cargo at every prompt: anything but the plain name on
        // the PATH becomes the program's own path.
        let name = if run_as == "botsterk" {
            run_as
        } else {
            sh_quote(&path)
        };
        Self { path, name }
    }
}

/// The snippet for `way`, in `lang`: the reminder from `at` each day, with notifications
/// where there is no terminal to print to.
#[must_use]
pub fn snippet(
    way: ReminderSetup,
    program: &Program,
    data_dir: Option<&Path>,
    at: NaiveTime,
    notify: bool,
    lang: Lang,
) -> String {
    // Without a notification (the settings said so) the reminder is printed, into the
    // timer's log or cron's mail.
    let notify = if notify { " --notify" } else { "" };
    let s = lang.texts().status;
    let data = |quote: fn(&str) -> String| {
        data_dir.map_or_else(String::new, |d| {
            format!(" --data-dir {}", quote(&d.display().to_string()))
        })
    };
    let time = at.format("%H:%M").to_string();
    let hour = at.hour();
    match way {
        ReminderSetup::Systemd => {
            let service = format!(
                "[Unit]\n\
                 Description=botsterk: a reminder when a training session is due\n\
                 \n\
                 [Service]\n\
                 Type=oneshot\n\
                 ExecStart={}{} remind{notify} --after {time}\n\
                 # A quiet day (nothing due, or reminded already) ends with 1: not a failure.\n\
                 SuccessExitStatus=1\n\
                 # notify-send needs the desktop's session bus.\n\
                 Environment=DBUS_SESSION_BUS_ADDRESS=unix:path=%t/bus\n",
                systemd_quote(&program.path),
                data(systemd_quote),
            );
            let timer = format!(
                "[Unit]\n\
                 Description=botsterk: look each hour whether a training session is due\n\
                 \n\
                 [Timer]\n\
                 OnCalendar=*-*-* {hour:02}..{last:02}:00:00\n\
                 Persistent=true\n\
                 \n\
                 [Install]\n\
                 WantedBy=timers.target\n",
                last = hour.max(21)
            );
            (s.setup_systemd)(&service, &timer, UNIT)
        }
        ReminderSetup::Cron => {
            let marker = format!("# {UNIT}");
            let line = format!(
                "0 {hour}-{last} * * * DBUS_SESSION_BUS_ADDRESS=unix:path=/run/user/$(id -u)/bus {}{} remind{notify} --after {time} {marker}",
                sh_quote(&program.path),
                data(sh_quote),
                last = hour.max(20),
            );
            (s.setup_cron)(&line, &marker)
        }
        ReminderSetup::Shell => {
            let line = format!(
                "{}{} remind --after {time} 2>/dev/null",
                program.name,
                data(sh_quote)
            );
            (s.setup_shell)(&line)
        }
        ReminderSetup::Starship => {
            let command = format!("{}{}", program.name, data(sh_quote));
            // TOML basic strings: the command's own quotes are escaped.
            let toml = |text: String| text.replace('\\', r"\\").replace('"', "\\\"");
            let block = format!(
                "[custom.botsterk]\n\
                 command = \"{}\"\n\
                 when = \"{}\"\n\
                 shell = [\"sh\"]\n\
                 description = \"botsterk: a bone-training session is due today\"\n",
                toml(format!("{command} status --short")),
                toml(format!("{command} status --due")),
            );
            (s.setup_starship)(&block)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_quoted_for_each_way() {
        assert_eq!(sh_quote("/usr/bin/botsterk"), "/usr/bin/botsterk");
        assert_eq!(sh_quote("/home/a b/it's"), r"'/home/a b/it'\''s'");
        assert_eq!(systemd_quote("/home/a b/100%"), "\"/home/a b/100%%\"");
    }
}
