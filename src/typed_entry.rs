//! Parsing `botsterk log` entries: `EXERCISE[@WEIGHTkg]:SETS[:EFFORT]`, for example
//! `goblet-squat@8kg:12,12,11:right`, `modified-plank:30s,25s`, `stomp:20,20`; and the
//! whole [`Request`] as typed after `log`, which the refusals' hints repeat.

use thiserror::Error;

use crate::card::Measure;
use crate::catalog::Catalog;
use crate::catalog::Program;
use crate::history::{Effort, ExerciseRecord, SetRecord};

use crate::units::{MAX_REPS, MAX_SECONDS, MAX_STOMPS};
/// The most sets one exercise may hold ([`crate::units::MAX_SETS`]).
pub const MAX_SETS: usize = crate::units::MAX_SETS as usize;

/// What was typed after `log`.
#[derive(Debug, Clone)]
pub struct Request {
    /// The day trained, as typed (see [`crate::typed_day`]); `None` is today.
    pub date: Option<String>,
    /// `--program`; else the program of the first entry.
    pub program: Option<Program>,
    /// `EXERCISE[@KG]:SETS[:EFFORT]`, or practice (`balance:...`, `posture:...`; see
    /// `commands::log_practice`), as typed.
    pub entries: Vec<String>,
    /// `--again`: a second session on a day that has one already is meant.
    pub again: bool,
    /// `--yes`: a logged weight asked about (a jump, a second raise within 14 days, a raise
    /// in the calm days after a pain check `ok`) is meant.
    pub yes: bool,
    /// `--data-dir`, repeated in the command the refusal suggests.
    pub data_dir: Option<std::path::PathBuf>,
}

/// The right form, shown with every error.
pub const ENTRY_FORM: &str = "EXERCISE[@WEIGHTkg]:SETS[:EFFORT], e.g. goblet-squat@8kg:12,12,11:right or modified-plank:30s,25s";

/// What a set of an exercise counts, named in a refusal in the user's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SetUnit {
    Reps,
    /// Seconds held, typed like `30s`.
    Seconds,
    StompsPerFoot,
}

impl std::fmt::Display for SetUnit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::Reps => "reps",
            Self::Seconds => "seconds (like 30s)",
            Self::StompsPerFoot => "stomps per foot",
        })
    }
}

/// What is wrong with an entry; every variant quotes the bad part.
#[derive(Debug, Error, PartialEq)]
pub enum EntryError {
    #[error(
        "'{0}' is not of the form {ENTRY_FORM}. A name with spaces goes in quotes: \"Wall push-ups:10,10\"."
    )]
    Malformed(String),
    /// The typed name, the near misses (ids), and every id.
    #[error("unknown exercise '{0}'; known: {2}")]
    UnknownExercise(String, Vec<String>, String),
    #[error("weight '{0}' is not a weight from 0.5 to 300 kg, e.g. @8kg, @2.5kg or @11lb")]
    BadWeight(String),
    #[error("'{0}' has no weight, so '@{1}' does not apply")]
    NotWeighted(String, String),
    /// The set as typed, what it counts, the most it may be.
    #[error("set '{0}' is not a count of {1} from 1 to {2}")]
    BadSet(String, SetUnit, u32),
    #[error("'{0}' has {1} sets; at most {MAX_SETS}")]
    TooManySets(String, usize),
    #[error("effort '{0}' is not one of easy, right, hard, pain (or makkelijk, goed, zwaar, pijn)")]
    BadEffort(String),
}

/// Parses one entry into the record it describes.
///
/// # Errors
/// An [`EntryError`] quoting the part that is wrong.
pub fn parse_entry(
    entry: &str,
    catalog: &Catalog,
    units: crate::units::Units,
) -> Result<ExerciseRecord, EntryError> {
    let malformed = || EntryError::Malformed(entry.to_owned());
    let mut parts = entry.split(':');
    let head = parts
        .next()
        .filter(|h| !h.is_empty())
        .ok_or_else(malformed)?;
    let sets_part = parts
        .next()
        .filter(|s| !s.is_empty())
        .ok_or_else(malformed)?;
    let effort_part = parts.next();
    if parts.next().is_some() {
        return Err(malformed());
    }
    let (id, weight) = match head.split_once('@') {
        Some((id, weight)) => (id, Some(weight)),
        None => (head, None),
    };
    let exercise = crate::typed_exercise::find_exercise(catalog, id).map_err(|near| {
        let known: Vec<_> = catalog.all().iter().map(|e| e.id.as_str()).collect();
        EntryError::UnknownExercise(id.to_owned(), near, known.join(", "))
    })?;
    let weight_kg = match weight {
        None => None,
        Some(w) if !exercise.weighted => {
            return Err(EntryError::NotWeighted(id.to_owned(), w.to_owned()));
        }
        Some(w) => Some(
            crate::units::parse_weight(w, units)
                .map_err(|_| EntryError::BadWeight(w.to_owned()))?,
        ),
    };
    let sets = sets_part
        .split(',')
        .map(|set| parse_set(set.trim(), exercise.measure))
        .collect::<Result<Vec<_>, _>>()?;
    if sets.len() > MAX_SETS {
        return Err(EntryError::TooManySets(sets_part.to_owned(), sets.len()));
    }
    let effort = effort_part.map(parse_effort).transpose()?;
    // A session done elsewhere had no target from botsterk; the least any set achieved is
    // what the user was evidently working at, so the coach progresses from there.
    let target = sets
        .iter()
        .map(|set| crate::coach::progression::achieved(exercise.measure, set))
        .min()
        .unwrap_or(exercise.target_min)
        .clamp(exercise.target_min, exercise.target_max);
    Ok(ExerciseRecord {
        id: exercise.id.clone(),
        weight_kg,
        target,
        sets,
        effort,
        skipped: false,
        pain_site: None,
        ..Default::default()
    })
}

fn parse_set(text: &str, measure: Measure) -> Result<SetRecord, EntryError> {
    // Nothing done is no set, and a number over the bound no one does (units.rs).
    let count = |digits: &str, unit: SetUnit, max: u32| -> Result<u32, EntryError> {
        digits
            .parse::<u32>()
            .ok()
            .filter(|n| (1..=max).contains(n))
            .ok_or_else(|| EntryError::BadSet(text.to_owned(), unit, max))
    };
    match measure {
        Measure::Hold => {
            let digits = text.strip_suffix('s').unwrap_or(text);
            Ok(SetRecord {
                seconds: Some(count(digits, SetUnit::Seconds, MAX_SECONDS)?),
                ..SetRecord::default()
            })
        }
        Measure::Stomps => {
            // A logged stomp set is the count per foot: "20" means 20 left and 20 right.
            let per_foot = count(text, SetUnit::StompsPerFoot, MAX_STOMPS)?;
            Ok(SetRecord {
                reps: Some(per_foot * 2),
                left: Some(per_foot),
                right: Some(per_foot),
                ..SetRecord::default()
            })
        }
        Measure::Reps | Measure::TimedReps => Ok(SetRecord {
            reps: Some(count(text, SetUnit::Reps, MAX_REPS)?),
            ..SetRecord::default()
        }),
    }
}

fn parse_effort(text: &str) -> Result<Effort, EntryError> {
    crate::typed_exercise::parse_effort(text).ok_or_else(|| EntryError::BadEffort(text.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(entry: &str) -> Result<ExerciseRecord, EntryError> {
        parse_entry(entry, &Catalog::builtin(), crate::units::Units::Kg)
    }

    #[test]
    fn parses_weighted_reps_with_effort() {
        let record = parse("goblet-squat@8kg:12,12,11:right").unwrap();
        assert_eq!(record.id, "goblet-squat");
        assert_eq!(record.weight_kg, Some(8.0));
        let reps: Vec<_> = record.sets.iter().map(|s| s.reps).collect();
        assert_eq!(reps, [Some(12), Some(12), Some(11)]);
        assert_eq!(record.effort, Some(Effort::JustRight));
        assert_eq!(parse("deadlift@2.5:8").unwrap().weight_kg, Some(2.5));
    }

    #[test]
    fn dutch_names_and_efforts_are_understood() {
        let record = parse("opdrukken:10,9:zwaar").unwrap();
        assert_eq!(record.id, "wall-push-up");
        assert_eq!(record.effort, Some(Effort::TooHard));
        let record = parse("Goblet squats@6,5:12:goed").unwrap();
        assert_eq!(
            (record.id.as_str(), record.weight_kg),
            ("goblet-squat", Some(6.5))
        );
        assert_eq!(parse("stampen:20:pijn").unwrap().effort, Some(Effort::Pain));
        assert_eq!(
            parse("plank:30s:makkelijk").unwrap().effort,
            Some(Effort::TooEasy)
        );
    }

    #[test]
    fn parses_holds_and_stomps() {
        let plank = parse("modified-plank:30s,25s:hard").unwrap();
        assert_eq!(plank.sets[1].seconds, Some(25));
        assert_eq!(plank.effort, Some(Effort::TooHard));
        let stomp = parse("stomp:20,20").unwrap();
        assert_eq!(stomp.sets[0].left, Some(20));
        assert_eq!(stomp.sets[0].reps, Some(40));
        assert_eq!(stomp.effort, None);
    }

    #[test]
    fn rejects_with_the_bad_part_quoted() {
        let cases = [
            ("squat:10", "'squat'"),
            ("goblet-squat", "'goblet-squat'"),
            ("goblet-squat@heavy:10", "'heavy'"),
            ("goblet-squat@-4kg:10", "'-4kg'"),
            ("goblet-squat@301kg:10", "'301kg'"),
            ("wall-push-up@4kg:10", "'@4kg'"),
            ("wall-push-up:10,x", "'x'"),
            ("wall-push-up:10,-1", "'-1'"),
            ("wall-push-up:10,5000", "'5000'"),
            ("wall-push-up:10:meh", "'meh'"),
            (
                "wall-push-up:10:right:extra",
                "'wall-push-up:10:right:extra'",
            ),
            ("", "''"),
        ];
        for (entry, quoted) in cases {
            let message = parse(entry).unwrap_err().to_string();
            assert!(message.contains(quoted), "{entry}: {message}");
        }
    }

    proptest::proptest! {
        #[test]
        fn no_input_makes_the_parser_panic(entry in "\\PC*") {
            let _ = parse(&entry);
        }
    }
}
