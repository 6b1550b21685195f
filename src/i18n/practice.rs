//! The texts of balance and posture practice and of the warm-up.
//!
//! Templated texts are functions, so each value is checked by the compiler in each
//! language (no `{name}` to misspell).

/// Practice and warm-up texts in one language.
#[derive(Debug)]
pub struct PracticeTexts {
    /// `log`'s practice entries.
    pub log: &'static super::practice_log::PracticeLogTexts,
    /// The session's header during a practice.
    pub place_practice: &'static str,
    /// The session's header during the warm-up.
    pub place_warm_up: &'static str,
    /// "Part 2 of 5".
    pub part_of: fn(usize, usize) -> String,
    /// "hold 2 of 3".
    pub hold_of: fn(u32, u32) -> String,
    /// "move 2 of 5" (the warm-up).
    pub move_of: fn(usize, usize) -> String,

    pub rate_question: &'static str,
    /// Held 12 of 15 seconds.
    pub held_for: fn(u32, u32) -> String,
    pub rate_steady: &'static str,
    pub rate_wobbly: &'static str,
    pub rate_held_on: &'static str,
    pub rate_hint: &'static str,
    pub key_answer: &'static str,
    /// A tandem stance not held 10 s.
    pub tandem_warning: &'static str,

    pub counter_question: &'static str,
    /// Why, naming the support level ("eyes closed").
    pub counter_why: fn(&str) -> String,
    pub counter_yes: &'static str,
    pub key_no: &'static str,
    /// No, naming the easier level used instead today.
    pub counter_no: fn(&str) -> String,

    pub key_skip_warm_up: &'static str,
    /// A posture move with a hold: Space starts it.
    pub key_hold: &'static str,
    /// The count key's name (from the key table).
    pub hold_start: fn(&str) -> String,
    pub hold_release: &'static str,
    /// A posture move's target while counting: reps, seconds each.
    pub posture_target: fn(u32, u32) -> String,
    pub summary_title: &'static str,
    /// A balance hold on the summary: seconds held and how it went.
    pub summary_hold: fn(u32, &str) -> String,
    /// The warm-up card's "today": its minutes.
    pub warm_up_today: fn(u32) -> String,
    /// A posture move's "today": reps, and the seconds each is held.
    pub posture_today: fn(u32, Option<u32>) -> String,
    pub warm_up_next: &'static str,

    /// Home: on a rest day, practice is the thing to do.
    pub home_rest_day: &'static str,
    pub home_done_today: &'static str,
    /// Practice days this week against the target, on home's week line ("balance: 1 of 3
    /// days").
    pub week: fn(u32, u32) -> String,
    /// The same as a sentence of its own (`plan`, `log`).
    pub week_sentence: fn(u32, u32) -> String,
    pub key_practice: &'static str,
    pub saved: &'static str,
    /// A practice thrown away: the pain reported in it is kept.
    pub discarded_pain_kept: &'static str,
    /// At start: a practice left unfinished (killed, crashed) was saved as it was.
    /// `{date}`, `{holds}`, `{moves}`.
    pub recovered: fn(&str, usize, usize) -> String,
    /// At start, the same day: a practice left unfinished, offered to carry on or save.
    /// `{time}` it began, `{holds}`, `{moves}` done.
    pub unfinished_title: fn(&dyn std::fmt::Display, usize, usize) -> String,
    pub unfinished_why: &'static str,
    pub unfinished_confirm: &'static str,

    /// Settings and `profile`.
    pub label_warm_up: &'static str,
    pub label_practice_days: &'static str,
    pub warm_up_on: &'static str,
    pub warm_up_off: &'static str,

    /// `plan`: the heading of the practice part.
    pub plan_title: &'static str,
    /// A stance: name, support, holds, seconds.
    pub plan_balance: fn(&str, u32, u32) -> String,
    pub plan_counter: &'static str,
    /// A posture move: name, reps, hold seconds.
    pub plan_posture: fn(&str, u32, Option<u32>) -> String,

    /// History: practice days of a week.
    pub history_days: fn(u32, u32) -> String,
    pub history_title: &'static str,
    /// `{key}`: home's key for balance practice.
    pub history_none: fn(&str) -> String,
    /// A stance's level on a day: date, support, hold seconds.
    pub history_stance_row: fn(&str, &str, u32) -> String,
    /// `botsterk history`: the heading of the practice column.
    pub history_column: &'static str,
    /// `botsterk history`: what the practice column means, with the target.
    pub history_legend: fn(u32) -> String,
    /// The history screens' tab of the balance stances.
    pub tab_balance: &'static str,
    /// Tab to the balance tab.
    pub key_tab_balance: &'static str,
    pub key_stance: &'static str,
    pub col_stance: &'static str,
    /// The support level and hold now.
    pub col_now: &'static str,
    /// A stance's level and hold: support, seconds.
    pub history_level: fn(&str, u32) -> String,
    /// The heading of the selected stance's days.
    pub history_stance_title: fn(&str) -> String,
    /// A week's practice days on the weeks page: week name, days, target.
    pub history_week_days: fn(&str, u32, u32) -> String,
    /// A day with practice on a week's page: balance holds, posture moves.
    pub history_day: fn(usize, usize) -> String,
    /// The weeks page: what "◆2" after a week's sessions means.
    pub history_mark_legend: &'static str,
}

pub const EN: PracticeTexts = PracticeTexts {
    log: &super::practice_log::EN,
    place_practice: "Balance and posture",
    place_warm_up: "Warm-up",
    part_of: |n, of| format!("Part {n} of {of}"),
    hold_of: |n, of| format!("hold {n} of {of}"),
    move_of: |n, of| format!("move {n} of {of}"),

    rate_question: "How steady was that?",
    held_for: |held, target| format!("You held {held} of {target} seconds."),
    rate_steady: "Steady",
    rate_wobbly: "Wobbly",
    rate_held_on: "Had to hold on",
    rate_hint: "Two steady holds for the full time make the next hold 5 seconds longer.",
    key_answer: "answer",
    tandem_warning: "A tandem stance held less than 10 seconds is worth telling your doctor about: \
                     it can mean a higher chance of falling.",

    counter_question: "Is a sturdy counter or chair within reach?",
    counter_why: |support| {
        format!("For your bones, practise \"{support}\" only where you can grab hold at once.")
    },
    counter_yes: "Yes, it is within reach",
    key_no: "no",
    counter_no: |easier| format!("No: today with \"{easier}\""),

    key_skip_warm_up: "skip the warm-up",
    key_hold: "hold",
    hold_start: |space| format!("Take the position and press {space}"),
    hold_release: "Now let go slowly",
    posture_target: |reps, seconds| format!("target: {reps} times, each held {seconds} s"),
    summary_title: "Practice done",
    summary_hold: |seconds, how| format!("{seconds} s {how}"),
    warm_up_today: |minutes| {
        format!("about {minutes} minutes, one move after the other; s skips the warm-up")
    },
    posture_today: |reps, hold| match hold {
        Some(s) => format!("{reps} times, each held {s} seconds"),
        None => format!("{reps} times, slowly"),
    },
    warm_up_next: "next move",

    home_rest_day: "A good day for balance and posture practice (about 10 min).",
    home_done_today: "Balance and posture practice done today.",
    week: |days, target| {
        let unit = if target == 1 { "day" } else { "days" };
        format!("balance: {days} of {target} {unit}")
    },
    week_sentence: |days, target| {
        let unit = if target == 1 { "day" } else { "days" };
        format!("Practice this week: {days} of {target} {unit}")
    },
    key_practice: "balance practice",
    saved: "Practice saved.",
    discarded_pain_kept: "The practice was thrown away, but not the pain you reported: it stays in your history.",
    recovered: |date, holds, moves| {
        format!(
            "A practice of {date} stopped before it was saved (botsterk was closed or stopped). What was done is saved: {holds} balance hold(s), {moves} posture move(s)."
        )
    },
    unfinished_title: |time, holds, moves| {
        format!(
            "Today's practice from {time} was not finished: {holds} balance hold(s) and {moves} posture move(s) done."
        )
    },
    unfinished_why: "botsterk was closed before it was saved. Every hold and move you finished is kept: carry on with the rest, or save what you did.",
    unfinished_confirm: "Throw this unfinished practice away? Pain you reported in it is kept.",

    label_warm_up: "Warm-up before a session",
    label_practice_days: "Practice days a week",
    warm_up_on: "Yes, about 3 minutes",
    warm_up_off: "No",

    plan_title: "Balance and posture practice",
    plan_balance: |name, holds, seconds| {
        let unit = if holds == 1 { "hold" } else { "holds" };
        format!("{name}: {holds} {unit} of {seconds} s")
    },
    plan_counter: "first make sure a counter is within reach (for your bones)",
    plan_posture: |name, reps, hold| match hold {
        Some(s) => format!("{name}: {reps} times, hold {s} s"),
        None => format!("{name}: {reps} times"),
    },

    history_days: |days, target| {
        let unit = if days == 1 {
            "practice day"
        } else {
            "practice days"
        };
        format!("{days} {unit} (target {target})")
    },
    history_title: "Balance: support and hold over time",
    history_none: |key| format!("No balance practice yet: press {key} on home."),
    history_stance_row: |date, support, hold| format!("{date}  {support}, {hold} s"),
    history_column: "practice",
    history_legend: |target| {
        let unit = if target == 1 { "day" } else { "days" };
        format!("Practice: days with balance and posture practice, of a target of {target} {unit}")
    },
    tab_balance: "Balance",
    key_tab_balance: "balance",
    key_stance: "stance",
    col_stance: "Stance",
    col_now: "Support and hold now",
    history_level: |support, hold| format!("{support}, {hold} s"),
    history_stance_title: |stance| format!("{stance}: support and hold by day"),
    history_week_days: |week, days, target| {
        let unit = if days == 1 {
            "practice day"
        } else {
            "practice days"
        };
        format!("{week}: {days} {unit} (target {target})")
    },
    history_day: |holds, moves| {
        let holds_unit = if holds == 1 { "hold" } else { "holds" };
        let moves_unit = if moves == 1 { "move" } else { "moves" };
        format!("Practice: {holds} balance {holds_unit}, {moves} posture {moves_unit}")
    },
    history_mark_legend: "◆2 = 2 practice days",
};

pub const NL: PracticeTexts = PracticeTexts {
    log: &super::practice_log::NL,
    place_practice: "Evenwicht en houding",
    place_warm_up: "Warming-up",
    part_of: |n, of| format!("Deel {n} van {of}"),
    hold_of: |n, of| format!("keer {n} van {of}"),
    move_of: |n, of| format!("beweging {n} van {of}"),

    rate_question: "Hoe stevig stond je?",
    held_for: |held, target| format!("Je hield {held} van de {target} seconden vol."),
    rate_steady: "Stevig",
    rate_wobbly: "Wiebelig",
    rate_held_on: "Moest vastpakken",
    rate_hint: "Twee keer stevig de hele tijd: de volgende keer 5 seconden langer.",
    key_answer: "antwoorden",
    tandem_warning: "Houd je de tandemstand geen 10 seconden vol? Vertel het je huisarts: het kan \
                     op een grotere kans op vallen wijzen.",

    counter_question: "Staat er een stevig aanrecht of een stoel binnen handbereik?",
    counter_why: |support| {
        format!("Voor je botten oefen je \"{support}\" alleen waar je meteen kunt vastpakken.")
    },
    counter_yes: "Ja, binnen handbereik",
    key_no: "nee",
    counter_no: |easier| format!("Nee: vandaag met \"{easier}\""),

    key_skip_warm_up: "warming-up overslaan",
    key_hold: "vasthouden",
    hold_start: |space| format!("Neem de houding aan en druk op {}", space.to_lowercase()),
    hold_release: "Laat nu rustig los",
    posture_target: |reps, seconds| format!("doel: {reps} keer, elk {seconds} s vasthouden"),
    summary_title: "Oefenen klaar",
    summary_hold: |seconds, how| format!("{seconds} s {how}"),
    warm_up_today: |minutes| {
        format!(
            "ongeveer {minutes} minuten, de bewegingen volgen elkaar op; s slaat de warming-up over"
        )
    },
    posture_today: |reps, hold| match hold {
        Some(s) => format!("{reps} keer, elke keer {s} seconden vasthouden"),
        None => format!("{reps} keer, rustig"),
    },
    warm_up_next: "volgende beweging",

    home_rest_day: "Een goede dag om evenwicht en houding te oefenen (ongeveer 10 min).",
    home_done_today: "Evenwicht en houding vandaag geoefend.",
    week: |days, target| {
        let unit = if target == 1 { "dag" } else { "dagen" };
        format!("evenwicht: {days} van {target} {unit}")
    },
    week_sentence: |days, target| {
        let unit = if target == 1 { "dag" } else { "dagen" };
        format!("Oefenen deze week: {days} van {target} {unit}")
    },
    key_practice: "evenwicht oefenen",
    saved: "Oefening opgeslagen.",
    discarded_pain_kept: "De oefening is weggegooid, maar niet de pijn die je meldde: die blijft in je geschiedenis.",
    recovered: |date, holds, moves| {
        format!(
            "Een oefening van {date} stopte voordat ze was opgeslagen (botsterk werd gesloten of gestopt). Wat je deed is bewaard: {holds} evenwichtsoefening(en), {moves} houdingsoefening(en)."
        )
    },
    unfinished_title: |time, holds, moves| {
        format!(
            "De oefening van vandaag van {time} is niet afgemaakt: {holds} evenwichtsoefening(en) en {moves} houdingsoefening(en) gedaan."
        )
    },
    unfinished_why: "botsterk werd gesloten voordat de oefening bewaard was. Alles wat je afmaakte, is er nog: ga verder met de rest, of bewaar wat je deed.",
    unfinished_confirm: "Deze onafgemaakte oefening weggooien? Pijn die je meldde, blijft bewaard.",

    label_warm_up: "Warming-up voor een training",
    label_practice_days: "Oefendagen per week",
    warm_up_on: "Ja, ongeveer 3 minuten",
    warm_up_off: "Nee",

    plan_title: "Evenwicht en houding oefenen",
    plan_balance: |name, holds, seconds| format!("{name}: {holds} keer {seconds} s"),
    plan_counter: "zorg eerst dat er een aanrecht binnen handbereik is (voor je botten)",
    plan_posture: |name, reps, hold| match hold {
        Some(s) => format!("{name}: {reps} keer, {s} s vasthouden"),
        None => format!("{name}: {reps} keer"),
    },

    history_days: |days, target| {
        let unit = if days == 1 { "oefendag" } else { "oefendagen" };
        format!("{days} {unit} (doel {target})")
    },
    history_title: "Evenwicht: steun en tijd door de weken",
    history_none: |key| format!("Nog geen evenwicht geoefend: druk op {key} op het beginscherm."),
    history_stance_row: |date, support, hold| format!("{date}  {support}, {hold} s"),
    history_column: "oefenen",
    history_legend: |target| {
        let unit = if target == 1 { "dag" } else { "dagen" };
        format!("Oefenen: dagen met evenwicht en houding, van een doel van {target} {unit}")
    },
    tab_balance: "Evenwicht",
    key_tab_balance: "evenwicht",
    key_stance: "stand",
    col_stance: "Stand",
    col_now: "Steun en tijd nu",
    history_level: |support, hold| format!("{support}, {hold} s"),
    history_stance_title: |stance| format!("{stance}: steun en tijd per dag"),
    history_week_days: |week, days, target| {
        let unit = if days == 1 { "oefendag" } else { "oefendagen" };
        format!("{week}: {days} {unit} (doel {target})")
    },
    history_day: |holds, moves| {
        let moves_unit = if moves == 1 {
            "houdingsoefening"
        } else {
            "houdingsoefeningen"
        };
        format!("Oefenen: {holds} keer evenwicht, {moves} {moves_unit}")
    },
    history_mark_legend: "◆2 = 2 oefendagen",
};
