//! The plan's notes (held back by the pace rules, made easier, too big a step, back after a
//! break), in English and Dutch.

use std::fmt::Display;

use crate::coach::progression::{EasierWhy, Note};
use crate::coach::why::Why;
use crate::units::Units;

/// The note texts of one language.
#[derive(Debug)]
pub struct NotesTexts {
    pub too_big_step: fn(&str, &str, &str, &str) -> String,
    pub easier: fn(&str, &str, &str, &str) -> String,
    pub why_too_hard_twice: &'static str,
    pub why_below_range: &'static str,
    pub why_no_lighter: &'static str,
    pub welcome_back: fn(&str, &dyn Display) -> String,
    pub welcome_back_long: fn(&str, &dyn Display) -> String,
    /// Back after a short break with the same weight: only the target went down.
    /// `{exercise}`, `{days}`, `{what}` ([`fewer_reps`](Self::fewer_reps) or
    /// [`shorter_hold`](Self::shorter_hold)).
    pub welcome_back_easier: fn(&str, &dyn Display, &str) -> String,
    pub fewer_reps: &'static str,
    pub shorter_hold: &'static str,
    pub paced: fn(&str, &str, &str) -> String,
    pub paced_weight: fn(&str, &str, &str) -> String,
    /// Why a number is what it is (`plan --json`'s `why`, beside a changed number).
    pub why: fn(Why) -> &'static str,
}

pub static EN: NotesTexts = NotesTexts {
    too_big_step: |exercise, next, from, max| {
        format!(
            "{exercise}: the next weight you own, {next}, is too big a step from {from}; a weight of at most {max} would let you go on."
        )
    },
    easier: |exercise, to, from, why| format!("{exercise}: {to} instead of {from}, because {why}."),
    why_too_hard_twice: "it felt too hard twice in a row",
    why_below_range: "a set fell short of the range",
    why_no_lighter: "it was too much and there is no lighter weight",
    welcome_back: |exercise, days| {
        format!(
            "{exercise}: welcome back after {days} days! One step lighter today, to build up again safely."
        )
    },
    welcome_back_long: |exercise, days| {
        format!(
            "{exercise}: welcome back after {days} days! Starting lighter, near the beginning: strength comes back within weeks."
        )
    },
    welcome_back_easier: |exercise, days, what| {
        format!(
            "{exercise}: welcome back after {days} days! {what} today, to build up again safely."
        )
    },
    fewer_reps: "Fewer reps",
    shorter_hold: "A shorter hold",
    paced: |exercise, target, date| {
        format!(
            "{exercise} stays at {target} until {date}: bone needs weeks to adapt to each step."
        )
    },
    paced_weight: |exercise, weight, date| {
        format!(
            "{exercise} stays at {weight} until {date}: a weight goes up at most once in 14 days."
        )
    },
    why: |why| match why {
        Why::AsBefore => "as last time",
        Why::FirstTime => "the first time: the bottom of the range",
        Why::FirstWeight => "a first weight: the usual one for your bones, or the one you chose",
        Why::Progressed => "one step up: every set reached the target and it did not feel too hard",
        Why::HeldPace => {
            "held: one step a week at most (a weight once in 14 days), bone needs time"
        }
        Why::EasedTooHard => "easier: it felt too hard twice in a row",
        Why::EasedBelowRange => "easier: a set fell short of the range",
        Why::EasedNoLighterWeight => "fewer reps: it was too much and there is no lighter weight",
        Why::AfterPainCheck => "after your pain check: one step easier, no harder for 14 days",
        Why::AfterBreak => "after a break: easier for the first session back",
        Why::ChosenByYou => "the weight you chose",
        Why::CappedSafety => "lowered for safety: a weight you own, within the first-weight limit",
        Why::TooBigStep => "the next weight you own is too big a step: this one stays",
        Why::HeldAfterFall => {
            "held where it was after your fall: nothing gets harder until you say you are all right"
        }
    },
};

pub static NL: NotesTexts = NotesTexts {
    too_big_step: |exercise, next, from, max| {
        format!(
            "{exercise}: het volgende gewicht dat je hebt, {next}, is een te grote stap vanaf {from}; met een gewicht van hoogstens {max} kun je verder."
        )
    },
    easier: |exercise, to, from, why| {
        format!("{exercise}: {to} in plaats van {from}, omdat {why}.")
    },
    why_too_hard_twice: "het twee keer op rij te zwaar voelde",
    why_below_range: "een serie onder het bereik bleef",
    why_no_lighter: "het te veel was en er geen lichter gewicht is",
    welcome_back: |exercise, days| {
        format!(
            "{exercise}: welkom terug na {days} dagen! Vandaag een stap lichter, om veilig weer op te bouwen."
        )
    },
    welcome_back_long: |exercise, days| {
        format!(
            "{exercise}: welkom terug na {days} dagen! We beginnen weer licht: je kracht komt binnen weken terug."
        )
    },
    welcome_back_easier: |exercise, days, what| {
        format!(
            "{exercise}: welkom terug na {days} dagen! Vandaag {what}, om veilig weer op te bouwen."
        )
    },
    fewer_reps: "minder herhalingen",
    shorter_hold: "korter vasthouden",
    paced: |exercise, target, date| {
        format!(
            "{exercise} blijft op {target} tot {date}: botten hebben weken nodig voor elke stap."
        )
    },
    paced_weight: |exercise, weight, date| {
        format!(
            "{exercise} blijft op {weight} tot {date}: een gewicht gaat hoogstens eens per 14 dagen omhoog."
        )
    },
    why: |why| match why {
        Why::AsBefore => "zoals de vorige keer",
        Why::FirstTime => "de eerste keer: onderaan het bereik",
        Why::FirstWeight => {
            "een eerste gewicht: het gebruikelijke voor je botten, of het gewicht dat je koos"
        }
        Why::Progressed => "een stap hoger: elke set haalde het doel en het was niet te zwaar",
        Why::HeldPace => {
            "gelijk gehouden: hoogstens een stap per week (een gewicht eens in 14 dagen), bot heeft tijd nodig"
        }
        Why::EasedTooHard => "lichter: het was twee keer achter elkaar te zwaar",
        Why::EasedBelowRange => "lichter: een set bleef onder het bereik",
        Why::EasedNoLighterWeight => {
            "minder herhalingen: het was te veel en er is geen lichter gewicht"
        }
        Why::AfterPainCheck => "na je pijncontrole: een stap lichter, 14 dagen niet zwaarder",
        Why::AfterBreak => "na een pauze: lichter bij de eerste keer terug",
        Why::ChosenByYou => "het gewicht dat je koos",
        Why::CappedSafety => {
            "lager voor de veiligheid: een gewicht dat je hebt, binnen de grens voor een eerste gewicht"
        }
        Why::TooBigStep => {
            "het volgende gewicht dat je hebt is een te grote stap: dit gewicht blijft"
        }
        Why::HeldAfterFall => {
            "blijft zoals het was na je val: niets wordt zwaarder tot je zegt dat het goed gaat"
        }
    },
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
            } => (n.too_big_step)(name, &weight(next_kg), &weight(from_kg), &weight(max_kg)),
            Note::Easier { from, to, why } => (n.easier)(
                name,
                &amount(to),
                &amount(from),
                match why {
                    EasierWhy::TooHardTwice => n.why_too_hard_twice,
                    EasierWhy::BelowRange => n.why_below_range,
                    EasierWhy::NoLighterWeight => n.why_no_lighter,
                },
            ),
            Note::WelcomeBack {
                days, long: true, ..
            } => (n.welcome_back_long)(name, &days),
            Note::WelcomeBack {
                days,
                lighter: true,
                ..
            } => (n.welcome_back)(name, &days),
            // Only the reps or the hold went down: "one step lighter" would not be true.
            Note::WelcomeBack { days, .. } => (n.welcome_back_easier)(
                name,
                &days,
                if hold { n.shorter_hold } else { n.fewer_reps },
            ),
            Note::Paced {
                until,
                weight_kg: Some(kg),
                ..
            } => (n.paced_weight)(name, &weight(kg), &self.short_date(until)),
            Note::Paced { until, target, .. } => (n.paced)(
                name,
                &amount(target.unwrap_or_default()),
                &self.short_date(until),
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::coach::progression::Note;
    use crate::lang::Lang;
    use crate::units::Units;

    /// "One step lighter" only when the weight went down (issue 24, design 7); only fewer
    /// reps or a shorter hold is said as such, in both languages.
    #[test]
    fn welcome_back_says_lighter_only_when_the_weight_went_down() {
        let back = |lighter| Note::WelcomeBack {
            days: 20,
            long: false,
            lighter,
        };
        let en = Lang::En.texts();
        let nl = Lang::Nl.texts();
        assert!(
            en.note(&back(true), "Goblet squats", Units::Kg, false)
                .contains("One step lighter")
        );
        let reps = en.note(&back(false), "Chair squats", Units::Kg, false);
        assert!(
            reps.contains("Fewer reps today") && !reps.contains("lighter"),
            "{reps}"
        );
        let plank = en.note(&back(false), "Plank", Units::Kg, true);
        assert!(plank.contains("A shorter hold today"), "{plank}");
        let nl_reps = nl.note(&back(false), "Stoelsquats", Units::Kg, false);
        assert!(
            nl_reps.contains("minder herhalingen") && !nl_reps.contains("lichter"),
            "{nl_reps}"
        );
    }
}
