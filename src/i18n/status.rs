//! The texts of `botsterk status` (one line, or a few words for a shell prompt) and of
//! `botsterk remind` (pausing, the notifier, the snippets that run it).

use std::fmt::Display;

/// `status` and `remind` in one language.
#[derive(Debug)]
pub struct StatusTexts {
    /// A training day: program, exercises, minutes, sessions this week, the target.
    pub train: fn(&str, usize, u32, u32, u32) -> String,
    /// Trained today.
    pub done: &'static str,
    /// A rest day: the next training day.
    pub rest: fn(&str) -> String,
    /// A training day with nothing left to train (everything on hold or left out).
    pub nothing_to_train: &'static str,
    /// Pain checks open: the exercises, the day of the first report.
    pub pain_open: fn(&str, &str) -> String,
    /// Days left this week (today included), the week's minimum.
    pub minimum_at_risk: fn(u32, u32) -> String,
    /// The week's minimum out of reach (the rest days leave no room): the minimum.
    pub minimum_out_of_reach: fn(u32) -> String,
    /// Practice due: days done, days aimed for.
    pub practice: fn(u32, u32) -> String,
    /// Reminders paused: until this day.
    pub paused: fn(&str) -> String,
    /// `--short` words (the symbol goes before them unless `--ascii`).
    pub short_train: &'static str,
    pub short_done: &'static str,
    pub short_rest: &'static str,
    pub short_practice: &'static str,
    pub short_pain: &'static str,
    /// The programs as the line names them.
    pub program_beginner: &'static str,
    pub program_advanced: &'static str,
    /// `remind --pause-until`: until this day.
    pub paused_now: fn(&str) -> String,
    pub resumed: &'static str,
    /// `--pause-until` a day before today: the day typed.
    pub pause_in_past: fn(&str) -> String,
    /// `--after` not HH:MM: what was typed.
    pub bad_time: fn(&str) -> String,
    /// `--notify` without notify-send or osascript on the PATH (said once).
    pub no_notifier: &'static str,
    /// The notifier failed: its error.
    pub notify_failed: fn(&dyn Display) -> String,
    /// The notification's title.
    pub notify_title: &'static str,
    /// The snippets' comments: where each goes, how to turn it on and off.
    pub setup_systemd: fn(&str, &str, &str) -> String,
    pub setup_cron: fn(&str, &str) -> String,
    pub setup_shell: fn(&str) -> String,
    pub setup_starship: fn(&str) -> String,
    /// `history --month`: the month's name and year.
    pub month_title: fn(&str, i32) -> String,
    /// Counted sessions, the aim, short sessions.
    pub month_sessions: fn(u32, u32, u32) -> String,
    /// Practice days, the aim.
    pub month_practice: fn(u32, u32) -> String,
    /// What got stronger: "chair squats 10 → 12 reps", joined.
    pub month_stronger: fn(&str) -> String,
    pub month_nothing_stronger: &'static str,
    /// A pain report: exercise, day, what came of it.
    pub month_pain: fn(&str, &str, &str) -> String,
    pub month_no_pain: &'static str,
    /// The answer to a pain check, and its day; not answered yet.
    pub month_answer: fn(&str, &str) -> String,
    pub month_unanswered: &'static str,
    /// The units of a number that grew.
    pub unit_reps: &'static str,
    pub unit_seconds: &'static str,
    /// `--month` not YYYY-MM: what was typed.
    pub bad_month: fn(&str) -> String,
}

pub const EN: StatusTexts = StatusTexts {
    train: |program, exercises, minutes, sessions, target| {
        format!(
            "Training day: {program}, {exercises} exercise{s} (about {minutes} min) · \
             {sessions} of {target} this week",
            s = if exercises == 1 { "" } else { "s" }
        )
    },
    done: "Trained today ✓ · rest tomorrow",
    rest: |next| format!("Rest day · next training {next}"),
    nothing_to_train: "Nothing to train today: every exercise is on hold or left out",
    pain_open: |exercises, since| format!("Pain check open: {exercises} (since {since})"),
    minimum_at_risk: |days, minimum| {
        format!(
            "{days} day{s} left to reach {minimum} sessions this week",
            s = if days == 1 { "" } else { "s" }
        )
    },
    minimum_out_of_reach: |minimum| {
        format!("{minimum} sessions are out of reach this week: carry on next week")
    },
    practice: |done, target| format!("balance practice: {done} of {target} days"),
    paused: |until| format!("Reminders paused until {until}"),
    short_train: "train",
    short_done: "✓",
    short_rest: "rest",
    short_practice: "practice",
    short_pain: "pain check",
    program_beginner: "beginner program",
    program_advanced: "advanced program",
    paused_now: |until| {
        format!(
            "Reminders paused until {until}: botsterk remind stays quiet until then \
             (botsterk remind --resume turns them on sooner)."
        )
    },
    resumed: "Reminders are on again.",
    pause_in_past: |typed| {
        format!("--pause-until {typed}: that day has passed; give today or a later day")
    },
    bad_time: |typed| format!("--after {typed}: give a time as HH:MM, like 09:00 or 18:30"),
    no_notifier: "No notifier found (notify-send, osascript): the reminder is printed instead.",
    notify_failed: |e| format!("The notification could not be shown ({e}): printed instead."),
    notify_title: "botsterk",
    setup_systemd: |service, timer, name| {
        format!(
            "# A systemd user timer: it looks each hour from the reminder's time until 21:00\n\
             # whether a session is due, and reminds once that day. Persistent=true catches up\n\
             # after the computer was off. Save the two files, then turn it on:\n\
             #   systemctl --user daemon-reload\n\
             #   systemctl --user enable --now {name}.timer\n\
             # Off again:\n\
             #   systemctl --user disable --now {name}.timer\n\
             #   rm ~/.config/systemd/user/{name}.service ~/.config/systemd/user/{name}.timer\n\
             \n\
             # ~/.config/systemd/user/{name}.service\n{service}\n\
             # ~/.config/systemd/user/{name}.timer\n{timer}"
        )
    },
    setup_cron: |line, marker| {
        format!(
            "# A crontab line: each hour from the reminder's time until 20:00, a reminder\n\
             # once a day when a session is due. Add it with `crontab -e`; remove that line\n\
             # (it ends with {marker}) the same way.\n{line}"
        )
    },
    setup_shell: |line| {
        format!(
            "# For ~/.bashrc or ~/.zshrc: a new terminal says once a day when a session is\n\
             # due. Remove the line to stop it.\n{line}"
        )
    },
    setup_starship: |block| {
        format!(
            "# For ~/.config/starship.toml: the prompt shows what today is while a session is\n\
             # due. Remove the block to stop it.\n{block}"
        )
    },
    month_title: |month, year| format!("{month} {year} in review"),
    month_sessions: |sessions, aim, short| {
        let short = if short == 0 {
            String::new()
        } else {
            format!(" ({short} short, not counted)")
        };
        format!("Sessions: {sessions} of about {aim}{short}")
    },
    month_practice: |days, aim| format!("Balance practice: {days} of about {aim} days"),
    month_stronger: |what| format!("Stronger: {what}"),
    month_nothing_stronger: "Stronger: no number went up this month",
    month_pain: |exercise, day, outcome| format!("Pain: {exercise} on {day}, {outcome}"),
    month_no_pain: "Pain: none reported",
    month_answer: |answer, day| format!("checked: {answer} ({day})"),
    month_unanswered: "its pain check not answered yet",
    unit_reps: "reps",
    unit_seconds: "s",
    bad_month: |typed| format!("--month {typed}: give a month as YYYY-MM, like 2026-11"),
};

pub const NL: StatusTexts = StatusTexts {
    train: |program, exercises, minutes, sessions, target| {
        format!(
            "Trainingsdag: {program}, {exercises} oefening{en} (ongeveer {minutes} min) · \
             {sessions} van {target} deze week",
            en = if exercises == 1 { "" } else { "en" }
        )
    },
    done: "Vandaag getraind ✓ · morgen rust",
    rest: |next| format!("Rustdag · volgende training {next}"),
    nothing_to_train: "Vandaag niets te trainen: elke oefening is gepauzeerd of weggelaten",
    pain_open: |exercises, since| format!("Pijncontrole open: {exercises} (sinds {since})"),
    minimum_at_risk: |days, minimum| {
        format!(
            "Nog {days} dag{en} om deze week {minimum} trainingen te halen",
            en = if days == 1 { "" } else { "en" }
        )
    },
    minimum_out_of_reach: |minimum| {
        format!("{minimum} trainingen zijn deze week niet meer te halen: volgende week weer")
    },
    practice: |done, target| format!("evenwicht oefenen: {done} van {target} dagen"),
    paused: |until| format!("Herinneringen gepauzeerd tot {until}"),
    short_train: "trainen",
    short_done: "✓",
    short_rest: "rust",
    short_practice: "oefenen",
    short_pain: "pijncontrole",
    program_beginner: "beginnersprogramma",
    program_advanced: "gevorderdenprogramma",
    paused_now: |until| {
        format!(
            "Herinneringen gepauzeerd tot {until}: botsterk herinner zwijgt tot dan \
             (botsterk herinner --resume zet ze eerder weer aan)."
        )
    },
    resumed: "De herinneringen staan weer aan.",
    pause_in_past: |typed| {
        format!("--pause-until {typed}: die dag is voorbij; geef vandaag of een latere dag")
    },
    bad_time: |typed| format!("--after {typed}: geef een tijd als UU:MM, zoals 09:00 of 18:30"),
    no_notifier: "Geen meldingsprogramma gevonden (notify-send, osascript): de herinnering \
                  wordt in plaats daarvan getoond.",
    notify_failed: |e| format!("De melding kon niet getoond worden ({e}): hier getoond."),
    notify_title: "botsterk",
    setup_systemd: |service, timer, name| {
        format!(
            "# Een systemd-timer voor de gebruiker: kijkt elk uur, van de tijd van de\n\
             # herinnering tot 21:00, of er een training is, en herinnert je daar één keer\n\
             # per dag aan. Persistent=true haalt in wat gemist werd toen de computer uit\n\
             # stond. Bewaar de twee bestanden en zet hem aan:\n\
             #   systemctl --user daemon-reload\n\
             #   systemctl --user enable --now {name}.timer\n\
             # Weer uit:\n\
             #   systemctl --user disable --now {name}.timer\n\
             #   rm ~/.config/systemd/user/{name}.service ~/.config/systemd/user/{name}.timer\n\
             \n\
             # ~/.config/systemd/user/{name}.service\n{service}\n\
             # ~/.config/systemd/user/{name}.timer\n{timer}"
        )
    },
    setup_cron: |line, marker| {
        format!(
            "# Een regel voor crontab: elk uur van de tijd van de herinnering tot 20:00, één\n\
             # herinnering per dag als er een training is. Voeg hem toe met `crontab -e`;\n\
             # haal die regel (hij eindigt op {marker}) daar ook weer weg.\n{line}"
        )
    },
    setup_shell: |line| {
        format!(
            "# Voor ~/.bashrc of ~/.zshrc: een nieuwe terminal zegt één keer per dag dat er\n\
             # een training is. Haal de regel weg om te stoppen.\n{line}"
        )
    },
    setup_starship: |block| {
        format!(
            "# Voor ~/.config/starship.toml: de prompt laat zien wat vandaag is zolang er een\n\
             # training is. Haal het blok weg om te stoppen.\n{block}"
        )
    },
    month_title: |month, year| format!("Terugblik op {month} {year}"),
    month_sessions: |sessions, aim, short| {
        let short = if short == 0 {
            String::new()
        } else {
            format!(" ({short} kort, telt niet mee)")
        };
        format!("Trainingen: {sessions} van ongeveer {aim}{short}")
    },
    month_practice: |days, aim| format!("Evenwicht oefenen: {days} van ongeveer {aim} dagen"),
    month_stronger: |what| format!("Sterker: {what}"),
    month_nothing_stronger: "Sterker: deze maand ging geen getal omhoog",
    month_pain: |exercise, day, outcome| format!("Pijn: {exercise} op {day}, {outcome}"),
    month_no_pain: "Pijn: niets gemeld",
    month_answer: |answer, day| format!("nagekeken: {answer} ({day})"),
    month_unanswered: "de pijncontrole is nog niet beantwoord",
    unit_reps: "herhalingen",
    unit_seconds: "s",
    bad_month: |typed| format!("--month {typed}: geef een maand als JJJJ-MM, zoals 2026-11"),
};
