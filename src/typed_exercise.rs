//! Exercises and efforts as people type them, for every command: an exercise by its id
//! (`wall-push-up`), by its English or Dutch name in any case ("Opdrukken tegen de muur",
//! `wall-push-ups`), or by a short word the screens suggest (`plank`, `stampen`); an effort
//! in English or Dutch. The screens speak the user's language, so typing back what they
//! show must work.

use crate::catalog::{Catalog, Exercise};
use crate::history::Effort;

/// Short words that name one exercise unambiguously, beside its id and its two names.
const ALIASES: &[(&str, &str)] = &[
    ("opdrukken", "wall-push-up"),
    ("muur-opdrukken", "wall-push-up"),
    ("stoelsquat", "chair-squat"),
    ("hielheffer", "heel-raise"),
    ("plank", "modified-plank"),
    ("goblet", "goblet-squat"),
    ("stampen", "stomp"),
    ("stomping", "stomp"),
];

/// The exercise `text` names, or up to three ids that are close (empty when none is).
///
/// # Errors
/// The ids of the near misses, for a "did you mean".
pub fn find_exercise<'c>(catalog: &'c Catalog, text: &str) -> Result<&'c Exercise, Vec<String>> {
    let id = find_id(text, &names(catalog))?;
    catalog.get(&id).ok_or_else(Vec::new)
}

/// The id `text` names among `names` (every way to name each item, as a [`key`], with its
/// id), or up to three ids that are close (empty when none is): the matching of
/// [`find_exercise`], for any named things (the balance stances and supports, too).
///
/// # Errors
/// The ids of the near misses, for a "did you mean".
pub(crate) fn find_id(text: &str, names: &[(String, String)]) -> Result<String, Vec<String>> {
    let typed = key(text);
    if typed.is_empty() {
        return Err(Vec::new());
    }
    // "stomps" is one stomp too: plurals come naturally when counting.
    let singular = typed.strip_suffix('s').unwrap_or(&typed);
    if let Some((_, id)) = names
        .iter()
        .find(|(name, _)| *name == typed || name == singular)
    {
        return Ok(id.clone());
    }
    let mut near: Vec<(usize, &str)> = names
        .iter()
        .map(|(name, id)| (distance(&typed, name), id.as_str()))
        .filter(|(d, _)| *d <= 2 + typed.len() / 6)
        .collect();
    near.sort_unstable();
    let mut ids: Vec<String> = Vec::new();
    for (_, id) in near {
        if !ids.iter().any(|i| i == id) {
            ids.push(id.to_owned());
        }
    }
    // A word inside a name ("squat") is a near miss too: there are two.
    for (name, id) in names {
        if typed.len() >= 4 && name.contains(&typed) && !ids.iter().any(|i| i == id) {
            ids.push(id.clone());
        }
    }
    ids.truncate(3);
    Err(ids)
}

/// The effort words the shell completions offer, English then Dutch (each one is
/// understood by [`parse_effort`]).
pub const EFFORT_WORDS: [&str; 8] = [
    "easy",
    "right",
    "hard",
    "pain",
    "makkelijk",
    "goed",
    "zwaar",
    "pijn",
];

/// The ways to name one thing, as keys, with its id: the id and each name as a whole, the
/// part before a "(", and that part without a plural `s`.
pub(crate) fn forms_of<'a>(
    id: &'a str,
    names: impl IntoIterator<Item = &'a str>,
) -> Vec<(String, String)> {
    let mut forms = Vec::new();
    for name in std::iter::once(id).chain(names) {
        let whole = key(name);
        // "Deadlift (aangepast)" is also just "deadlift"; "Wall push-ups" also one.
        let bare = key(name.split('(').next().unwrap_or(name));
        let singular = bare.strip_suffix('s').map(str::to_owned);
        for form in [Some(whole), Some(bare), singular].into_iter().flatten() {
            forms.push((form, id.to_owned()));
        }
    }
    forms
}

/// An effort in English or Dutch, in any case: easy/right/hard/pain,
/// makkelijk/goed/zwaar/pijn, and the longer forms the screens show ("te zwaar").
#[must_use]
pub fn parse_effort(text: &str) -> Option<Effort> {
    match key(text).as_str() {
        "easy" | "too-easy" | "makkelijk" | "te-makkelijk" | "licht" => Some(Effort::TooEasy),
        "right" | "just-right" | "good" | "goed" | "precies-goed" => Some(Effort::JustRight),
        "hard" | "too-hard" | "zwaar" | "te-zwaar" => Some(Effort::TooHard),
        "pain" | "pijn" => Some(Effort::Pain),
        _ => None,
    }
}

/// Every way to name each exercise, as keys, with its id.
fn names(catalog: &Catalog) -> Vec<(String, String)> {
    let mut names = Vec::new();
    for exercise in catalog.all() {
        names.extend(forms_of(
            &exercise.id,
            [exercise.en.name.as_str(), exercise.nl.name.as_str()],
        ));
    }
    for (alias, id) in ALIASES {
        names.push(((*alias).to_owned(), (*id).to_owned()));
    }
    names
}

/// Lower case, and any run of spaces, underscores or punctuation as one `-`: "Wall
/// push-ups" and "wall_push_ups" are both `wall-push-ups`.
pub(crate) fn key(text: &str) -> String {
    let mut key = String::new();
    for c in text.trim().to_lowercase().chars() {
        if c.is_alphanumeric() {
            key.push(c);
        } else if !key.is_empty() && !key.ends_with('-') {
            key.push('-');
        }
    }
    key.trim_end_matches('-').to_owned()
}

/// The Levenshtein distance: letters to add, drop or change to go from `a` to `b`.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let current = row[j + 1];
            row[j + 1] = if ca == *cb {
                previous
            } else {
                1 + previous.min(row[j]).min(row[j + 1])
            };
            previous = current;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_completed_effort_word_is_understood() {
        for word in EFFORT_WORDS {
            assert!(parse_effort(word).is_some(), "{word}");
        }
    }

    fn id(text: &str) -> Result<String, Vec<String>> {
        find_exercise(&Catalog::builtin(), text).map(|e| e.id.clone())
    }

    #[test]
    fn an_exercise_by_id_name_or_word_in_either_language() {
        let cases = [
            ("wall-push-up", "wall-push-up"),
            ("Wall push-ups", "wall-push-up"),
            ("wall-push-ups", "wall-push-up"),
            ("Opdrukken tegen de muur", "wall-push-up"),
            ("opdrukken-tegen-de-muur", "wall-push-up"),
            ("opdrukken", "wall-push-up"),
            ("STOELSQUATS", "chair-squat"),
            ("chair squat", "chair-squat"),
            ("hielheffen", "heel-raise"),
            ("Aangepaste plank", "modified-plank"),
            ("plank", "modified-plank"),
            ("goblet_squat", "goblet-squat"),
            ("Deadlift (aangepast)", "deadlift"),
            ("deadlift", "deadlift"),
            ("overhead press", "overhead-press"),
            ("stampen", "stomp"),
            ("Stampen op de plaats", "stomp"),
        ];
        for (text, expected) in cases {
            assert_eq!(id(text), Ok(expected.to_owned()), "{text}");
        }
    }

    #[test]
    fn near_misses_are_suggested_and_nonsense_is_not() {
        assert_eq!(id("wall-pushup"), Err(vec!["wall-push-up".to_owned()]));
        assert_eq!(id("dedlift"), Err(vec!["deadlift".to_owned()]));
        assert_eq!(id("stmop"), Err(vec!["stomp".to_owned()]));
        assert_eq!(id("stomps"), Ok("stomp".to_owned()));
        let squat = id("squat").unwrap_err();
        assert!(squat.contains(&"chair-squat".to_owned()), "{squat:?}");
        assert!(squat.contains(&"goblet-squat".to_owned()), "{squat:?}");
        assert_eq!(id("xyzzy-foo-bar"), Err(vec![]));
        assert_eq!(id(""), Err(vec![]));
    }

    #[test]
    fn efforts_in_english_and_dutch() {
        let cases = [
            ("easy", Effort::TooEasy),
            ("makkelijk", Effort::TooEasy),
            ("Te makkelijk", Effort::TooEasy),
            ("right", Effort::JustRight),
            ("goed", Effort::JustRight),
            ("hard", Effort::TooHard),
            ("ZWAAR", Effort::TooHard),
            ("te-zwaar", Effort::TooHard),
            ("pain", Effort::Pain),
            ("pijn", Effort::Pain),
        ];
        for (text, expected) in cases {
            assert_eq!(parse_effort(text), Some(expected), "{text}");
        }
        assert_eq!(parse_effort("meh"), None);
    }
}
