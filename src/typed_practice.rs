//! Balance stances, support levels, posture moves and steadiness as people type them: by id
//! (`tandem`, `one-hand`, `chin-tuck`), by their English or Dutch names in any case
//! ("Tandemstand", "vingertoppen op het aanrecht"), or by a short word (`linkerbeen`,
//! `vingertoppen`). Matched as exercises are (see [`crate::typed_exercise`]).

use crate::history::Steadiness;
use crate::lang::Lang;
use crate::routines::Routines;
use crate::typed_exercise::{find_id, forms_of, key};

/// Short words for stances, beside their ids and names.
const STANCE_ALIASES: &[(&str, &str)] = &[
    ("voeten-samen", "feet-together"),
    ("half-tandem", "semi-tandem"),
    ("halve-tandem", "semi-tandem"),
    ("left-leg", "one-leg-left"),
    ("right-leg", "one-leg-right"),
    ("linkerbeen", "one-leg-left"),
    ("rechterbeen", "one-leg-right"),
];

/// Short words for support levels.
const SUPPORT_ALIASES: &[(&str, &str)] = &[
    ("twee-handen", "two-hands"),
    ("een-hand", "one-hand"),
    ("één-hand", "one-hand"),
    ("vingertoppen", "fingertips"),
    ("hands-above", "hover"),
    ("zweven", "hover"),
    ("handen-boven", "hover"),
    ("zonder-handen", "no-hands"),
    ("geen-handen", "no-hands"),
    ("ogen-dicht", "eyes-closed"),
];

/// Short words for posture moves.
const MOVE_ALIASES: &[(&str, &str)] = &[
    ("kin", "chin-tuck"),
    ("schouderbladen", "shoulder-squeeze"),
    ("rug-strekken", "back-extension"),
];

fn with_aliases(
    mut names: Vec<(String, String)>,
    aliases: &[(&str, &str)],
) -> Vec<(String, String)> {
    names.extend(
        aliases
            .iter()
            .map(|(alias, id)| ((*alias).to_owned(), (*id).to_owned())),
    );
    names
}

/// The stance `text` names, or up to three ids that are close.
///
/// # Errors
/// The ids of the near misses.
pub fn find_stance(routines: &Routines, text: &str) -> Result<String, Vec<String>> {
    let names = routines
        .stances
        .iter()
        .flat_map(|s| forms_of(&s.id, [s.name(Lang::En), s.name(Lang::Nl)]))
        .collect();
    find_id(text, &with_aliases(names, STANCE_ALIASES))
}

/// The support level `text` names, or up to three ids that are close.
///
/// # Errors
/// The ids of the near misses.
pub fn find_support(routines: &Routines, text: &str) -> Result<String, Vec<String>> {
    let names = routines
        .supports
        .iter()
        .flat_map(|s| forms_of(&s.id, [s.name(Lang::En), s.name(Lang::Nl)]))
        .collect();
    find_id(text, &with_aliases(names, SUPPORT_ALIASES))
}

/// The posture move `text` names, or up to three ids that are close.
///
/// # Errors
/// The ids of the near misses.
pub fn find_move(routines: &Routines, text: &str) -> Result<String, Vec<String>> {
    let names = routines
        .posture
        .iter()
        .flat_map(|m| {
            forms_of(
                &m.id,
                [
                    m.text(Lang::En).name.as_str(),
                    m.text(Lang::Nl).name.as_str(),
                ],
            )
        })
        .collect();
    find_id(text, &with_aliases(names, MOVE_ALIASES))
}

/// How a hold went, in English or Dutch: steady/wobbly/held-on, stevig/wiebelig/vastgepakt,
/// and the words the screens show ("had to hold on", "moest vastpakken").
#[must_use]
pub fn parse_steadiness(text: &str) -> Option<Steadiness> {
    match key(text).as_str() {
        "steady" | "stevig" => Some(Steadiness::Steady),
        "wobbly" | "wiebelig" => Some(Steadiness::Wobbly),
        "held-on" | "had-to-hold-on" | "vastgepakt" | "moest-vastpakken" | "vastpakken" => {
            Some(Steadiness::HeldOn)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stances_supports_and_moves_by_id_name_or_word_in_either_language() {
        let r = Routines::builtin();
        let stances = [
            ("tandem", "tandem"),
            ("Tandemstand", "tandem"),
            ("semi-tandem", "semi-tandem"),
            ("Halve tandemstand", "semi-tandem"),
            ("feet together", "feet-together"),
            ("Voeten tegen elkaar", "feet-together"),
            ("one-leg-left", "one-leg-left"),
            ("linkerbeen", "one-leg-left"),
            ("Op je rechterbeen staan", "one-leg-right"),
        ];
        for (text, id) in stances {
            assert_eq!(find_stance(&r, text), Ok(id.to_owned()), "{text}");
        }
        let supports = [
            ("two-hands", "two-hands"),
            ("twee handen op het aanrecht", "two-hands"),
            ("een-hand", "one-hand"),
            ("vingertoppen", "fingertips"),
            ("hover", "hover"),
            ("no hands", "no-hands"),
            ("zonder-handen", "no-hands"),
            ("ogen dicht", "eyes-closed"),
        ];
        for (text, id) in supports {
            assert_eq!(find_support(&r, text), Ok(id.to_owned()), "{text}");
        }
        let moves = [
            ("chin-tuck", "chin-tuck"),
            ("chin tucks", "chin-tuck"),
            ("Kin intrekken", "chin-tuck"),
            ("Schouderbladen knijpen", "shoulder-squeeze"),
            ("back-extension", "back-extension"),
            ("rug-strekken", "back-extension"),
        ];
        for (text, id) in moves {
            assert_eq!(find_move(&r, text), Ok(id.to_owned()), "{text}");
        }
    }

    #[test]
    fn near_misses_are_suggested() {
        let r = Routines::builtin();
        assert_eq!(find_stance(&r, "tandom"), Err(vec!["tandem".to_owned()]));
        assert_eq!(
            find_support(&r, "fingertip"),
            Ok("fingertips".to_owned()),
            "a singular is the same support"
        );
        assert_eq!(
            find_move(&r, "chin-tack"),
            Err(vec!["chin-tuck".to_owned()])
        );
        assert_eq!(find_stance(&r, "xyzzy"), Err(vec![]));
        assert_eq!(find_support(&r, ""), Err(vec![]));
    }

    #[test]
    fn steadiness_in_english_and_dutch() {
        let cases = [
            ("steady", Steadiness::Steady),
            ("Stevig", Steadiness::Steady),
            ("wobbly", Steadiness::Wobbly),
            ("wiebelig", Steadiness::Wobbly),
            ("held-on", Steadiness::HeldOn),
            ("held_on", Steadiness::HeldOn),
            ("vastgepakt", Steadiness::HeldOn),
            ("Moest vastpakken", Steadiness::HeldOn),
        ];
        for (text, expected) in cases {
            assert_eq!(parse_steadiness(text), Some(expected), "{text}");
        }
        assert_eq!(parse_steadiness("fine"), None);
    }
}
