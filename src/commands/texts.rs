//! The words of `log` and `weight` (their output and their errors), in English and Dutch.

use super::log_entry::{ENTRY_FORM, EntryError};
use crate::i18n::{Lang, fill};

/// The texts of `log` and `weight` in one language.
#[derive(Debug)]
pub struct CommandTexts {
    /// `{date}`, `{program}`, `{count}`, `{path}`
    pub logged: &'static str,
    /// `{date}`, `{today}`
    pub future_date: &'static str,
    /// `{date}`
    pub bad_date: &'static str,
    /// `{date}`, `{first}`, `{today}`
    pub bad_date_text: &'static str,
    /// `{exercise}`, `{weight}`, `{was}`
    pub weight_set: &'static str,
    /// `{weight}`
    pub weight_was: &'static str,
    /// `{exercise}`, `{known}`
    pub not_weighted_exercise: &'static str,
    /// `{kg}`, `{max}`, `{exercise}`
    pub bad_kg: &'static str,
    /// `{exercise}`, `{from}`, `{to}`, `{id}`, `{typed}`
    pub big_jump: &'static str,
    /// `{entry}`, `{form}`
    pub malformed: &'static str,
    /// `{exercise}`, `{known}`
    pub unknown_exercise: &'static str,
    /// `{weight}`
    pub bad_weight: &'static str,
    /// `{exercise}`, `{weight}`
    pub no_weight: &'static str,
    /// `{set}`, `{unit}`
    pub bad_set: &'static str,
    /// `{exercise}`, `{sets}`
    pub too_many_sets: &'static str,
    /// `{effort}`
    pub bad_effort: &'static str,
}

pub const EN: CommandTexts = CommandTexts {
    logged: "Logged {date}: {program} program, exercises: {count}, in {path}.",
    future_date: "--date {date} is in the future (today is {today}); give the day you trained, as YYYY-MM-DD",
    bad_date: "--date {date} cannot be used",
    bad_date_text: "--date {date} is not a day botsterk can record: give it as YYYY-MM-DD, with a four-digit year from {first} up to today ({today})",
    weight_set: "{exercise}: {weight} from now on{was}.",
    weight_was: " (was {weight})",
    not_weighted_exercise: "'{exercise}' is not a weighted exercise; use one of {known}",
    bad_kg: "weight '{kg}' is not a weight from {min} to {max}: type a number in your units or with kg or lb, e.g. botsterk weight {exercise} 8 or 7,5kg. Nothing was written.",
    big_jump: "{exercise}: {from} to {to} is a big jump at once (more than 25 %, or 2 kg / 5 lb). Nothing was written. If you mean it: botsterk weight {id} {typed} --yes",
    malformed: "'{entry}' is not of the form {form}",
    unknown_exercise: "unknown exercise '{exercise}'; known: {known}",
    bad_weight: "weight '{weight}' is not a weight from 0.5 to 300 kg, e.g. @8kg, @2.5kg or @11lb (a bare number is in your units)",
    no_weight: "'{exercise}' has no weight, so '@{weight}' does not apply",
    bad_set: "set '{set}' is not a count of {unit} between 0 and 1000",
    too_many_sets: "'{exercise}' has {sets} sets; at most 20",
    bad_effort: "effort '{effort}' is not one of easy, right, hard, pain",
};

pub const NL: CommandTexts = CommandTexts {
    logged: "Vastgelegd {date}: programma {program}, oefeningen: {count}, in {path}.",
    future_date: "--date {date} ligt in de toekomst (vandaag is {today}); geef de dag waarop je trainde, als JJJJ-MM-DD",
    bad_date: "--date {date} is niet te gebruiken",
    bad_date_text: "--date {date} is geen dag die botsterk kan vastleggen: geef hem als JJJJ-MM-DD, met een jaar van vier cijfers van {first} tot en met vandaag ({today})",
    weight_set: "{exercise}: vanaf nu {weight}{was}.",
    weight_was: " (was {weight})",
    not_weighted_exercise: "'{exercise}' is geen oefening met gewicht; kies uit {known}",
    bad_kg: "gewicht '{kg}' is geen gewicht van {min} tot {max}: typ een getal in je eigen eenheid of met kg of lb, bijv. botsterk weight {exercise} 8 of 7,5kg. Er is niets opgeslagen.",
    big_jump: "{exercise}: van {from} naar {to} is een grote sprong in één keer (meer dan 25 %, of 2 kg / 5 lb). Er is niets opgeslagen. Meen je het: botsterk weight {id} {typed} --yes",
    malformed: "'{entry}' heeft niet de vorm {form}",
    unknown_exercise: "onbekende oefening '{exercise}'; bekend: {known}",
    bad_weight: "gewicht '{weight}' is geen gewicht van 0,5 tot 300 kg, bijv. @8kg, @2,5kg of @11lb (een kaal getal is in je eigen eenheid)",
    no_weight: "'{exercise}' gaat zonder gewicht, dus '@{weight}' past niet",
    bad_set: "serie '{set}' is geen aantal {unit} tussen 0 en 1000",
    too_many_sets: "'{exercise}' heeft {sets} series; hoogstens 20",
    bad_effort: "gevoel '{effort}' is niet een van easy, right, hard, pain",
};

#[must_use]
pub fn texts(lang: Lang) -> &'static CommandTexts {
    match lang {
        Lang::En => &EN,
        Lang::Nl => &NL,
    }
}

/// An entry error in `lang`, quoting the part that is wrong.
#[must_use]
pub fn entry_error(e: &EntryError, lang: Lang) -> String {
    let t = texts(lang);
    match e {
        EntryError::Malformed(entry) => {
            fill(t.malformed, &[("entry", entry), ("form", &ENTRY_FORM)])
        }
        EntryError::UnknownExercise(exercise, known) => fill(
            t.unknown_exercise,
            &[("exercise", exercise), ("known", known)],
        ),
        EntryError::BadWeight(weight) => fill(t.bad_weight, &[("weight", weight)]),
        EntryError::NotWeighted(exercise, weight) => {
            fill(t.no_weight, &[("exercise", exercise), ("weight", weight)])
        }
        EntryError::BadSet(set, unit) => fill(t.bad_set, &[("set", set), ("unit", unit)]),
        EntryError::TooManySets(exercise, sets) => {
            fill(t.too_many_sets, &[("exercise", exercise), ("sets", sets)])
        }
        EntryError::BadEffort(effort) => fill(t.bad_effort, &[("effort", effort)]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_languages_use_the_same_placeholders() {
        use crate::i18n::placeholders_by_line;
        assert_eq!(placeholders_by_line(&EN), placeholders_by_line(&NL));
    }

    #[test]
    fn english_entry_errors_read_as_before() {
        let e = EntryError::BadEffort("meh".into());
        assert_eq!(entry_error(&e, Lang::En), e.to_string());
        let e = EntryError::Malformed("x".into());
        assert_eq!(entry_error(&e, Lang::En), e.to_string());
    }
}
