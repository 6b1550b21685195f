//! The plan's notes (held back by the pace rules, made easier, too big a step, back after a
//! break), in English and Dutch.

use crate::coach::progression::{EasierWhy, Note};
use crate::i18n::fill;
use crate::profile::Units;

/// The note texts of one language.
#[derive(Debug)]
pub struct NotesTexts {
    /// `{exercise}`, `{next}`, `{from}`, `{max}`
    pub too_big_step: &'static str,
    /// `{exercise}`, `{from}`, `{to}`, `{why}`
    pub easier: &'static str,
    pub why_too_hard_twice: &'static str,
    pub why_below_range: &'static str,
    pub why_no_lighter: &'static str,
    /// `{exercise}`, `{days}`
    pub welcome_back: &'static str,
    /// `{exercise}`, `{days}`
    pub welcome_back_long: &'static str,
    /// `{exercise}`, `{target}`, `{date}`
    pub paced: &'static str,
    /// `{exercise}`, `{weight}`, `{date}`
    pub paced_weight: &'static str,
}

pub static EN: NotesTexts = NotesTexts {
    too_big_step: "{exercise}: the next weight you own, {next}, is too big a step from {from}; a weight of at most {max} would let you go on.",
    easier: "{exercise}: {to} instead of {from}, because {why}.",
    why_too_hard_twice: "it felt too hard twice in a row",
    why_below_range: "a set fell short of the range",
    why_no_lighter: "it was too much and there is no lighter weight",
    welcome_back: "{exercise}: welcome back after {days} days! One step lighter today, to build up again safely.",
    welcome_back_long: "{exercise}: welcome back after {days} days! Starting lighter, near the beginning: strength comes back within weeks.",
    paced: "{exercise} stays at {target} until {date}: bone needs weeks to adapt to each step.",
    paced_weight: "{exercise} stays at {weight} until {date}: a weight goes up at most once in 14 days.",
};

pub static NL: NotesTexts = NotesTexts {
    too_big_step: "{exercise}: het volgende gewicht dat je hebt, {next}, is een te grote stap vanaf {from}; met een gewicht van hoogstens {max} kun je verder.",
    easier: "{exercise}: {to} in plaats van {from}, omdat {why}.",
    why_too_hard_twice: "het twee keer op rij te zwaar voelde",
    why_below_range: "een serie onder het bereik bleef",
    why_no_lighter: "het te veel was en er geen lichter gewicht is",
    welcome_back: "{exercise}: welkom terug na {days} dagen! Vandaag een stap lichter, om veilig weer op te bouwen.",
    welcome_back_long: "{exercise}: welkom terug na {days} dagen! We beginnen weer licht: je kracht komt binnen weken terug.",
    paced: "{exercise} blijft op {target} tot {date}: botten hebben weken nodig voor elke stap.",
    paced_weight: "{exercise} blijft op {weight} tot {date}: een gewicht gaat hoogstens eens per 14 dagen omhoog.",
};

impl super::Texts {
    /// A note of the plan in a sentence.
    #[must_use]
    /// `hold`: the exercise's target is seconds (the plank).
    pub fn note(&self, note: &Note, name: &str, units: Units, hold: bool) -> String {
        let n = self.notes;
        let weight = |kg: f64| self.weight(kg, units);
        let amount = |v: u32| {
            if hold {
                format!("{v} s")
            } else {
                v.to_string()
            }
        };
        match *note {
            Note::TooBigStep {
                from_kg,
                next_kg,
                max_kg,
            } => fill(
                n.too_big_step,
                &[
                    ("exercise", &name),
                    ("next", &weight(next_kg)),
                    ("from", &weight(from_kg)),
                    ("max", &weight(max_kg)),
                ],
            ),
            Note::Easier { from, to, why } => fill(
                n.easier,
                &[
                    ("exercise", &name),
                    ("from", &amount(from)),
                    ("to", &amount(to)),
                    (
                        "why",
                        &match why {
                            EasierWhy::TooHardTwice => n.why_too_hard_twice,
                            EasierWhy::BelowRange => n.why_below_range,
                            EasierWhy::NoLighterWeight => n.why_no_lighter,
                        },
                    ),
                ],
            ),
            Note::WelcomeBack { days, long } => fill(
                if long {
                    n.welcome_back_long
                } else {
                    n.welcome_back
                },
                &[("exercise", &name), ("days", &days)],
            ),
            Note::Paced {
                until,
                weight_kg: Some(kg),
                ..
            } => fill(
                n.paced_weight,
                &[
                    ("exercise", &name),
                    ("weight", &weight(kg)),
                    ("date", &self.short_date(until)),
                ],
            ),
            Note::Paced { until, target, .. } => fill(
                n.paced,
                &[
                    ("exercise", &name),
                    ("target", &amount(target.unwrap_or_default())),
                    ("date", &self.short_date(until)),
                ],
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_languages_have_the_same_placeholders() {
        use crate::i18n::placeholders_by_line;
        assert_eq!(placeholders_by_line(&EN), placeholders_by_line(&NL));
    }
}
