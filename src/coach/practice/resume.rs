//! A practice carried on after a crash (issue 26, item 1): what is left of today's plan once
//! the holds and moves already done are taken out, and the practice as one record again.
//! Pure: the plan and the record from the practice's journal in, a plan and a record out.

use chrono::{DateTime, FixedOffset};

use super::PracticePlan;
use crate::history::PracticeRecord;

/// What is left of `plan` after `done`: each stance's holds less those done in it, each
/// posture move not done yet. A stance or move stopped for pain is not offered again: the
/// pain check holds it, as it would after saving.
#[must_use]
pub fn remaining(plan: &PracticePlan, done: &PracticeRecord) -> PracticePlan {
    let mut left = plan.clone();
    for step in &mut left.balance {
        let held = done.balance.iter().filter(|h| h.stance == step.stance);
        let (count, hurt) = held.fold((0u32, false), |(n, hurt), h| {
            (n + 1, hurt || h.stopped_for_pain)
        });
        step.holds = if hurt {
            0
        } else {
            step.holds.saturating_sub(count)
        };
    }
    left.balance.retain(|step| step.holds > 0);
    left.posture
        .retain(|step| !done.posture.iter().any(|m| m.id == step.id));
    left
}

/// Whether anything of `plan` is left to do after `done`.
#[must_use]
pub fn anything_left(plan: &PracticePlan, done: &PracticeRecord) -> bool {
    let left = remaining(plan, done);
    !left.balance.is_empty() || !left.posture.is_empty()
}

/// The practice begun as `earlier` and carried on as `later`, as one record: its day and
/// start are the first part's, its end the second's, the holds and moves of both in the
/// order done.
#[must_use]
pub fn carried_on(earlier: &PracticeRecord, later: PracticeRecord) -> PracticeRecord {
    let ended_at: DateTime<FixedOffset> = later.ended_at.max(earlier.ended_at);
    let mut balance = earlier.balance.clone();
    balance.extend(later.balance);
    let mut posture = earlier.posture.clone();
    posture.extend(later.posture);
    PracticeRecord {
        ended_at,
        balance,
        posture,
        ..earlier.clone()
    }
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;
    use proptest::prelude::*;

    use super::*;
    use crate::coach::practice::{BalanceStep, PostureStep, StanceProgress};
    use crate::history::{BalanceHold, PostureRecord};

    fn at(hour: u32) -> DateTime<FixedOffset> {
        FixedOffset::east_opt(3600)
            .unwrap()
            .with_ymd_and_hms(2026, 12, 9, hour, 0, 0)
            .unwrap()
    }

    fn stance(id: &str, holds: u32) -> BalanceStep {
        let routines = crate::routines::Routines::builtin();
        let first = routines.stances.first().expect("a stance");
        BalanceStep {
            stance: id.into(),
            support: "one-hand".into(),
            hold_seconds: 20,
            holds,
            counter_check: false,
            without_counter: None,
            progress: StanceProgress::start(&routines, first),
        }
    }

    fn posture_step(id: &str) -> PostureStep {
        PostureStep {
            id: id.into(),
            reps: 10,
            hold_seconds: None,
        }
    }

    fn hold(id: &str, pain: bool) -> BalanceHold {
        BalanceHold {
            stance: id.into(),
            support: "one-hand".into(),
            target_seconds: 20,
            seconds: 20,
            rating: None,
            stopped_for_pain: pain,
            pain_site: None,
            ..Default::default()
        }
    }

    fn moved(id: &str) -> PostureRecord {
        PostureRecord {
            id: id.into(),
            reps: 10,
            hold_seconds: None,
            stopped_for_pain: false,
            pain_site: None,
            ..Default::default()
        }
    }

    fn plan(balance: Vec<BalanceStep>, posture: Vec<PostureStep>) -> PracticePlan {
        PracticePlan {
            due: true,
            days: 0,
            target: 3,
            done_today: false,
            balance,
            posture,
        }
    }

    fn record(balance: Vec<BalanceHold>, posture: Vec<PostureRecord>, hour: u32) -> PracticeRecord {
        PracticeRecord {
            date: at(hour).date_naive(),
            started_at: at(hour),
            ended_at: at(hour),
            logged: false,
            balance,
            posture,
            ..Default::default()
        }
    }

    #[test]
    fn what_is_done_is_taken_out_and_pain_is_not_offered_again() {
        let p = plan(
            vec![
                stance("tandem", 3),
                stance("one-leg-left", 2),
                stance("side-by-side", 1),
            ],
            vec![posture_step("chin-tuck"), posture_step("back-extension")],
        );
        let done = record(
            vec![hold("tandem", false), hold("one-leg-left", true)],
            vec![moved("chin-tuck")],
            18,
        );
        let left = remaining(&p, &done);
        let holds: Vec<_> = left
            .balance
            .iter()
            .map(|s| (s.stance.as_str(), s.holds))
            .collect();
        assert_eq!(holds, [("tandem", 2), ("side-by-side", 1)]);
        let moves: Vec<_> = left.posture.iter().map(|m| m.id.as_str()).collect();
        assert_eq!(moves, ["back-extension"]);
        assert!(anything_left(&p, &done));
        let all = record(
            vec![hold("tandem", false); 3],
            vec![moved("chin-tuck"), moved("back-extension")],
            18,
        );
        assert!(!anything_left(
            &plan(vec![stance("tandem", 3)], vec![]),
            &all
        ));
    }

    #[test]
    fn carried_on_is_one_practice_from_the_first_start_to_the_last_end() {
        let earlier = record(vec![hold("tandem", false)], vec![], 18);
        let later = record(vec![hold("tandem", false)], vec![moved("chin-tuck")], 19);
        let whole = carried_on(&earlier, later);
        assert_eq!((whole.started_at, whole.ended_at), (at(18), at(19)));
        assert_eq!((whole.balance.len(), whole.posture.len()), (2, 1));
    }

    proptest! {
        /// Any plan, anything done: the holds left and the holds done of a stance add up
        /// to at least the plan's (nothing planned is lost), none is offered again after
        /// pain in it, and no move is done twice.
        #[test]
        fn nothing_planned_is_lost_and_nothing_hurt_comes_back(
            planned in proptest::collection::vec((0usize..4, 1u32..5), 0..4),
            done in proptest::collection::vec((0usize..4, any::<bool>()), 0..8),
            moves_planned in proptest::collection::vec(0usize..4, 0..4),
            moves_done in proptest::collection::vec(0usize..4, 0..4),
        ) {
            let ids = ["tandem", "semi-tandem", "one-leg-left", "one-leg-right"];
            let moves = ["chin-tuck", "back-extension", "wall-angel", "shoulder-squeeze"];
            let mut seen = std::collections::HashSet::new();
            let balance: Vec<_> = planned
                .iter()
                .filter(|(i, _)| seen.insert(*i))
                .map(|(i, n)| stance(ids[*i], *n))
                .collect();
            let mut seen = std::collections::HashSet::new();
            let posture: Vec<_> = moves_planned
                .iter()
                .filter(|i| seen.insert(**i))
                .map(|i| posture_step(moves[*i]))
                .collect();
            let p = plan(balance, posture);
            let d = record(
                done.iter().map(|(i, pain)| hold(ids[*i], *pain)).collect(),
                moves_done.iter().map(|i| moved(moves[*i])).collect(),
                18,
            );
            let left = remaining(&p, &d);
            for step in &p.balance {
                let held: Vec<_> = d.balance.iter().filter(|h| h.stance == step.stance).collect();
                let after = left.balance.iter().find(|s| s.stance == step.stance);
                if held.iter().any(|h| h.stopped_for_pain) {
                    prop_assert!(after.is_none(), "{} hurt and offered again", step.stance);
                } else {
                    let more = after.map_or(0, |s| s.holds);
                    prop_assert!(more + u32::try_from(held.len()).unwrap() >= step.holds);
                }
            }
            for step in &left.posture {
                prop_assert!(!d.posture.iter().any(|m| m.id == step.id));
            }
        }
    }
}
