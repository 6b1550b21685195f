//! The words of `log` and `weight` (their output and their errors), in English and Dutch.

use std::fmt::Display;

use crate::lang::Lang;
use crate::typed_entry::{ENTRY_FORM, EntryError, SetUnit};

/// The texts of `log` and `weight` in one language.
#[derive(Debug)]
pub struct CommandTexts {
    pub logged: fn(&str, &str, &str, &dyn Display) -> String,
    pub future_date: fn(&str, &dyn Display) -> String,
    pub bad_date: fn(&dyn Display) -> String,
    pub bad_date_text: fn(&str, &dyn Display) -> String,
    pub no_such_day: fn(&str, &dyn Display) -> String,
    pub too_early: fn(&str, &dyn Display, &dyn Display) -> String,
    pub today_default: fn(&dyn Display) -> String,
    pub day_has_session: fn(&dyn Display, &str) -> String,
    pub mixed_programs: fn(&str, &str, &str, &str) -> String,
    pub program_contradicted: fn(&str, &str, &str) -> String,
    pub weight_set: fn(&str, &str, &str) -> String,
    /// `{exercise}`, `{weight}`: the weight typed is the one it already has.
    pub weight_same: fn(&str, &str) -> String,
    pub weight_was: fn(&str) -> String,
    pub not_weighted_exercise: fn(&str, &str) -> String,
    pub bad_kg: fn(&str, &str, &str, &str) -> String,
    /// `{exercise}`, `{from}`, `{to}`.
    pub big_jump: fn(&str, &str, &str) -> String,
    /// `{exercise}`, `{to}`, `{usual}` (the usual first weight for the bone status).
    pub first_weight_heavy: fn(&str, &str, &str) -> String,
    /// `{exercise}`, `{to}`, `{answered}` (the day of the pain check `ok`), `{until}`.
    pub raise_after_ok: fn(&str, &str, &str, &str) -> String,
    /// `{exercise}`, `{to}`, `{changed}` (the last change of the weight), `{next}`.
    pub raise_paced: fn(&str, &str, &str, &str) -> String,
    /// After a raise asked about: `{command}` that takes it.
    pub mean_it: fn(&str) -> String,
    /// The form of a `log` entry, with an example, in this language.
    pub entry_form: &'static str,
    /// `{entry}`, `{form}` (the [`entry_form`](Self::entry_form))
    pub malformed: fn(&str, &str) -> String,
    pub unknown_exercise: fn(&str, &str) -> String,
    pub unknown_exercise_near: fn(&str, &str, &str) -> String,
    pub bad_weight: fn(&str) -> String,
    pub no_weight: fn(&str, &str) -> String,
    /// `{set}` as typed, what it counts, `{max}`: the most a set may hold.
    pub bad_set: fn(&str, SetUnit, &dyn Display) -> String,
    /// `{exercise}`, `{sets}` typed, `{max}`.
    pub too_many_sets: fn(&str, &dyn Display, &dyn Display) -> String,
    pub bad_effort: fn(&str) -> String,
}

pub const EN: CommandTexts = CommandTexts {
    logged: |date, program, exercises, path| {
        format!("Logged {date}: {program} program, {exercises}, in {path}.")
    },
    future_date: |date, today| {
        format!(
            "--date {date} is in the future (today is {today}); give the day you trained, e.g. --date yesterday. Nothing was written."
        )
    },
    bad_date: |date| format!("--date {date} cannot be used"),
    bad_date_text: |date, today| {
        format!(
            "--date {date} is not a day botsterk understands: type it as 2026-11-30, 30-11-2026 or 30/11/2026 (a four-digit year), or as today, yesterday, vandaag, gisteren or eergisteren; without --date it is today ({today}). Nothing was written."
        )
    },
    no_such_day: |date, today| {
        format!(
            "--date {date} is not a day on the calendar (that month has no such day): check the day and the month, e.g. --date {today} or --date yesterday. Nothing was written."
        )
    },
    too_early: |date, first, today| {
        format!(
            "--date {date} is before {first}: give the day you trained, from {first} up to today ({today}). Nothing was written."
        )
    },
    today_default: |date| format!("today, {date}"),
    day_has_session: |date, command| {
        format!(
            "{date} already has a session in your history, so this may be the same one typed twice. Nothing was written. If you trained twice that day: {command}"
        )
    },
    mixed_programs: |beginner, beginner_name, advanced, advanced_name| {
        format!(
            "these exercises are of two programs: {beginner} ({beginner_name}) and {advanced} ({advanced_name}). A session is of one program: log each program's exercises with their own botsterk log (the second with --again on the same day). Nothing was written."
        )
    },
    program_contradicted: |flag, program, ids| {
        format!(
            "--program {flag} does not fit these exercises (program {program}: {ids}). Leave out --program: the exercises say it. Nothing was written."
        )
    },
    weight_set: |exercise, weight, was| format!("{exercise}: {weight} from now on{was}."),
    weight_same: |exercise, weight| {
        format!("{exercise} is already at {weight}: nothing has changed.")
    },
    weight_was: |weight| format!(" (was {weight})"),
    not_weighted_exercise: |exercise, known| {
        format!("'{exercise}' is not a weighted exercise; use one of {known}")
    },
    bad_kg: |kg, min, max, exercise| {
        format!(
            "weight '{kg}' is not a weight from {min} to {max}: type a number in your units or with kg or lb, e.g. botsterk weight {exercise} 8 or 7,5kg. Nothing was written."
        )
    },
    big_jump: |exercise, from, to| {
        format!(
            "{exercise}: {from} to {to} is a big jump at once (more than 25 %, or 2 kg / 5 lb)."
        )
    },
    first_weight_heavy: |exercise, to, usual| {
        format!(
            "{exercise}: {to} is a heavy first weight: for your bones the usual start is {usual} (no more than 25 %, or 2 kg / 5 lb, above it without asking)."
        )
    },
    raise_after_ok: |exercise, to, answered, until| {
        format!(
            "{exercise}: {to} is heavier within 14 days of the pain check answered ok on {answered}: nothing gets heavier before {until}."
        )
    },
    raise_paced: |exercise, to, changed, next| {
        format!(
            "{exercise}: {to} would be a second change within 14 days (the weight changed on {changed}): a weight goes up at most once in 14 days, the next time from {next}."
        )
    },
    mean_it: |command| format!(" Nothing was written. If you mean it: {command}"),
    entry_form: ENTRY_FORM,
    malformed: |entry, form| {
        format!(
            "'{entry}' is not of the form {form}. A name with spaces goes in quotes: \"Wall push-ups:10,10\"."
        )
    },
    unknown_exercise: |exercise, known| format!("unknown exercise '{exercise}'; known: {known}"),
    unknown_exercise_near: |exercise, near, known| {
        format!(
            "unknown exercise '{exercise}'; did you mean {near}? Known: {known} (or their names, in English or Dutch)"
        )
    },
    bad_weight: |weight| {
        format!(
            "weight '{weight}' is not a weight from 0.5 to 300 kg, e.g. @8kg, @2.5kg or @11lb (a bare number is in your units)"
        )
    },
    no_weight: |exercise, weight| {
        format!("'{exercise}' has no weight, so '@{weight}' does not apply")
    },
    bad_set: |set, unit, max| {
        format!("set '{set}' is not a count of {unit} from 1 to {max}; nothing was written")
    },
    too_many_sets: |exercise, sets, max| format!("'{exercise}' has {sets} sets; at most {max}"),
    bad_effort: |effort| {
        format!(
            "effort '{effort}' is not one of easy, right, hard, pain (or makkelijk, goed, zwaar, pijn)"
        )
    },
};

pub const NL: CommandTexts = CommandTexts {
    logged: |date, program, exercises, path| {
        format!("Vastgelegd {date}: programma {program}, {exercises}, in {path}.")
    },
    future_date: |date, today| {
        format!(
            "--date {date} ligt in de toekomst (vandaag is {today}); geef de dag waarop je trainde, bijv. --date gisteren. Er is niets opgeslagen."
        )
    },
    bad_date: |date| format!("--date {date} is niet te gebruiken"),
    bad_date_text: |date, today| {
        format!(
            "--date {date} is geen dag die botsterk begrijpt: typ hem als 30-11-2026, 30/11/2026 of 2026-11-30 (een jaar van vier cijfers), of als vandaag, gisteren of eergisteren (ook today, yesterday); zonder --date is het vandaag ({today}). Er is niets opgeslagen."
        )
    },
    no_such_day: |date, today| {
        format!(
            "--date {date} staat niet op de kalender (die maand heeft zo'n dag niet): kijk de dag en de maand na, bijv. --date {today} of --date gisteren. Er is niets opgeslagen."
        )
    },
    too_early: |date, first, today| {
        format!(
            "--date {date} ligt voor {first}: geef de dag waarop je trainde, van {first} tot en met vandaag ({today}). Er is niets opgeslagen."
        )
    },
    today_default: |date| format!("vandaag, {date}"),
    day_has_session: |date, command| {
        format!(
            "{date} heeft al een training in je logboek, dus dit is misschien dezelfde, twee keer ingetypt. Er is niets opgeslagen. Trainde je die dag twee keer: {command}"
        )
    },
    mixed_programs: |beginner, beginner_name, advanced, advanced_name| {
        format!(
            "deze oefeningen zijn van twee programma's: {beginner} ({beginner_name}) en {advanced} ({advanced_name}). Een training is van één programma: leg de oefeningen van elk programma vast met een eigen botsterk noteer (de tweede met --again op dezelfde dag). Er is niets opgeslagen."
        )
    },
    program_contradicted: |flag, program, ids| {
        format!(
            "--program {flag} past niet bij deze oefeningen (programma {program}: {ids}). Laat --program weg: de oefeningen zeggen het al. Er is niets opgeslagen."
        )
    },
    weight_set: |exercise, weight, was| format!("{exercise}: vanaf nu {weight}{was}."),
    weight_same: |exercise, weight| {
        format!("{exercise} staat al op {weight}: er is niets veranderd.")
    },
    weight_was: |weight| format!(" (was {weight})"),
    not_weighted_exercise: |exercise, known| {
        format!("'{exercise}' is geen oefening met gewicht; kies uit {known}")
    },
    bad_kg: |kg, min, max, exercise| {
        format!(
            "gewicht '{kg}' is geen gewicht van {min} tot {max}: typ een getal in je eigen eenheid of met kg of lb, bijv. botsterk gewicht {exercise} 8 of 7,5kg. Er is niets opgeslagen."
        )
    },
    big_jump: |exercise, from, to| {
        format!(
            "{exercise}: van {from} naar {to} is een grote sprong in één keer (meer dan 25 %, of 2 kg / 5 lb)."
        )
    },
    first_weight_heavy: |exercise, to, usual| {
        format!(
            "{exercise}: {to} is een zwaar eerste gewicht: voor je botten begin je gewoonlijk met {usual} (zonder te vragen hooguit 25 %, of 2 kg / 5 lb, meer)."
        )
    },
    raise_after_ok: |exercise, to, answered, until| {
        format!(
            "{exercise}: {to} is zwaarder binnen 14 dagen na de pijncheck die op {answered} met nagekeken (ok) is beantwoord: niets wordt zwaarder vóór {until}."
        )
    },
    raise_paced: |exercise, to, changed, next| {
        format!(
            "{exercise}: {to} zou een tweede verandering binnen 14 dagen zijn (het gewicht veranderde op {changed}): een gewicht gaat hooguit één keer in 14 dagen omhoog, de volgende keer vanaf {next}."
        )
    },
    mean_it: |command| format!(" Er is niets opgeslagen. Meen je het: {command}"),
    entry_form: "OEFENING[@GEWICHTkg]:SERIES[:GEVOEL], bijv. goblet-squat@8kg:12,12,11:goed of modified-plank:30s,25s",
    malformed: |entry, form| {
        format!(
            "'{entry}' heeft niet de vorm {form}. Een naam met spaties gaat tussen aanhalingstekens: \"Opdrukken tegen de muur:10,10\"."
        )
    },
    unknown_exercise: |exercise, known| format!("onbekende oefening '{exercise}'; bekend: {known}"),
    unknown_exercise_near: |exercise, near, known| {
        format!(
            "onbekende oefening '{exercise}'; bedoel je {near}? Bekend: {known} (of hun namen, in het Nederlands of Engels)"
        )
    },
    bad_weight: |weight| {
        format!(
            "gewicht '{weight}' is geen gewicht van 0,5 tot 300 kg, bijv. @8kg, @2,5kg of @11lb (een kaal getal is in je eigen eenheid)"
        )
    },
    no_weight: |exercise, weight| {
        format!("'{exercise}' gaat zonder gewicht, dus '@{weight}' past niet")
    },
    bad_set: |set, unit, max| {
        let unit = match unit {
            SetUnit::Reps => "herhalingen",
            SetUnit::Seconds => "seconden (zoals 30s)",
            SetUnit::StompsPerFoot => "stampen per voet",
        };
        format!(
            "serie '{set}' is geen aantal {unit} van 1 tot en met {max}; er is niets geschreven"
        )
    },
    too_many_sets: |exercise, sets, max| {
        format!("'{exercise}' heeft {sets} series; hoogstens {max}")
    },
    bad_effort: |effort| {
        format!(
            "gevoel '{effort}' is niet een van makkelijk, goed, zwaar, pijn (of easy, right, hard, pain)"
        )
    },
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
    match error {
        DayError::NotADay => (t.bad_date_text)(typed, &today),
        DayError::NoSuchDay => (t.no_such_day)(typed, &today),
        DayError::TooEarly => (t.too_early)(typed, &FIRST_YEAR, &today),
        DayError::Future(_) => (t.future_date)(typed, &today),
    }
}

/// Why a typed weight `to_kg` for `exercise` (its name) is asked about first, and `command`,
/// the command with `--yes` that takes it.
#[must_use]
pub fn weight_ask(
    exercise: &str,
    to_kg: f64,
    asked: crate::coach::typed_weight::Ask,
    command: &str,
    units: crate::units::Units,
    lang: Lang,
) -> String {
    use crate::coach::typed_weight::Ask;
    let (t, words) = (texts(lang), lang.texts());
    let to = words.weight(to_kg, units);
    let why = match asked {
        Ask::FirstHeavy { usual_kg } => {
            (t.first_weight_heavy)(exercise, &to, &words.weight(usual_kg, units))
        }
        Ask::Jump { from_kg } => (t.big_jump)(exercise, &words.weight(from_kg, units), &to),
        Ask::AfterPainCheck { answered, until } => {
            (t.raise_after_ok)(exercise, &to, &words.date(answered), &words.date(until))
        }
        Ask::Paced { changed, next } => {
            (t.raise_paced)(exercise, &to, &words.date(changed), &words.date(next))
        }
    };
    why + &(t.mean_it)(command)
}

/// An entry error in `lang`, quoting the part that is wrong.
#[must_use]
pub fn entry_error(e: &EntryError, lang: Lang) -> String {
    let t = texts(lang);
    match e {
        EntryError::Malformed(entry) => (t.malformed)(entry, t.entry_form),
        EntryError::UnknownExercise(exercise, near, known) if near.is_empty() => {
            (t.unknown_exercise)(exercise, known)
        }
        EntryError::UnknownExercise(exercise, near, known) => {
            (t.unknown_exercise_near)(exercise, &near.join(" / "), known)
        }
        EntryError::BadWeight(weight) => (t.bad_weight)(weight),
        EntryError::NotWeighted(exercise, weight) => (t.no_weight)(exercise, weight),
        EntryError::BadSet(set, unit, max) => (t.bad_set)(set, *unit, max),
        EntryError::TooManySets(exercise, sets) => {
            (t.too_many_sets)(exercise, sets, &crate::units::MAX_SETS)
        }
        EntryError::BadEffort(effort) => (t.bad_effort)(effort),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_entry_errors_read_as_before() {
        let e = EntryError::BadEffort("meh".into());
        assert_eq!(entry_error(&e, Lang::En), e.to_string());
        let e = EntryError::Malformed("x".into());
        assert_eq!(entry_error(&e, Lang::En), e.to_string());
    }
}
