//! Records dated after today decide nothing (PROGRAM.md, "How the rules combine", the last
//! bound). A clock that was ahead for a while leaves sessions, weight decisions and practice
//! dated in the future; none of them may set today's target, weight or balance level. They
//! stay in the file and are reported (`rest::Today::future_sessions`); only pain in them
//! still counts, and `coach::pain` reads every session for that.

use std::borrow::Cow;

use chrono::NaiveDate;

use crate::history::History;

/// The history as it stood at the end of `today`: sessions, weight decisions and practice
/// dated after it left out (pain-check answers are kept: `coach::pain` ties them to the
/// reports they answer). Borrowed when nothing is dated after today. A view for deciding,
/// never to be saved: the unknown fields of the weight decisions are not carried.
#[must_use]
pub fn up_to(history: &History, today: NaiveDate) -> Cow<'_, History> {
    let future = history.sessions.iter().any(|s| s.date > today)
        || history.weight_changes.iter().any(|c| c.date > today)
        || history.practice.iter().any(|p| p.date > today);
    if !future {
        return Cow::Borrowed(history);
    }
    Cow::Owned(History {
        version: history.version,
        sessions: history
            .sessions
            .iter()
            .filter(|s| s.date <= today)
            .cloned()
            .collect(),
        weight_changes: history
            .weight_changes
            .iter()
            .filter(|c| c.date <= today)
            .cloned()
            .collect(),
        pain_checks: history.pain_checks.clone(),
        practice: history
            .practice
            .iter()
            .filter(|p| p.date <= today)
            .cloned()
            .collect(),
        // Tests and falls decide no target or weight; a fall's hold reads them all
        // (`coach::falls`), as pain is read in every session.
        tests: history.tests.clone(),
        falls: history.falls.clone(),
        weight_change_extras: Vec::new(),
        extra: crate::history::extra::Extra::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::history::build::{beginner, d, history};

    #[test]
    fn nothing_in_the_future_borrows_and_the_future_is_left_out() {
        let h = history(vec![beginner(d(2026, 11, 28))]);
        assert!(matches!(up_to(&h, d(2026, 11, 28)), Cow::Borrowed(_)));
        let mut later = h.clone();
        later.sessions.push(beginner(d(2026, 12, 5)));
        later.weight_changes.push(crate::history::WeightChange::new(
            d(2026, 12, 5),
            "goblet-squat".into(),
            None,
            8.0,
        ));
        let seen = up_to(&later, d(2026, 11, 30));
        assert_eq!(seen.sessions, h.sessions);
        assert!(seen.weight_changes.is_empty());
    }
}
