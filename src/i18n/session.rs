//! The texts of a session: the exercise card, the sets, the effort question and the summary.

use std::fmt::Display;

/// A session's texts in one language.
#[derive(Debug)]
pub struct SessionTexts {
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
    pub home_nothing_done: &'static str,
    pub save_kept: &'static str,
}

pub const EN: SessionTexts = SessionTexts {
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
    save_kept: "Your session is kept here. Fix the problem, then press Enter to try again.",
};

pub const NL: SessionTexts = SessionTexts {
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
    save_kept: "Je training blijft hier staan. Los het probleem op en druk op Enter om het opnieuw te proberen.",
};
