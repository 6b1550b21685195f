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
    /// `{date}`, `{today}`
    pub no_such_day: &'static str,
    /// `{date}`, `{first}`, `{today}`
    pub too_early: &'static str,
    /// `{date}`
    pub today_default: &'static str,
    /// `{date}`, `{command}`
    pub day_has_session: &'static str,
    /// `{beginner}`, `{advanced}`, `{beginner_name}`, `{advanced_name}`
    pub mixed_programs: &'static str,
    /// `{flag}`, `{ids}`, `{program}`
    pub program_contradicted: &'static str,
    /// `{exercise}`, `{weight}`, `{was}`
    pub weight_set: &'static str,
    /// `{exercise}`, `{weight}`: the weight typed is the one it already has.
    pub weight_same: &'static str,
    /// `{weight}`
    pub weight_was: &'static str,
    /// `{exercise}`, `{known}`
    pub not_weighted_exercise: &'static str,
    /// `{kg}`, `{max}`, `{exercise}`
    pub bad_kg: &'static str,
    /// `{exercise}`, `{from}`, `{to}`, `{id}`, `{typed}`
    pub big_jump: &'static str,
    /// The form of a `log` entry, with an example, in this language.
    pub entry_form: &'static str,
    /// `{entry}`, `{form}` (the [`entry_form`](Self::entry_form))
    pub malformed: &'static str,
    /// `{exercise}`, `{known}`
    pub unknown_exercise: &'static str,
    /// `{exercise}`, `{near}`, `{known}`
    pub unknown_exercise_near: &'static str,
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
    logged: "Logged {date}: {program} program, {exercises}, in {path}.",
    future_date: "--date {date} is in the future (today is {today}); give the day you trained, e.g. --date yesterday. Nothing was written.",
    bad_date: "--date {date} cannot be used",
    bad_date_text: "--date {date} is not a day botsterk understands: type it as 2026-11-30, 30-11-2026 or 30/11/2026 (a four-digit year), or as today, yesterday, vandaag, gisteren or eergisteren; without --date it is today ({today}). Nothing was written.",
    no_such_day: "--date {date} is not a day on the calendar (that month has no such day): check the day and the month, e.g. --date {today} or --date yesterday. Nothing was written.",
    too_early: "--date {date} is before {first}: give the day you trained, from {first} up to today ({today}). Nothing was written.",
    today_default: "today, {date}",
    day_has_session: "{date} already has a session in your history, so this may be the same one typed twice. Nothing was written. If you trained twice that day: {command}",
    mixed_programs: "these exercises are of two programs: {beginner} ({beginner_name}) and {advanced} ({advanced_name}). A session is of one program: log each program's exercises with their own botsterk log (the second with --again on the same day). Nothing was written.",
    program_contradicted: "--program {flag} does not fit these exercises (program {program}: {ids}). Leave out --program: the exercises say it. Nothing was written.",
    weight_set: "{exercise}: {weight} from now on{was}.",
    weight_same: "{exercise} is already at {weight}: nothing has changed.",
    weight_was: " (was {weight})",
    not_weighted_exercise: "'{exercise}' is not a weighted exercise; use one of {known}",
    bad_kg: "weight '{kg}' is not a weight from {min} to {max}: type a number in your units or with kg or lb, e.g. botsterk weight {exercise} 8 or 7,5kg. Nothing was written.",
    big_jump: "{exercise}: {from} to {to} is a big jump at once (more than 25 %, or 2 kg / 5 lb). Nothing was written. If you mean it: botsterk weight {id} {typed} --yes",
    entry_form: ENTRY_FORM,
    malformed: "'{entry}' is not of the form {form}. A name with spaces goes in quotes: \"Wall push-ups:10,10\".",
    unknown_exercise: "unknown exercise '{exercise}'; known: {known}",
    unknown_exercise_near: "unknown exercise '{exercise}'; did you mean {near}? Known: {known} (or their names, in English or Dutch)",
    bad_weight: "weight '{weight}' is not a weight from 0.5 to 300 kg, e.g. @8kg, @2.5kg or @11lb (a bare number is in your units)",
    no_weight: "'{exercise}' has no weight, so '@{weight}' does not apply",
    bad_set: "set '{set}' is not a count of {unit} between 0 and 1000",
    too_many_sets: "'{exercise}' has {sets} sets; at most 20",
    bad_effort: "effort '{effort}' is not one of easy, right, hard, pain (or makkelijk, goed, zwaar, pijn)",
};

pub const NL: CommandTexts = CommandTexts {
    logged: "Vastgelegd {date}: programma {program}, {exercises}, in {path}.",
    future_date: "--date {date} ligt in de toekomst (vandaag is {today}); geef de dag waarop je trainde, bijv. --date gisteren. Er is niets opgeslagen.",
    bad_date: "--date {date} is niet te gebruiken",
    bad_date_text: "--date {date} is geen dag die botsterk begrijpt: typ hem als 30-11-2026, 30/11/2026 of 2026-11-30 (een jaar van vier cijfers), of als vandaag, gisteren of eergisteren (ook today, yesterday); zonder --date is het vandaag ({today}). Er is niets opgeslagen.",
    no_such_day: "--date {date} staat niet op de kalender (die maand heeft zo'n dag niet): kijk de dag en de maand na, bijv. --date {today} of --date gisteren. Er is niets opgeslagen.",
    too_early: "--date {date} ligt voor {first}: geef de dag waarop je trainde, van {first} tot en met vandaag ({today}). Er is niets opgeslagen.",
    today_default: "vandaag, {date}",
    day_has_session: "{date} heeft al een training in je logboek, dus dit is misschien dezelfde, twee keer ingetypt. Er is niets opgeslagen. Trainde je die dag twee keer: {command}",
    mixed_programs: "deze oefeningen zijn van twee programma's: {beginner} ({beginner_name}) en {advanced} ({advanced_name}). Een training is van één programma: leg de oefeningen van elk programma vast met een eigen botsterk log (de tweede met --again op dezelfde dag). Er is niets opgeslagen.",
    program_contradicted: "--program {flag} past niet bij deze oefeningen (programma {program}: {ids}). Laat --program weg: de oefeningen zeggen het al. Er is niets opgeslagen.",
    weight_set: "{exercise}: vanaf nu {weight}{was}.",
    weight_same: "{exercise} staat al op {weight}: er is niets veranderd.",
    weight_was: " (was {weight})",
    not_weighted_exercise: "'{exercise}' is geen oefening met gewicht; kies uit {known}",
    bad_kg: "gewicht '{kg}' is geen gewicht van {min} tot {max}: typ een getal in je eigen eenheid of met kg of lb, bijv. botsterk weight {exercise} 8 of 7,5kg. Er is niets opgeslagen.",
    big_jump: "{exercise}: van {from} naar {to} is een grote sprong in één keer (meer dan 25 %, of 2 kg / 5 lb). Er is niets opgeslagen. Meen je het: botsterk weight {id} {typed} --yes",
    entry_form: "OEFENING[@GEWICHTkg]:SERIES[:GEVOEL], bijv. goblet-squat@8kg:12,12,11:goed of modified-plank:30s,25s",
    malformed: "'{entry}' heeft niet de vorm {form}. Een naam met spaties gaat tussen aanhalingstekens: \"Opdrukken tegen de muur:10,10\".",
    unknown_exercise: "onbekende oefening '{exercise}'; bekend: {known}",
    unknown_exercise_near: "onbekende oefening '{exercise}'; bedoel je {near}? Bekend: {known} (of hun namen, in het Nederlands of Engels)",
    bad_weight: "gewicht '{weight}' is geen gewicht van 0,5 tot 300 kg, bijv. @8kg, @2,5kg of @11lb (een kaal getal is in je eigen eenheid)",
    no_weight: "'{exercise}' gaat zonder gewicht, dus '@{weight}' past niet",
    bad_set: "serie '{set}' is geen aantal {unit} tussen 0 en 1000",
    too_many_sets: "'{exercise}' heeft {sets} series; hoogstens 20",
    bad_effort: "gevoel '{effort}' is niet een van makkelijk, goed, zwaar, pijn (of easy, right, hard, pain)",
};

#[must_use]
pub fn texts(lang: Lang) -> &'static CommandTexts {
    match lang {
        Lang::En => &EN,
        Lang::Nl => &NL,
    }
}

/// Why a typed `--date` was refused, in `lang`, with what works.
#[must_use]
pub fn day_error(
    typed: &str,
    error: crate::typed_day::DayError,
    today: chrono::NaiveDate,
    lang: Lang,
) -> String {
    use crate::typed_day::{DayError, FIRST_YEAR};
    let t = texts(lang);
    let text = match error {
        DayError::NotADay => t.bad_date_text,
        DayError::NoSuchDay => t.no_such_day,
        DayError::TooEarly => t.too_early,
        DayError::Future(_) => t.future_date,
    };
    fill(
        text,
        &[("date", &typed), ("first", &FIRST_YEAR), ("today", &today)],
    )
}

/// An entry error in `lang`, quoting the part that is wrong.
#[must_use]
pub fn entry_error(e: &EntryError, lang: Lang) -> String {
    let t = texts(lang);
    match e {
        EntryError::Malformed(entry) => {
            fill(t.malformed, &[("entry", entry), ("form", &t.entry_form)])
        }
        EntryError::UnknownExercise(exercise, near, known) if near.is_empty() => fill(
            t.unknown_exercise,
            &[("exercise", exercise), ("known", known)],
        ),
        EntryError::UnknownExercise(exercise, near, known) => fill(
            t.unknown_exercise_near,
            &[
                ("exercise", exercise),
                ("near", &near.join(" / ")),
                ("known", known),
            ],
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
