//! Parsing the practice entries of `botsterk log`: balance holds and posture moves done
//! elsewhere. `balance:STANCE:SUPPORT:SECONDS[:RATING]` (for example
//! `balance:tandem:one-hand:20,20:steady`, several holds separated by commas) and
//! `posture:MOVE:REPS` (`posture:chin-tuck:5`); `evenwicht:` and `houding:` in Dutch.
//!
//! Practice is never a strength session: `log` saves these as a practice record.

use crate::history::{BalanceHold, PostureRecord, Steadiness};
use crate::lang::Lang;
use crate::routines::Routines;
use crate::typed_practice::{find_move, find_stance, find_support, parse_steadiness};

/// The longest balance hold one entry may hold, in seconds (ten minutes).
pub const MAX_HOLD_SECONDS: u32 = crate::units::MAX_SECONDS;
/// The most holds one balance entry may hold.
pub const MAX_HOLDS: usize = crate::typed_entry::MAX_SETS;
/// The most reps one posture entry may hold.
pub const MAX_REPS: u32 = crate::units::MAX_REPS;

/// Which kind of practice an entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Balance,
    Posture,
}

/// A parsed practice entry.
#[derive(Debug, Clone, PartialEq)]
pub enum PracticeEntry {
    /// One or more holds of one stance at one support level.
    Balance(Vec<BalanceHold>),
    Posture(PostureRecord),
}

/// What is wrong with a practice entry; every variant holds the part as typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PracticeError {
    /// Too few or too many parts.
    Malformed(Kind, String),
    /// The typed stance and the near misses (ids).
    UnknownStance(String, Vec<String>),
    UnknownSupport(String, Vec<String>),
    /// Eyes closed on one leg: the support (id) and the stance (id).
    SupportNotForStance(String, String),
    BadSeconds(String),
    /// The seconds part and the number of holds in it.
    TooManyHolds(String, usize),
    BadRating(String),
    UnknownMove(String, Vec<String>),
    BadReps(String),
}

/// The kind of practice `entry` is, from its first part (`balance`, `evenwicht`,
/// `posture`, `houding`, in any case); `None` for a strength entry.
#[must_use]
pub fn kind_of(entry: &str) -> Option<Kind> {
    let head = entry.split(':').next().unwrap_or_default();
    match crate::typed_exercise::key(head).as_str() {
        "balance" | "evenwicht" => Some(Kind::Balance),
        "posture" | "houding" => Some(Kind::Posture),
        _ => None,
    }
}

/// Parses one practice entry (one for which [`kind_of`] is `Some`).
///
/// # Errors
/// A [`PracticeError`] holding the part that is wrong.
pub fn parse_practice(entry: &str, routines: &Routines) -> Result<PracticeEntry, PracticeError> {
    let kind = kind_of(entry).unwrap_or(Kind::Balance);
    let malformed = || PracticeError::Malformed(kind, entry.to_owned());
    let parts: Vec<&str> = entry.split(':').skip(1).map(str::trim).collect();
    if parts.iter().any(|p| p.is_empty()) {
        return Err(malformed());
    }
    match (kind, parts.as_slice()) {
        (Kind::Balance, [stance, support, seconds, rating @ ..]) if rating.len() <= 1 => {
            balance(routines, stance, support, seconds, rating.first().copied())
        }
        (Kind::Posture, [id, reps]) => posture(routines, id, reps),
        _ => Err(malformed()),
    }
}

fn balance(
    routines: &Routines,
    stance: &str,
    support: &str,
    seconds: &str,
    rating: Option<&str>,
) -> Result<PracticeEntry, PracticeError> {
    let stance_id = find_stance(routines, stance)
        .map_err(|near| PracticeError::UnknownStance(stance.to_owned(), near))?;
    let support_id = find_support(routines, support)
        .map_err(|near| PracticeError::UnknownSupport(support.to_owned(), near))?;
    if let Some(stance) = routines.stance(&stance_id)
        && !routines.supports_for(stance).any(|s| s.id == support_id)
    {
        return Err(PracticeError::SupportNotForStance(support_id, stance_id));
    }
    let holds = seconds
        .split(',')
        .map(|hold| {
            let hold = hold.trim();
            hold.strip_suffix('s')
                .unwrap_or(hold)
                .trim()
                .parse::<u32>()
                .ok()
                .filter(|n| (1..=MAX_HOLD_SECONDS).contains(n))
                .ok_or_else(|| PracticeError::BadSeconds(hold.to_owned()))
        })
        .collect::<Result<Vec<_>, _>>()?;
    if holds.len() > MAX_HOLDS {
        return Err(PracticeError::TooManyHolds(seconds.to_owned(), holds.len()));
    }
    let rating: Option<Steadiness> = rating
        .map(|r| parse_steadiness(r).ok_or_else(|| PracticeError::BadRating(r.to_owned())))
        .transpose()?;
    Ok(PracticeEntry::Balance(
        holds
            .into_iter()
            .map(|seconds| BalanceHold {
                stance: stance_id.clone(),
                support: support_id.clone(),
                // A hold done elsewhere had no target from botsterk: what was held is
                // what the user was working at.
                target_seconds: seconds,
                seconds,
                rating,
                stopped_for_pain: false,
                pain_site: None,
                ..Default::default()
            })
            .collect(),
    ))
}

fn posture(routines: &Routines, id: &str, reps: &str) -> Result<PracticeEntry, PracticeError> {
    let id =
        find_move(routines, id).map_err(|near| PracticeError::UnknownMove(id.to_owned(), near))?;
    let reps = reps
        .parse::<u32>()
        .ok()
        .filter(|n| (1..=MAX_REPS).contains(n))
        .ok_or_else(|| PracticeError::BadReps(reps.to_owned()))?;
    let hold_seconds = routines.posture_move(&id).and_then(|m| m.hold_seconds);
    Ok(PracticeEntry::Posture(PostureRecord {
        id,
        reps,
        hold_seconds,
        stopped_for_pain: false,
        pain_site: None,
        ..Default::default()
    }))
}

/// A practice entry error in `lang`: what was typed, what is expected, an example.
#[must_use]
pub fn practice_error(e: &PracticeError, routines: &Routines, lang: Lang) -> String {
    let t = lang.texts().practice;
    let ids = |ids: Vec<&str>| ids.join(", ");
    let stances = || ids(routines.stances.iter().map(|s| s.id.as_str()).collect());
    let supports = || ids(routines.supports.iter().map(|s| s.id.as_str()).collect());
    let moves = || ids(routines.posture.iter().map(|m| m.id.as_str()).collect());
    let near = |near: &[String]| near.join(" / ");
    match e {
        PracticeError::Malformed(Kind::Balance, entry) => {
            (t.log.log_malformed)(entry, t.log.log_balance_form, t.log.log_balance_example)
        }
        PracticeError::Malformed(Kind::Posture, entry) => {
            (t.log.log_malformed)(entry, t.log.log_posture_form, t.log.log_posture_example)
        }
        PracticeError::UnknownStance(typed, n) => {
            (t.log.log_unknown_stance)(typed, &near(n), &stances())
        }
        PracticeError::UnknownSupport(typed, n) => {
            (t.log.log_unknown_support)(typed, &near(n), &supports())
        }
        PracticeError::SupportNotForStance(support, stance) => {
            let fitting = routines.stance(stance).map_or_else(String::new, |s| {
                ids(routines.supports_for(s).map(|s| s.id.as_str()).collect())
            });
            (t.log.log_support_not_for_stance)(support, stance, &fitting)
        }
        PracticeError::BadSeconds(typed) => (t.log.log_bad_seconds)(typed, MAX_HOLD_SECONDS),
        PracticeError::TooManyHolds(typed, count) => {
            (t.log.log_too_many_holds)(typed, *count, MAX_HOLDS)
        }
        PracticeError::BadRating(typed) => (t.log.log_bad_rating)(typed),
        PracticeError::UnknownMove(typed, n) => (t.log.log_unknown_move)(typed, &near(n), &moves()),
        PracticeError::BadReps(typed) => (t.log.log_bad_reps)(typed, MAX_REPS),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(entry: &str) -> Result<PracticeEntry, PracticeError> {
        parse_practice(entry, &Routines::builtin())
    }

    #[test]
    fn the_practice_kinds_in_either_language() {
        assert_eq!(kind_of("balance:tandem:one-hand:20"), Some(Kind::Balance));
        assert_eq!(kind_of("Evenwicht:tandem:een-hand:20"), Some(Kind::Balance));
        assert_eq!(kind_of("posture:chin-tuck:5"), Some(Kind::Posture));
        assert_eq!(kind_of("houding:kin:5"), Some(Kind::Posture));
        assert_eq!(kind_of("chair-squat:10,10"), None);
        assert_eq!(kind_of(""), None);
    }

    #[test]
    fn parses_holds_with_and_without_a_rating() {
        let Ok(PracticeEntry::Balance(holds)) = parse("balance:tandem:one-hand:20,20s:steady")
        else {
            panic!("a balance entry");
        };
        assert_eq!(holds.len(), 2);
        assert_eq!(
            (holds[1].stance.as_str(), holds[1].support.as_str()),
            ("tandem", "one-hand")
        );
        assert_eq!((holds[1].seconds, holds[1].target_seconds), (20, 20));
        assert_eq!(holds[0].rating, Some(Steadiness::Steady));
        let Ok(PracticeEntry::Balance(holds)) =
            parse("evenwicht:Tandemstand:vingertoppen:15:vastgepakt")
        else {
            panic!("a Dutch balance entry");
        };
        assert_eq!(holds[0].support, "fingertips");
        assert_eq!(holds[0].rating, Some(Steadiness::HeldOn));
        let Ok(PracticeEntry::Balance(holds)) = parse("balance:linkerbeen:no-hands:10") else {
            panic!("a balance entry without rating");
        };
        assert_eq!(
            (holds[0].stance.as_str(), holds[0].rating),
            ("one-leg-left", None)
        );
    }

    #[test]
    fn parses_posture_with_the_moves_hold() {
        let Ok(PracticeEntry::Posture(p)) = parse("posture:chin-tuck:5") else {
            panic!("a posture entry");
        };
        assert_eq!(
            (p.id.as_str(), p.reps, p.hold_seconds),
            ("chin-tuck", 5, Some(5))
        );
        let Ok(PracticeEntry::Posture(p)) = parse("houding:rug-strekken:10") else {
            panic!("a Dutch posture entry");
        };
        assert_eq!((p.id.as_str(), p.hold_seconds), ("back-extension", None));
    }

    #[test]
    fn rejects_with_the_bad_part_kept() {
        let cases = [
            (
                "balance",
                PracticeError::Malformed(Kind::Balance, "balance".into()),
            ),
            (
                "balance:tandem:one-hand",
                PracticeError::Malformed(Kind::Balance, "balance:tandem:one-hand".into()),
            ),
            (
                "balance:tandem:one-hand:20:steady:x",
                PracticeError::Malformed(
                    Kind::Balance,
                    "balance:tandem:one-hand:20:steady:x".into(),
                ),
            ),
            (
                "posture:chin-tuck",
                PracticeError::Malformed(Kind::Posture, "posture:chin-tuck".into()),
            ),
            (
                "balance:tandom:one-hand:20",
                PracticeError::UnknownStance("tandom".into(), vec!["tandem".into()]),
            ),
            (
                "balance:tandem:elbows:20",
                PracticeError::UnknownSupport("elbows".into(), vec![]),
            ),
            (
                "balance:one-leg-left:eyes-closed:20",
                PracticeError::SupportNotForStance("eyes-closed".into(), "one-leg-left".into()),
            ),
            (
                "balance:tandem:one-hand:0",
                PracticeError::BadSeconds("0".into()),
            ),
            (
                "balance:tandem:one-hand:20,x",
                PracticeError::BadSeconds("x".into()),
            ),
            (
                "balance:tandem:one-hand:601",
                PracticeError::BadSeconds("601".into()),
            ),
            (
                "balance:tandem:one-hand:20:fine",
                PracticeError::BadRating("fine".into()),
            ),
            (
                "posture:neck-roll:5",
                PracticeError::UnknownMove("neck-roll".into(), vec![]),
            ),
            ("posture:chin-tuck:0", PracticeError::BadReps("0".into())),
            (
                "posture:chin-tuck:101",
                PracticeError::BadReps("101".into()),
            ),
        ];
        for (entry, expected) in cases {
            assert_eq!(parse(entry), Err(expected), "{entry}");
        }
        let many = vec!["10"; 21].join(",");
        assert_eq!(
            parse(&format!("balance:tandem:one-hand:{many}")),
            Err(PracticeError::TooManyHolds(many, 21))
        );
    }

    #[test]
    fn every_refusal_says_what_was_typed_in_both_languages() {
        let routines = Routines::builtin();
        let errors = [
            (
                PracticeError::Malformed(Kind::Balance, "balance:x".into()),
                "balance:x",
            ),
            (
                PracticeError::Malformed(Kind::Posture, "posture:x".into()),
                "posture:x",
            ),
            (
                PracticeError::UnknownStance("tandom".into(), vec!["tandem".into()]),
                "tandom",
            ),
            (
                PracticeError::UnknownSupport("elbows".into(), vec![]),
                "elbows",
            ),
            (
                PracticeError::SupportNotForStance("eyes-closed".into(), "one-leg-left".into()),
                "eyes-closed",
            ),
            (PracticeError::BadSeconds("x".into()), "'x'"),
            (PracticeError::TooManyHolds("10,10".into(), 21), "21"),
            (PracticeError::BadRating("fine".into()), "'fine'"),
            (
                PracticeError::UnknownMove("neck-roll".into(), vec![]),
                "neck-roll",
            ),
            (PracticeError::BadReps("0".into()), "'0'"),
        ];
        for lang in [Lang::En, Lang::Nl] {
            for (e, typed) in &errors {
                let message = practice_error(e, &routines, lang);
                assert!(message.contains(typed), "{lang:?} {e:?}: {message}");
                let example = ["balance:", "posture:", "evenwicht:", "houding:"];
                assert!(example.iter().any(|x| message.contains(x)), "{message}");
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn no_input_makes_the_parser_panic(entry in "(balance|posture|houding):\\PC*") {
            let _ = parse(&entry);
        }
    }
}
