//! What the shell reports back after carrying out an effect: the history as now on disk,
//! or why a save failed, said on the screen that asked for it.

use super::messages::{Done, HomeMsg};
use super::{HomeMode, Model, Notice, Now, Screen, history_state, setup};

/// Applies one report of the shell.
pub(super) fn update(model: &mut Model, done: Done, now: Now) -> Option<super::Msg> {
    match done {
        Done::Saved(history) => {
            model.notice = Some(std::mem::replace(&mut model.after_save, Notice::Saved));
            model.set_history_said(history, now.today());
            model.screen = Screen::Home;
            super::home::session_saved(model);
        }
        Done::SaveFailed(reason) => save_failed(model, reason),
        Done::WeightSaved(history) => {
            model.set_history(history, now.today());
            super::home::weight_saved(model);
        }
        Done::WeightSaveFailed(reason) => model.home.weight_error = Some(reason),
        Done::PainCheckSaved {
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
            super::home::pain_saved(model);
            model.notice = Some(Notice::PainAnswered {
                exercise: answer.exercise.clone(),
                answer: answer.answer,
                unfinished,
            });
        }
        Done::PainCheckFailed(reason) => model.home.pain_error = Some(reason),
        Done::Corrected {
            correction,
            history,
            backup,
        } => {
            model.set_history_said(history, now.today());
            on_history_screen(model, now, |state, data| {
                state.saved(&correction, backup, data);
            });
        }
        Done::Undone { history, backup } => {
            model.set_history(history, now.today());
            on_history_screen(model, now, |state, data| state.undone(backup, data));
        }
        Done::CorrectionFailed(reason) => {
            if let Screen::History { state, .. } = &mut model.screen {
                state.outcome = Some(history_state::Outcome::Failed(reason));
            }
        }
        Done::ReportWritten(result) => {
            if let Screen::History { state, .. } = &mut model.screen {
                state.report = Some(result);
            }
        }
        Done::WorkbookWritten(result) => {
            if let Screen::History { state, .. } = &mut model.screen {
                state.workbook = Some(result);
            }
        }
        Done::ProfileSaved(profile) => return profile_saved(model, profile, now),
        Done::ProfileSaveFailed(reason) => match &mut model.screen {
            Screen::Setup(state) => state.error = Some(reason),
            Screen::Settings(state) => state.error = Some(reason),
            Screen::Fall(form) => form.save_error = Some(reason),
            Screen::Home
            | Screen::Session { .. }
            | Screen::History { .. }
            | Screen::Help { .. }
            | Screen::TestDay(_) => {}
        },
        Done::JournalFailed(reason) => {
            if let Screen::Session { journal_error, .. } = &mut model.screen {
                // The first failure's time stays: every set since then is unsaved.
                let since = journal_error
                    .as_ref()
                    .map_or_else(|| now.local.time(), |trouble| trouble.since);
                *journal_error = Some(super::JournalTrouble { since, reason });
            }
        }
        Done::JournalSaved => {
            if let Screen::Session { journal_error, .. } = &mut model.screen {
                *journal_error = None;
            }
        }
        Done::VoiceFailed(reason) => {
            // Tried from the settings: said there, beside the row.
            if let Screen::Settings(state) = &mut model.screen
                && matches!(state.tried, Some(super::settings_state::Tried::Voice(_)))
            {
                state.tried = Some(super::settings_state::Tried::Failed(reason.clone()));
            }
            model.voice_failed = Some(reason);
        }
    }
    None
}

/// `f` with the history screens up: the state and what the pages show.
fn on_history_screen(
    model: &mut Model,
    now: Now,
    f: impl FnOnce(&mut history_state::HistoryState, &history_state::Data),
) {
    if let Screen::History { state, review } = &mut model.screen {
        let data = history_state::Data {
            catalog: &model.catalog,
            history: &model.history,
            review,
            today: now.today(),
            units: model.settings.units,
        };
        f(state, &data);
    }
}

/// A save failed: said where it was asked for.
fn save_failed(model: &mut Model, reason: String) {
    match &mut model.screen {
        Screen::TestDay(_) | Screen::Fall(_) => super::checks_step::save_failed(model, reason),
        Screen::Session { save_error, .. } => *save_error = Some(reason),
        _ => {
            if let HomeMode::Unfinished { unfinished, .. } = &mut model.home.mode {
                unfinished.error = Some(reason);
            }
        }
    }
}

/// The profile is written: the screens take it.
/// The message that follows, if one does: `n` to the monthly falls question starts the
/// session once the answer is kept (the caller routes it, as a key's would be).
fn profile_saved(
    model: &mut Model,
    profile: crate::profile::Profile,
    now: Now,
) -> Option<super::Msg> {
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
            return Some(super::Msg::Home(HomeMsg::StartSession));
        }
        Screen::Setup(_) => model.screen = Screen::Home,
        Screen::Settings(state) => {
            state.saved = true;
            state.error = None;
        }
        _ => {}
    }
    None
}
