//! `botsterk weight EXERCISE KG`: set the working weight of a weighted exercise (also the
//! way to answer a weight prompt from a shell).

use chrono::NaiveDate;

use super::CommandError;
use crate::catalog::Catalog;
use crate::history::WeightChange;
use crate::store::Store;
use crate::units::{MAX_WEIGHT_KG, MIN_WEIGHT_KG};

/// What was typed after `weight`.
#[derive(Debug, Clone)]
pub struct Request {
    pub exercise: String,
    /// As typed: "8", "7,5", "11lb".
    pub weight: String,
    /// `--yes`: a big jump is meant.
    pub yes: bool,
    /// `--data-dir`, repeated in the command the question suggests (without it, `--yes`
    /// would write into the default folder).
    pub data_dir: Option<std::path::PathBuf>,
}

/// Records the new weight, dated `today`.
///
/// # Errors
/// [`CommandError::Usage`] for an unknown or unweighted exercise or an impossible weight;
/// [`CommandError::Store`] when the history cannot be read or written, or another botsterk
/// holds it longer than [`super::LOCK_WAIT`].
pub fn run(
    store: &Store,
    catalog: &Catalog,
    request: &Request,
    settings: &crate::profile::Settings,
    today: NaiveDate,
    lang: crate::lang::Lang,
) -> Result<String, CommandError> {
    let t = crate::i18n::commands::texts(lang);
    let exercise = request.exercise.as_str();
    let weighted: Vec<&str> = catalog
        .all()
        .iter()
        .filter(|e| e.weighted)
        .map(|e| e.id.as_str())
        .collect();
    // By id or by the name the screens show ("Goblet squats"), as for log.
    let Some(found) = crate::typed_exercise::find_exercise(catalog, exercise)
        .ok()
        .filter(|e| e.weighted)
    else {
        return Err(CommandError::Usage((t.not_weighted_exercise)(
            exercise,
            &weighted.join(", "),
        )));
    };
    let exercise = found.id.as_str();
    let units = settings.units;
    let kg = crate::units::parse_weight(&request.weight, units).map_err(|_| {
        CommandError::Usage((t.bad_kg)(
            &request.weight,
            // "0,5 kg" in Dutch: numbers as the user's language writes them.
            &lang.texts().weight(MIN_WEIGHT_KG, units),
            &lang.texts().weight(MAX_WEIGHT_KG, units),
            exercise,
        ))
    })?;
    let _lock = store.lock(super::LOCK_WAIT)?;
    let history = store.load_history()?;
    let plan = super::plan::compute(catalog, &history, settings, today);
    let from_kg = current_weight(catalog, &history, &plan, settings, exercise, today);
    // On hold for pain: nothing about it gets heavier until its pain check is answered
    // (a lighter weight is fine).
    if let Some(hold) = crate::coach::pain::hold(&history, exercise)
        && from_kg.is_none_or(|from| kg > from + 1e-9)
    {
        let texts = lang.texts();
        return Err(CommandError::Usage((texts.pain.weight_on_hold)(
            &texts.date(hold.since),
            &found.text(lang).name,
            exercise,
        )));
    }
    // The weight it already has: said, and nothing written (no change to list).
    if from_kg.is_some_and(|from| (kg - from).abs() < 1e-9) {
        return Ok((t.weight_same)(
            &found.text(lang).name,
            &lang.texts().weight(kg, settings.units),
        ));
    }
    // Quoted when it has a space ("5 kg"), so the hint can be typed as shown.
    let typed = if request.weight.contains(char::is_whitespace) {
        format!("\"{}\"", request.weight.trim())
    } else {
        request.weight.clone()
    };
    // A raise the coach would not make now (a heavy first weight, a jump, the calm days
    // after a pain check `ok`, a second change within 14 days) is asked about: `--yes`
    // takes it. Lighter never asks.
    if !request.yes
        && let Some(asked) =
            crate::coach::typed_weight::ask(found, &history, settings, from_kg, kg, today)
    {
        // The command in the user's language, as the help names it.
        let command = match lang {
            crate::lang::Lang::Nl => "gewicht",
            crate::lang::Lang::En => "weight",
        };
        let data_dir = request.data_dir.as_deref().map_or_else(String::new, |dir| {
            format!("--data-dir {} ", crate::invocation::shell_word(dir))
        });
        let hint = format!("botsterk {data_dir}{command} {exercise} {typed} --yes");
        return Err(CommandError::Usage(crate::i18n::commands::weight_ask(
            &found.text(lang).name,
            kg,
            asked,
            &hint,
            settings.units,
            lang,
        )));
    }
    let change = WeightChange::new(today, found.id.clone(), from_kg, kg);
    store.update(|history| history.weight_changes.push(change))?;
    // Typed in lb (or with a unit other than the profile's): both, so nothing surprises.
    let weight = |kg| {
        let shown = lang.texts().weight(kg, settings.units);
        if settings.units == crate::units::Units::Lb {
            format!(
                "{shown} ({})",
                lang.texts().weight(kg, crate::units::Units::Kg)
            )
        } else {
            shown
        }
    };
    let was = from_kg
        .map(|w| (t.weight_was)(&weight(w)))
        .unwrap_or_default();
    Ok((t.weight_set)(&found.text(lang).name, &weight(kg), &was))
}

/// The weight the coach works with now, whichever program is planned.
fn current_weight(
    catalog: &Catalog,
    history: &crate::history::History,
    plan: &crate::coach::plan::DayPlan,
    settings: &crate::profile::Settings,
    exercise: &str,
    today: NaiveDate,
) -> Option<f64> {
    if let Some(planned) = plan.session.exercises.iter().find(|e| e.id == exercise) {
        return planned.weight_kg;
    }
    let found = catalog.get(exercise)?;
    // What the clock says is later than today decides nothing (a wrong clock).
    let past = crate::coach::dated::up_to(history, today);
    let records = crate::coach::progression::exercise_records(&past.sessions, exercise);
    crate::coach::dose::decide(
        found,
        &records,
        &past.weight_changes,
        settings,
        today,
        crate::coach::pain::recovery(history, exercise).as_ref(),
    )
    .next
    .weight_kg
}
