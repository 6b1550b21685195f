//! The texts of the printable report (`botsterk report`, `r` in the history), in English and
//! Dutch. The answers of the profile, the disclaimer, effort and pain-check words come
//! from the other texts, so they read the same as on screen.

use std::fmt::Display;

/// All report texts in one language.
#[derive(Debug)]
pub struct ReportTexts {
    /// The page's `lang` attribute.
    pub html_lang: &'static str,
    pub title: &'static str,
    pub period: fn(&str, &str) -> String,
    pub about: &'static str,
    pub label_program: &'static str,
    pub label_target: &'static str,
    pub target: fn(&dyn Display, &dyn Display) -> String,
    pub label_bones: &'static str,
    pub label_impact: &'static str,
    pub label_units: &'static str,
    pub label_period: &'static str,
    pub period_value: fn(&str, &str, &str) -> String,
    pub label_generated: &'static str,
    pub generated: fn(&str, &str) -> String,
    pub not_set_up: &'static str,
    pub disclaimer_title: &'static str,

    pub adherence: &'static str,
    pub sessions_in_weeks: fn(&str, &str) -> String,
    pub short_not_counted: fn(&dyn Display) -> String,
    /// One short session: singular.
    pub short_not_counted_one: &'static str,
    /// "1 session" and "{n} sessions": a count in words, singular and plural.
    pub sessions_n: fn(usize) -> String,
    /// "1 week" and "{n} weeks".
    pub weeks_n: fn(usize) -> String,

    pub share_minimum: fn(&dyn Display, &dyn Display, &dyn Display, &dyn Display) -> String,
    pub share_target: fn(&dyn Display, &dyn Display, &dyn Display, &dyn Display) -> String,
    pub longest_run: fn(&dyn Display) -> String,
    pub under_minimum: fn(&str) -> String,
    pub under_minimum_many: fn(&dyn Display, &dyn Display, &str) -> String,
    pub under_minimum_none: &'static str,
    /// `{n}`: a week by its number, as the chart labels it ("week 46"; the ISO label
    /// "2026-W46" stays in JSON and CSV).
    pub week_number: fn(&dyn Display) -> String,
    pub none_judged: &'static str,
    pub week_under_way: &'static str,
    /// The bar chart's title and axes.
    pub chart_adherence: &'static str,
    pub axis_sessions: &'static str,
    pub axis_week: &'static str,
    pub legend_met: &'static str,
    pub legend_under: &'static str,
    pub legend_target: fn(&dyn Display) -> String,
    pub legend_minimum: fn(&dyn Display) -> String,
    pub col_week: &'static str,
    pub col_dates: &'static str,
    pub col_sessions: &'static str,
    pub col_minimum: &'static str,
    pub mark_met: &'static str,
    pub mark_under: &'static str,
    pub mark_under_way: &'static str,

    pub loads: &'static str,
    pub loads_intro: &'static str,
    pub unit_kg: &'static str,
    /// A weight held in each hand: `{weight}` ("2 kg").
    pub per_hand: fn(&str) -> String,
    pub unit_reps: &'static str,
    pub unit_seconds: &'static str,
    pub unit_stomps: &'static str,
    pub from_to: fn(&str, &str, &str, &str) -> String,
    pub no_steps: &'static str,
    pub step: fn(&str, &str, &str, &str) -> String,
    pub earlier_steps: fn(&dyn Display) -> String,
    pub reason_weight_up: &'static str,
    pub reason_weight_down: &'static str,
    /// A heavier weight the user chose, not the coach's proposal.
    pub reason_weight_up_chosen: &'static str,
    /// A lighter weight the user chose, not the coach's proposal.
    pub reason_weight_down_chosen: &'static str,
    pub reason_first_weight: &'static str,
    pub reason_after_pain_check: &'static str,
    pub reason_after_break: &'static str,
    pub reason_target_reached: &'static str,
    pub reason_lower: &'static str,
    pub no_exercises: &'static str,

    pub pain: &'static str,
    pub no_pain: &'static str,
    /// The heading of balance and posture practice.
    pub practice: &'static str,
    /// Month by month: the section's title and its columns.
    pub months: &'static str,
    pub months_columns: [&'static str; 5],
    pub no_practice: &'static str,
    /// `{days}` practice days in the period, `{met}` of `{weeks}` weeks at the aim of
    /// `{target}` days a week.
    pub practice_days: fn(u32, u32, u32, u32) -> String,
    /// stance, first hold, last hold, holds.
    pub practice_header: [&'static str; 4],
    /// A hold: `{support}`, `{seconds}`.
    pub practice_hold: fn(&str, u32) -> String,
    /// A posture move: `{name}`, on `{days}` days, `{reps}` reps in all.
    pub practice_posture: fn(&str, u32, u32) -> String,
    /// Pain while practising `{what}` (a stance or a move).
    pub practice_pain: fn(&str) -> String,
    pub pain_report: fn(&str) -> String,
    /// After the pain report: where it hurt, `{report}`, `{site}`.
    pub pain_site: fn(&str, &str) -> String,
    pub pain_stopped_set: fn(&dyn Display) -> String,
    pub pain_answer: fn(&str, &str, &str) -> String,
    pub on_hold: fn(&str, &str) -> String,
    pub left_out: &'static str,
    pub nothing_left_out: &'static str,

    pub sessions: &'static str,
    pub no_sessions: &'static str,
    pub col_date: &'static str,
    pub col_program: &'static str,
    pub col_exercises: &'static str,
    pub col_effort: &'static str,
    pub mark_logged: &'static str,
    pub earlier_sessions: fn(&dyn Display) -> String,
    /// One earlier session: singular.
    pub earlier_session_one: &'static str,
    pub footer: fn(&str) -> String,

    /// The history screens' key for the report.
    pub key_report: &'static str,
    /// The command and the history screens: the report was written. `{path}`
    pub written: fn(&str) -> String,
    /// The report could not be written. `{path}`, `{reason}`
    pub not_written: fn(&str, &dyn Display) -> String,
}

pub const EN: ReportTexts = ReportTexts {
    html_lang: "en",
    title: "Strength training for the bones: report",
    period: |first, last| format!("{first} – {last}"),
    about: "About this report",
    label_program: "Program now",
    label_target: "Weekly target",
    target: |target, minimum| {
        format!("{target} sessions a week on different days (minimum {minimum})")
    },
    label_bones: "Bones",
    label_impact: "Impact (stomping) cleared by a doctor or physiotherapist",
    label_units: "Weights shown in",
    label_period: "Period",
    period_value: |weeks, first, last| format!("{weeks}: {first} – {last}"),
    label_generated: "Made on",
    generated: |date, version| {
        format!("{date} by botsterk {version}, from the history kept on this computer")
    },
    not_set_up: "not answered yet",
    disclaimer_title: "Please note",

    adherence: "How often",
    sessions_in_weeks: |sessions, weeks| format!("{sessions} counted in {weeks}."),
    short_not_counted: |n| {
        format!("{n} short sessions (fewer than half of their sets) are not counted.")
    },
    short_not_counted_one: "1 short session (fewer than half of its sets) is not counted.",
    sessions_n: |n| match n {
        1 => "1 session".to_owned(),
        n => format!("{n} sessions"),
    },
    weeks_n: |n| match n {
        1 => "1 week".to_owned(),
        n => format!("{n} weeks"),
    },
    share_minimum: |minimum, n, of, pct| {
        format!("Weeks at the minimum of {minimum} sessions: {n} of {of} ({pct} %).")
    },
    share_target: |target, n, of, pct| {
        format!("Weeks at the target of {target} sessions: {n} of {of} ({pct} %).")
    },
    longest_run: |n| format!("Longest run of weeks at the minimum: {n}."),
    under_minimum: |weeks| format!("Weeks under the minimum: {weeks}."),
    under_minimum_many: |n, shown, weeks| {
        format!("Weeks under the minimum: {n}; the last {shown}: {weeks}.")
    },
    under_minimum_none: "No finished week was under the minimum.",
    week_number: |n| format!("week {n}"),
    none_judged: "No week of the period is over yet.",
    week_under_way: "The current week is still under way and is not judged.",
    chart_adherence: "Strength sessions per week",
    axis_sessions: "sessions (on different days)",
    axis_week: "week",
    legend_met: "minimum reached",
    legend_under: "under the minimum (hatched, marked !)",
    legend_target: |target| format!("target {target}"),
    legend_minimum: |minimum| format!("minimum {minimum}"),
    col_week: "Week",
    col_dates: "Monday – Sunday",
    col_sessions: "Sessions",
    col_minimum: "Minimum",
    mark_met: "reached",
    mark_under: "! under",
    mark_under_way: "under way",

    loads: "Loads over time",
    loads_intro: "Each week's best: the heaviest weight, or the best set (reps, or seconds held). Numbered points are the steps listed under each chart.",
    unit_kg: "weight",
    per_hand: |weight| format!("{weight} per hand"),
    unit_reps: "reps",
    unit_seconds: "seconds held",
    unit_stomps: "stomps per foot",
    from_to: |first, from, last, to| format!("{first}: {from}; {last}: {to}."),
    no_steps: "No step up or down in this period.",
    step: |date, from, to, reason| format!("{date}: {from} → {to}, {reason}"),
    earlier_steps: |n| format!("and {n} earlier steps"),
    reason_weight_up: "a heavier weight proposed by the coach, taken",
    reason_weight_down: "a lighter weight proposed by the coach (too hard), taken",
    reason_weight_up_chosen: "a heavier weight chosen by you (not the coach's proposal)",
    reason_weight_down_chosen: "a lighter weight chosen by you",
    reason_first_weight: "the first weight chosen",
    reason_after_pain_check: "back after a pain check, one step easier",
    reason_after_break: "after a break of more than two weeks",
    reason_target_reached: "every set at its target with good effort",
    reason_lower: "less than the week before (too hard, or a short set)",
    no_exercises: "No exercise was done in this period.",

    pain: "Pain",
    no_pain: "No pain reported and no pain check answered in this period.",
    months: "Month by month",
    months_columns: [
        "Month",
        "Sessions / aim",
        "Balance days / aim",
        "Stronger",
        "Pain",
    ],
    practice: "Balance and posture practice",
    no_practice: "No balance or posture practice in this period.",
    practice_days: |days, met, weeks, target| {
        format!(
            "{days} practice days in the period; {met} of {weeks} weeks reached the aim of {target} days a week. Practice is never counted as a strength session."
        )
    },
    practice_header: [
        "Stance",
        "First in the period",
        "Last in the period",
        "Holds",
    ],
    practice_hold: |support, seconds| format!("{support}, {seconds} s"),
    practice_posture: |name, days, reps| format!("{name}: on {days} days, {reps} reps"),
    practice_pain: |what| format!("pain while practising {what}"),
    pain_site: |report, site| format!("{report} (where: {site})"),
    pain_report: |exercise| format!("Pain reported during {exercise}"),
    pain_stopped_set: |n| format!("set {n} stopped"),
    pain_answer: |exercise, since, answer| {
        format!("Pain check of {exercise} (pain of {since}): {answer}")
    },
    on_hold: |exercise, date| {
        format!("{exercise} is on hold since {date}: its pain check is not answered yet.")
    },
    left_out: "Left out now",
    nothing_left_out: "No exercise is left out.",

    sessions: "Sessions",
    no_sessions: "No session in this period.",
    col_date: "Date",
    col_program: "Program",
    col_exercises: "Exercises: sets × reps (or seconds) @ weight",
    col_effort: "Effort",
    mark_logged: "entered afterwards",
    earlier_sessions: |n| {
        format!(
            "{n} earlier sessions of the period are not listed; botsterk history --csv gives every set."
        )
    },
    earlier_session_one: "1 earlier session of the period is not listed; botsterk history --csv gives every set.",
    footer: |version| {
        format!(
            "botsterk {version}. The numbers are those of botsterk history --json for the same weeks."
        )
    },

    key_report: "report",
    written: |path| format!("Report written to {path}: open it in a browser to read or print it."),
    not_written: |path, reason| format!("The report could not be written to {path}: {reason}"),
};

pub const NL: ReportTexts = ReportTexts {
    html_lang: "nl",
    title: "Krachttraining voor de botten: verslag",
    period: |first, last| format!("{first} – {last}"),
    about: "Over dit verslag",
    label_program: "Programma nu",
    label_target: "Doel per week",
    target: |target, minimum| {
        format!("{target} trainingen per week op verschillende dagen (minimaal {minimum})")
    },
    label_bones: "Botten",
    label_impact: "Impact (stampen) goedgekeurd door arts of fysiotherapeut",
    label_units: "Gewichten in",
    label_period: "Periode",
    period_value: |weeks, first, last| format!("{weeks}: {first} – {last}"),
    label_generated: "Gemaakt op",
    generated: |date, version| {
        format!("{date} door botsterk {version}, uit het logboek op deze computer")
    },
    not_set_up: "nog niet beantwoord",
    disclaimer_title: "Let op",

    adherence: "Hoe vaak",
    sessions_in_weeks: |sessions, weeks| format!("{sessions} geteld in {weeks}."),
    short_not_counted: |n| {
        format!("{n} korte trainingen (minder dan de helft van de series) tellen niet mee.")
    },
    short_not_counted_one: "1 korte training (minder dan de helft van de series) telt niet mee.",
    sessions_n: |n| match n {
        1 => "1 training".to_owned(),
        n => format!("{n} trainingen"),
    },
    weeks_n: |n| match n {
        1 => "1 week".to_owned(),
        n => format!("{n} weken"),
    },
    share_minimum: |minimum, n, of, pct| {
        format!("Weken met het minimum van {minimum} trainingen: {n} van {of} ({pct} %).")
    },
    share_target: |target, n, of, pct| {
        format!("Weken met het doel van {target} trainingen: {n} van {of} ({pct} %).")
    },
    longest_run: |n| format!("Langste reeks weken met het minimum: {n}."),
    under_minimum: |weeks| format!("Weken onder het minimum: {weeks}."),
    under_minimum_many: |n, shown, weeks| {
        format!("Weken onder het minimum: {n}; de laatste {shown}: {weeks}.")
    },
    under_minimum_none: "Geen afgelopen week bleef onder het minimum.",
    week_number: |n| format!("week {n}"),
    none_judged: "Nog geen week van de periode is voorbij.",
    week_under_way: "De huidige week loopt nog en telt niet mee in het oordeel.",
    chart_adherence: "Krachttrainingen per week",
    axis_sessions: "trainingen (op verschillende dagen)",
    axis_week: "week",
    legend_met: "minimum gehaald",
    legend_under: "onder het minimum (gearceerd, met !)",
    legend_target: |target| format!("doel {target}"),
    legend_minimum: |minimum| format!("minimum {minimum}"),
    col_week: "Week",
    col_dates: "maandag – zondag",
    col_sessions: "Trainingen",
    col_minimum: "Minimum",
    mark_met: "gehaald",
    mark_under: "! onder",
    mark_under_way: "loopt nog",

    loads: "Belasting door de tijd",
    loads_intro: "Het beste van elke week: het zwaarste gewicht, of de beste serie (herhalingen, of seconden gehouden). Genummerde punten zijn de stappen onder elke grafiek.",
    unit_kg: "gewicht",
    per_hand: |weight| format!("{weight} per hand"),
    unit_reps: "herhalingen",
    unit_seconds: "seconden gehouden",
    unit_stomps: "stampen per voet",
    from_to: |first, from, last, to| format!("{first}: {from}; {last}: {to}."),
    no_steps: "Geen stap omhoog of omlaag in deze periode.",
    step: |date, from, to, reason| format!("{date}: {from} → {to}, {reason}"),
    earlier_steps: |n| format!("en {n} eerdere stappen"),
    reason_weight_up: "een zwaarder gewicht voorgesteld door de coach, genomen",
    reason_weight_down: "een lichter gewicht voorgesteld door de coach (te zwaar), genomen",
    reason_weight_up_chosen: "een zwaarder gewicht dat je zelf koos (niet het voorstel van de coach)",
    reason_weight_down_chosen: "een lichter gewicht dat je zelf koos",
    reason_first_weight: "het eerste gewicht gekozen",
    reason_after_pain_check: "terug na een pijncontrole, een stap lichter",
    reason_after_break: "na een pauze van meer dan twee weken",
    reason_target_reached: "elke serie op het doel, met een goed gevoel",
    reason_lower: "minder dan de week ervoor (te zwaar, of een korte serie)",
    no_exercises: "Geen oefening gedaan in deze periode.",

    pain: "Pijn",
    no_pain: "Geen pijn gemeld en geen pijncontrole beantwoord in deze periode.",
    months: "Maand voor maand",
    months_columns: [
        "Maand",
        "Trainingen / doel",
        "Evenwichtsdagen / doel",
        "Sterker",
        "Pijn",
    ],
    practice: "Evenwicht en houding oefenen",
    no_practice: "Geen evenwicht of houding geoefend in deze periode.",
    practice_days: |days, met, weeks, target| {
        format!(
            "{days} oefendagen in de periode; {met} van {weeks} weken haalden het doel van {target} dagen per week. Oefenen telt nooit als krachttraining."
        )
    },
    practice_header: [
        "Stand",
        "Eerste in de periode",
        "Laatste in de periode",
        "Keer",
    ],
    practice_hold: |support, seconds| format!("{support}, {seconds} s"),
    practice_posture: |name, days, reps| format!("{name}: op {days} dagen, {reps} herhalingen"),
    practice_pain: |what| format!("pijn bij het oefenen van {what}"),
    pain_site: |report, site| format!("{report} (waar: {site})"),
    pain_report: |exercise| format!("Pijn gemeld bij {exercise}"),
    pain_stopped_set: |n| format!("serie {n} gestopt"),
    pain_answer: |exercise, since, answer| {
        format!("Pijncontrole van {exercise} (pijn van {since}): {answer}")
    },
    on_hold: |exercise, date| {
        format!("{exercise} staat stil sinds {date}: de pijncontrole is nog niet beantwoord.")
    },
    left_out: "Nu weggelaten",
    nothing_left_out: "Geen oefening weggelaten.",

    sessions: "Trainingen",
    no_sessions: "Geen training in deze periode.",
    col_date: "Datum",
    col_program: "Programma",
    col_exercises: "Oefeningen: series × herhalingen (of seconden) @ gewicht",
    col_effort: "Gevoel",
    mark_logged: "achteraf ingevoerd",
    earlier_sessions: |n| {
        format!(
            "{n} eerdere trainingen van de periode staan er niet bij; botsterk logboek --csv geeft elke serie."
        )
    },
    earlier_session_one: "1 eerdere training van de periode staat er niet bij; botsterk logboek --csv geeft elke serie.",
    footer: |version| {
        format!(
            "botsterk {version}. De getallen zijn die van botsterk logboek --json voor dezelfde weken."
        )
    },

    key_report: "verslag",
    written: |path| {
        format!(
            "Verslag geschreven naar {path}: open het in een browser om het te lezen of af te drukken."
        )
    },
    not_written: |path, reason| {
        format!("Het verslag kon niet worden geschreven naar {path}: {reason}")
    },
};
