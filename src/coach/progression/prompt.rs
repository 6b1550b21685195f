//! What the coach asks and what it says about a target: the types of a [`Next`]. The
//! weight decisions the user answers with are records: [`crate::history::WeightChange`].

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// What the coach asks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PromptKind {
    /// "Raise goblet squat from 8 kg to 10 kg?" (accept / other weight / decline)
    IncreaseWeight,
    /// "Go lighter: from 8 kg to 6 kg?" (accept / other weight / decline)
    DecreaseWeight,
    /// Pain was reported: advise to talk to a doctor or physiotherapist.
    PainCheck,
    /// "Ready for the advanced program?" (never forced)
    AdvanceProgram,
    /// "Which weight do you have?" the first time a weighted exercise comes up; `to_kg` is
    /// a light suggestion.
    ChooseWeight,
}

/// Why the coach asks, as data: the UI words it in English or Dutch.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PromptReason {
    /// Every set reached the top of the range with good effort.
    TopOfRangeReached,
    /// "Too hard" in the last two sessions.
    TooHardTwice,
    /// A set of the last session fell short of the bottom of the range.
    BelowRange,
    /// Pain was reported.
    PainReported,
    /// Some weeks at the top of every beginner exercise.
    BeginnerTopReached,
    /// The same, with osteopenia or osteoporosis: the deadlift's and the overhead press's
    /// cautions are named with the proposal (issue 24, design 7).
    BeginnerTopReachedWeakerBones,
    /// No weight is known yet for this exercise.
    FirstTime,
    /// No weight is known yet, and with osteopenia or osteoporosis the first one is half
    /// the usual suggestion.
    FirstTimeWeakerBones,
    /// No weight is known yet, and every weight the user owns is above the first-weight
    /// limit for their bone status: without a weight for now, or a lighter one.
    FirstWeightTooHeavy,
    /// The bone status became weaker (osteoporosis) and the weight is above the first-weight
    /// limit for it: a lighter one is proposed, once (issue 24, design 7).
    BonesWeaker,
}

/// A question for the user about one exercise (or, for
/// [`PromptKind::AdvanceProgram`], about the program: `exercise` is `"advanced"`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Prompt {
    pub exercise: String,
    pub kind: PromptKind,
    /// The current weight, when there is one.
    pub from_kg: Option<f64>,
    /// The proposed weight (weight questions only).
    pub to_kg: Option<f64>,
    pub reason: PromptReason,
    /// Pain checks: the day of the first pain report not yet answered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<NaiveDate>,
}

/// The next session of one exercise.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Next {
    /// Reps, seconds for a hold, or stomps per foot; always within the exercise's range.
    pub target: u32,
    /// The working weight (weighted exercises only); `None` when not known yet.
    pub weight_kg: Option<f64>,
    /// At most one question.
    pub prompt: Option<Prompt>,
    /// What the plan says about it, when something was held back or made easier.
    pub note: Option<Note>,
}

/// Why a target or weight is what it is, when the plan should say so (`plan --json`
/// `notes`, home, the card).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum Note {
    /// The next weight the user owns is more than a step away.
    TooBigStep {
        from_kg: f64,
        next_kg: f64,
        /// The heaviest weight that would be a step.
        max_kg: f64,
    },
    /// The target went down.
    Easier { from: u32, to: u32, why: EasierWhy },
    /// Back after a break of this many days; `lighter` when the weight went down (else
    /// only the target did: fewer reps, a shorter hold).
    WelcomeBack {
        days: u32,
        long: bool,
        lighter: bool,
    },
    /// Held by the pace rules until this day: the target, or the weight.
    Paced {
        until: NaiveDate,
        target: Option<u32>,
        weight_kg: Option<f64>,
    },
}

/// Why a target went down.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EasierWhy {
    TooHardTwice,
    BelowRange,
    /// A weighted exercise with no lighter weight: fewer reps instead.
    NoLighterWeight,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::coach::progression::test_support::change;
    use crate::history::WeightChange;

    #[test]
    fn prompts_serialize_in_snake_case() {
        let p = Prompt {
            exercise: "deadlift".into(),
            kind: PromptKind::IncreaseWeight,
            from_kg: Some(8.0),
            to_kg: Some(10.0),
            reason: PromptReason::TopOfRangeReached,
            since: None,
        };
        let json = serde_json::to_string(&p).unwrap();
        assert!(json.contains("\"increase_weight\""), "{json}");
        assert!(json.contains("\"top_of_range_reached\""), "{json}");
        let c = change(0, "deadlift", Some(8.0), 10.0);
        let back: WeightChange = serde_json::from_str(&serde_json::to_string(&c).unwrap()).unwrap();
        assert_eq!(back, c);
    }
}
