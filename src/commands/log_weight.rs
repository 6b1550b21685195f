//! `log`'s `@WEIGHT` is paced like `weight` (issue 24, design 5): a weight logged above what
//! the plan of that day gave is a raise the user chose, and it becomes the working weight.
//! So it is checked as a typed weight is (`coach::typed_weight`): a jump (40 kg typed for
//! 4), a heavy first weight, a raise in the calm days after a pain check `ok` or a second
//! change within 14 days asks first (`log --yes`). Lighter never asks.

use crate::catalog::Catalog;
use crate::coach::typed_weight::{self, Ask};
use crate::history::{History, SessionRecord};
use crate::profile::Settings;

/// A logged weight that asks first: the exercise's id, the weight, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Asked {
    pub exercise: String,
    pub kg: f64,
    pub why: Ask,
}

/// The first exercise of `record` (as parsed, before `log::as_planned`) whose typed weight
/// asks first, held against the plan of its day for its program, from `history` as it was
/// before this log. An exercise that plan does not hold (on hold for pain, of the other
/// program) is not asked about here: the plan does not work from it.
#[must_use]
pub fn first_to_ask(
    catalog: &Catalog,
    history: &History,
    settings: &Settings,
    record: &SessionRecord,
) -> Option<Asked> {
    let plan =
        crate::coach::plan::day_plan(catalog, history, settings, record.program, record.date);
    record.exercises.iter().find_map(|done| {
        let kg = done.weight_kg?;
        let exercise = catalog.get(&done.id).filter(|e| e.weighted)?;
        let planned = plan.session.exercises.iter().find(|p| p.id == done.id)?;
        typed_weight::ask(
            exercise,
            history,
            settings,
            planned.weight_kg,
            kg,
            record.date,
        )
        .map(|why| Asked {
            exercise: done.id.clone(),
            kg,
            why,
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Program;
    use crate::history::build::{d, exercise, history, reps, session};

    fn logged(kg: f64) -> SessionRecord {
        let mut s = session(
            d(2026, 11, 20),
            Program::Advanced,
            vec![exercise("goblet-squat", Some(kg), reps(&[10, 10, 10]))],
        );
        s.logged = true;
        s
    }

    #[test]
    fn a_typo_of_ten_times_asks_and_lighter_does_not() {
        let catalog = Catalog::builtin();
        let settings = Settings {
            owned_weights_kg: vec![4.0, 10.0],
            ..Settings::default()
        };
        let h = history(vec![session(
            d(2026, 11, 16),
            Program::Advanced,
            vec![exercise("goblet-squat", Some(4.0), reps(&[10, 10, 10]))],
        )]);
        let asked = first_to_ask(&catalog, &h, &settings, &logged(40.0)).expect("asked");
        assert_eq!(asked.why, Ask::Jump { from_kg: 4.0 });
        assert_eq!(first_to_ask(&catalog, &h, &settings, &logged(4.0)), None);
        assert_eq!(first_to_ask(&catalog, &h, &settings, &logged(2.0)), None);
    }
}
