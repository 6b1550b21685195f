//! `botsterk pain-check EXERCISE ok|not-yet|leave-out`: answers the pain check of an
//! exercise on hold (see `coach::pain`). Nothing is written for an exercise without an
//! open pain check or an answer that is not one of the three.

use chrono::NaiveDate;

use super::CommandError;
use crate::catalog::Catalog;
use crate::coach::pain;
use crate::history::PainAnswer;
use crate::lang::Lang;
use crate::store::Store;

/// Records the answer in the history (and, for `leave-out`, the profile's list).
///
/// # Errors
/// [`CommandError::Usage`] for an exercise without an open pain check (the answer is
/// clap's: `ok`, `not-yet`, `leave-out` or their Dutch words); a store error when the history or profile cannot be read or written.
pub fn run(
    store: &Store,
    catalog: &Catalog,
    exercise: &str,
    answer: PainAnswer,
    today: NaiveDate,
    lang: Lang,
) -> Result<String, CommandError> {
    let t = lang.texts();
    // By id or by the name the screens show ("Opdrukken tegen de muur"), as for log.
    let found = crate::typed_exercise::find_exercise(catalog, exercise).ok();
    let name = found.map_or_else(
        || {
            catalog
                .name_of(exercise, lang)
                .map_or_else(|| exercise.to_owned(), str::to_owned)
        },
        |e| e.text(lang).name.clone(),
    );
    let exercise = found.map_or(exercise, |e| e.id.as_str());
    let lock = store.lock(super::LOCK_WAIT)?;
    let history = store.load_history()?;
    let Some(record) = pain::answer(&history, exercise, answer, today) else {
        let ids = catalog.all().iter().map(|e| e.id.as_str());
        let practice = pain::practice::item_ids(catalog.routines());
        let open: Vec<String> = pain::holds(&history, ids.chain(practice))
            .iter()
            .map(|h| (t.pain.open_check)(&h.exercise))
            .collect();
        let open = if open.is_empty() {
            t.pain.none_open.to_owned()
        } else {
            open.join(", ")
        };
        return Err(CommandError::Usage((t.pain.no_open_check)(&name, &open)));
    };
    let date = t.date(record.date);
    if answer == PainAnswer::LeaveOut {
        // The answer in the history and the exercise in the profile's list (where
        // `profile --include` finds it), as one change: both or neither.
        let written = store.leave_out(&lock, record, lang)?;
        let said = (t.pain.answered_leave_out)(&name, &date, exercise);
        return Ok(match written.unfinished {
            None => said,
            Some(e) => format!(
                "{said}\n{}",
                (t.pain.left_out_unfinished)(&crate::i18n::store_error::said(&e, lang))
            ),
        });
    }
    store.update(|h| h.pain_checks.push(record))?;
    Ok(match answer {
        PainAnswer::Ok => (t.pain.answered_ok)(&name, &date),
        _ => (t.pain.answered_not_yet)(&name, &date),
    })
}
