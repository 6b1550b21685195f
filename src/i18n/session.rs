//! The texts of a session: the exercise card, the sets, the effort question and the summary.

use std::fmt::Display;

/// A session's texts in one language.
#[derive(Debug)]
pub struct SessionTexts {
    // Exercise card
    pub exercise_of: fn(&dyn Display, &dyn Display) -> String,
    pub card_loads: &'static str,
    pub card_remember: &'static str,
    pub card_today: &'static str,
    /// The card's label for the reason of today's numbers (issue 24, design 8).
    pub card_why: &'static str,

    // Sets
    pub set_of: fn(&dyn Display, &dyn Display) -> String,
    pub reps_label: &'static str,
    pub target_reps: fn(&dyn Display) -> String,
    pub hold_label: &'static str,
    /// The count key's name (from the key table).
    pub hold_rise: fn(&str) -> String,
    pub hold_lower: &'static str,
    pub target_timed_reps: fn(&dyn Display) -> String,
    pub foot_left: &'static str,
    pub foot_right: &'static str,
    pub target_stomps: fn(&dyn Display) -> String,
    pub stomp_next: fn(&str) -> String,
    pub get_ready: &'static str,
    pub get_ready_hint: &'static str,
    /// Before a hold: the label above the countdown.
    pub get_ready_hold: &'static str,
    /// Before a set the coach counts, and before a warm-up move: no hold follows.
    pub get_ready_hint_set: &'static str,
    pub get_ready_hint_move: &'static str,
    pub holding: &'static str,
    pub hold_progress: fn(&dyn Display, &dyn Display) -> String,
    pub rest_title: &'static str,
    pub rest_next: fn(&dyn Display, &dyn Display) -> String,
    pub rest_hint: &'static str,
    /// The pause key's name (from the key table).
    pub paused: fn(&str) -> String,

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
    /// After a pain stop: where it hurts, one key (or Enter to skip).
    pub pain_where: &'static str,
    /// The places, in [`crate::history::PainSite::ALL`]'s order (key 1 first).
    pub pain_sites: [&'static str; 7],
    /// The key bar's word for 1-7 there.
    pub key_pain_site: &'static str,

    // Summary
    pub summary_title: &'static str,
    pub summary_ended_early: &'static str,
    pub summary_duration: fn(&dyn Display) -> String,
    pub summary_skipped: &'static str,
    pub summary_no_sets: &'static str,
    pub summary_reps: fn(&str) -> String,
    pub summary_rep_one: fn(&str) -> String,
    pub summary_seconds: fn(&str) -> String,
    pub summary_stomps: fn(&str, &str) -> String,
    pub summary_nothing: &'static str,
    pub summary_no_sets_done: &'static str,
    pub home_nothing_done: &'static str,
    /// The save key's name (from the key table).
    pub save_kept: fn(&str) -> String,
}

impl SessionTexts {
    /// Where a pain was, in these words ("knee", "knie").
    #[must_use]
    pub fn pain_site(&self, site: crate::history::PainSite) -> &'static str {
        let i = crate::history::PainSite::ALL
            .iter()
            .position(|s| *s == site)
            .unwrap_or(crate::history::PainSite::ALL.len() - 1);
        self.pain_sites[i]
    }
}

pub const EN: SessionTexts = SessionTexts {
    exercise_of: |n, of| format!("Exercise {n} of {of}"),
    card_loads: "Strengthens",
    card_remember: "Remember",
    card_today: "Today",
    card_why: "Why",

    set_of: |set, sets| format!("set {set} of {sets}"),
    reps_label: "reps",
    target_reps: |target| format!("target: {target} reps"),
    hold_label: "hold",
    hold_rise: |space| format!("Rise onto your toes and press {space}"),
    hold_lower: "Now lower your heels slowly",
    target_timed_reps: |target| format!("target: {target} reps, each held 2 s"),
    foot_left: "left",
    foot_right: "right",
    target_stomps: |target| format!("target: {target} per foot"),
    stomp_next: |foot| format!("next: {foot} foot"),
    get_ready: "Get ready",
    get_ready_hint: "Take your position; the hold starts after the count.",
    get_ready_hold: "Get ready to hold",
    get_ready_hint_set: "Take your position; the coach starts counting after the count.",
    get_ready_hint_move: "Take your position; the move starts after the count.",
    holding: "Hold",
    hold_progress: |held, target| format!("{held} of {target} seconds"),
    rest_title: "Rest",
    rest_next: |set, sets| format!("Next: set {set} of {sets}"),
    rest_hint: "Breathe, drink some water, shake out your arms and legs.",
    paused: |p| format!("PAUSED: press {p} to go on"),

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
    pain_where: "Where does it hurt? One key, for your physiotherapist's report (Enter skips):",
    pain_sites: [
        "knee",
        "hip",
        "back",
        "shoulder",
        "wrist or hand",
        "ankle or foot",
        "elsewhere",
    ],
    key_pain_site: "where it hurts",

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
    home_nothing_done: "No set was done, so nothing was recorded. You can still train today.",
    save_kept: |enter| {
        format!("Your session is kept here. Fix the problem, then press {enter} to try again.")
    },
};

pub const NL: SessionTexts = SessionTexts {
    exercise_of: |n, of| format!("Oefening {n} van {of}"),
    card_loads: "Versterkt",
    card_remember: "Let op",
    card_today: "Vandaag",
    card_why: "Waarom",

    set_of: |set, sets| format!("serie {set} van {sets}"),
    reps_label: "herhalingen",
    target_reps: |target| format!("doel: {target} herhalingen"),
    hold_label: "vasthouden",
    hold_rise: |space| format!("Kom op je tenen en druk op {}", space.to_lowercase()),
    hold_lower: "Laat je hielen nu rustig zakken",
    target_timed_reps: |target| format!("doel: {target} keer, elk 2 tellen boven"),
    foot_left: "links",
    foot_right: "rechts",
    target_stomps: |target| format!("doel: {target} per voet"),
    stomp_next: |foot| format!("volgende: {foot}"),
    get_ready: "Maak je klaar",
    get_ready_hint: "Neem je houding aan; na het aftellen begint het vasthouden.",
    get_ready_hold: "Maak je klaar om vast te houden",
    get_ready_hint_set: "Neem je houding aan; na het aftellen begint de coach te tellen.",
    get_ready_hint_move: "Neem je houding aan; na het aftellen begint de oefening.",
    holding: "Vasthouden",
    hold_progress: |held, target| format!("{held} van {target} seconden"),
    rest_title: "Rust",
    rest_next: |set, sets| format!("Hierna: serie {set} van {sets}"),
    rest_hint: "Adem rustig, drink wat water, schud je armen en benen los.",
    paused: |p| format!("PAUZE: druk op {p} om verder te gaan"),

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
    pain_where: "Waar doet het pijn? Eén toets, voor het verslag voor je fysiotherapeut (Enter slaat over):",
    pain_sites: [
        "knie",
        "heup",
        "rug",
        "schouder",
        "pols of hand",
        "enkel of voet",
        "ergens anders",
    ],
    key_pain_site: "waar het pijn doet",

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
    home_nothing_done: "Er is geen serie gedaan, dus er is niets vastgelegd. Je kunt vandaag nog trainen.",
    save_kept: |enter| {
        format!(
            "Je training blijft hier staan. Los het probleem op en druk op {enter} om het opnieuw te proberen."
        )
    },
};
