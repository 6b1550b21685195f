//! The texts of the history screens, in English and Dutch.

use std::fmt::Display;

/// All texts of the history screens in one language.
#[derive(Debug)]
pub struct ReviewTexts {
    pub title: &'static str,
    pub tab_weeks: &'static str,
    pub tab_exercises: &'static str,
    pub empty: &'static str,
    /// `{weeks}`
    pub streak: fn(&dyn Display) -> String,
    pub streak_one: &'static str,
    pub streak_none: &'static str,
    pub col_week: &'static str,
    pub col_dates: &'static str,
    pub col_sessions: &'static str,
    pub minimum_met: &'static str,
    /// `{minimum}`
    pub legend: fn(&dyn Display) -> String,
    /// `{week}`
    pub dose_title: fn(&dyn Display) -> String,
    pub dose_done: &'static str,
    pub dose_asked: &'static str,
    pub dose_sessions: &'static str,
    pub dose_loaded_reps: &'static str,
    pub dose_impact_steps: &'static str,
    pub dose_hold_seconds: &'static str,
    /// `{program}`
    pub dose_asked_note: fn(&dyn Display) -> String,
    pub dose_why: &'static str,

    pub exercises_title: &'static str,
    pub col_exercise: &'static str,
    pub col_first: &'static str,
    pub col_now: &'static str,
    pub col_best: &'static str,
    pub no_exercises: &'static str,
    /// `{exercise}`
    pub chart_kg: fn(&dyn Display) -> String,
    pub chart_reps: fn(&dyn Display) -> String,
    pub chart_seconds: fn(&dyn Display) -> String,
    pub chart_stomps: fn(&dyn Display) -> String,
    /// `{value}`, `{date}`
    pub personal_best: fn(&dyn Display, &dyn Display) -> String,
    pub best_marker_legend: &'static str,

    /// `{week}`, `{start}`, `{end}`
    pub week_title: fn(&dyn Display, &dyn Display, &dyn Display) -> String,
    pub week_empty: &'static str,
    /// `{count}`
    pub week_exercises: fn(&dyn Display) -> String,
    pub week_exercise_one: &'static str,
    /// Some exercises of the session were skipped: done of all listed.
    pub week_exercises_of: fn(&dyn Display, &dyn Display) -> String,
    pub ended_early: &'static str,
    pub logged: &'static str,

    pub col_set: &'static str,
    pub col_done: &'static str,
    pub col_weight: &'static str,
    pub col_effort: &'static str,
    pub skipped: &'static str,
    pub no_sets: &'static str,
    /// `{n}`
    pub reps: fn(&dyn Display) -> String,
    pub rep_one: fn(&dyn Display) -> String,
    /// `{n}`
    pub seconds: fn(&dyn Display) -> String,
    /// `{left}`, `{right}`
    pub stomps: fn(&dyn Display, &dyn Display) -> String,

    /// `{exercise}`, `{set}`
    pub entry_count: fn(&dyn Display, &dyn Display) -> String,
    pub entry_count_stomps: &'static str,
    /// `{exercise}`
    pub entry_weight: fn(&dyn Display, &dyn Display) -> String,
    /// `{exercise}`
    pub entry_effort: fn(&dyn Display) -> String,
    pub entry_date: &'static str,
    pub entry_invalid: &'static str,
    pub entry_effort_choices: &'static str,

    pub confirm_title: &'static str,
    /// `{what}`, `{from}`, `{to}`
    pub confirm_change: fn(&dyn Display, &dyn Display, &dyn Display) -> String,
    /// `{date}`, `{program}`, `{sets}`
    pub confirm_delete: fn(&dyn Display, &dyn Display, &dyn Display) -> String,
    /// A session of one set: singular.
    pub confirm_delete_one: fn(&dyn Display, &dyn Display) -> String,
    pub confirm_backup: &'static str,
    /// `{exercise}`, `{set}`
    pub what_set: fn(&dyn Display, &dyn Display) -> String,
    /// `{exercise}`
    pub what_weight: fn(&dyn Display) -> String,
    /// `{exercise}`
    pub what_effort: fn(&dyn Display) -> String,
    pub what_date: &'static str,
    pub nothing: &'static str,

    /// `{path}`
    pub corrected: fn(&dyn Display) -> String,
    /// `{path}`
    pub deleted: fn(&dyn Display) -> String,
    pub corrected_no_backup: &'static str,
    /// `{reason}`
    pub failed: fn(&dyn Display) -> String,

    pub key_week: &'static str,
    pub key_open: &'static str,
    pub key_other_tab_exercises: &'static str,
    pub key_other_tab_weeks: &'static str,
    pub key_back: &'static str,
    pub key_exercise: &'static str,
    pub key_session: &'static str,
    pub key_row: &'static str,
    pub key_edit_set: &'static str,
    pub key_edit_weight: &'static str,
    pub key_edit_effort: &'static str,
    pub key_edit_date: &'static str,
    pub key_delete: &'static str,
    pub key_history: &'static str,
}

pub const EN: ReviewTexts = ReviewTexts {
    title: "History",
    tab_weeks: "Weeks",
    tab_exercises: "Exercises",
    empty: "No sessions yet. After your first session your weeks show here.",
    streak: |weeks| format!("{weeks} weeks in a row with at least 2 sessions"),
    streak_one: "1 week with at least 2 sessions: keep the run going",
    streak_none: "No run yet: 2 sessions in a week start one",
    col_week: "Week",
    col_dates: "Dates",
    col_sessions: "Sessions",
    minimum_met: "✔",
    legend: |minimum| format!("✔ = at least {minimum} sessions that week"),
    dose_title: |week| format!("Bone dose {week}"),
    dose_done: "done",
    dose_asked: "asked",
    dose_sessions: "Sessions",
    dose_loaded_reps: "Loaded reps",
    dose_impact_steps: "Impact steps",
    dose_hold_seconds: "Seconds held",
    dose_asked_note: |program| format!("asked: 2 sessions of the {program} program"),
    dose_why: "Bone grows stronger from load it gets often.",

    exercises_title: "Each exercise, week by week",
    col_exercise: "Exercise",
    col_first: "First",
    col_now: "Latest",
    col_best: "Best",
    no_exercises: "Nothing to show yet: the exercises appear after your first session.",
    chart_kg: |exercise| format!("{exercise}: heaviest weight per week (kg)"),
    chart_reps: |exercise| format!("{exercise}: best set per week (reps)"),
    chart_seconds: |exercise| format!("{exercise}: longest hold per week (seconds)"),
    chart_stomps: |exercise| format!("{exercise}: best set per week (stomps per foot)"),
    personal_best: |value, date| format!("★ personal best: {value} on {date}"),
    best_marker_legend: "★ = a new personal best that week",

    week_title: |week, start, end| format!("{week}: {start} to {end}"),
    week_empty: "No session this week.",
    week_exercises: |count| format!("{count} exercises"),
    week_exercise_one: "1 exercise",
    week_exercises_of: |count, total| format!("{count} of {total} exercises"),
    ended_early: "stopped early",
    logged: "logged afterwards",

    col_set: "Set",
    col_done: "Done",
    col_weight: "Weight",
    col_effort: "Felt",
    skipped: "skipped",
    no_sets: "no sets",
    reps: |n| format!("{n} reps"),
    rep_one: |n| format!("{n} rep"),
    seconds: |n| format!("{n} s"),
    stomps: |left, right| format!("{left} left, {right} right"),

    entry_count: |exercise, set| format!("{exercise}, set {set}: how many?"),
    entry_count_stomps: "left/right, e.g. 20/20",
    entry_weight: |exercise, unit| format!("{exercise}: weight in {unit}?"),
    entry_effort: |exercise| format!("{exercise}: how did the last reps feel?"),
    entry_date: "The day of this session (YYYY-MM-DD)?",
    entry_invalid: "That is not a value that can be right; try again or press Esc.",
    entry_effort_choices: "1 too easy   2 just right   3 too hard   4 pain",

    confirm_title: "Change the record?",
    confirm_change: |what, from, to| format!("{what}: {from} → {to}"),
    confirm_delete: |date, program, sets| {
        format!("Delete the session of {date} ({program}, {sets} sets)?")
    },
    confirm_delete_one: |date, program| format!("Delete the session of {date} ({program}, 1 set)?"),
    confirm_backup: "The history as it is now is kept as a backup.",
    what_set: |exercise, set| format!("{exercise}, set {set}"),
    what_weight: |exercise| format!("{exercise}, weight"),
    what_effort: |exercise| format!("{exercise}, how it felt"),
    what_date: "Date of the session",
    nothing: "nothing",

    corrected: |path| format!("✔ Changed. The history as it was is kept in {path}"),
    deleted: |path| format!("✔ Deleted. The history as it was is kept in {path}"),
    corrected_no_backup: "✔ Changed.",
    failed: |reason| format!("! Not changed: {reason}"),

    key_week: "week",
    key_open: "open",
    key_other_tab_exercises: "exercises",
    key_other_tab_weeks: "weeks",
    key_back: "back",
    key_exercise: "exercise",
    key_session: "session",
    key_row: "set",
    key_edit_set: "edit set",
    key_edit_weight: "weight",
    key_edit_effort: "felt",
    key_edit_date: "date",
    key_delete: "delete",
    key_history: "history",
};

pub const NL: ReviewTexts = ReviewTexts {
    title: "Logboek",
    tab_weeks: "Weken",
    tab_exercises: "Oefeningen",
    empty: "Nog geen trainingen. Na je eerste training zie je hier je weken.",
    streak: |weeks| format!("{weeks} weken op rij met minstens 2 trainingen"),
    streak_one: "1 week met minstens 2 trainingen: houd het vol",
    streak_none: "Nog geen reeks: 2 trainingen in een week beginnen er een",
    col_week: "Week",
    col_dates: "Data",
    col_sessions: "Trainingen",
    minimum_met: "✔",
    legend: |minimum| format!("✔ = minstens {minimum} trainingen die week"),
    dose_title: |week| format!("Botbelasting {week}"),
    dose_done: "gedaan",
    dose_asked: "gevraagd",
    dose_sessions: "Trainingen",
    dose_loaded_reps: "Belaste herhalingen",
    dose_impact_steps: "Stampen",
    dose_hold_seconds: "Plank (seconden)",
    dose_asked_note: |program| format!("gevraagd: 2 trainingen van het programma {program}"),
    dose_why: "Bot wordt sterker van belasting die het vaak krijgt.",

    exercises_title: "Elke oefening, week na week",
    col_exercise: "Oefening",
    col_first: "Eerst",
    col_now: "Laatst",
    col_best: "Best",
    no_exercises: "Nog niets te zien: de oefeningen verschijnen na je eerste training.",
    chart_kg: |exercise| format!("{exercise}: zwaarste gewicht per week (kg)"),
    chart_reps: |exercise| format!("{exercise}: beste serie per week (herhalingen)"),
    chart_seconds: |exercise| format!("{exercise}: langste houding per week (seconden)"),
    chart_stomps: |exercise| format!("{exercise}: beste serie per week (stampen per voet)"),
    personal_best: |value, date| format!("★ persoonlijk record: {value} op {date}"),
    best_marker_legend: "★ = een nieuw persoonlijk record die week",

    week_title: |week, start, end| format!("{week}: {start} tot en met {end}"),
    week_empty: "Geen training deze week.",
    week_exercises: |count| format!("{count} oefeningen"),
    week_exercise_one: "1 oefening",
    week_exercises_of: |count, total| format!("{count} van {total} oefeningen"),
    ended_early: "eerder gestopt",
    logged: "achteraf ingevoerd",

    col_set: "Serie",
    col_done: "Gedaan",
    col_weight: "Gewicht",
    col_effort: "Voelde",
    skipped: "overgeslagen",
    no_sets: "geen series",
    reps: |n| format!("{n} herhalingen"),
    rep_one: |n| format!("{n} herhaling"),
    seconds: |n| format!("{n} s"),
    stomps: |left, right| format!("{left} links, {right} rechts"),

    entry_count: |exercise, set| format!("{exercise}, serie {set}: hoeveel?"),
    entry_count_stomps: "links/rechts, bijv. 20/20",
    entry_weight: |exercise, unit| format!("{exercise}: gewicht in {unit}?"),
    entry_effort: |exercise| format!("{exercise}: hoe voelden de laatste herhalingen?"),
    entry_date: "De dag van deze training (JJJJ-MM-DD)?",
    entry_invalid: "Dat kan niet kloppen; probeer het opnieuw of druk op Esc.",
    entry_effort_choices: "1 te makkelijk   2 goed   3 te zwaar   4 pijn",

    confirm_title: "Het logboek aanpassen?",
    confirm_change: |what, from, to| format!("{what}: {from} → {to}"),
    confirm_delete: |date, program, sets| {
        format!("De training van {date} verwijderen ({program}, {sets} series)?")
    },
    confirm_delete_one: |date, program| {
        format!("De training van {date} verwijderen ({program}, 1 serie)?")
    },
    confirm_backup: "Het logboek zoals het nu is, wordt als reservekopie bewaard.",
    what_set: |exercise, set| format!("{exercise}, serie {set}"),
    what_weight: |exercise| format!("{exercise}, gewicht"),
    what_effort: |exercise| format!("{exercise}, hoe het voelde"),
    what_date: "Datum van de training",
    nothing: "niets",

    corrected: |path| format!("✔ Aangepast. Het logboek zoals het was, staat in {path}"),
    deleted: |path| format!("✔ Verwijderd. Het logboek zoals het was, staat in {path}"),
    corrected_no_backup: "✔ Aangepast.",
    failed: |reason| format!("! Niet aangepast: {reason}"),

    key_week: "week",
    key_open: "openen",
    key_other_tab_exercises: "oefeningen",
    key_other_tab_weeks: "weken",
    key_back: "terug",
    key_exercise: "oefening",
    key_session: "training",
    key_row: "serie",
    key_edit_set: "serie aanpassen",
    key_edit_weight: "gewicht",
    key_edit_effort: "gevoel",
    key_edit_date: "datum",
    key_delete: "verwijderen",
    key_history: "logboek",
};
