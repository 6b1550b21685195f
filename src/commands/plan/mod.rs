//! `botsterk plan [--json]`: today's plan from the history, in words or as JSON.

use chrono::NaiveDate;
use serde::Serialize;

use crate::card::Measure;
use crate::catalog::{Catalog, Program};
use crate::coach::plan::{DayPlan, day_plan, next_program};
use crate::coach::practice::PracticePlan;
use crate::coach::progression::{Note, Prompt, PromptKind, PromptReason};
use crate::coach::rest::DayStatus;
use crate::coach::safety::{Caution, ExcludeReason};
use crate::coach::week::WeekWarning;
use crate::history::History;
use crate::lang::Lang;
use crate::profile::Settings;

mod practice;
pub use practice::{BalanceJson, PostureJson, PracticeJson, practice};
use practice::{practice_json, practice_text};

/// The JSON form; its field names are a contract with scripts.
#[derive(Debug, Serialize)]
pub struct PlanJson {
    pub date: NaiveDate,
    /// "train" or "rest" (a day already trained is a rest day too; see `trained_today`).
    pub status: &'static str,
    pub trained_today: bool,
    pub next_training_date: NaiveDate,
    pub reason: String,
    pub week: WeekJson,
    pub program: Program,
    pub rest_seconds: u32,
    pub exercises: Vec<ExerciseJson>,
    pub prompts: Vec<PromptJson>,
    /// Sessions dated after today: left out of every rule (a wrong clock?).
    pub ignored_future_sessions: Vec<NaiveDate>,
    /// Exercises of the program left out for safety (from the profile), and why.
    pub excluded: Vec<ExcludedJson>,
    /// What the plan says about an exercise held back or made easier: `code` is
    /// `too_big_step`, `easier`, `welcome_back` or `paced`.
    pub notes: Vec<NoteJson>,
    /// Balance and posture practice: never a strength session, so nothing above reads it.
    pub practice: PracticeJson,
    /// The test day (issue 30): `{due, last, kinds}`; set by the command from the history.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub test_day: Option<crate::coach::function_test::TestDay>,
    /// The day of the first fall that holds strength progression back (an injury, or not
    /// up alone, and not said all right since): nothing is made harder. Absent otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after_fall: Option<NaiveDate>,
}

#[derive(Debug, Serialize)]
pub struct NoteJson {
    pub exercise: String,
    pub code: &'static str,
    pub text: String,
}

#[derive(Debug, Serialize)]
pub struct ExcludedJson {
    pub id: String,
    /// Why, in the chosen language.
    pub reason: String,
    pub reason_code: ExcludeReason,
    /// Pain holds: the day of the first pain report not yet answered.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub since: Option<NaiveDate>,
}

#[derive(Debug, Serialize)]
pub struct WeekJson {
    pub week: String,
    pub start: NaiveDate,
    pub sessions: u32,
    pub target: u32,
    pub minimum: u32,
    pub warning: Option<WeekWarning>,
    /// Short sessions this week (fewer than half their sets): not in `sessions`.
    pub short_sessions: u32,
}

#[derive(Debug, Serialize)]
pub struct ExerciseJson {
    pub id: String,
    pub sets: u32,
    /// Reps per set (stomps: per foot); null for holds.
    pub reps: Option<u32>,
    /// Seconds per hold (the plank) or per rep at the top (heel raises); null otherwise.
    pub hold_seconds: Option<u32>,
    pub weight_kg: Option<f64>,
    /// True when `reps` counts each foot (stomping).
    pub per_foot: bool,
    /// The safer form for weaker bones, when it applies to this user; null otherwise.
    pub caution: Option<String>,
    /// Why the target and weight are what they are: stable codes (`progressed`,
    /// `held_pace`, `eased_too_hard`, `after_pain_check`, `after_break`, `first_weight`,
    /// `chosen_by_you`, `capped_safety`, ...) with a text in the chosen language.
    pub why: Vec<WhyJson>,
}

#[derive(Debug, Serialize)]
pub struct WhyJson {
    pub code: crate::coach::why::Why,
    pub text: &'static str,
}

#[derive(Debug, Serialize)]
pub struct PromptJson {
    pub exercise: String,
    pub kind: PromptKind,
    pub from_kg: Option<f64>,
    pub to_kg: Option<f64>,
    pub question: String,
    pub reason: String,
    pub reason_code: PromptReason,
    /// Pain checks: the day of the first pain report not yet answered.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub since: Option<NaiveDate>,
}

/// The coach's plan for `today` with the user's settings (from the profile).
#[must_use]
pub fn compute(
    catalog: &Catalog,
    history: &History,
    settings: &Settings,
    today: NaiveDate,
) -> DayPlan {
    day_plan(
        catalog,
        history,
        settings,
        next_program(history, settings, today),
        today,
    )
}

/// The plan as JSON.
#[must_use]
pub fn to_json(
    catalog: &Catalog,
    plan: &DayPlan,
    practice: &PracticePlan,
    lang: Lang,
    units: crate::units::Units,
) -> PlanJson {
    let t = lang.texts();
    let status = match plan.today.status {
        DayStatus::Train => "train",
        DayStatus::Rest | DayStatus::DoneToday => "rest",
    };
    let exercises = plan
        .session
        .exercises
        .iter()
        .map(|e| ExerciseJson {
            id: e.id.clone(),
            sets: e.sets,
            reps: (e.measure != Measure::Hold).then_some(e.target),
            hold_seconds: match e.measure {
                Measure::Hold => Some(e.target),
                _ => e.rep_hold_seconds,
            },
            weight_kg: e.weight_kg,
            per_foot: e.measure == Measure::Stomps,
            caution: caution(catalog, e, lang),
            why: e
                .why
                .iter()
                .map(|w| WhyJson {
                    code: *w,
                    text: (t.notes.why)(*w),
                })
                .collect(),
        })
        .collect();
    PlanJson {
        date: plan.today.date,
        status,
        trained_today: plan.today.status == DayStatus::DoneToday,
        next_training_date: plan.today.next_training,
        reason: reason(plan, lang),
        week: WeekJson {
            week: plan.week.week_label.clone(),
            start: plan.week.start,
            sessions: plan.week.sessions,
            target: plan.week.target,
            minimum: crate::profile::WEEKLY_MINIMUM,
            warning: plan.week.warning,
            short_sessions: plan.short_this_week,
        },
        program: plan.session.program,
        rest_seconds: plan.session.rest_seconds,
        exercises,
        prompts: plan
            .prompts
            .iter()
            .map(|p| {
                let (question, reason) = t.prompt(p, &exercise_name(catalog, p, lang), units);
                PromptJson {
                    exercise: p.exercise.clone(),
                    kind: p.kind,
                    from_kg: p.from_kg,
                    to_kg: p.to_kg,
                    question,
                    reason: reason.to_owned(),
                    reason_code: p.reason,
                    since: p.since,
                }
            })
            .collect(),
        ignored_future_sessions: plan.today.future_sessions.clone(),
        excluded: plan
            .excluded
            .iter()
            .map(|x| ExcludedJson {
                id: x.id.clone(),
                reason: match x.reason {
                    ExcludeReason::ImpactWithOsteoporosis => {
                        t.setup.excluded_json_impact.to_owned()
                    }
                    ExcludeReason::PainReported => {
                        (t.pain.excluded_pain_json)(&x.since.map(|d| t.date(d)).unwrap_or_default())
                    }
                    ExcludeReason::LeftOut => t.pain.excluded_left_out_json.to_owned(),
                },
                reason_code: x.reason,
                since: x.since,
            })
            .collect(),
        notes: plan
            .notes
            .iter()
            .map(|(id, note)| NoteJson {
                exercise: id.clone(),
                code: note_code(note),
                text: t.note(note, &name(catalog, id, lang), units, is_hold(catalog, id)),
            })
            .collect(),
        practice: practice_json(practice),
        test_day: None,
        after_fall: None,
    }
}

/// The exercise's bone caution in `lang`, when it applies to this user.
fn caution(
    catalog: &Catalog,
    e: &crate::coach::plan::items::PlannedExercise,
    lang: Lang,
) -> Option<String> {
    e.caution?
        .text(catalog.get(&e.id)?.text(lang))
        .map(str::to_owned)
}

/// The contract's code of a note.
fn note_code(note: &Note) -> &'static str {
    match note {
        Note::TooBigStep { .. } => "too_big_step",
        Note::Easier { .. } => "easier",
        Note::WelcomeBack { .. } => "welcome_back",
        Note::Paced { .. } => "paced",
    }
}

/// Whether the exercise's target is seconds held.
fn is_hold(catalog: &Catalog, id: &str) -> bool {
    catalog.get(id).is_some_and(|e| e.measure == Measure::Hold)
}

fn name(catalog: &Catalog, id: &str, lang: Lang) -> String {
    catalog
        .name_of(id, lang)
        .map_or_else(|| id.to_owned(), str::to_owned)
}

fn exercise_name(catalog: &Catalog, prompt: &Prompt, lang: Lang) -> String {
    name(catalog, &prompt.exercise, lang)
}

/// Why today is what it is, in a sentence or two.
fn reason(plan: &DayPlan, lang: Lang) -> String {
    let t = lang.texts();
    let next = (t.home.home_next_training)(&t.day(plan.today.next_training, plan.today.date));
    match plan.today.status {
        // Trained yesterday and still a training day: yesterday's session was short.
        DayStatus::Train if plan.today.last_session == plan.today.date.pred_opt() => {
            t.pain.short_yesterday.to_owned()
        }
        DayStatus::Train => t.home.plan_train_reason.to_owned(),
        DayStatus::Rest => format!("{} {next}.", t.home.home_rest_why),
        DayStatus::DoneToday => format!("{} {next}.", t.home.home_done_why),
    }
}

/// The plan in words, for a person at a shell.
#[must_use]
pub fn to_text(
    catalog: &Catalog,
    plan: &DayPlan,
    practice: &PracticePlan,
    lang: Lang,
    units: crate::units::Units,
) -> String {
    let t = lang.texts();
    let today = plan.today.date;
    let status = match plan.today.status {
        DayStatus::Train => t.home.plan_training_day,
        DayStatus::Rest => t.home.home_rest_day,
        DayStatus::DoneToday => t.home.home_done_today,
    };
    let program = (t.home.home_program)(t.program(plan.session.program));
    let mut out = format!(
        "{}: {status} ({program})\n{}\n",
        t.date(today),
        reason(plan, lang)
    );
    out += &(t.home.home_week)(
        &t.week_name(&plan.week.week_label),
        &plan.week.sessions,
        &plan.week.target,
    );
    // What home says under the week, said here too (issue 19).
    if let Some(warning) = plan.week.warning {
        out += &format!("\n! {}", t.week_warning(warning, today));
    }
    if plan.short_this_week > 0 {
        out += "\n";
        out += &(t.pain.short_this_week)(&plan.short_this_week);
    }
    let future = plan.today.future_sessions.len();
    if future > 0 {
        out += &format!("\n! {}", t.future_sessions(future));
    }
    out.push_str("\n\n");
    for e in &plan.session.exercises {
        let name = catalog
            .get(&e.id)
            .map_or(e.id.as_str(), |x| x.text(lang).name.as_str());
        out += &format!(
            "  {name:<26}{}\n",
            crate::i18n::format::target_text(t, e, units)
        );
        // Beside a changed number: why.
        if !e.why.is_empty() && e.why != [crate::coach::why::Why::AsBefore] {
            let why: Vec<&str> = e.why.iter().map(|w| (t.notes.why)(*w)).collect();
            out += &format!("    ({})\n", why.join("; "));
        }
        if e.after_pain {
            out += &format!("    ! {}\n", t.pain.back_after_pain);
        }
        if let Some(caution) = caution(catalog, e, lang) {
            if e.caution == Some(Caution::WeakerBones) {
                out += &format!("    ! {}: {caution}\n", t.setup.caution_title);
            } else {
                out += &format!("    ! {caution}\n");
            }
        }
    }
    for (id, note) in &plan.notes {
        out += &format!(
            "  * {}\n",
            t.note(note, &name(catalog, id, lang), units, is_hold(catalog, id))
        );
    }
    for x in &plan.excluded {
        // A practice item on hold for pain is named as the practice names it.
        let name = catalog.name_of(&x.id, lang).unwrap_or(x.id.as_str());
        out += &format!("  {}\n", t.excluded(x, name));
    }
    if !plan.prompts.is_empty() {
        out += &format!("\n{}:\n", t.home.plan_questions);
        for p in &plan.prompts {
            let (question, why) = t.prompt(p, &exercise_name(catalog, p, lang), units);
            out += &format!("  {question}\n    ({why})\n");
            if let (
                PromptKind::IncreaseWeight | PromptKind::DecreaseWeight | PromptKind::ChooseWeight,
                Some(to),
            ) = (p.kind, p.to_kg)
            {
                let command =
                    (t.home.plan_weight_command)(&p.exercise, &crate::units::typed(to, units));
                out += &format!("    {}\n", (t.home.plan_answer_with)(&command));
            }
            if p.kind == PromptKind::PainCheck {
                let command = (t.home.plan_pain_command)(&p.exercise);
                out += &format!("    {}\n", (t.home.plan_answer_with)(&command));
            }
        }
    }
    // Practice last: it is safe on any day, and never part of the strength session.
    out += "\n";
    out += &practice_text(catalog, practice, lang);
    out.trim_end().to_owned()
}

#[cfg(test)]
mod text_tests {
    use super::*;
    use crate::history::History;
    use chrono::TimeZone;

    /// Saturday, with one session on Monday: the minimum of 2 needs today or tomorrow.
    #[test]
    fn the_text_plan_gives_the_weeks_warning_as_home_does() {
        let catalog = Catalog::builtin();
        let monday = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
        let saturday = NaiveDate::from_ymd_opt(2026, 12, 5).unwrap();
        let mut history = History::default();
        let at = chrono::FixedOffset::east_opt(0)
            .unwrap()
            .from_local_datetime(&monday.and_hms_opt(12, 0, 0).unwrap())
            .unwrap();
        history.sessions.push(crate::history::SessionRecord {
            date: monday,
            started_at: at,
            ended_at: at,
            program: crate::catalog::Program::Beginner,
            ended_early: false,
            logged: true,
            planned_sets: None,
            exercises: vec![
                crate::typed_entry::parse_entry(
                    "chair-squat:10,10",
                    &catalog,
                    crate::units::Units::Kg,
                )
                .unwrap(),
            ],
            ..Default::default()
        });
        let plan = compute(&catalog, &history, &Settings::default(), saturday);
        let practice = practice(&catalog, &history, &Settings::default(), saturday);
        let warning = plan.week.warning.expect("a warning on Saturday");
        for lang in [Lang::En, Lang::Nl] {
            let text = to_text(&catalog, &plan, &practice, lang, crate::units::Units::Kg);
            let said = lang.texts().week_warning(warning, saturday);
            assert!(text.contains(&format!("! {said}")), "{text}");
        }
    }
}
