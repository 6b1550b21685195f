//! The words of `botsterk history` as a table (its header, legends and streak), in
//! English and Dutch.

use std::fmt::Display;

use crate::lang::Lang;

/// The texts of `botsterk history` as a table, in one language.
pub struct HistoryCommandTexts {
    pub no_history: &'static str,
    pub streak_none: &'static str,
    pub streak_one: &'static str,
    pub streak_many: fn(&dyn Display) -> String,
    pub header: [&'static str; 7],
    pub legend_days: &'static str,
    pub legend_dose: &'static str,
    pub earlier: fn(&dyn Display) -> String,
    pub later_one: &'static str,
    pub later_many: fn(&dyn Display) -> String,
}

const EN: HistoryCommandTexts = HistoryCommandTexts {
    no_history: "No history yet. Run `botsterk` to do your first session; it shows up here afterwards.",
    streak_none: "No streak yet: train on 2 days in one week to start one.",
    streak_one: "1 week with at least 2 sessions: keep the run going.",
    streak_many: |n| format!("{n} weeks in a row with at least 2 sessions."),
    header: [
        "week",
        "Monday – Sunday",
        "sessions",
        "min 2",
        "reps",
        "steps",
        "held",
    ],
    legend_days: "● a session   ✔ the minimum reached: at least 2 sessions, on different days",
    legend_dose: "Bone dose: reps with load, impact steps (stomping), seconds held (plank)",
    earlier: |weeks| format!("Earlier weeks: botsterk history --weeks {weeks}"),
    later_one: "1 session dated after this week is not shown (is the clock right?)",
    later_many: |n| {
        format!("{n} sessions dated after this week are not shown (is the clock right?)")
    },
};

const NL: HistoryCommandTexts = HistoryCommandTexts {
    no_history: "Nog geen logboek. Start `botsterk` voor je eerste training; daarna staat die hier.",
    streak_none: "Nog geen reeks: train in één week op 2 dagen om er een te beginnen.",
    streak_one: "1 week met minstens 2 trainingen: houd het vol.",
    streak_many: |n| format!("{n} weken op rij met minstens 2 trainingen."),
    header: [
        "week",
        "maandag – zondag",
        "trainingen",
        "min 2",
        "herh.",
        "stappen",
        "gehouden",
    ],
    legend_days: "● een training   ✔ het minimum gehaald: minstens 2 trainingen, op verschillende dagen",
    legend_dose: "Botbelasting: herhalingen met belasting, impactstappen (stampen), seconden gehouden (plank)",
    earlier: |weeks| format!("Eerdere weken: botsterk logboek --weeks {weeks}"),
    later_one: "1 training met een datum na deze week staat er niet bij (klopt de klok?)",
    later_many: |n| {
        format!("{n} trainingen met een datum na deze week staan er niet bij (klopt de klok?)")
    },
};

#[must_use]
pub fn texts(lang: Lang) -> &'static HistoryCommandTexts {
    match lang {
        Lang::En => &EN,
        Lang::Nl => &NL,
    }
}
