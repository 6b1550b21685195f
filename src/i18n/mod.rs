//! Everything the app says, in English and Dutch.
//!
//! Each language is one value of [`Texts`]: a message missing in one language is a compile
//! error, not a blank on screen. Templated texts are functions
//! written with `format!`, so each value they take is checked by the compiler in each language.

use std::fmt::Display;

pub mod data;
pub mod handsfree;
pub mod notes;
pub mod pain;
mod plural;
pub mod practice;
pub mod report;
pub mod review;
pub mod setup;
pub mod usage;
mod week;
pub use data::DataTexts;
pub use handsfree::HandsFreeTexts;
pub use notes::NotesTexts;
pub use pain::PainTexts;
pub use practice::PracticeTexts;
pub use report::ReportTexts;
pub use review::ReviewTexts;
pub use setup::SetupTexts;
pub use usage::UsageTexts;

pub use crate::lang::Lang;

impl Lang {
    #[must_use]
    pub fn texts(self) -> &'static Texts {
        match self {
            Self::En => &EN,
            Self::Nl => &NL,
        }
    }
}

/// A weight without a needless ".0": 8 kg, 2.5 kg.
#[must_use]
pub fn format_kg(kg: f64) -> String {
    let rounded = (kg * 100.0).round() / 100.0;
    if rounded.fract() == 0.0 {
        format!("{rounded:.0}")
    } else {
        format!("{rounded}")
    }
}

/// All user-facing texts of one language.
#[derive(Debug)]
pub struct Texts {
    pub app_title: &'static str,
    pub program_beginner: &'static str,
    pub program_advanced: &'static str,
    pub weekdays: [&'static str; 7],
    pub months: [&'static str; 12],
    /// As in tables: "Mon", "ma".
    pub weekdays_short: [&'static str; 7],
    /// As in tables: "Nov", "nov", "mrt".
    pub months_short: [&'static str; 12],
    /// The name of the space bar in the key help.
    pub key_name_space: &'static str,
    /// The key shown for "yes": y, or j in Dutch (both always work).
    pub key_name_yes: &'static str,
    /// `{weekday} {day} {month} {year}`
    pub date_long: fn(&dyn Display, &dyn Display, &dyn Display, &dyn Display) -> String,
    /// The decimal separator shown: "." in English, "," in Dutch.
    pub decimal: &'static str,

    // Home
    pub home_today: &'static str,
    /// `{program}`
    pub home_program: fn(&dyn Display) -> String,
    /// `{sets}`, `{target}`
    pub plan_reps: fn(&dyn Display, &dyn Display) -> String,
    pub plan_timed_reps: fn(&dyn Display, &dyn Display) -> String,
    pub plan_hold: fn(&dyn Display, &dyn Display) -> String,
    pub plan_stomps: fn(&dyn Display, &dyn Display) -> String,
    /// `{seconds}`
    pub home_rest: fn(&dyn Display) -> String,
    pub home_no_sessions: &'static str,
    /// `{date}`
    pub home_last_session: fn(&dyn Display) -> String,
    pub home_saved: &'static str,
    pub home_discarded: &'static str,
    pub home_history_file: &'static str,
    pub home_rest_day: &'static str,
    /// `{date}`
    pub home_rest_why: &'static str,
    pub home_done_today: &'static str,
    pub home_done_why: &'static str,
    /// `{date}`
    pub home_next_training: fn(&dyn Display) -> String,
    pub home_rest_ideas: &'static str,
    /// `{week}`, `{sessions}`, `{target}`
    pub home_week: fn(&dyn Display, &dyn Display, &dyn Display) -> String,
    /// The word for a week said with its number ("week 49"); empty keeps the ISO label
    /// ("2026-W49").
    pub week_word: &'static str,
    /// `{first}`, `{second}`
    pub week_warn_either: fn(&dyn Display, &dyn Display) -> String,
    /// `{first}`
    pub week_warn_on: fn(&dyn Display) -> String,
    pub week_out_of_reach: &'static str,
    /// `{count}`
    pub home_future_sessions: fn(&dyn Display) -> String,
    /// The same for one session: `{count}`
    pub home_future_session_one: fn(&dyn Display) -> String,
    /// `{exercise}`, `{from}`, `{to}`
    pub prompt_increase: fn(&dyn Display, &dyn Display, &dyn Display) -> String,
    /// `{exercise}`, `{from}`, `{to}`
    pub prompt_decrease: fn(&dyn Display, &dyn Display, &dyn Display) -> String,
    /// `{exercise}`
    pub prompt_pain: fn(&dyn Display) -> String,
    pub prompt_advance: &'static str,
    /// `{exercise}`, `{to}`
    pub prompt_choose: fn(&dyn Display, &dyn Display) -> String,
    pub reason_first_time: &'static str,
    pub reason_top_of_range: &'static str,
    pub reason_too_hard_twice: &'static str,
    pub reason_below_range: &'static str,
    pub reason_pain: &'static str,
    pub reason_beginner_top: &'static str,
    pub plan_train_reason: &'static str,
    pub plan_training_day: &'static str,
    pub plan_questions: &'static str,
    /// `{command}`
    pub plan_answer_with: fn(&dyn Display) -> String,
    pub key_yes: &'static str,
    pub key_not_now: &'static str,
    pub key_other_weight: &'static str,
    pub key_cancel: &'static str,
    /// `{unit}`
    pub weight_entry_label: fn(&dyn Display) -> String,
    pub advance_hint: &'static str,
    pub day_today: &'static str,
    pub day_tomorrow: &'static str,

    // Keys (label shown next to the key)
    pub key_start: &'static str,
    pub key_switch_program: &'static str,
    pub key_quit_app: &'static str,
    pub key_begin: &'static str,
    pub key_skip_exercise: &'static str,
    pub key_stop: &'static str,
    pub key_rep: &'static str,
    pub key_rep_back: &'static str,
    pub key_set_done: &'static str,
    pub key_rise: &'static str,
    pub key_stomp_next: &'static str,
    pub key_stomp_foot: &'static str,
    pub key_pause: &'static str,
    pub key_resume: &'static str,
    pub key_end_hold: &'static str,
    pub key_skip_rest: &'static str,
    pub key_rest_change: &'static str,
    pub key_continue: &'static str,
    pub key_save: &'static str,
    pub key_retry: &'static str,
    pub key_answer: &'static str,

    // Exercise card
    /// `{n}`, `{of}`
    pub exercise_of: fn(&dyn Display, &dyn Display) -> String,
    pub card_loads: &'static str,
    pub card_remember: &'static str,
    pub card_today: &'static str,

    // Sets
    /// `{set}`, `{sets}`
    pub set_of: fn(&dyn Display, &dyn Display) -> String,
    pub reps_label: &'static str,
    /// `{target}`
    pub target_reps: fn(&dyn Display) -> String,
    pub hold_label: &'static str,
    pub hold_rise: &'static str,
    pub hold_lower: &'static str,
    /// `{target}`
    pub target_timed_reps: fn(&dyn Display) -> String,
    pub foot_left: &'static str,
    pub foot_right: &'static str,
    /// `{target}`
    pub target_stomps: fn(&dyn Display) -> String,
    /// `{foot}`
    pub stomp_next: fn(&dyn Display) -> String,
    pub get_ready: &'static str,
    pub get_ready_hint: &'static str,
    pub holding: &'static str,
    /// `{held}`, `{target}`
    pub hold_progress: fn(&dyn Display, &dyn Display) -> String,
    pub rest_title: &'static str,
    /// `{set}`, `{sets}`
    pub rest_next: fn(&dyn Display, &dyn Display) -> String,
    pub rest_hint: &'static str,
    pub paused: &'static str,

    // Effort and pain
    pub effort_question_reps: &'static str,
    pub effort_question_hold: &'static str,
    pub effort_too_easy: &'static str,
    pub effort_just_right: &'static str,
    pub effort_just_right_short: &'static str,
    pub effort_too_hard: &'static str,
    pub effort_pain: &'static str,
    pub effort_hint: &'static str,
    pub effort_hint_hold: &'static str,
    pub pain_title: &'static str,
    pub pain_body: &'static str,
    pub pain_who: &'static str,

    // Quit dialog
    pub quit_title: &'static str,
    pub quit_save: &'static str,
    pub quit_discard: &'static str,
    pub quit_back: &'static str,
    pub discard_title: &'static str,
    pub discard_body: &'static str,
    pub discard_yes: &'static str,
    pub discard_no: &'static str,

    // Summary
    pub summary_title: &'static str,
    pub summary_ended_early: &'static str,
    /// `{minutes}`
    pub summary_duration: fn(&dyn Display) -> String,
    pub summary_skipped: &'static str,
    pub summary_no_sets: &'static str,
    /// `{reps}`
    pub summary_reps: fn(&dyn Display) -> String,
    pub summary_rep_one: fn(&dyn Display) -> String,
    /// `{seconds}`
    pub summary_seconds: fn(&dyn Display) -> String,
    /// `{left}`, `{right}`
    pub summary_stomps: fn(&dyn Display, &dyn Display) -> String,
    pub summary_nothing: &'static str,
    pub summary_no_sets_done: &'static str,
    pub key_home_unsaved: &'static str,
    pub home_nothing_done: &'static str,
    pub save_failed: &'static str,
    pub save_kept: &'static str,

    // Small terminal
    pub too_small: &'static str,
    /// `{cols}`, `{rows}`, `{min_cols}`, `{min_rows}`
    pub too_small_size: fn(&dyn Display, &dyn Display, &dyn Display, &dyn Display) -> String,

    // Errors at start
    /// `{path}`, `{reason}`
    pub error_history_unreadable: fn(&dyn Display, &dyn Display) -> String,
    /// `{path}`, `{found}`, `{known}`
    pub error_history_newer: fn(&dyn Display, &dyn Display, &dyn Display) -> String,
    /// `{path}`, `{reason}`
    pub error_write: fn(&dyn Display, &dyn Display) -> String,

    // An unfinished session found at start
    /// `{date}`, `{time}`, `{sets}`
    pub unfinished_title: fn(&dyn Display, &dyn Display, &dyn Display) -> String,
    pub unfinished_why: &'static str,
    pub unfinished_confirm: &'static str,
    pub key_resume_session: &'static str,
    pub key_save_as_is: &'static str,
    pub key_discard: &'static str,
    pub journal_failed: &'static str,
    /// `{signal}`
    pub stopped_by_signal: fn(&dyn Display) -> String,
    /// `{reason}`
    pub journal_unreadable: fn(&dyn Display) -> String,

    /// The history screens.
    pub review: &'static ReviewTexts,
    pub pain: &'static PainTexts,
    pub notes: &'static NotesTexts,
    pub report: &'static ReportTexts,
    /// Set-up, settings, help and safety notes.
    pub setup: &'static SetupTexts,
    /// The user's files: a journal moved aside, backups, undo.
    pub data: &'static DataTexts,
    /// The ready step, the get-ready, sets that count by themselves, sound.
    pub hands: &'static HandsFreeTexts,
    /// Balance and posture practice, the warm-up.
    pub practice: &'static PracticeTexts,
    /// A command line that cannot be read: an unknown option, a missing value.
    pub usage: &'static UsageTexts,
}

pub const EN: Texts = Texts {
    app_title: "botsterk · strong bones",
    program_beginner: "Beginner",
    program_advanced: "Advanced",
    weekdays: [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ],
    months: [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    date_long: |weekday, day, month, year| format!("{weekday} {day} {month} {year}"),
    weekdays_short: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    months_short: [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ],
    key_name_space: "Space",
    key_name_yes: "y",
    decimal: ".",

    home_today: "Today's session",
    home_program: |program| format!("{program} program"),
    plan_reps: |sets, target| format!("{sets} sets of {target} reps"),
    plan_timed_reps: |sets, target| format!("{sets} sets of {target} reps, hold 2 s at the top"),
    plan_hold: |sets, target| format!("{sets} holds of {target} seconds"),
    plan_stomps: |sets, target| format!("{sets} sets of {target} stomps per foot"),
    home_rest: |seconds| format!("Rest between sets: {seconds} seconds"),
    home_no_sessions: "No sessions yet. Your first one starts with Enter.",
    home_last_session: |date| format!("Last session: {date}"),
    home_saved: "Session saved. Well done: your bones felt that.",
    home_discarded: "The session was thrown away, as you asked.",
    home_history_file: "History",
    home_rest_day: "Today is a rest day",
    home_rest_why: "You trained yesterday. Bones grow stronger while they rest, so there is no strength session today.",
    home_done_today: "You have trained today",
    home_done_why: "Well done. Tomorrow is a rest day: bones grow stronger while they rest.",
    home_next_training: |date| format!("Next training: {date}"),
    home_rest_ideas: "What helps today: a walk, time outside in daylight, some gentle stretching.",
    home_week: |week, sessions, target| {
        format!("This week ({week}): {sessions} of {target} sessions")
    },
    week_word: "",
    week_warn_either: |first, second| {
        format!("To reach the minimum of 2 sessions this week, train {first} or {second}.")
    },
    week_warn_on: |first| format!("To reach the minimum of 2 sessions this week, train {first}."),
    week_out_of_reach: "The minimum of 2 sessions is out of reach this week. No matter: carry on next week.",
    home_future_sessions: |count| {
        format!("{count} sessions dated after today are left out. Is the computer's clock right?")
    },
    home_future_session_one: |count| {
        format!("{count} session dated after today is left out. Is the computer's clock right?")
    },
    prompt_increase: |exercise, from, to| format!("Raise {exercise} from {from} to {to}?"),
    prompt_decrease: |exercise, from, to| format!("Go lighter on {exercise}: from {from} to {to}?"),
    prompt_pain: |exercise| {
        format!(
            "You reported pain with {exercise}. Talk to your doctor or a physiotherapist before you do it again."
        )
    },
    prompt_choose: |exercise, to| {
        format!("Which weight will you use for {exercise}? A light start: {to}.")
    },
    reason_first_time: "no weight known yet: start light, the coach raises it in time",
    prompt_advance: "A few weeks at the top of the beginner program: ready to try the advanced program?",
    reason_top_of_range: "every set reached the top of the range and it felt right",
    reason_too_hard_twice: "it felt too hard two sessions in a row",
    reason_below_range: "a set fell short of the bottom of the range",
    reason_pain: "pain was reported: it stays out of every plan until its pain check is answered",
    reason_beginner_top: "every beginner exercise has been at the top of its range for a few weeks",
    plan_train_reason: "No session yesterday, so today is a training day.",
    plan_training_day: "training day",
    plan_questions: "Questions from your coach",
    plan_answer_with: |command| format!("answer with: {command}"),
    key_yes: "yes",
    key_not_now: "not now",
    key_other_weight: "another weight",
    key_cancel: "cancel",
    weight_entry_label: |unit| format!("Your weight in {unit} (for example 7.5):"),
    advance_hint: "Tab switches to it; you can always switch back.",
    day_today: "today",
    day_tomorrow: "tomorrow",

    key_start: "start the session",
    key_switch_program: "other program",
    key_quit_app: "quit",
    key_begin: "begin",
    key_skip_exercise: "skip exercise",
    key_stop: "stop",
    key_rep: "+1 rep",
    key_rep_back: "-1",
    key_set_done: "set done",
    key_rise: "up on toes",
    key_stomp_next: "stomp",
    key_stomp_foot: "left/right",
    key_pause: "pause",
    key_resume: "resume",
    key_end_hold: "end hold now",
    key_skip_rest: "skip rest",
    key_rest_change: "15 s longer/shorter",
    key_continue: "continue",
    key_save: "save",
    key_retry: "try saving again",
    key_answer: "answer",

    exercise_of: |n, of| format!("Exercise {n} of {of}"),
    card_loads: "Strengthens",
    card_remember: "Remember",
    card_today: "Today",

    set_of: |set, sets| format!("set {set} of {sets}"),
    reps_label: "reps",
    target_reps: |target| format!("target: {target} reps"),
    hold_label: "hold",
    hold_rise: "Rise onto your toes and press Space",
    hold_lower: "Now lower your heels slowly",
    target_timed_reps: |target| format!("target: {target} reps, each held 2 s"),
    foot_left: "left",
    foot_right: "right",
    target_stomps: |target| format!("target: {target} per foot"),
    stomp_next: |foot| format!("next: {foot} foot"),
    get_ready: "Get ready",
    get_ready_hint: "Take your position; the hold starts after the count.",
    holding: "Hold",
    hold_progress: |held, target| format!("{held} of {target} seconds"),
    rest_title: "Rest",
    rest_next: |set, sets| format!("Next: set {set} of {sets}"),
    rest_hint: "Breathe, drink some water, shake out your arms and legs.",
    paused: "PAUSED: press p to go on",

    effort_question_reps: "How did the last reps feel?",
    effort_question_hold: "How did the hold feel?",
    effort_too_easy: "too easy",
    effort_just_right: "just right: hard at the end, no pain",
    effort_just_right_short: "just right",
    effort_too_hard: "too hard",
    effort_pain: "pain",
    effort_hint: "The last reps should feel hard, never painful.",
    effort_hint_hold: "The end of the hold should feel hard, never painful.",
    pain_title: "Stop this exercise",
    pain_body: "Pain is a signal to stop, not to push through. This exercise ends here for today.",
    pain_who: "Talk to your doctor or a physiotherapist before you do it again.",

    quit_title: "Stop the session?",
    quit_save: "save what you did",
    quit_discard: "throw it away",
    quit_back: "go back",
    discard_title: "Throw this session away?",
    discard_body: "Nothing of it will be saved.",
    discard_yes: "yes, throw away",
    discard_no: "no",

    summary_title: "Session done",
    summary_ended_early: "Stopped early: what you did is kept.",
    summary_duration: |minutes| format!("Time: {minutes} min"),
    summary_skipped: "skipped",
    summary_no_sets: "no sets",
    summary_reps: |reps| format!("{reps} reps"),
    summary_rep_one: |reps| format!("{reps} rep"),
    summary_seconds: |seconds| format!("{seconds} s"),
    summary_stomps: |left, right| format!("{left} left + {right} right"),
    summary_nothing: "Nothing was done yet.",
    summary_no_sets_done: "No set was done, so there is nothing to record: today is still free for training.",
    key_home_unsaved: "back home (nothing to save)",
    home_nothing_done: "No set was done, so nothing was recorded. You can still train today.",
    save_failed: "Could not save",
    save_kept: "Your session is kept here. Fix the problem, then press Enter to try again.",

    too_small: "Please make the window larger.",
    too_small_size: |cols, rows, min_cols, min_rows| {
        format!("It is {cols} x {rows}; botsterk needs at least {min_cols} x {min_rows}.")
    },

    error_history_unreadable: |path, reason| {
        format!(
            "The history file {path} cannot be read: {reason}. \
        botsterk has not changed it. Restore a backup or move the file away, then start again."
        )
    },
    error_history_newer: |path, found, known| {
        format!(
            "The history file {path} was made by a newer botsterk (format version \
        {found}; this one knows up to {known}). botsterk will not change it: please update botsterk."
        )
    },
    error_write: |path, reason| format!("Could not write {path}: {reason}"),
    unfinished_title: |date, time, sets| {
        format!("An unfinished session from {date} at {time} (sets done: {sets}).")
    },
    unfinished_why: "botsterk was closed before it was saved. Every set you finished is kept.",
    unfinished_confirm: "Throw this unfinished session away? Its sets will not be saved.",
    key_resume_session: "resume",
    key_save_as_is: "save as it is",
    key_discard: "discard",
    journal_failed: "! progress not written to disk",
    stopped_by_signal: |signal| {
        format!(
            "botsterk: stopped by signal {signal}. Every finished set is kept and offered again at the next start."
        )
    },
    journal_unreadable: |reason| {
        format!(
            "the file of the unfinished session cannot be used, and botsterk changes nothing: {reason}. Move it out of the data folder yourself, then start botsterk again."
        )
    },
    review: &review::EN,
    pain: &pain::EN,
    notes: &notes::EN,
    report: &report::EN,
    setup: &setup::EN,
    data: &data::EN,
    hands: &handsfree::EN,
    practice: &practice::EN,
    usage: &usage::EN,
};

pub const NL: Texts = Texts {
    app_title: "botsterk · sterke botten",
    program_beginner: "Beginners",
    program_advanced: "Gevorderden",
    weekdays: [
        "maandag",
        "dinsdag",
        "woensdag",
        "donderdag",
        "vrijdag",
        "zaterdag",
        "zondag",
    ],
    months: [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ],
    date_long: |weekday, day, month, year| format!("{weekday} {day} {month} {year}"),
    weekdays_short: ["ma", "di", "wo", "do", "vr", "za", "zo"],
    months_short: [
        "jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec",
    ],
    key_name_space: "Spatie",
    key_name_yes: "j",
    decimal: ",",

    home_today: "De training van vandaag",
    home_program: |program| format!("{program}"),
    plan_reps: |sets, target| format!("{sets} series van {target} herhalingen"),
    plan_timed_reps: |sets, target| {
        format!("{sets} series van {target}, boven 2 tellen vasthouden")
    },
    plan_hold: |sets, target| format!("{sets} keer {target} seconden vasthouden"),
    plan_stomps: |sets, target| format!("{sets} series van {target} stampen per voet"),
    home_rest: |seconds| format!("Rust tussen de series: {seconds} seconden"),
    home_no_sessions: "Nog geen trainingen. Met Enter begin je de eerste.",
    home_last_session: |date| format!("Laatste training: {date}"),
    home_saved: "Training opgeslagen. Goed gedaan: daar worden je botten sterker van.",
    home_discarded: "De training is weggegooid, zoals je vroeg.",
    home_history_file: "Logboek",
    home_rest_day: "Vandaag is een rustdag",
    home_rest_why: "Je hebt gisteren getraind. Botten worden sterker als ze rusten, dus vandaag geen krachttraining.",
    home_done_today: "Je hebt vandaag getraind",
    home_done_why: "Goed gedaan. Morgen is een rustdag: botten worden sterker als ze rusten.",
    home_next_training: |date| format!("Volgende training: {date}"),
    home_rest_ideas: "Wat vandaag helpt: een wandeling, buiten zijn bij daglicht, rustig rekken.",
    home_week: |week, sessions, target| {
        format!("Deze week ({week}): {sessions} van {target} trainingen")
    },
    week_word: "week",
    week_warn_either: |first, second| {
        format!(
            "Wil je deze week het minimum van 2 trainingen halen, train dan {first} of {second}."
        )
    },
    week_warn_on: |first| {
        format!("Wil je deze week het minimum van 2 trainingen halen, train dan {first}.")
    },
    week_out_of_reach: "Het minimum van 2 trainingen is deze week niet meer te halen. Geeft niets: volgende week weer.",
    home_future_sessions: |count| {
        format!(
            "{count} trainingen met een datum na vandaag tellen niet mee. Klopt de klok van de computer?"
        )
    },
    home_future_session_one: |count| {
        format!(
            "{count} training met een datum na vandaag telt niet mee. Klopt de klok van de computer?"
        )
    },
    prompt_increase: |exercise, from, to| {
        format!("{exercise} zwaarder maken: van {from} naar {to}?")
    },
    prompt_decrease: |exercise, from, to| {
        format!("{exercise} lichter maken: van {from} naar {to}?")
    },
    prompt_pain: |exercise| {
        format!(
            "Je meldde pijn bij {exercise}. Overleg met je huisarts of een fysiotherapeut voordat je deze oefening weer doet."
        )
    },
    prompt_choose: |exercise, to| {
        format!("Welk gewicht gebruik je bij {exercise}? Licht beginnen: {to}.")
    },
    reason_first_time: "nog geen gewicht bekend: begin licht, de coach verhoogt het op tijd",
    prompt_advance: "Al een paar weken op het hoogste niveau van het beginnersprogramma: klaar voor het programma voor gevorderden?",
    reason_top_of_range: "elke serie haalde de bovenkant van het bereik en het voelde goed",
    reason_too_hard_twice: "het voelde twee trainingen op rij te zwaar",
    reason_below_range: "een serie bleef onder de onderkant van het bereik",
    reason_pain: "je meldde pijn: het blijft uit elk plan tot de pijncontrole beantwoord is",
    reason_beginner_top: "elke beginnersoefening zit al een paar weken aan de bovenkant van haar bereik",
    plan_train_reason: "Gisteren geen training, dus vandaag is een trainingsdag.",
    plan_training_day: "trainingsdag",
    plan_questions: "Vragen van je coach",
    plan_answer_with: |command| format!("antwoord met: {command}"),
    key_yes: "ja",
    key_not_now: "nu niet",
    key_other_weight: "ander gewicht",
    key_cancel: "annuleren",
    weight_entry_label: |unit| format!("Jouw gewicht in {unit} (bijvoorbeeld 7,5):"),
    advance_hint: "Met Tab stap je over; terug kan altijd.",
    day_today: "vandaag",
    day_tomorrow: "morgen",

    key_start: "training beginnen",
    key_switch_program: "ander programma",
    key_quit_app: "afsluiten",
    key_begin: "beginnen",
    key_skip_exercise: "oefening overslaan",
    key_stop: "stoppen",
    key_rep: "+1 herhaling",
    key_rep_back: "-1",
    key_set_done: "serie klaar",
    key_rise: "op je tenen",
    key_stomp_next: "stamp",
    key_stomp_foot: "links/rechts",
    key_pause: "pauze",
    key_resume: "verder",
    // Not "stoppen": that is q, stopping the session, in the same footer.
    key_end_hold: "nu klaar",
    key_skip_rest: "rust overslaan",
    key_rest_change: "15 s langer/korter",
    key_continue: "verder",
    key_save: "opslaan",
    key_retry: "opnieuw opslaan",
    key_answer: "antwoord",

    exercise_of: |n, of| format!("Oefening {n} van {of}"),
    card_loads: "Versterkt",
    card_remember: "Let op",
    card_today: "Vandaag",

    set_of: |set, sets| format!("serie {set} van {sets}"),
    reps_label: "herhalingen",
    target_reps: |target| format!("doel: {target} herhalingen"),
    hold_label: "vasthouden",
    hold_rise: "Kom op je tenen en druk op spatie",
    hold_lower: "Laat je hielen nu rustig zakken",
    target_timed_reps: |target| format!("doel: {target} keer, elk 2 tellen boven"),
    foot_left: "links",
    foot_right: "rechts",
    target_stomps: |target| format!("doel: {target} per voet"),
    stomp_next: |foot| format!("volgende: {foot}"),
    get_ready: "Maak je klaar",
    get_ready_hint: "Neem je houding aan; na het aftellen begint het vasthouden.",
    holding: "Vasthouden",
    hold_progress: |held, target| format!("{held} van {target} seconden"),
    rest_title: "Rust",
    rest_next: |set, sets| format!("Hierna: serie {set} van {sets}"),
    rest_hint: "Adem rustig, drink wat water, schud je armen en benen los.",
    paused: "PAUZE: druk op p om verder te gaan",

    effort_question_reps: "Hoe voelden de laatste herhalingen?",
    effort_question_hold: "Hoe voelde het vasthouden?",
    effort_too_easy: "te makkelijk",
    effort_just_right: "goed: zwaar aan het eind, geen pijn",
    effort_just_right_short: "goed",
    effort_too_hard: "te zwaar",
    effort_pain: "pijn",
    effort_hint: "De laatste herhalingen mogen zwaar voelen, nooit pijnlijk.",
    effort_hint_hold: "Het eind van het vasthouden mag zwaar voelen, nooit pijnlijk.",
    pain_title: "Stop met deze oefening",
    pain_body: "Pijn is een teken om te stoppen, niet om door te zetten. Deze oefening stopt hier voor vandaag.",
    pain_who: "Overleg met je huisarts of een fysiotherapeut voordat je haar weer doet.",

    quit_title: "Training stoppen?",
    quit_save: "bewaar wat je deed",
    quit_discard: "weggooien",
    quit_back: "terug",
    discard_title: "Deze training weggooien?",
    discard_body: "Er wordt dan niets van bewaard.",
    discard_yes: "ja, weggooien",
    discard_no: "nee",

    summary_title: "Training klaar",
    summary_ended_early: "Eerder gestopt: wat je deed, blijft bewaard.",
    summary_duration: |minutes| format!("Tijd: {minutes} min"),
    summary_skipped: "overgeslagen",
    summary_no_sets: "geen series",
    summary_reps: |reps| format!("{reps} keer"),
    summary_rep_one: |reps| format!("{reps} keer"),
    summary_seconds: |seconds| format!("{seconds} s"),
    summary_stomps: |left, right| format!("{left} links + {right} rechts"),
    summary_nothing: "Er is nog niets gedaan.",
    summary_no_sets_done: "Er is geen serie gedaan, dus er valt niets vast te leggen: je kunt vandaag nog trainen.",
    key_home_unsaved: "terug (niets te bewaren)",
    home_nothing_done: "Er is geen serie gedaan, dus er is niets vastgelegd. Je kunt vandaag nog trainen.",
    save_failed: "Opslaan lukte niet",
    save_kept: "Je training blijft hier staan. Los het probleem op en druk op Enter om het opnieuw te proberen.",

    too_small: "Maak het venster groter, alsjeblieft.",
    too_small_size: |cols, rows, min_cols, min_rows| {
        format!("Het is {cols} x {rows}; botsterk heeft minstens {min_cols} x {min_rows} nodig.")
    },

    error_history_unreadable: |path, reason| {
        format!(
            "Het logboek {path} is niet te lezen: {reason}. \
        botsterk heeft het niet veranderd. Zet een reservekopie terug of verplaats het bestand, en start opnieuw."
        )
    },
    error_history_newer: |path, found, known| {
        format!(
            "Het logboek {path} is gemaakt door een nieuwere botsterk (versie {found}; \
        deze kent tot en met {known}). botsterk verandert het niet: werk botsterk bij."
        )
    },
    error_write: |path, reason| format!("Kon {path} niet schrijven: {reason}"),
    unfinished_title: |date, time, sets| {
        format!("Een onafgemaakte training van {date} om {time} (series gedaan: {sets}).")
    },
    unfinished_why: "botsterk werd gesloten voordat hij bewaard was. Elke serie die je afmaakte, is er nog.",
    unfinished_confirm: "Deze onafgemaakte training weggooien? De series worden niet bewaard.",
    key_resume_session: "verdergaan",
    key_save_as_is: "bewaren zoals hij is",
    key_discard: "weggooien",
    journal_failed: "! voortgang niet op schijf gezet",
    stopped_by_signal: |signal| {
        format!(
            "botsterk: gestopt door signaal {signal}. Elke afgemaakte serie is bewaard en wordt bij de volgende start weer aangeboden."
        )
    },
    journal_unreadable: |reason| {
        format!(
            "het bestand van de onafgemaakte training is niet te gebruiken, en botsterk verandert niets: {reason}. Zet het zelf buiten de gegevensmap en start botsterk daarna opnieuw."
        )
    },
    review: &review::NL,
    pain: &pain::NL,
    notes: &notes::NL,
    report: &report::NL,
    setup: &setup::NL,
    data: &data::NL,
    hands: &handsfree::NL,
    practice: &practice::NL,
    usage: &usage::NL,
};

impl Texts {
    /// A date written out, as "Thursday 26 November 2026".
    #[must_use]
    pub fn date(&self, date: chrono::NaiveDate) -> String {
        use chrono::Datelike;
        (self.date_long)(
            &self.weekdays[date.weekday().num_days_from_monday() as usize],
            &date.day(),
            &self.months[date.month0() as usize],
            &date.year(),
        )
    }

    /// "today", "tomorrow", or the date written out.
    #[must_use]
    pub fn day(&self, date: chrono::NaiveDate, today: chrono::NaiveDate) -> String {
        if date == today {
            self.day_today.to_owned()
        } else if today.succ_opt() == Some(date) {
            self.day_tomorrow.to_owned()
        } else {
            self.date(date)
        }
    }

    /// A prompt as a question, and why it is asked.
    #[must_use]
    pub fn prompt(
        &self,
        prompt: &crate::coach::progression::Prompt,
        name: &str,
        units: crate::profile::Units,
    ) -> (String, &'static str) {
        use crate::coach::progression::{PromptKind, PromptReason};
        let weight = |kg| self.weight(kg, units);
        let from = prompt.from_kg.map(weight).unwrap_or_default();
        let to = prompt.to_kg.map(weight).unwrap_or_default();
        let question = match prompt.kind {
            PromptKind::IncreaseWeight => (self.prompt_increase)(&name, &from, &to),
            PromptKind::DecreaseWeight => (self.prompt_decrease)(&name, &from, &to),
            PromptKind::PainCheck => (self.prompt_pain)(&name),
            PromptKind::AdvanceProgram => self.prompt_advance.to_owned(),
            PromptKind::ChooseWeight => (self.prompt_choose)(&name, &to),
        };
        let reason = match prompt.reason {
            PromptReason::TopOfRangeReached => self.reason_top_of_range,
            PromptReason::TooHardTwice => self.reason_too_hard_twice,
            PromptReason::BelowRange => self.reason_below_range,
            PromptReason::PainReported => self.reason_pain,
            PromptReason::BeginnerTopReached => self.reason_beginner_top,
            PromptReason::FirstTime => self.reason_first_time,
            PromptReason::FirstTimeWeakerBones => self.pain.reason_first_time_weaker,
        };
        (question, reason)
    }

    /// A number as this language writes it: "2.5" or "2,5"; whole numbers without decimals.
    #[must_use]
    pub fn number(&self, value: f64) -> String {
        format_kg(value).replace('.', self.decimal)
    }

    /// A weight in the user's units, as this language writes numbers: "2.5 kg", "2,5 kg".
    #[must_use]
    pub fn weight(&self, kg: f64, units: crate::profile::Units) -> String {
        crate::profile::format_weight(kg, units).replace('.', self.decimal)
    }

    #[must_use]
    pub fn program(&self, program: crate::catalog::Program) -> &'static str {
        match program {
            crate::catalog::Program::Beginner => self.program_beginner,
            crate::catalog::Program::Advanced => self.program_advanced,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_follow_the_language() {
        use crate::profile::Units;
        assert_eq!(EN.weight(2.5, Units::Kg), "2.5 kg");
        assert_eq!(NL.weight(2.5, Units::Kg), "2,5 kg");
        assert_eq!(NL.weight(8.0, Units::Lb), "17,6 lb");
        assert_eq!(NL.number(12.0), "12");
    }
}
