//! The words of `botsterk profile` (what it shows, its refusals), in English and Dutch.

use crate::lang::Lang;

/// The texts of `botsterk profile` in one language.
pub struct ProfileTexts {
    pub not_configured: &'static str,
    /// `{text}` as typed, `{part}`: the part that is not a weight.
    /// `{text}` as typed, the `{part}` that is no weight, the profile's `{unit}`.
    pub bad_weights: fn(&str, &str, &str) -> String,
    pub yes: &'static str,
    pub no: &'static str,
    pub left_out: &'static str,
    /// The name on the report (`--name`).
    pub name: &'static str,
    pub program_follows_history: fn(&str, &str) -> String,
    /// `{flag}` (--include or --leave-out), `{typed}`, `{near}` (near misses, may be
    /// empty), `{known}` (every exercise: id and name).
    pub bad_exercise: fn(&str, &str, &str, &str) -> String,
    /// The same exercise given to --include and --leave-out: `{id}`.
    pub include_and_leave_out: fn(&str) -> String,
    /// `{cautions}` for weaker bones: the advanced program asked for without `--yes`.
    pub advanced_needs_yes: fn(&str) -> String,
}

#[must_use]
pub fn texts(lang: Lang) -> &'static ProfileTexts {
    match lang {
        Lang::En => &ProfileTexts {
            not_configured: "No set-up yet: these are the defaults. Run botsterk to answer the questions, or set them with the flags (botsterk profile --help).",
            bad_weights: |text, part, unit| {
                format!(
                    "--owned-weights {text}: '{part}' is not a weight between 0 and 300 kg (at least 0.5 each); give weights in your unit ({unit}) or with kg or lb after each, separated by commas, semicolons or spaces, e.g. 2,4,6,8 or 1,5; 2; 3 or 5lb,10lb. Nothing was saved."
                )
            },
            yes: "yes",
            no: "no",
            left_out: "Left out by you",
            name: "Name on the report",
            program_follows_history: |chosen, last| {
                format!(
                    "Your next session is of the {chosen} program (your last one was {last}); after it, the plan follows the program you train. Tab on home switches too."
                )
            },
            bad_exercise: |flag, typed, near, known| {
                let near = if near.is_empty() {
                    String::new()
                } else {
                    format!(" Did you mean {near}?")
                };
                format!(
                    "{flag} {typed}: not an exercise.{near} Use an id or a name: {known}. Nothing was written."
                )
            },
            advanced_needs_yes: |cautions| {
                format!(
                    "The advanced program has the deadlift and the overhead press with weights. {cautions} Nothing was saved. If you mean it: botsterk profile --program advanced --yes"
                )
            },
            include_and_leave_out: |id| {
                format!(
                    "{id} is both brought back (--include) and left out (--leave-out): choose one. Nothing was written."
                )
            },
        },
        Lang::Nl => &ProfileTexts {
            not_configured: "Nog niet ingesteld: dit zijn de standaardwaarden. Start botsterk om de vragen te beantwoorden, of zet ze met de opties (botsterk profiel --help).",
            bad_weights: |text, part, unit| {
                format!(
                    "--owned-weights {text}: '{part}' is geen gewicht tussen 0 en 300 kg (elk minstens 0,5); geef gewichten in je eenheid ({unit}) of met kg of lb erachter, gescheiden door komma's, puntkomma's of spaties, bijv. 2,4,6,8 of 1,5; 2; 3 of 5lb,10lb. Er is niets bewaard."
                )
            },
            yes: "ja",
            no: "nee",
            left_out: "Door jou weggelaten",
            name: "Naam op het verslag",
            program_follows_history: |chosen, last| {
                format!(
                    "Je volgende training is van het programma {chosen} (je laatste was {last}); daarna volgt het plan het programma dat je traint. Met Tab op het beginscherm wissel je ook."
                )
            },
            bad_exercise: |flag, typed, near, known| {
                let near = if near.is_empty() {
                    String::new()
                } else {
                    format!(" Bedoel je {near}?")
                };
                format!(
                    "{flag} {typed}: geen oefening.{near} Gebruik een id of een naam: {known}. Er is niets opgeslagen."
                )
            },
            advanced_needs_yes: |cautions| {
                format!(
                    "Het programma voor gevorderden heeft de deadlift en de overhead press met gewichten. {cautions} Er is niets opgeslagen. Meen je het: botsterk profiel --program gevorderd --yes"
                )
            },
            include_and_leave_out: |id| {
                format!(
                    "{id} wordt zowel teruggehaald (--include) als weggelaten (--leave-out): kies er één. Er is niets opgeslagen."
                )
            },
        },
    }
}
