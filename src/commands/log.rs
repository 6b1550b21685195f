//! `botsterk log`: record a session done elsewhere (at the gym, on paper).

use chrono::{DateTime, FixedOffset, NaiveTime, TimeZone};

use super::CommandError;
use super::log_practice::{self, PracticeEntry};
use crate::catalog::{Catalog, Program};
use crate::coach::plan::exclusion;
use crate::coach::rest::DayStatus;
use crate::coach::safety::ExcludeReason;
use crate::history::{PracticeRecord, SessionRecord};
use crate::profile::Settings;
use crate::store::Store;
use crate::typed_day::parse_day;
use crate::typed_entry::{Request, parse_entry};

/// Balance or posture entries: refused beside strength entries or with `--program`, else
/// logged as one practice record. `None`: no practice entry, a strength session is meant.
fn practice_entries(
    store: &Store,
    catalog: &Catalog,
    request: &Request,
    (date, shown_date): (chrono::NaiveDate, &str),
    now: DateTime<FixedOffset>,
    settings: &Settings,
    lang: crate::lang::Lang,
) -> Option<Result<String, CommandError>> {
    let Request {
        program, entries, ..
    } = request;
    let (practice, strength): (Vec<&String>, Vec<&String>) = entries
        .iter()
        .partition(|entry| log_practice::kind_of(entry).is_some());
    if practice.is_empty() {
        return None;
    }
    let pt = lang.texts().practice;
    if !strength.is_empty() {
        let join = |entries: &[&String]| {
            entries
                .iter()
                .map(|e| e.as_str())
                .collect::<Vec<_>>()
                .join(" ")
        };
        return Some(Err(CommandError::Usage((pt.log.log_mixed)(
            &join(&strength),
            &join(&practice),
        ))));
    }
    if let Some(program) = program {
        return Some(Err(CommandError::Usage((pt.log.log_program)(
            program.as_str(),
        ))));
    }
    Some(log_practice_record(
        store,
        catalog,
        entries,
        (date, shown_date),
        now,
        settings,
        lang,
    ))
}

/// The first weight in `record` to ask about before it is logged (issue 24, design 5):
/// `None` when each is what that day's plan gave, or a raise paced as `weight` paces it.
fn weight_to_ask(
    catalog: &Catalog,
    before: &crate::history::History,
    settings: &Settings,
    record: &SessionRecord,
    request: &Request,
    lang: crate::lang::Lang,
) -> Option<CommandError> {
    // A weight above what that day's plan gave is a raise the user chose: paced like
    // `weight` (issue 24, design 5).
    let asked = super::log_weight::first_to_ask(catalog, before, settings, record)?;
    let name = catalog
        .get(&asked.exercise)
        .map_or(asked.exercise.as_str(), |e| e.text(lang).name.as_str());
    Some(CommandError::Usage(crate::i18n::commands::weight_ask(
        name,
        asked.kg,
        asked.why,
        &super::hint::log_yes(request),
        settings.units,
        lang,
    )))
}

/// An exercise the profile leaves out is never recorded as done: the coach would then
/// count it, and the user may not have been meant to do it.
fn refuse_left_out(
    catalog: &Catalog,
    exercises: &[crate::history::ExerciseRecord],
    settings: &Settings,
    lang: crate::lang::Lang,
) -> Result<(), CommandError> {
    for entry in exercises {
        if let Some(exercise) = catalog.get(&entry.id)
            && let Some(reason) = exclusion(exercise, settings)
        {
            return Err(CommandError::Usage(refusal(exercise, reason, lang)));
        }
    }
    Ok(())
}

/// Checks every entry, then appends one session dated `date`, or, when every entry is
/// balance or posture practice, one practice record (never a strength session). Strength
/// and practice in one `log` are refused. Nothing is written unless every part is valid.
///
/// # Errors
/// [`CommandError::Usage`] quoting the bad part; [`CommandError::Store`] when the history
/// cannot be read or written, or another botsterk holds it longer than
/// [`super::LOCK_WAIT`].
pub fn run(
    store: &Store,
    catalog: &Catalog,
    request: &Request,
    now: DateTime<FixedOffset>,
    settings: &Settings,
    lang: crate::lang::Lang,
) -> Result<String, CommandError> {
    let Request {
        date: typed_date,
        program,
        entries,
        again,
        yes,
        data_dir: _,
    } = request;
    let (today, offset) = (now.date_naive(), *now.offset());
    let t = crate::i18n::commands::texts(lang);
    let date = match typed_date {
        None => today,
        Some(typed) => parse_day(typed, today).map_err(|e| {
            CommandError::Usage(crate::i18n::commands::day_error(typed, e, today, lang))
        })?,
    };
    // The day as said back: "today (30 November 2026)", or as typed.
    let shown_date = if typed_date.is_none() {
        (t.today_default)(&date)
    } else {
        date.to_string()
    };
    if super::test_day::any_test(entries) {
        if program.is_some() {
            let t = crate::i18n::function_test::texts(lang);
            return Err(CommandError::Usage(t.with_program.to_owned()));
        }
        let hint = (!again).then(|| super::hint::log_again(request));
        return super::test_day::log(store, entries, (date, &shown_date), hint.as_deref(), lang);
    }
    if let Some(logged) = practice_entries(
        store,
        catalog,
        request,
        (date, &shown_date),
        now,
        settings,
        lang,
    ) {
        return logged;
    }
    let exercises = entries
        .iter()
        .map(|entry| parse_entry(entry, catalog, settings.units))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| CommandError::Usage(crate::i18n::commands::entry_error(&e, lang)))?;
    refuse_left_out(catalog, &exercises, settings, lang)?;
    let program = session_program(catalog, &exercises, *program, lang)?;
    let at = noon(date, offset, lang)?;
    let count = exercises.len();
    let mut record = SessionRecord {
        date,
        started_at: at,
        ended_at: at,
        program,
        logged: true,
        exercises,
        ..Default::default()
    };
    let ids: Vec<String> = record.exercises.iter().map(|e| e.id.clone()).collect();
    let _lock = store.lock(super::LOCK_WAIT)?;
    let before = store.load_history()?;
    // The sets that day's plan for its program held: a logged session with fewer than
    // half of them is short like a live one (kept, counted in the dose, no rest day).
    record.planned_sets = Some(planned_sets(catalog, &before, settings, program, date));
    // Checked under the lock: the same paper log typed twice would count twice toward the
    // week, and the coach would progress from it twice.
    if !again && before.sessions.iter().any(|s| s.date == date) {
        return Err(CommandError::Usage((t.day_has_session)(
            &date,
            &super::hint::log_again(request),
        )));
    }
    if !yes && let Some(ask) = weight_to_ask(catalog, &before, settings, &record, request, lang) {
        return Err(ask);
    }
    as_planned(catalog, &before, settings, &mut record);
    let status = |h: &crate::history::History| {
        crate::coach::plan::day_plan(catalog, h, settings, program, today)
            .today
            .status
    };
    let was = status(&before);
    let history = store.append_session(record)?;
    let mut out = (t.logged)(
        &shown_date,
        lang.texts().program(program),
        // "1 exercise", "2 exercises": a real plural in both languages.
        &lang.texts().history.exercises_done(count, count),
        &store.history_path().display(),
    );
    let texts = lang.texts();
    // Yesterday's session logged today made today a rest day: said, never silent (issue
    // 24, design 7).
    if was == DayStatus::Train && status(&history) == DayStatus::Rest {
        out += "\n";
        out += texts.home.now_rest_day;
    }
    // Logged, but still on hold: only the pain check's answer brings it back.
    for hold in crate::coach::pain::holds(&history, ids.iter().map(String::as_str)) {
        let name = catalog
            .get(&hold.exercise)
            .map_or(hold.exercise.as_str(), |e| e.text(lang).name.as_str());
        out += "\n";
        out += &(texts.pain.log_on_hold)(&texts.date(hold.since), name);
    }
    Ok(out)
}

/// What was planned is recorded (issue 24, design 3): each logged exercise records the target
/// the plan of its day gave it, not the least any set achieved, so the coach compares what
/// was done with what was asked (an eased target stays eased and is not read as "it was too
/// much"; more than asked progresses from what was asked). An entry without `@WEIGHT` takes
/// the plan's weight. An exercise the plan of that day does not hold (on hold for pain, not
/// in the program) keeps what its entry says.
pub fn as_planned(
    catalog: &Catalog,
    history: &crate::history::History,
    settings: &Settings,
    record: &mut SessionRecord,
) {
    let plan =
        crate::coach::plan::day_plan(catalog, history, settings, record.program, record.date);
    for done in &mut record.exercises {
        if let Some(planned) = plan.session.exercises.iter().find(|p| p.id == done.id) {
            done.target = planned.target;
            if done.weight_kg.is_none() {
                done.weight_kg = planned.weight_kg;
            }
        }
    }
}

/// The sets of the exercises the coach planned for `date` in `program` (warm-up and
/// practice items aside), from the history as it was before this log.
fn planned_sets(
    catalog: &Catalog,
    history: &crate::history::History,
    settings: &Settings,
    program: Program,
    date: chrono::NaiveDate,
) -> u32 {
    crate::coach::plan::day_plan(catalog, history, settings, program, date)
        .session
        .exercises
        .iter()
        .filter(|e| e.kind == crate::coach::plan::items::ItemKind::Exercise)
        .map(|e| e.sets)
        .sum()
}

/// Logs balance and posture practice done elsewhere as one practice record dated `date`
/// (`shown` as the output says it), its times noon of that day as for logged sessions.
/// Never a strength session: the day's sessions are not looked at.
fn log_practice_record(
    store: &Store,
    catalog: &Catalog,
    entries: &[String],
    (date, shown): (chrono::NaiveDate, &str),
    now: DateTime<FixedOffset>,
    settings: &Settings,
    lang: crate::lang::Lang,
) -> Result<String, CommandError> {
    let routines = catalog.routines();
    let pt = lang.texts().practice;
    let at = noon(date, *now.offset(), lang)?;
    let mut record = PracticeRecord {
        date,
        started_at: at,
        ended_at: at,
        logged: true,
        balance: Vec::new(),
        posture: Vec::new(),
        ..Default::default()
    };
    for entry in entries {
        match log_practice::parse_practice(entry, routines) {
            Ok(PracticeEntry::Balance(holds)) => record.balance.extend(holds),
            Ok(PracticeEntry::Posture(done)) => record.posture.push(done),
            Err(e) => {
                return Err(CommandError::Usage(log_practice::practice_error(
                    &e, routines, lang,
                )));
            }
        }
    }
    let (holds, moves) = (record.balance.len(), record.posture.len());
    let _lock = store.lock(super::LOCK_WAIT)?;
    let history = store.update(|history| {
        history.practice.push(record);
        history.practice.sort_by_key(|p| p.started_at);
    })?;
    let today = now.date_naive();
    let days = crate::coach::practice::practice_days(&history, today);
    Ok(format!(
        "{}\n{}",
        (pt.log.log_saved)(
            shown,
            holds,
            moves,
            &store.history_path().display().to_string()
        ),
        (pt.week_sentence)(days, settings.practice_days)
    ))
}

/// Noon of `date` in `offset`: a logged record has no clock times, and noon keeps it on its
/// calendar day in any zone.
fn noon(
    date: chrono::NaiveDate,
    offset: FixedOffset,
    lang: crate::lang::Lang,
) -> Result<DateTime<FixedOffset>, CommandError> {
    let noon = date.and_time(NaiveTime::from_hms_opt(12, 0, 0).unwrap_or_default());
    offset
        .from_local_datetime(&noon)
        .single()
        .ok_or_else(|| CommandError::Usage((crate::i18n::commands::texts(lang).bad_date)(&date)))
}

/// The program of a logged session: the one its exercises belong to. A mix, or a
/// `--program` the exercises contradict, is refused: the coach plans the next session of
/// the program the last one was, and would otherwise plan exercises not trained.
fn session_program(
    catalog: &Catalog,
    exercises: &[crate::history::ExerciseRecord],
    flag: Option<Program>,
    lang: crate::lang::Lang,
) -> Result<Program, CommandError> {
    let t = crate::i18n::commands::texts(lang);
    let program_of = |id: &str| catalog.get(id).map_or(Program::Beginner, |e| e.program);
    let ids_of = |program: Program| {
        exercises
            .iter()
            .filter(|e| program_of(&e.id) == program)
            .map(|e| e.id.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let names = lang.texts();
    let beginner = ids_of(Program::Beginner);
    let advanced = ids_of(Program::Advanced);
    if !beginner.is_empty() && !advanced.is_empty() {
        return Err(CommandError::Usage((t.mixed_programs)(
            &beginner,
            names.program(Program::Beginner),
            &advanced,
            names.program(Program::Advanced),
        )));
    }
    let program = if beginner.is_empty() {
        Program::Advanced
    } else {
        Program::Beginner
    };
    match flag {
        Some(flag) if flag != program => Err(CommandError::Usage((t.program_contradicted)(
            flag.as_str(),
            names.program(program),
            &ids_of(program),
        ))),
        _ => Ok(program),
    }
}

/// Why `log` refuses an exercise the profile leaves out, and the flag that changes it.
fn refusal(
    exercise: &crate::catalog::Exercise,
    reason: ExcludeReason,
    lang: crate::lang::Lang,
) -> String {
    let t = lang.texts();
    let (why, flag) = match reason {
        ExcludeReason::LeftOut => (
            t.pain.log_why_left_out,
            format!("botsterk profile --include {}", exercise.id),
        ),
        ExcludeReason::ImpactWithOsteoporosis | ExcludeReason::PainReported => (
            t.pain.log_why_impact,
            "botsterk profile --cleared-for-impact yes".to_owned(),
        ),
    };
    (t.pain.log_refused)(why, &exercise.text(lang).name, &flag)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::history::Effort;
    use crate::history::build::{d, exercise, history, reps, session};
    use proptest::prelude::*;

    proptest! {
        /// Following the plan in `log` is never read as "too much" (issue 24, design 3):
        /// an exercise at any planned target, eased below its range or not, logged with
        /// every set at that target and "just right", records that target, and the next
        /// plan asks at least as much.
        #[test]
        fn a_logged_session_that_followed_the_plan_never_eases_it(target in 5u32..=15) {
            let catalog = Catalog::builtin();
            let settings = Settings::default();
            let mut planned = exercise("chair-squat", None, reps(&[target, target]));
            planned.target = target;
            let mut h = history(vec![session(d(2026, 11, 2), Program::Beginner, vec![planned])]);
            let asked = crate::coach::plan::day_plan(
                &catalog, &h, &settings, Program::Beginner, d(2026, 11, 4),
            );
            let asked = asked.session.exercises.iter().find(|e| e.id == "chair-squat").unwrap().target;
            let entry = format!("chair-squat:{asked},{asked}:right");
            let done = crate::typed_entry::parse_entry(&entry, &catalog, settings.units).unwrap();
            let mut record = session(d(2026, 11, 4), Program::Beginner, vec![done]);
            record.logged = true;
            as_planned(&catalog, &h, &settings, &mut record);
            prop_assert_eq!(record.exercises[0].target, asked);
            prop_assert_eq!(record.exercises[0].effort, Some(Effort::JustRight));
            h.sessions.push(record);
            let next = crate::coach::plan::day_plan(
                &catalog, &h, &settings, Program::Beginner, d(2026, 11, 12),
            );
            let next = next.session.exercises.iter().find(|e| e.id == "chair-squat").unwrap().target;
            prop_assert!(next >= asked, "asked {asked}, then {next}");
        }
    }
}
