//! The texts of home: today's plan, the week, the coach's questions and why it asks them.

use std::fmt::Display;

/// Home's texts in one language.
#[derive(Debug)]
pub struct HomeTexts {
    // Home
    pub home_today: &'static str,
    pub home_program: fn(&str) -> String,
    pub plan_reps: fn(&dyn Display, &dyn Display) -> String,
    pub plan_timed_reps: fn(&dyn Display, &dyn Display) -> String,
    pub plan_hold: fn(&dyn Display, &dyn Display) -> String,
    pub plan_stomps: fn(&dyn Display, &dyn Display) -> String,
    pub home_rest: fn(&dyn Display) -> String,
    pub home_no_sessions: &'static str,
    pub home_last_session: fn(&str) -> String,
    pub home_saved: &'static str,
    /// Under last month's review: how to see it again, `{month}` as YYYY-MM.
    pub month_review_again: fn(&str) -> String,
    pub home_discarded: &'static str,
    /// A session saved for an earlier day (a backfill) made today a rest day.
    pub now_rest_day: &'static str,
    pub home_history_file: &'static str,
    pub home_rest_day: &'static str,
    pub home_rest_why: &'static str,
    /// A training day with every exercise of the program left out or on hold.
    pub home_nothing_to_train: &'static str,
    pub home_done_today: &'static str,
    pub home_done_why: &'static str,
    pub home_next_training: fn(&str) -> String,
    pub home_rest_ideas: &'static str,
    pub home_week: fn(&str, &dyn Display, &dyn Display) -> String,
    /// The word for a week said with its number ("week 49"); empty keeps the ISO label
    /// ("2026-W49").
    pub week_word: &'static str,
    pub week_warn_either: fn(&str, &str) -> String,
    pub week_warn_on: fn(&str) -> String,
    pub week_out_of_reach: &'static str,
    pub home_future_sessions: fn(&dyn Display) -> String,
    /// The same for one session: `{count}`
    pub home_future_session_one: fn(&dyn Display) -> String,
    pub prompt_increase: fn(&str, &str, &str) -> String,
    pub prompt_decrease: fn(&str, &str, &str) -> String,
    pub prompt_pain: fn(&str) -> String,
    pub prompt_advance: &'static str,
    pub prompt_choose: fn(&str, &str) -> String,
    /// The first-weight question when every owned weight is too heavy to start with.
    pub prompt_choose_none: fn(&str) -> String,
    pub reason_first_time: &'static str,
    pub reason_first_weight_too_heavy: &'static str,
    pub reason_top_of_range: &'static str,
    pub reason_too_hard_twice: &'static str,
    pub reason_below_range: &'static str,
    pub reason_pain: &'static str,
    pub reason_beginner_top: &'static str,
    pub plan_train_reason: &'static str,
    pub plan_training_day: &'static str,
    pub plan_questions: &'static str,
    pub plan_answer_with: fn(&str) -> String,
    /// The command that answers a weight question: `{exercise}` (an id), `{weight}`.
    pub plan_weight_command: fn(&str, &str) -> String,
    /// The command that answers a pain check: `{exercise}` (an id).
    pub plan_pain_command: fn(&str) -> String,
    pub weight_entry_label: fn(&str) -> String,
    pub advance_hint: &'static str,
    /// A number changed since the last session: `{exercise}`, `{from}`, `{to}`, `{why}`.
    pub changed: fn(&str, &str, &str, &str) -> String,
    /// More changes than home has room for: `{count}`.
    pub changed_more: fn(usize) -> String,
    /// Why a lighter weight is proposed after the bone status became weaker.
    pub reason_bones_weaker: &'static str,
    /// The advanced program with osteopenia or osteoporosis: the deadlift's and the
    /// overhead press's cautions (issue 24, design 7).
    pub advance_cautions: &'static str,
    /// `Tab` to the advanced program with weaker bones: asked first.
    pub advance_confirm: &'static str,
    pub day_today: &'static str,
    pub day_tomorrow: &'static str,
}

pub const EN: HomeTexts = HomeTexts {
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
    month_review_again: |month| {
        format!("Shown once a month. Again at any time: botsterk history --month {month}")
    },
    home_discarded: "The session was thrown away, as you asked.",
    now_rest_day: "Today is now a rest day: you trained yesterday.",
    home_history_file: "History",
    home_rest_day: "Today is a rest day",
    home_nothing_to_train: "Nothing to train: every exercise of this program is left out or on hold (see below). Answer the pain check, or change the exercises in the settings.",
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
    prompt_advance: "A few weeks at the top of the beginner program: ready to try the advanced program?",
    prompt_choose: |exercise, to| {
        format!("Which weight will you use for {exercise}? A light start: {to}.")
    },
    prompt_choose_none: |exercise| {
        format!(
            "Which weight will you use for {exercise}? The lightest you own is too heavy to start with."
        )
    },
    reason_first_time: "no weight known yet: start light, the coach raises it in time",
    reason_first_weight_too_heavy: "for your bones the first weight should be light: do it without a weight for now, or get a lighter one",
    reason_top_of_range: "every set reached the top of the range and it felt right",
    reason_too_hard_twice: "it felt too hard two sessions in a row",
    reason_below_range: "a set fell short of the bottom of the range",
    reason_pain: "pain was reported: it stays out of every plan until its pain check is answered",
    reason_beginner_top: "every beginner exercise has been at the top of its range for a few weeks",
    plan_train_reason: "No session yesterday, so today is a training day.",
    plan_training_day: "training day",
    plan_questions: "Questions from your coach",
    plan_answer_with: |command| format!("answer with: {command}"),
    plan_weight_command: |exercise, weight| format!("botsterk weight {exercise} {weight}"),
    plan_pain_command: |exercise| format!("botsterk pain-check {exercise} ok|not-yet|leave-out"),
    weight_entry_label: |unit| format!("Your weight in {unit} (for example 7.5):"),
    advance_hint: "Tab switches to it; you can always switch back.",
    changed: |exercise, from, to, why| format!("{exercise} {from} -> {to}: {why}"),
    changed_more: |count| format!("and {count} more (botsterk plan says each)"),
    reason_bones_weaker: "your bone status is now weaker: this weight is above the usual first weight for it",
    advance_cautions: "With weaker bones: in the deadlift start lighter, never round or twist your back, lower only to knee height; in the overhead press a light weight, stand tall, do not arch your back.",
    advance_confirm: "Switch to the advanced program? y/n",
    day_today: "today",
    day_tomorrow: "tomorrow",
};

pub const NL: HomeTexts = HomeTexts {
    home_today: "De training van vandaag",
    home_program: |program| program.to_string(),
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
    month_review_again: |month| {
        format!(
            "Eén keer per maand getoond. Altijd weer te zien met: botsterk logboek --month {month}"
        )
    },
    home_discarded: "De training is weggegooid, zoals je vroeg.",
    now_rest_day: "Vandaag is nu een rustdag: je trainde gisteren.",
    home_history_file: "Logboek",
    home_rest_day: "Vandaag is een rustdag",
    home_nothing_to_train: "Niets te trainen: elke oefening van dit programma is weggelaten of gepauzeerd (zie hieronder). Beantwoord de pijncontrole, of pas de oefeningen aan in de instellingen.",
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
    prompt_advance: "Al een paar weken op het hoogste niveau van het beginnersprogramma: klaar voor het programma voor gevorderden?",
    prompt_choose: |exercise, to| {
        format!("Welk gewicht gebruik je bij {exercise}? Licht beginnen: {to}.")
    },
    prompt_choose_none: |exercise| {
        format!(
            "Welk gewicht gebruik je bij {exercise}? Het lichtste dat je hebt is te zwaar om mee te beginnen."
        )
    },
    reason_first_time: "nog geen gewicht bekend: begin licht, de coach verhoogt het op tijd",
    reason_first_weight_too_heavy: "voor je botten hoort het eerste gewicht licht te zijn: doe het voorlopig zonder gewicht, of neem een lichter gewicht",
    reason_top_of_range: "elke serie haalde de bovenkant van het bereik en het voelde goed",
    reason_too_hard_twice: "het voelde twee trainingen op rij te zwaar",
    reason_below_range: "een serie bleef onder de onderkant van het bereik",
    reason_pain: "je meldde pijn: het blijft uit elk plan tot de pijncontrole beantwoord is",
    reason_beginner_top: "elke beginnersoefening zit al een paar weken aan de bovenkant van haar bereik",
    plan_train_reason: "Gisteren geen training, dus vandaag is een trainingsdag.",
    plan_training_day: "trainingsdag",
    plan_questions: "Vragen van je coach",
    plan_answer_with: |command| format!("antwoord met: {command}"),
    plan_weight_command: |exercise, weight| format!("botsterk gewicht {exercise} {weight}"),
    plan_pain_command: |exercise| {
        format!("botsterk pijncheck {exercise} nagekeken|nog-niet|weglaten")
    },
    weight_entry_label: |unit| format!("Jouw gewicht in {unit} (bijvoorbeeld 7,5):"),
    advance_hint: "Met Tab stap je over; terug kan altijd.",
    changed: |exercise, from, to, why| format!("{exercise} {from} -> {to}: {why}"),
    changed_more: |count| format!("en nog {count} (botsterk plan noemt ze allemaal)"),
    reason_bones_weaker: "je botten zijn nu zwakker opgegeven: dit gewicht ligt boven het gewone eerste gewicht daarvoor",
    advance_cautions: "Met zwakkere botten: bij de deadlift begin je lichter, maak je je rug nooit bol en draai je niet, en zak je maar tot kniehoogte; bij de overhead press een licht gewicht, rechtop staan, je rug niet hol trekken.",
    advance_confirm: "Overstappen naar het programma voor gevorderden? j/n",
    day_today: "vandaag",
    day_tomorrow: "morgen",
};
