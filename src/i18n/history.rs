//! The texts of the history screens, in English and Dutch.

use std::fmt::Display;

use crate::coach::function_test::TestKind;

/// All texts of the history screens in one language.
#[derive(Debug)]
pub struct HistoryTexts {
    pub title: &'static str,
    pub tab_weeks: &'static str,
    pub tab_exercises: &'static str,
    pub empty: &'static str,
    pub streak: fn(&dyn Display) -> String,
    pub streak_one: &'static str,
    pub streak_none: &'static str,
    pub col_week: &'static str,
    pub col_dates: &'static str,
    pub col_sessions: &'static str,
    pub minimum_met: &'static str,
    pub legend: fn(&dyn Display) -> String,
    pub dose_title: fn(&str) -> String,
    pub dose_done: &'static str,
    pub dose_asked: &'static str,
    pub dose_sessions: &'static str,
    pub dose_loaded_reps: &'static str,
    pub dose_impact_steps: &'static str,
    pub dose_hold_seconds: &'static str,
    pub dose_asked_note: fn(&str) -> String,
    pub dose_why: &'static str,

    pub exercises_title: &'static str,
    pub col_exercise: &'static str,
    pub col_first: &'static str,
    pub col_now: &'static str,
    pub col_best: &'static str,
    pub no_exercises: &'static str,
    pub chart_kg: fn(&str) -> String,
    pub chart_reps: fn(&str) -> String,
    pub chart_seconds: fn(&str) -> String,
    pub chart_stomps: fn(&str) -> String,
    pub personal_best: fn(&str, &str) -> String,
    pub best_marker_legend: &'static str,

    pub week_title: fn(&str, &str, &str) -> String,
    pub week_empty: &'static str,
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
    pub reps: fn(&dyn Display) -> String,
    pub rep_one: fn(&dyn Display) -> String,
    pub seconds: fn(&dyn Display) -> String,
    pub stomps: fn(&dyn Display, &dyn Display) -> String,

    pub entry_count: fn(&str, &dyn Display) -> String,
    pub entry_count_stomps: &'static str,
    pub entry_weight: fn(&str, &str) -> String,
    pub entry_effort: fn(&str) -> String,
    pub entry_date: &'static str,
    /// A typed value that cannot be right; the cancel key's name (from the key table).
    pub entry_invalid: fn(&str) -> String,
    /// A typed count out of its bounds: `{max}`, the most one set may hold; the cancel
    /// key's name.
    pub entry_count_invalid: fn(&dyn std::fmt::Display, &str) -> String,
    pub entry_effort_choices: &'static str,

    pub confirm_title: &'static str,
    pub confirm_change: fn(&str, &str, &str) -> String,
    pub confirm_delete: fn(&str, &str, &dyn Display) -> String,
    /// A session of one set: singular.
    pub confirm_delete_one: fn(&str, &str) -> String,
    pub confirm_backup: &'static str,
    /// The correction takes a pain report out of the record.
    /// Before a correction that takes pain out of the record: the session's `{day}` in
    /// words, the `{exercises}` whose report goes.
    pub confirm_removes_pain: fn(&str, &str) -> String,
    pub what_set: fn(&str, &dyn Display) -> String,
    pub what_weight: fn(&str) -> String,
    pub what_effort: fn(&str) -> String,
    pub what_date: &'static str,
    pub nothing: &'static str,

    pub corrected: fn(&str) -> String,
    pub deleted: fn(&str) -> String,
    pub corrected_no_backup: &'static str,
    pub failed: fn(&str) -> String,

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

    /// The Checks tab: the test day's results and the falls diary.
    pub tab_checks: &'static str,
    pub key_other_tab_checks: &'static str,
    /// ↑↓ on the Checks tab.
    pub key_entry: &'static str,
    pub checks_tests_title: &'static str,
    /// `{key}`: home's key for the test day.
    pub checks_no_tests: fn(&str) -> String,
    pub checks_stopped_for_pain: &'static str,
    /// A test's first and latest result: `{first}` `{latest}` (each with its date).
    pub checks_trend: fn(&str, &str) -> String,
    pub checks_trend_one: &'static str,
    /// After the trend: how many results of the test stopped for pain (not drawn).
    pub checks_pain_not_drawn: fn(usize) -> String,
    pub checks_falls_title: &'static str,
    pub checks_no_falls: &'static str,
    /// The charts' heading.
    pub checks_over_time_title: &'static str,
    /// Under a chart: the threshold line in words (see [`NormLine`]).
    pub checks_norm_line: fn(&NormLine) -> String,
    /// The line steps where a birthday moved a result into the next age band.
    pub checks_line_steps: &'static str,
    /// `{sources}`
    pub checks_source: fn(&str) -> String,
    /// No line: the profile lacks `{what}` ([`Self::checks_needs`]).
    pub checks_no_line_given: fn(&str) -> String,
    /// What a norm needs: year of birth and sex, year of birth, sex.
    pub checks_needs: [&'static str; 3],
    pub checks_no_line_age: &'static str,
    pub checks_months_title: &'static str,
    /// `{falls}`, `{near}` falls in a month.
    pub checks_month_counts: fn(usize, usize) -> String,
    /// `{places}` (each with its count when more than one)
    pub checks_month_where: fn(&str) -> String,
    /// `{what}`
    pub checks_month_what: fn(&str) -> String,
}

pub const EN: HistoryTexts = HistoryTexts {
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
    entry_invalid: |esc| {
        format!("That is not a value that can be right; try again or press {esc}.")
    },
    entry_count_invalid: |max, esc| {
        format!("A set holds from 1 to {max}; type such a number, or press {esc}.")
    },
    entry_effort_choices: "1 too easy   2 just right   3 too hard   4 pain",

    confirm_title: "Change the record?",
    confirm_change: |what, from, to| format!("{what}: {from} → {to}"),
    confirm_delete: |date, program, sets| {
        format!("Delete the session of {date} ({program}, {sets} sets)?")
    },
    confirm_delete_one: |date, program| format!("Delete the session of {date} ({program}, 1 set)?"),
    confirm_backup: "The history as it is now is kept as a backup.",
    confirm_removes_pain: |day, exercises| {
        format!(
            "This removes the pain report of {day} ({exercises}): no pain check will wait for it, so the exercise can come back in the plan. u undoes it."
        )
    },
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

    tab_checks: "Tests & falls",
    key_other_tab_checks: "tests & falls",
    key_entry: "entry",
    checks_tests_title: "Test results, newest first",
    checks_no_tests: |key| format!("No test day yet: press {key} on home"),
    checks_stopped_for_pain: "stopped for pain",
    checks_trend: |first, latest| format!("{first} → {latest}"),
    checks_trend_one: "one result so far",
    checks_pain_not_drawn: |n| format!("{n} stopped for pain, not drawn"),
    checks_falls_title: "Falls diary, newest first",
    checks_no_falls: "No falls recorded",
    checks_over_time_title: "Over time, against the norm",
    checks_norm_line: |n| match n.kind {
        TestKind::ChairStand => format!(
            "╌╌ the norm line, {} stands: fewer is below the usual range for {} {}",
            n.value, n.who, n.ages
        ),
        TestKind::BalanceTest => format!(
            "╌╌ the norm line, {} stages (tandem held 10 s): fewer marks a higher chance of \
             falling",
            n.value
        ),
        TestKind::Tug => format!(
            "╌╌ the norm line, {} s: that or slower marks a higher chance of falling",
            n.value
        ),
        TestKind::Grip => format!(
            "╌╌ the norm line, {} kg: below it the grip is low for {}",
            n.value, n.who
        ),
    },
    checks_line_steps: "it steps where a birthday moved you into the next age band",
    checks_source: |sources| format!("Source: {sources}"),
    checks_no_line_given: |what| {
        format!(
            "No norm line: it needs {what} (settings, or botsterk profile --birth-year, --sex)."
        )
    },
    checks_needs: [
        "your year of birth and sex",
        "your year of birth",
        "your sex",
    ],
    checks_no_line_age: "No norm line: the published table does not cover your age.",
    checks_months_title: "Falls per month",
    checks_month_counts: |falls, near| {
        let falls = match falls {
            0 => String::new(),
            1 => "1 fall".to_owned(),
            n => format!("{n} falls"),
        };
        let near = match near {
            0 => String::new(),
            1 => "1 near fall".to_owned(),
            n => format!("{n} near falls"),
        };
        [falls, near]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(", ")
    },
    checks_month_where: |places| format!("where: {places}"),
    checks_month_what: |what| format!("what happened: {what}"),
};

pub const NL: HistoryTexts = HistoryTexts {
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
    entry_invalid: |esc| format!("Dat kan niet kloppen; probeer het opnieuw of druk op {esc}."),
    entry_count_invalid: |max, esc| {
        format!("Een serie telt van 1 tot en met {max}; typ zo'n getal, of druk op {esc}.")
    },
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
    confirm_removes_pain: |day, exercises| {
        format!(
            "Hiermee verdwijnt de pijnmelding van {day} ({exercises}): er wacht dan geen pijncontrole op, dus de oefening kan weer in het plan komen. u maakt het ongedaan."
        )
    },
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

    tab_checks: "Testen & vallen",
    key_other_tab_checks: "testen & vallen",
    key_entry: "regel",
    checks_tests_title: "Testuitslagen, nieuwste eerst",
    checks_no_tests: |key| format!("Nog geen testdag: druk {key} op het beginscherm"),
    checks_stopped_for_pain: "gestopt door pijn",
    checks_trend: |first, latest| format!("{first} → {latest}"),
    checks_trend_one: "nog maar één uitslag",
    checks_pain_not_drawn: |n| format!("{n} gestopt door pijn, niet getekend"),
    checks_falls_title: "Valdagboek, nieuwste eerst",
    checks_no_falls: "Geen vallen vastgelegd",
    checks_over_time_title: "Door de tijd, naast de norm",
    checks_norm_line: |n| match n.kind {
        TestKind::ChairStand => format!(
            "╌╌ de normlijn, {} keer: minder is onder het gebruikelijke bereik voor {} {}",
            n.value, n.who, n.ages
        ),
        TestKind::BalanceTest => format!(
            "╌╌ de normlijn, {} standen (tandem 10 s volgehouden): minder wijst op een grotere \
             kans op vallen",
            n.value
        ),
        TestKind::Tug => format!(
            "╌╌ de normlijn, {} s: zo lang of langer wijst op een grotere kans op vallen",
            n.value
        ),
        TestKind::Grip => format!(
            "╌╌ de normlijn, {} kg: daaronder is de knijpkracht laag voor {}",
            n.value, n.who
        ),
    },
    checks_line_steps: "hij verspringt waar een verjaardag je in de volgende leeftijdsgroep bracht",
    checks_source: |sources| format!("Bron: {sources}"),
    checks_no_line_given: |what| {
        format!(
            "Geen normlijn: daarvoor is {what} nodig (instellingen, of botsterk profile \
             --birth-year, --sex)."
        )
    },
    checks_needs: [
        "je geboortejaar en geslacht",
        "je geboortejaar",
        "je geslacht",
    ],
    checks_no_line_age: "Geen normlijn: de gepubliceerde tabel gaat niet over jouw leeftijd.",
    checks_months_title: "Vallen per maand",
    checks_month_counts: |falls, near| {
        let falls = match falls {
            0 => String::new(),
            1 => "1 keer gevallen".to_owned(),
            n => format!("{n} keer gevallen"),
        };
        let near = match near {
            0 => String::new(),
            1 => "1 keer bijna gevallen".to_owned(),
            n => format!("{n} keer bijna gevallen"),
        };
        [falls, near]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(", ")
    },
    checks_month_where: |places| format!("waar: {places}"),
    checks_month_what: |what| format!("wat er gebeurde: {what}"),
};

/// The threshold line under a chart of the Tests & falls tab, worded from these.
pub struct NormLine<'a> {
    pub kind: TestKind,
    /// The threshold, as the language writes numbers.
    pub value: &'a str,
    /// "women" or "men" (chair stand, grip), else empty.
    pub who: &'a str,
    /// The age band ("70-74"), chair stand only, else empty.
    pub ages: &'a str,
}
