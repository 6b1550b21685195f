//! Pain in balance or posture practice (issue 24, design 7): it puts that move on hold like
//! pain in a strength exercise, with the same pain check, and pain in a back extension
//! puts every loaded spine exercise on hold too (a back that hurts when it extends is no
//! back to load with a weight until it is checked).
//!
//! A practice item on hold is named by its id in the history: the posture move's
//! (`back-extension`) or the balance stance's (`tandem`, `one-leg-left`).

use chrono::NaiveDate;

use crate::history::History;
use crate::routines::Routines;

/// The posture move whose pain also holds the [`LOADED_SPINE`] exercises.
pub const BACK_EXTENSION: &str = "back-extension";
/// The exercises that load the spine with a weight.
pub const LOADED_SPINE: [&str; 3] = ["goblet-squat", "deadlift", "overhead-press"];

/// Every pain report of practice with the id it holds: the posture move's or the balance
/// stance's, and for a back extension each [`LOADED_SPINE`] exercise too. Every practice
/// record counts, dated after today too (as for sessions). A record may name an id more
/// than once; the caller keeps one report per record.
pub(super) fn all_pain_reports(
    history: &History,
) -> impl Iterator<Item = (&str, (NaiveDate, chrono::DateTime<chrono::FixedOffset>))> {
    history.practice.iter().flat_map(|p| {
        let at = (p.date, p.started_at);
        let stances = p
            .balance
            .iter()
            .filter(|h| h.stopped_for_pain)
            .map(|h| h.stance.as_str());
        let moves = p
            .posture
            .iter()
            .filter(|m| m.stopped_for_pain)
            .flat_map(|m| {
                let spine = (m.id == BACK_EXTENSION).then_some(LOADED_SPINE.as_slice());
                std::iter::once(m.id.as_str()).chain(spine.into_iter().flatten().copied())
            });
        stances.chain(moves).map(move |id| (id, at))
    })
}

/// What the newest session of `exercise` on or before `day` asked (target, weight): the
/// level a comeback after pain in practice steps down from.
pub(super) fn last_planned(
    history: &History,
    exercise: &str,
    day: NaiveDate,
) -> (Option<u32>, Option<f64>) {
    history
        .sessions
        .iter()
        .filter(|s| s.date <= day)
        .flat_map(|s| {
            s.exercises
                .iter()
                .filter(|e| e.id == exercise && !e.sets.is_empty())
                .map(move |e| ((s.date, s.started_at), e))
        })
        .max_by_key(|(at, _)| *at)
        .map_or((None, None), |(_, e)| (Some(e.target), e.weight_kg))
}

/// The practice items a pain check may hold: every posture move and balance stance.
pub fn item_ids(routines: &Routines) -> impl Iterator<Item = &str> {
    routines
        .posture
        .iter()
        .map(|m| m.id.as_str())
        .chain(routines.stances.iter().map(|s| s.id.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::history::build::d;
    use crate::history::{BalanceHold, PainAnswer, PostureRecord, PracticeRecord};
    use proptest::prelude::*;

    fn practice(
        date: NaiveDate,
        posture: &[(&str, bool)],
        stance: Option<(&str, bool)>,
    ) -> PracticeRecord {
        let at = chrono::FixedOffset::east_opt(0)
            .unwrap()
            .from_local_datetime(&date.and_hms_opt(9, 0, 0).unwrap())
            .unwrap();
        PracticeRecord {
            date,
            started_at: at,
            ended_at: at,
            logged: false,
            balance: stance
                .map(|(id, pain)| BalanceHold {
                    stance: id.into(),
                    support: "two-hands".into(),
                    target_seconds: 10,
                    seconds: 5,
                    rating: None,
                    stopped_for_pain: pain,
                    pain_site: None,
                    ..Default::default()
                })
                .into_iter()
                .collect(),
            posture: posture
                .iter()
                .map(|(id, pain)| PostureRecord {
                    id: (*id).into(),
                    reps: 3,
                    hold_seconds: None,
                    stopped_for_pain: *pain,
                    pain_site: None,
                    ..Default::default()
                })
                .collect(),
            ..Default::default()
        }
    }
    use chrono::TimeZone;

    #[test]
    fn pain_in_a_back_extension_holds_it_and_every_loaded_spine_exercise() {
        let mut h = History::default();
        h.practice.push(practice(
            d(2026, 11, 20),
            &[(BACK_EXTENSION, true), ("chin-tuck", false)],
            None,
        ));
        for id in [BACK_EXTENSION, "goblet-squat", "deadlift", "overhead-press"] {
            let hold = crate::coach::pain::hold(&h, id).unwrap_or_else(|| panic!("{id} held"));
            assert_eq!(hold.since, d(2026, 11, 20));
        }
        for id in ["chin-tuck", "wall-push-up", "chair-squat", "tandem"] {
            assert_eq!(crate::coach::pain::hold(&h, id), None, "{id}");
        }
        // The same pain check closes it; a later pain opens a new hold.
        let ok = crate::coach::pain::answer(&h, BACK_EXTENSION, PainAnswer::Ok, d(2026, 11, 25))
            .unwrap();
        h.pain_checks.push(ok);
        assert_eq!(crate::coach::pain::hold(&h, BACK_EXTENSION), None);
        h.practice
            .push(practice(d(2026, 11, 28), &[(BACK_EXTENSION, true)], None));
        assert!(crate::coach::pain::hold(&h, BACK_EXTENSION).is_some());
    }

    #[test]
    fn a_move_on_hold_is_left_out_of_the_practice_until_answered() {
        let catalog = crate::catalog::Catalog::builtin();
        let routines = catalog.routines();
        let mut h = History::default();
        h.practice
            .push(practice(d(2026, 11, 20), &[(BACK_EXTENSION, true)], None));
        let plan = |h: &History| {
            crate::coach::practice::practice_plan(
                routines,
                h,
                crate::profile::BoneStatus::Osteoporosis,
                3,
                d(2026, 11, 21),
            )
        };
        let held = plan(&h);
        assert!(!held.posture.iter().any(|p| p.id == BACK_EXTENSION));
        assert!(held.posture.iter().any(|p| p.id == "chin-tuck"));
        // The strength plan asks its pain check, and leaves the loaded spine exercises out.
        let day = crate::coach::plan::day_plan(
            &catalog,
            &h,
            &crate::profile::Settings::default(),
            crate::catalog::Program::Advanced,
            d(2026, 11, 21),
        );
        assert!(day.prompts.iter().any(|p| p.exercise == BACK_EXTENSION));
        assert!(
            !day.session
                .exercises
                .iter()
                .any(|e| LOADED_SPINE.contains(&e.id.as_str()))
        );
        let ok = crate::coach::pain::answer(&h, BACK_EXTENSION, PainAnswer::Ok, d(2026, 11, 21))
            .unwrap();
        h.pain_checks.push(ok);
        assert!(plan(&h).posture.iter().any(|p| p.id == BACK_EXTENSION));
    }

    #[test]
    fn pain_in_a_balance_stance_holds_that_stance() {
        let mut h = History::default();
        h.practice
            .push(practice(d(2026, 11, 20), &[], Some(("tandem", true))));
        assert!(crate::coach::pain::hold(&h, "tandem").is_some());
        assert_eq!(crate::coach::pain::hold(&h, "semi-tandem"), None);
        assert_eq!(crate::coach::pain::hold(&h, "deadlift"), None);
    }

    proptest! {
        /// For ANY practice history: an item (and, for a back extension, a loaded spine
        /// exercise) with pain in practice and no answer is on hold; without such pain,
        /// practice puts nothing on hold.
        #[test]
        fn practice_pain_holds_until_answered(
            days in proptest::collection::vec((0u64..40, 0usize..3, any::<bool>()), 0..8),
        ) {
            let moves = ["chin-tuck", "shoulder-squeeze", BACK_EXTENSION];
            let mut h = History::default();
            for (day, which, pain) in &days {
                let date = d(2026, 10, 1) + chrono::Days::new(*day);
                h.practice.push(practice(date, &[(moves[*which], *pain)], None));
            }
            for (which, id) in moves.iter().enumerate() {
                let hurt = days.iter().any(|(_, w, p)| *w == which && *p);
                prop_assert_eq!(crate::coach::pain::hold(&h, id).is_some(), hurt);
            }
            let back = days.iter().any(|(_, w, p)| *w == 2 && *p);
            for id in LOADED_SPINE {
                prop_assert_eq!(crate::coach::pain::hold(&h, id).is_some(), back);
            }
            prop_assert_eq!(crate::coach::pain::hold(&h, "chair-squat"), None);
        }
    }
}
