//! Every number says why (issue 24, design 8): the reasons for today's target and weight of
//! one exercise, as stable codes (`plan --json` gives them with a text; `plan` shows the text
//! beside a changed number). Pure: read from the decision ([`super::dose::Dose`]) and the
//! records it was made from.

use chrono::NaiveDate;
use serde::Serialize;

use super::dose::{Bound, Dose};
use super::pain::Recovery;
use super::progression::{EasierWhy, Note};
use crate::catalog::Exercise;
use crate::history::ExerciseRecord;
use crate::history::WeightChange;

/// One reason for a number. The codes (snake case) are a contract with scripts: new ones
/// may be added, none renamed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Why {
    /// Nothing changed since the last session.
    AsBefore,
    /// The first time: the bottom of the range.
    FirstTime,
    /// A first weight: the usual first weight for the bone status, or the one chosen.
    FirstWeight,
    /// One step up: every set reached the target and it did not feel too hard.
    Progressed,
    /// Held: the pace allows one step a week (a weight once in 14 days).
    HeldPace,
    /// Eased: "too hard" twice in a row.
    EasedTooHard,
    /// Eased: a set fell short of the range.
    EasedBelowRange,
    /// Fewer reps: too much, and no lighter weight.
    EasedNoLighterWeight,
    /// Back after a pain check answered `ok`: easier, nothing harder for 14 days.
    AfterPainCheck,
    /// Back after a break: easier for the first session.
    AfterBreak,
    /// The weight the user chose (a question answered, a weight typed).
    ChosenByYou,
    /// Lowered by a safety bound: a weight not owned, or the first-weight limit.
    CappedSafety,
    /// The next owned weight is too big a step: the weight stays.
    TooBigStep,
    /// Held where it was after a fall that needs a doctor, until the user says they are
    /// all right (issue 30, `coach::falls`).
    HeldAfterFall,
}

/// The reasons once a fall held the dose (`coach::falls::no_harder_than_last`): the hold
/// first, and no "one step up" that did not happen. Unchanged when the fall's cap changed
/// nothing (the number was not going up anyway).
#[must_use]
pub fn after_fall(mut why: Vec<Why>, capped: bool) -> Vec<Why> {
    if capped {
        why.retain(|w| !matches!(w, Why::Progressed | Why::AsBefore));
        why.insert(0, Why::HeldAfterFall);
    }
    why
}

/// The reasons for `dose`, most telling first; never empty.
#[must_use]
pub fn reasons(
    exercise: &Exercise,
    records: &[(NaiveDate, &ExerciseRecord)],
    weight_changes: &[WeightChange],
    dose: &Dose,
    recovery: Option<&Recovery>,
    today: NaiveDate,
) -> Vec<Why> {
    let next = &dose.next;
    let mut why = Vec::new();
    let last = records
        .iter()
        .filter(|(date, r)| {
            *date <= today && r.id == exercise.id && !r.skipped && !r.sets.is_empty()
        })
        .max_by_key(|(date, _)| *date);
    if recovery.is_some_and(|r| !r.may_increase(today))
        || dose.bounded.contains(&Bound::AfterPainCheck)
    {
        why.push(Why::AfterPainCheck);
    }
    match next.note {
        Some(Note::Paced { .. }) => why.push(Why::HeldPace),
        Some(Note::Easier { why: e, .. }) => why.push(match e {
            EasierWhy::TooHardTwice => Why::EasedTooHard,
            EasierWhy::BelowRange => Why::EasedBelowRange,
            EasierWhy::NoLighterWeight => Why::EasedNoLighterWeight,
        }),
        Some(Note::WelcomeBack { .. }) => why.push(Why::AfterBreak),
        Some(Note::TooBigStep { .. }) => why.push(Why::TooBigStep),
        None => {}
    }
    if dose.bounded.contains(&Bound::NotOwned) {
        why.push(Why::CappedSafety);
    }
    let chosen = weight_changes
        .iter()
        .rfind(|c| {
            c.exercise == exercise.id
                && c.date <= today
                && last.is_none_or(|(date, _)| c.date >= *date)
        })
        .filter(|c| next.weight_kg.is_some_and(|w| (w - c.to_kg).abs() < 1e-6));
    match last {
        None => {
            if next.weight_kg.is_some() {
                why.push(Why::FirstWeight);
            }
            if chosen.is_some() {
                why.push(Why::ChosenByYou);
            }
            why.push(Why::FirstTime);
        }
        Some((_, record)) => {
            if chosen.is_some_and(|c| c.from_kg.is_none_or(|f| (f - c.to_kg).abs() > 1e-6)) {
                why.push(Why::ChosenByYou);
            }
            if next.target > record.target && !why.contains(&Why::AfterPainCheck) {
                why.push(Why::Progressed);
            }
        }
    }
    if why.is_empty() {
        why.push(Why::AsBefore);
    }
    why.dedup();
    why
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Catalog;
    use crate::coach::progression::Next;
    use crate::history::build::{d, exercise, reps};

    fn dose(target: u32, weight_kg: Option<f64>, note: Option<Note>) -> Dose {
        Dose {
            next: Next {
                target,
                weight_kg,
                prompt: None,
                note,
            },
            bounded: Vec::new(),
        }
    }

    #[test]
    fn each_number_has_a_reason() {
        let catalog = Catalog::builtin();
        let squat = catalog.get("chair-squat").unwrap();
        let goblet = catalog.get("goblet-squat").unwrap();
        let done = exercise("chair-squat", None, reps(&[10, 10]));
        let records = [(d(2026, 11, 2), &done)];
        let today = d(2026, 11, 12);
        let of = |dose: &Dose| reasons(squat, &records, &[], dose, None, today);
        assert_eq!(of(&dose(11, None, None)), [Why::Progressed]);
        assert_eq!(of(&dose(10, None, None)), [Why::AsBefore]);
        let paced = Note::Paced {
            until: today,
            target: Some(10),
            weight_kg: None,
        };
        assert_eq!(of(&dose(10, None, Some(paced))), [Why::HeldPace]);
        let eased = Note::Easier {
            from: 10,
            to: 9,
            why: EasierWhy::TooHardTwice,
        };
        assert_eq!(of(&dose(9, None, Some(eased))), [Why::EasedTooHard]);
        let back = Note::WelcomeBack {
            days: 20,
            long: false,
            lighter: false,
        };
        assert_eq!(of(&dose(10, None, Some(back))), [Why::AfterBreak]);
        // A first weight, chosen by the user; then bounded to one owned.
        let chosen = WeightChange::new(d(2026, 11, 10), "goblet-squat".into(), None, 4.0);
        let first = reasons(
            goblet,
            &[],
            &[chosen],
            &dose(10, Some(4.0), None),
            None,
            today,
        );
        assert_eq!(first, [Why::FirstWeight, Why::ChosenByYou, Why::FirstTime]);
        let mut capped = dose(10, Some(3.0), None);
        capped.bounded.push(Bound::NotOwned);
        let first = reasons(goblet, &[], &[], &capped, None, today);
        assert_eq!(first, [Why::CappedSafety, Why::FirstWeight, Why::FirstTime]);
        // After a pain check answered ok: said, and no "progressed" within the 14 days.
        let ok = Recovery {
            answered: d(2026, 11, 10),
            pain_date: d(2026, 11, 2),
            pain_target: Some(10),
            pain_weight_kg: None,
        };
        let after = reasons(
            squat,
            &records,
            &[],
            &dose(10, None, None),
            Some(&ok),
            today,
        );
        assert_eq!(after, [Why::AfterPainCheck]);
    }
}
