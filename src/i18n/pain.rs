//! The texts of pain checks, left-out exercises, short sessions and cautions, in English
//! and Dutch: on home, in the plan, in the history and from the `pain-check` command.

use std::fmt::Display;

/// All pain-check texts in one language.
#[derive(Debug)]
pub struct PainTexts {
    /// Home: every exercise on hold. `{exercises}`
    pub holds_title: fn(&str) -> String,
    /// Home: one exercise in that list. `{exercise}`, `{date}`
    pub hold_line: fn(&str, &str) -> String,
    /// Home: the question put for the first exercise on hold. `{exercise}`
    pub question: fn(&str) -> String,
    /// Home: said "not yet" today. `{exercise}`
    pub asked_again: &'static str,
    pub key_ok: &'static str,
    pub key_not_yet: &'static str,
    pub key_leave_out: &'static str,
    /// Confirming `ok`. `{exercise}`
    pub confirm_ok: fn(&str) -> String,
    /// Confirming `leave-out`. `{exercise}`
    pub confirm_leave_out: fn(&str) -> String,
    /// Plan and home: an exercise on hold. `{exercise}`, `{date}`
    pub excluded_pain: fn(&str, &str) -> String,
    /// `plan --json`: why an exercise is on hold. `{date}`
    pub excluded_pain_json: fn(&str) -> String,
    /// Plan and home: an exercise left out by the user. `{exercise}`
    pub excluded_left_out: fn(&str) -> String,
    pub excluded_left_out_json: &'static str,
    /// `pain-check`: the answer was recorded. `{exercise}`, `{date}`
    pub answered_ok: fn(&str, &str) -> String,
    pub answered_not_yet: fn(&str, &str) -> String,
    pub answered_leave_out: fn(&str, &str, &str) -> String,
    /// `pain-check` refused: no open pain check. `{exercise}`, `{open}`
    pub no_open_check: fn(&str, &str) -> String,
    /// `{open}` when nothing is on hold.
    pub none_open: &'static str,
    /// An open pain check, as the command that answers it: `{exercise}` (an id).
    pub open_check: fn(&str) -> String,
    /// `log` refused: the exercise is left out. `{exercise}`, `{why}`, `{flag}`
    pub log_refused: fn(&str, &str, &str) -> String,
    pub log_why_impact: &'static str,
    pub log_why_left_out: &'static str,
    /// `log`: logged an exercise on hold. `{exercise}`, `{date}`
    pub log_on_hold: fn(&str, &str) -> String,
    /// History screens and exports: an answer. `{exercise}`, `{answer}`
    pub history_answer: fn(&str, &str) -> String,
    pub answer_ok: &'static str,
    pub answer_not_yet: &'static str,
    pub answer_leave_out: &'static str,
    /// A short session (fewer than half of its sets). `{done}`, `{planned}`
    pub short_session: fn(&dyn Display, &dyn Display) -> String,
    /// Home: a typed weight that is not one.
    pub weight_invalid: &'static str,
    /// Home: a character no weight uses was typed (`{c}`), kept in the field until removed.
    pub weight_char_unused: fn(&dyn Display) -> String,
    /// Home: `q` while a weight is typed.
    pub quit_weight_unsaved: &'static str,
    /// Home: a typed weight far from the current one. `{from}`, `{to}`
    pub weight_jump: fn(&str, &str) -> String,
    /// A first weight far above the usual one for the bone status: `{to}`.
    pub first_weight_jump: fn(&str) -> String,
    /// A raise within 14 days of the last change of the weight: `{to}`, `{changed}`.
    pub weight_paced_jump: fn(&str, &str) -> String,
    /// A raise within 14 days of a pain check `ok`: `{to}`, `{answered}`.
    pub weight_after_ok_jump: fn(&str, &str) -> String,
    /// `weight` refused: heavier while on hold. `{exercise}`, `{date}`, `{id}`
    pub weight_on_hold: fn(&str, &str, &str) -> String,
    /// The history's weeks: short sessions beside the count. `{count}`
    pub short_count: fn(&dyn Display) -> String,
    /// Home: the short sessions of this week do not count. `{count}`
    pub short_this_week: fn(&dyn Display) -> String,
    /// The card of a resumed session: exercises dropped. `{exercises}`
    pub dropped_on_resume: fn(&str) -> String,
    /// The summary and session detail: a set stopped for pain.
    pub stopped_for_pain: &'static str,
    /// A journal from an earlier day. `{date}`
    pub earlier_day: fn(&str) -> String,
    pub key_save_as_it_was: &'static str,
    pub key_throw_away: &'static str,
    /// Why today is a training day after a short session yesterday.
    pub short_yesterday: &'static str,
    /// The card (and the text plan) of an exercise back after a pain check.
    pub back_after_pain: &'static str,
    /// The summary of a session with a pain report and no set.
    pub summary_pain_only: &'static str,
    /// Home after a saved session that reported pain.
    pub saved_with_pain: &'static str,
    /// Home after a session with pain was thrown away: the pain report was kept.
    pub discarded_pain_kept: &'static str,
    /// A leave-out recorded, not yet in every file: `{why}` the store's error in words.
    pub left_out_unfinished: fn(&str) -> String,
    /// The discard question of a session with pain.
    pub discard_keeps_pain: &'static str,
    /// Home after an `ok` or `leave-out` answer. `{exercise}`
    pub answered_back: fn(&str) -> String,
    pub answered_out: fn(&str) -> String,
    /// The reason given with a first weight for weaker bones.
    pub reason_first_time_weaker: &'static str,
}

pub static EN: PainTexts = PainTexts {
    holds_title: |exercises| {
        format!("Pain: {exercises}. Out of every plan until its pain check is answered.")
    },
    hold_line: |exercise, date| format!("{exercise} (since {date})"),
    question: |exercise| {
        format!("Pain check for {exercise}: has a doctor or physiotherapist looked at it?")
    },
    asked_again: "You said not yet: asked again on your next training day.",
    key_ok: "checked: may do it again",
    key_not_yet: "not yet",
    key_leave_out: "leave it out",
    confirm_ok: |exercise| {
        format!(
            "A doctor or physiotherapist checked {exercise} and said you may do it again? It comes back one step easier. y/n"
        )
    },
    confirm_leave_out: |exercise| {
        format!("Leave {exercise} out for good? (botsterk profile --include brings it back) y/n")
    },
    excluded_pain: |date, exercise| {
        format!(
            "On hold since the pain of {date}: {exercise}. Out until its pain check is answered."
        )
    },
    excluded_pain_json: |date| {
        format!("On hold: pain reported on {date}, pain check not answered yet.")
    },
    excluded_left_out: |exercise| {
        format!(
            "Left out, as you chose after a pain check: {exercise} (botsterk profile --include brings it back)."
        )
    },
    excluded_left_out_json: "Left out by you after a pain check.",
    answered_ok: |exercise, date| {
        format!(
            "{exercise}: pain check answered ok on {date}. It comes back one step easier, and no heavier for 14 days."
        )
    },
    answered_not_yet: |exercise, date| {
        format!(
            "{exercise}: not checked yet ({date}). It stays out; you will be asked again on your next training day."
        )
    },
    answered_leave_out: |exercise, date, id| {
        format!(
            "{exercise}: left out for good ({date}). botsterk profile --include {id} brings it back."
        )
    },
    no_open_check: |exercise, open| format!("{exercise} has no open pain check. {open}"),
    none_open: "No exercise is on hold for pain.",
    open_check: |exercise| format!("pain-check {exercise} ..."),
    log_refused: |why, exercise, flag| {
        format!("Left out for you ({why}): {exercise}. Nothing was written. To change that: {flag}")
    },
    log_why_impact: "osteoporosis, impact not cleared by a doctor or physiotherapist",
    log_why_left_out: "you left it out after a pain check",
    log_on_hold: |date, exercise| {
        format!(
            "Note: on hold since the pain of {date}: {exercise}. It stays out of the plan until its pain check is answered (botsterk pain-check)."
        )
    },
    history_answer: |exercise, answer| format!("Pain check · {exercise}: {answer}"),
    answer_ok: "checked, ok",
    answer_not_yet: "not yet",
    answer_leave_out: "left out",
    short_session: |done, planned| format!("short: {done}/{planned} sets"),
    weight_invalid: "Not a weight from 0.5 to 300 kg: type a number, e.g. 7.5 (or 7,5).",
    weight_char_unused: |c| {
        format!(
            "'{c}' is not used in a weight: remove it with Backspace and type a number, e.g. 7.5 or 2½."
        )
    },
    quit_weight_unsaved: "Quit botsterk? The weight you typed is not saved.",
    weight_jump: |from, to| {
        format!("From {from} to {to} is a big jump at once (more than 25 %). Is that right? y/n")
    },
    first_weight_jump: |to| {
        format!("{to} is a heavy first weight for your bones. Is that right? y/n")
    },
    weight_paced_jump: |to, changed| {
        format!(
            "{to} would be a second change within 14 days (changed on {changed}): a weight goes up once in 14 days. Is that right? y/n"
        )
    },
    weight_after_ok_jump: |to, answered| {
        format!(
            "{to} is heavier within 14 days of the pain check ok of {answered}. Is that right? y/n"
        )
    },
    weight_on_hold: |date, exercise, id| {
        format!(
            "On hold since the pain of {date}: {exercise}. It gets no heavier until its pain check is answered (botsterk pain-check {id} ok|not-yet|leave-out). Nothing was written."
        )
    },
    short_count: |count| format!("+{count} short"),
    short_this_week: |count| {
        format!(
            "Short sessions this week (under half the sets): {count}. They count for the bone dose, not for the week."
        )
    },
    dropped_on_resume: |exercises| format!("Left out since this session began: {exercises}."),
    stopped_for_pain: "stopped",
    earlier_day: |date| {
        format!(
            "It began on {date}: it can be saved as it was (dated that day), not resumed today."
        )
    },
    key_save_as_it_was: "save as it was",
    key_throw_away: "throw away",
    short_yesterday: "Yesterday's session was short (under half its sets), so today is a training day.",
    back_after_pain: "Back after your pain check: one step easier, and no harder for 14 days. Stop at once if it hurts.",
    summary_pain_only: "No set was done, but the pain is kept: the exercise waits for a pain check.",
    saved_with_pain: "Session saved, with the pain you reported: see the pain check below.",
    left_out_unfinished: |why| {
        format!(
            "It is not yet in every file ({why}). It is kept in change-in-progress.json and counts from now on; botsterk writes it into the history and the profile the next time it runs."
        )
    },
    discarded_pain_kept: "The session was thrown away, but not the pain you reported: it waits for a pain check.",
    discard_keeps_pain: "The pain you reported is kept all the same.",
    answered_back: |exercise| format!("{exercise}: back in the plan, one step easier."),
    answered_out: |exercise| {
        format!("{exercise}: left out for good (botsterk profile --include brings it back).")
    },
    reason_first_time_weaker: "with weaker bones, start lighter: half the usual first weight",
};

pub static NL: PainTexts = PainTexts {
    holds_title: |exercises| {
        format!("Pijn: {exercises}. Uit elk plan tot de pijncontrole beantwoord is.")
    },
    hold_line: |exercise, date| format!("{exercise} (sinds {date})"),
    question: |exercise| {
        format!("Pijncontrole voor {exercise}: heeft een arts of fysiotherapeut ernaar gekeken?")
    },
    asked_again: "Je zei nog niet: je krijgt de vraag weer op je volgende trainingsdag.",
    key_ok: "nagekeken: mag weer",
    key_not_yet: "nog niet",
    key_leave_out: "laat weg",
    confirm_ok: |exercise| {
        format!(
            "Heeft een arts of fysiotherapeut {exercise} nagekeken en mag je het weer doen? Het komt een stap lichter terug. j/n"
        )
    },
    confirm_leave_out: |exercise| {
        format!("{exercise} voorgoed weglaten? (botsterk profiel --include haalt het terug) j/n")
    },
    excluded_pain: |date, exercise| {
        format!(
            "Gepauzeerd sinds de pijn van {date}: {exercise}. Blijft weg tot de pijncontrole beantwoord is."
        )
    },
    excluded_pain_json: |date| {
        format!("Gepauzeerd: pijn gemeld op {date}, pijncontrole nog niet beantwoord.")
    },
    excluded_left_out: |exercise| {
        format!(
            "Weggelaten, zoals je koos na een pijncontrole: {exercise} (botsterk profiel --include haalt het terug)."
        )
    },
    excluded_left_out_json: "Door jou weggelaten na een pijncontrole.",
    answered_ok: |exercise, date| {
        format!(
            "{exercise}: pijncontrole op {date} met ok beantwoord. Het komt een stap lichter terug, en 14 dagen niet zwaarder."
        )
    },
    answered_not_yet: |exercise, date| {
        format!(
            "{exercise}: nog niet nagekeken ({date}). Het blijft weg; je krijgt de vraag weer op je volgende trainingsdag."
        )
    },
    answered_leave_out: |exercise, date, id| {
        format!(
            "{exercise}: voorgoed weggelaten ({date}). botsterk profiel --include {id} haalt het terug."
        )
    },
    no_open_check: |exercise, open| format!("{exercise} heeft geen open pijncontrole. {open}"),
    none_open: "Geen enkele oefening is gepauzeerd wegens pijn.",
    open_check: |exercise| format!("pijncheck {exercise} ..."),
    log_refused: |why, exercise, flag| {
        format!(
            "Voor jou weggelaten ({why}): {exercise}. Er is niets opgeslagen. Om dat te veranderen: {flag}"
        )
    },
    log_why_impact: "osteoporose, stootbelasting niet goedgekeurd door een arts of fysiotherapeut",
    log_why_left_out: "je liet het weg na een pijncontrole",
    log_on_hold: |date, exercise| {
        format!(
            "Let op: gepauzeerd sinds de pijn van {date}: {exercise}. Blijft uit het plan tot de pijncontrole beantwoord is (botsterk pijncheck)."
        )
    },
    history_answer: |exercise, answer| format!("Pijncontrole · {exercise}: {answer}"),
    answer_ok: "nagekeken, ok",
    answer_not_yet: "nog niet",
    answer_leave_out: "weggelaten",
    short_session: |done, planned| format!("kort: {done}/{planned} series"),
    weight_invalid: "Geen gewicht van 0,5 tot 300 kg: typ een getal, bijv. 7,5.",
    weight_char_unused: |c| {
        format!(
            "'{c}' hoort niet in een gewicht: haal het weg met Backspace en typ een getal, bijv. 7,5 of 2½."
        )
    },
    quit_weight_unsaved: "botsterk afsluiten? Het gewicht dat je typte wordt niet bewaard.",
    weight_jump: |from, to| {
        format!(
            "Van {from} naar {to} is een grote sprong in één keer (meer dan 25 %). Klopt dat? j/n"
        )
    },
    first_weight_jump: |to| {
        format!("{to} is een zwaar eerste gewicht voor je botten. Klopt dat? j/n")
    },
    weight_paced_jump: |to, changed| {
        format!(
            "{to} zou een tweede verandering binnen 14 dagen zijn (veranderd op {changed}): een gewicht gaat één keer in 14 dagen omhoog. Klopt dat? j/n"
        )
    },
    weight_after_ok_jump: |to, answered| {
        format!(
            "{to} is zwaarder binnen 14 dagen na de pijncheck nagekeken van {answered}. Klopt dat? j/n"
        )
    },
    weight_on_hold: |date, exercise, id| {
        format!(
            "Gepauzeerd sinds de pijn van {date}: {exercise}. Het wordt niet zwaarder tot de pijncontrole beantwoord is (botsterk pijncheck {id} nagekeken|nog-niet|weglaten). Er is niets opgeslagen."
        )
    },
    short_count: |count| format!("+{count} kort"),
    short_this_week: |count| {
        format!(
            "Korte trainingen deze week (minder dan de helft van de series): {count}. Ze tellen voor de botbelasting, niet voor de week."
        )
    },
    dropped_on_resume: |exercises| format!("Weggelaten sinds deze training begon: {exercises}."),
    stopped_for_pain: "gestopt",
    earlier_day: |date| {
        format!(
            "Begonnen op {date}: je kunt hem opslaan zoals hij was (met die datum), niet vandaag hervatten."
        )
    },
    key_save_as_it_was: "opslaan zoals hij was",
    key_throw_away: "weggooien",
    short_yesterday: "De training van gisteren was kort (minder dan de helft van de series), dus vandaag mag je trainen.",
    back_after_pain: "Terug na je pijncontrole: een stap lichter, en 14 dagen niet zwaarder. Stop meteen als het pijn doet.",
    summary_pain_only: "Er is geen serie gedaan, maar de pijn blijft bewaard: de oefening wacht op een pijncontrole.",
    saved_with_pain: "Training opgeslagen, met de pijn die je meldde: zie de pijncontrole hieronder.",
    left_out_unfinished: |why| {
        format!(
            "Het staat nog niet in elk bestand ({why}). Het is bewaard in change-in-progress.json en telt vanaf nu; botsterk schrijft het in het logboek en het profiel zodra het weer draait."
        )
    },
    discarded_pain_kept: "De training is weggegooid, maar niet de pijn die je meldde: die wacht op een pijncontrole.",
    discard_keeps_pain: "De pijn die je meldde blijft wel bewaard.",
    answered_back: |exercise| format!("{exercise}: terug in het plan, een stap lichter."),
    answered_out: |exercise| {
        format!("{exercise}: voorgoed weggelaten (botsterk profiel --include haalt het terug).")
    },
    reason_first_time_weaker: "met zwakkere botten begin je lichter: de helft van het gebruikelijke eerste gewicht",
};

impl PainTexts {
    /// An answer in words.
    #[must_use]
    pub fn answer(&self, answer: crate::history::PainAnswer) -> &'static str {
        use crate::history::PainAnswer;
        match answer {
            PainAnswer::Ok => self.answer_ok,
            PainAnswer::NotYet => self.answer_not_yet,
            PainAnswer::LeaveOut => self.answer_leave_out,
        }
    }
}

impl super::Texts {
    /// "26 November": a date this year or last, where the weekday and year add nothing.
    #[must_use]
    pub fn short_date(&self, date: chrono::NaiveDate) -> String {
        use chrono::Datelike;
        format!("{} {}", date.day(), self.months[date.month0() as usize])
    }

    /// Why an exercise is left out, in a sentence (the text plan, home).
    #[must_use]
    pub fn excluded(&self, x: &crate::coach::plan::Excluded, name: &str) -> String {
        use crate::coach::safety::ExcludeReason;
        match x.reason {
            ExcludeReason::ImpactWithOsteoporosis => (self.setup.excluded_impact)(name),
            ExcludeReason::PainReported => {
                (self.pain.excluded_pain)(&x.since.map(|d| self.date(d)).unwrap_or_default(), name)
            }
            ExcludeReason::LeftOut => (self.pain.excluded_left_out)(name),
        }
    }
}
