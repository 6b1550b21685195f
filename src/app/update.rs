//! The dispatch: one message applied to the model, the effects it asks for returned.

use crate::catalog::Program;
use crate::coach::practice::session::practice_session;
use crate::coach::practice::session::with_warm_up;
use crate::coach::session::Session;

use super::home::{pain_step, unfinished_step, weight_step};
use super::session::session_step;
use super::{
    Effect, HistoryState, Model, Msg, Notice, Now, Screen, SettingsState, history_state, setup,
};

/// Applies one message to the model and says what the shell must do.
#[allow(clippy::too_many_lines)] // issue 25 item 9: still to be split
pub fn update(model: &mut Model, msg: Msg, now: Now) -> Vec<Effect> {
    let mut effects = Vec::new();
    // Past midnight the home screen must speak of the new day.
    if model.day.today.date != now.today() {
        let history = std::mem::take(&mut model.history);
        model.set_history(history, now.today());
    }
    super::checks::note_offer(model, now.today(), &mut effects);
    match msg {
        // The first session of a month asks about falls first (issue 30).
        Msg::StartSession
            if model.screen == Screen::Home
                && model.day.may_start()
                && model.unfinished.is_none()
                && !model.read_only
                && super::checks::falls_question(model, now.today()).is_some() =>
        {
            if let Some(since) = super::checks::falls_question(model, now.today()) {
                super::checks::ask_falls_question(model, now, since);
            }
        }
        Msg::StartSession
            if model.screen == Screen::Home
                && model.day.may_start()
                && model.unfinished.is_none()
                && !model.read_only =>
        {
            model.notice = None;
            let mut plan = model.day.session.clone();
            if model.warm_up() {
                plan = with_warm_up(model.catalog.routines(), plan);
            }
            model.screen = Screen::Session {
                session: Box::new(
                    Session::new(plan, now.local, now.instant)
                        .with_get_ready(model.get_ready())
                        .with_paced(model.tempos()),
                ),
                save_error: None,
                journal_error: None,
            };
        }
        // Practice is safe on any day, rest days included: it loads no bone.
        // Not when every item is on hold for pain or left out: nothing to practise.
        Msg::StartPractice
            if model.screen == Screen::Home
                && model.unfinished.is_none()
                && model.weight_entry.is_none()
                && !model.read_only
                && model.practice.has_items() =>
        {
            model.notice = None;
            let plan = practice_session(model.catalog.routines(), &model.practice);
            model.after_save = Notice::PracticeSaved;
            model.screen = Screen::Session {
                session: Box::new(
                    Session::new(plan, now.local, now.instant)
                        .with_get_ready(model.get_ready())
                        .with_paced(model.tempos()),
                ),
                save_error: None,
                journal_error: None,
            };
        }
        Msg::Unfinished(key) if model.screen == Screen::Home => {
            unfinished_step(model, key, now, &mut effects);
        }
        Msg::VoiceFailed(reason) => {
            // Tried from the settings: said there, beside the row.
            if let Screen::Settings(state) = &mut model.screen
                && matches!(
                    state.tried,
                    Some(crate::app::settings_state::Tried::Voice(_))
                )
            {
                state.tried = Some(crate::app::settings_state::Tried::Failed(reason.clone()));
            }
            model.voice_failed = Some(reason);
        }
        Msg::JournalFailed(reason) => {
            if let Screen::Session { journal_error, .. } = &mut model.screen {
                // The first failure's time stays: every set since then is unsaved.
                let since = journal_error
                    .as_ref()
                    .map_or_else(|| now.local.time(), |trouble| trouble.since);
                *journal_error = Some(crate::app::JournalTrouble { since, reason });
            }
        }
        Msg::JournalSaved => {
            if let Screen::Session { journal_error, .. } = &mut model.screen {
                *journal_error = None;
            }
        }
        // To the advanced program with weaker bones: asked first, naming the cautions.
        Msg::SwitchProgram
            if model.screen == Screen::Home
                && model.program == Program::Beginner
                && crate::coach::safety::weaker_bones(model.settings.bone_status) =>
        {
            model.advance_asked = true;
        }
        Msg::ConfirmAdvance(yes) => {
            model.advance_asked = false;
            if yes && model.screen == Screen::Home {
                model.program = Program::Advanced;
                model.refresh(now.today());
            }
        }
        Msg::SwitchProgram if model.screen == Screen::Home => {
            model.program = match model.program {
                Program::Beginner => Program::Advanced,
                Program::Advanced => Program::Beginner,
            };
            model.refresh(now.today());
        }
        // Set-up can be left too: nothing is saved until its last answer.
        // While a weight is typed, q asks first: the typed weight would be lost.
        Msg::Quit if model.screen == Screen::Home && model.weight_entry.is_some() => {
            model.quit_asked = true;
        }
        Msg::Quit if matches!(model.screen, Screen::Home | Screen::Setup(_)) => model.quit = true,
        Msg::CloseMonthReview => model.month_review = None,
        Msg::ConfirmQuit(yes) => {
            model.quit_asked = false;
            model.quit = yes;
        }
        Msg::AcceptWeight
        | Msg::DeclineWeight
        | Msg::EditWeight
        | Msg::WeightChar(_)
        | Msg::WeightBackspace
        | Msg::WeightConfirm
        | Msg::WeightCancel
        | Msg::ConfirmJump(_) => {
            weight_step(model, &msg, now, &mut effects);
        }
        Msg::WeightSaved(history) => {
            model.set_history(history, now.today());
            model.weight_entry = None;
            model.weight_error = None;
            model.weight_invalid = false;
            model.weight_jump = None;
        }
        Msg::WeightSaveFailed(reason) => model.weight_error = Some(reason),
        Msg::Session(input) => session_step(model, Some(input), now, &mut effects),
        Msg::Tick if matches!(model.screen, Screen::TestDay(_)) => {
            super::checks::test_day_step(model, None, now, &mut effects);
        }
        Msg::Tick => session_step(model, None, now, &mut effects),
        Msg::OpenTestDay
            if model.screen == Screen::Home
                && model.unfinished.is_none()
                && model.weight_entry.is_none()
                && !model.read_only =>
        {
            super::checks::open_test_day(model, now);
        }
        Msg::OpenFall
            if model.screen == Screen::Home
                && model.unfinished.is_none()
                && model.weight_entry.is_none()
                && !model.read_only =>
        {
            super::checks::open_fall(model, now);
        }
        Msg::TestDay(key) => super::checks::test_day_step(model, Some(key), now, &mut effects),
        Msg::Fall(key) => super::checks::fall_step(model, key, &mut effects),
        Msg::Saved(history) => {
            model.notice = Some(std::mem::replace(&mut model.after_save, Notice::Saved));
            model.set_history_said(history, now.today());
            model.screen = Screen::Home;
            model.unfinished = None;
        }
        Msg::OpenHistory if model.screen == Screen::Home && model.weight_entry.is_none() => {
            model.notice = None;
            model.by_week = Some(model.compute_by_week(now.today()));
            model.screen = Screen::History(HistoryState::default());
        }
        Msg::History(key) => history_step(model, key, now, &mut effects),
        Msg::Setup(key) => {
            if let Screen::Setup(state) = &mut model.screen {
                let asked = state.question();
                match state.handle(key) {
                    setup::Step::Done(profile) => effects.push(Effect::SaveProfile(*profile)),
                    // Set-up cannot be left with Esc: without answers the coach cannot
                    // know what is safe. `q` quits instead.
                    setup::Step::Leave | setup::Step::Stay => {}
                }
                // The language question shows its answer at once.
                if asked == crate::questions::Question::Language && key == setup::Key::Enter {
                    model.lang = state.draft.lang;
                }
            }
        }
        Msg::OpenSettings if model.screen == Screen::Home && model.profile.is_some() => {
            model.notice = None;
            model.screen = Screen::Settings(SettingsState {
                voice: model.voice.clone(),
                ..SettingsState::new()
            });
        }
        Msg::Settings(key) => {
            let voice_failed = model.voice_failed.clone();
            let lang = model.lang;
            if let (Screen::Settings(state), Some(profile)) = (&mut model.screen, &model.profile) {
                let (changed, left) = state.handle(key, profile);
                if let Some(mut changed) = changed {
                    // Weaker bones from today: noted, so heavier weights are asked about.
                    if changed.bone_status != profile.bone_status {
                        let status = changed.bone_status;
                        changed.bone_status = profile.bone_status;
                        changed.bones_weaker_on = profile.bones_weaker_on;
                        changed.set_bone_status(status, now.today());
                    }
                    effects.push(Effect::SaveProfile(changed));
                }
                if std::mem::take(&mut state.try_sound) {
                    effects.extend(crate::app::settings_state::try_sound(
                        state,
                        profile,
                        lang,
                        voice_failed,
                        now,
                    ));
                }
                if left {
                    model.screen = Screen::Home;
                }
            }
        }
        Msg::OpenHelp if model.screen == Screen::Home => {
            model.screen = Screen::Help { scroll: 0 };
        }
        Msg::CloseHelp if matches!(model.screen, Screen::Help { .. }) => {
            model.screen = Screen::Home;
        }
        Msg::ScrollHelp(down) => {
            if let Screen::Help { scroll } = &mut model.screen {
                // The view stops at the end; this only bounds how far ↑ must come back.
                *scroll = if down {
                    (*scroll + 1).min(24)
                } else {
                    scroll.saturating_sub(1)
                };
            }
        }
        Msg::ProfileSaved(profile) => {
            // A language chosen in set-up or settings wins over `--lang` from now on.
            let chose_language = matches!(&model.screen, Screen::Setup(_))
                || matches!(
                    &model.screen,
                    Screen::Settings(s)
                        if setup::SETTINGS.get(s.selected) == Some(&setup::Row::Question(crate::questions::Question::Language))
                );
            let keep_lang = model.lang_fixed && !chose_language;
            model.set_profile(profile, now.today(), keep_lang);
            match &mut model.screen {
                // "No" to the monthly falls question, now kept: the session starts.
                Screen::Fall(form) if form.start_after => {
                    model.screen = Screen::Home;
                    effects.extend(update(model, Msg::StartSession, now));
                }
                Screen::Setup(_) => model.screen = Screen::Home,
                Screen::Settings(state) => {
                    state.saved = true;
                    state.error = None;
                }
                _ => {}
            }
        }
        Msg::AnswerPain(_) | Msg::ConfirmPain(_) => pain_step(model, &msg, now, &mut effects),
        Msg::PainCheckSaved {
            answer,
            history,
            profile,
            unfinished,
        } => {
            // Left out for good: the store wrote the answer and the profile's list as one
            // change (`profile --include` undoes it).
            if let Some(profile) = profile {
                model.set_profile(profile, now.today(), model.lang_fixed);
            }
            model.set_history(history, now.today());
            model.pain_confirm = None;
            model.pain_error = None;
            model.notice = Some(Notice::PainAnswered {
                exercise: answer.exercise.clone(),
                answer: answer.answer,
                unfinished,
            });
        }
        Msg::PainCheckFailed(reason) => model.pain_error = Some(reason),
        Msg::ProfileSaveFailed(reason) => match &mut model.screen {
            Screen::Setup(state) => state.error = Some(reason),
            Screen::Settings(state) => state.error = Some(reason),
            Screen::Fall(form) => form.save_error = Some(reason),
            _ => {}
        },
        Msg::Corrected {
            correction,
            history,
            backup,
        } => {
            model.set_history_said(history, now.today());
            let Some(review) = &model.by_week else {
                return effects;
            };
            let data = history_state::Data {
                catalog: &model.catalog,
                history: &model.history,
                review,
                today: now.today(),
                units: model.settings.units,
            };
            if let Screen::History(state) = &mut model.screen {
                state.saved(&correction, backup, &data);
            }
        }
        Msg::Undone { history, backup } => {
            model.set_history(history, now.today());
            if let (Screen::History(state), Some(review)) = (&mut model.screen, &model.by_week) {
                let data = history_state::Data {
                    catalog: &model.catalog,
                    history: &model.history,
                    review,
                    today: now.today(),
                    units: model.settings.units,
                };
                state.undone(backup, &data);
            }
        }
        Msg::CorrectionFailed(reason) => {
            if let Screen::History(state) = &mut model.screen {
                state.outcome = Some(history_state::Outcome::Failed(reason));
            }
        }
        Msg::ReportWritten(result) => {
            if let Screen::History(state) = &mut model.screen {
                state.report = Some(result);
            }
        }
        Msg::WorkbookWritten(result) => {
            if let Screen::History(state) = &mut model.screen {
                state.workbook = Some(result);
            }
        }
        Msg::SaveFailed(reason) if matches!(model.screen, Screen::TestDay(_) | Screen::Fall(_)) => {
            super::checks::save_failed(model, reason);
        }
        Msg::SaveFailed(reason) => {
            if let Screen::Session { save_error, .. } = &mut model.screen {
                *save_error = Some(reason);
            } else if let Some(unfinished) = &mut model.unfinished {
                unfinished.error = Some(reason);
            }
        }
        _ => {}
    }
    effects
}

pub(super) fn history_step(
    model: &mut Model,
    key: history_state::Key,
    now: Now,
    effects: &mut Vec<Effect>,
) {
    let (Screen::History(state), Some(review)) = (&mut model.screen, &model.by_week) else {
        return;
    };
    if key == history_state::Key::Report {
        // The same page as `botsterk report`: its default period and file name.
        let html = crate::report::render(&crate::report::Request {
            catalog: &model.catalog,
            history: &model.history,
            profile: model.profile.as_ref(),
            today: now.today(),
            weeks: crate::report::DEFAULT_WEEKS,
            lang: model.lang,
            version: env!("CARGO_PKG_VERSION"),
            paper: crate::report::Paper::default(),
        });
        state.report = None;
        effects.push(Effect::WriteReport {
            file: crate::report::file_name(now.today()),
            html,
        });
        return;
    }
    // The path stays until the next key: read, then out of the way of the page.
    state.report = None;
    state.workbook = None;
    if key == history_state::Key::Workbook {
        // Every set, week and practice, as `botsterk history --xlsx` writes them.
        let practice_target = model
            .profile
            .as_ref()
            .map_or(crate::profile::DEFAULT_PRACTICE_DAYS, |p| {
                p.practice_target()
            });
        let file = crate::workbook::file_name(now.today());
        match crate::workbook::render(&crate::workbook::Request {
            catalog: &model.catalog,
            history: &model.history,
            today: now.today(),
            weeks: None,
            settings: &model.settings,
            practice_target,
            lang: model.lang,
        }) {
            Ok(bytes) => effects.push(Effect::WriteWorkbook { file, bytes }),
            Err(e) => state.workbook = Some(Err((file, e.to_string()))),
        }
        return;
    }
    let data = history_state::Data {
        catalog: &model.catalog,
        history: &model.history,
        review,
        today: now.today(),
        units: model.settings.units,
    };
    let (correction, left) = state.handle(key, &data);
    if let Some(correction) = correction {
        effects.push(Effect::SaveCorrection(correction));
    }
    if let Some(backup) = state.take_undo() {
        effects.push(Effect::UndoTo(backup));
    }
    if left {
        model.screen = Screen::Home;
        model.by_week = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::fixtures::model;
    use crate::catalog::Program;
    use crate::clock::{Clock, FakeClock};

    use crate::coach::session::{Input, Phase, Session};
    use crate::history::History;

    use std::time::Duration;

    #[test]
    fn a_saved_session_returns_home_with_the_new_history() {
        let clock = FakeClock::new();
        let mut m = model();
        update(&mut m, Msg::StartSession, Now::from_clock(&clock));
        // Both sets of two exercises, then the rest skipped: half the planned sets, so not
        // a short session.
        for _ in 0..2 {
            for input in [
                Input::Begin,
                Input::Count,
                Input::FinishSet,
                Input::SkipRest,
                Input::Count,
                Input::FinishSet,
                Input::Answer(crate::history::Effort::JustRight),
            ] {
                update(&mut m, Msg::Session(input), Now::from_clock(&clock));
            }
        }
        // `s` twice on a card skips it.
        for _ in 0..4 {
            update(
                &mut m,
                Msg::Session(Input::SkipExercise),
                Now::from_clock(&clock),
            );
        }
        assert_eq!(m.session().map(Session::phase), Some(&Phase::Summary));
        clock.advance(Duration::from_secs(60));
        let effects = update(&mut m, Msg::Session(Input::Save), Now::from_clock(&clock));
        let [Effect::SaveSession(record)] = effects.as_slice() else {
            panic!("one save effect, got {effects:?}")
        };
        assert_eq!(record.ended_at, clock.local_now());
        // A failed save keeps the session on screen with the reason.
        update(
            &mut m,
            Msg::SaveFailed("disk full".into()),
            Now::from_clock(&clock),
        );
        let Screen::Session { save_error, .. } = &m.screen else {
            panic!("still in session")
        };
        assert_eq!(save_error.as_deref(), Some("disk full"));
        let mut history = History::default();
        history.sessions.push(record.clone());
        update(&mut m, Msg::Saved(history), Now::from_clock(&clock));
        assert_eq!(m.screen, Screen::Home);
        assert_eq!(m.history.sessions.len(), 1);
        assert_eq!(m.notice, Some(Notice::Saved));
        // Trained today: no second session until the day after tomorrow.
        assert!(!m.day.may_train());
        update(&mut m, Msg::StartSession, Now::from_clock(&clock));
        assert_eq!(m.screen, Screen::Home);
        clock.advance(Duration::from_secs(24 * 3600));
        update(&mut m, Msg::StartSession, Now::from_clock(&clock));
        assert_eq!(m.screen, Screen::Home, "the day after is a rest day");
        clock.advance(Duration::from_secs(24 * 3600));
        update(&mut m, Msg::StartSession, Now::from_clock(&clock));
        assert!(m.session().is_some(), "two days later training is on again");
    }

    /// Issue 24, design 7: a session saved for yesterday (an unfinished one saved as it
    /// was) that makes today a rest day says so on home.
    #[test]
    fn a_session_saved_for_yesterday_says_today_is_now_a_rest_day() {
        let clock = FakeClock::new();
        let now = Now::from_clock(&clock);
        let mut m = model();
        assert!(m.day.may_train());
        let mut history = m.history.clone();
        let yesterday = now.today().pred_opt().unwrap();
        history
            .sessions
            .push(crate::history::build::beginner(yesterday));
        update(&mut m, Msg::Saved(history.clone()), now);
        assert_eq!(m.notice, Some(Notice::NowRestDay));
        assert!(!m.day.may_train());
        // Saved today (a live session): no such notice.
        let mut m = model();
        let mut today = m.history.clone();
        today
            .sessions
            .push(crate::history::build::beginner(now.today()));
        update(&mut m, Msg::Saved(today), now);
        assert_eq!(m.notice, Some(Notice::Saved));
    }

    #[test]
    fn tab_switches_the_program_only_on_home() {
        let clock = FakeClock::new();
        let mut m = model();
        update(&mut m, Msg::SwitchProgram, Now::from_clock(&clock));
        assert_eq!(m.program, Program::Advanced);
        update(&mut m, Msg::StartSession, Now::from_clock(&clock));
        update(&mut m, Msg::SwitchProgram, Now::from_clock(&clock));
        assert_eq!(m.session().unwrap().program(), Program::Advanced);
    }

    #[test]
    fn q_leaves_the_first_start_questions_without_saving() {
        let clock = FakeClock::new();
        let mut m = model();
        m.start_setup();
        let effects = update(&mut m, Msg::Quit, Now::from_clock(&clock));
        assert!(m.quit);
        assert!(effects.is_empty(), "nothing saved");
    }
}
