//! The dispatch: one message routed to the update of the screen it belongs to (or of the
//! shell's reports, `done.rs`), the effects it asks for returned.

use super::messages::{HelpMsg, SetupMsg};
use super::{Effect, Model, Msg, Now, Screen, history_state, setup};

/// Applies one message to the model and says what the shell must do. Only routes: a key
/// goes to its screen's update when that screen is up (else it does nothing), time to the
/// screen that runs a timer, the shell's reports to [`super::done::update`].
pub fn update(model: &mut Model, msg: Msg, now: Now) -> Vec<Effect> {
    let mut effects = Vec::new();
    // Past midnight the home screen must speak of the new day.
    if model.day.today.date != now.today() {
        let history = std::mem::take(&mut model.history);
        model.set_history(history, now.today());
    }
    super::checks_step::note_offer(model, now.today(), &mut effects);
    match msg {
        Msg::Home(msg) => {
            if model.screen == Screen::Home {
                super::home::update(model, msg, now, &mut effects);
            }
        }
        Msg::Session(input) => super::session::session_step(model, Some(input), now, &mut effects),
        Msg::History(key) => history_step(model, key, now, &mut effects),
        Msg::Setup(msg) => setup_step(model, msg, &mut effects),
        Msg::Settings(key) => settings_step(model, key, now, &mut effects),
        Msg::Help(msg) => help_step(model, msg),
        Msg::TestDay(key) => super::checks_step::test_day_step(model, Some(key), now, &mut effects),
        Msg::Fall(key) => super::checks_step::fall_step(model, key, &mut effects),
        Msg::Tick if matches!(model.screen, Screen::TestDay(_)) => {
            super::checks_step::test_day_step(model, None, now, &mut effects);
        }
        Msg::Tick => super::session::session_step(model, None, now, &mut effects),
        Msg::Done(done) => {
            if let Some(next) = super::done::update(model, done, now) {
                effects.extend(update(model, next, now));
            }
        }
    }
    effects
}

/// A key on a set-up question. Set-up cannot be left with Esc: without answers the coach
/// cannot know what is safe. `q` quits instead (nothing is saved until the last answer).
fn setup_step(model: &mut Model, msg: SetupMsg, effects: &mut Vec<Effect>) {
    let Screen::Setup(state) = &mut model.screen else {
        return;
    };
    let key = match msg {
        SetupMsg::Quit => {
            model.quit = true;
            return;
        }
        SetupMsg::Answer(key) => key,
    };
    let asked = state.question();
    match state.handle(key) {
        setup::Step::Done(profile) => effects.push(Effect::SaveProfile(*profile)),
        setup::Step::Leave | setup::Step::Stay => {}
    }
    // The language question shows its answer at once.
    if asked == crate::questions::Question::Language && key == setup::Key::Enter {
        model.lang = state.draft.lang;
    }
}

/// A key on the settings screen.
fn settings_step(
    model: &mut Model,
    key: super::settings_state::Key,
    now: Now,
    effects: &mut Vec<Effect>,
) {
    let voice_failed = model.voice_failed.clone();
    let lang = model.lang;
    let (Screen::Settings(state), Some(profile)) = (&mut model.screen, &model.profile) else {
        return;
    };
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
        effects.extend(try_sound(state, profile, lang, voice_failed, now));
    }
    if left {
        model.screen = Screen::Home;
    }
}

/// A key on help.
fn help_step(model: &mut Model, msg: HelpMsg) {
    let Screen::Help { scroll } = &mut model.screen else {
        return;
    };
    match msg {
        HelpMsg::Close => model.screen = Screen::Home,
        // The view stops at the end; this only bounds how far ↑ must come back.
        HelpMsg::Scroll(true) => *scroll = (*scroll + 1).min(24),
        HelpMsg::Scroll(false) => *scroll = scroll.saturating_sub(1),
    }
}

pub(super) fn history_step(
    model: &mut Model,
    key: history_state::Key,
    now: Now,
    effects: &mut Vec<Effect>,
) {
    let Screen::History { state, review } = &mut model.screen else {
        return;
    };
    if key == history_state::Key::Report {
        // The shell makes and writes the page, as `botsterk report` does.
        state.report = None;
        effects.push(Effect::WriteReport { today: now.today() });
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
    }
}

/// "Try the sound" on the settings screen: the bell rung, or a sample cue spoken by the
/// speech program found in `lang`, the language a session speaks (the profile's, unless
/// `--lang` chose another); what happened is said on the screen.
fn try_sound(
    state: &mut super::SettingsState,
    profile: &crate::profile::Profile,
    lang: crate::lang::Lang,
    voice_failed: Option<String>,
    now: Now,
) -> Vec<Effect> {
    use crate::profile::Sound;
    let (tried, effects) = match (profile.sound(), &state.voice) {
        (Sound::Off, _) => (super::settings_state::Tried::Off, vec![]),
        (Sound::Bell, _) => (super::settings_state::Tried::Bell, vec![Effect::Bell]),
        // The session would ring the bell instead: so does the try.
        (Sound::Voice, None) => (super::settings_state::Tried::NoProgram, vec![Effect::Bell]),
        (Sound::Voice, Some(_)) if voice_failed.is_some() => (
            super::settings_state::Tried::Failed(voice_failed.unwrap_or_default()),
            vec![Effect::Bell],
        ),
        (Sound::Voice, Some(program)) => (
            super::settings_state::Tried::Voice(program.clone()),
            vec![Effect::Speak {
                text: lang.texts().setup.try_sound_sample.to_owned(),
                lang,
                at: now.instant,
            }],
        ),
    };
    state.tried = Some(tried);
    effects
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::fixtures::model;
    use crate::app::{Done, HomeMsg, Notice};
    use crate::catalog::Program;
    use crate::clock::{Clock, FakeClock};

    use crate::coach::session::{Input, Phase, Session};
    use crate::history::History;

    use std::time::Duration;

    #[test]
    fn a_saved_session_returns_home_with_the_new_history() {
        let clock = FakeClock::new();
        let mut m = model();
        update(
            &mut m,
            Msg::Home(HomeMsg::StartSession),
            Now::from_clock(&clock),
        );
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
            Msg::Done(Done::SaveFailed("disk full".into())),
            Now::from_clock(&clock),
        );
        let Screen::Session { save_error, .. } = &m.screen else {
            panic!("still in session")
        };
        assert_eq!(save_error.as_deref(), Some("disk full"));
        let mut history = History::default();
        history.sessions.push(record.clone());
        update(
            &mut m,
            Msg::Done(Done::Saved(history)),
            Now::from_clock(&clock),
        );
        assert_eq!(m.screen, Screen::Home);
        assert_eq!(m.history.sessions.len(), 1);
        assert_eq!(m.notice, Some(Notice::Saved));
        // Trained today: no second session until the day after tomorrow.
        assert!(!m.day.may_train());
        update(
            &mut m,
            Msg::Home(HomeMsg::StartSession),
            Now::from_clock(&clock),
        );
        assert_eq!(m.screen, Screen::Home);
        clock.advance(Duration::from_secs(24 * 3600));
        update(
            &mut m,
            Msg::Home(HomeMsg::StartSession),
            Now::from_clock(&clock),
        );
        assert_eq!(m.screen, Screen::Home, "the day after is a rest day");
        clock.advance(Duration::from_secs(24 * 3600));
        update(
            &mut m,
            Msg::Home(HomeMsg::StartSession),
            Now::from_clock(&clock),
        );
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
        update(&mut m, Msg::Done(Done::Saved(history.clone())), now);
        assert_eq!(m.notice, Some(Notice::NowRestDay));
        assert!(!m.day.may_train());
        // Saved today (a live session): no such notice.
        let mut m = model();
        let mut today = m.history.clone();
        today
            .sessions
            .push(crate::history::build::beginner(now.today()));
        update(&mut m, Msg::Done(Done::Saved(today)), now);
        assert_eq!(m.notice, Some(Notice::Saved));
    }

    #[test]
    fn tab_switches_the_program_only_on_home() {
        let clock = FakeClock::new();
        let mut m = model();
        update(
            &mut m,
            Msg::Home(HomeMsg::SwitchProgram),
            Now::from_clock(&clock),
        );
        assert_eq!(m.program, Program::Advanced);
        update(
            &mut m,
            Msg::Home(HomeMsg::StartSession),
            Now::from_clock(&clock),
        );
        update(
            &mut m,
            Msg::Home(HomeMsg::SwitchProgram),
            Now::from_clock(&clock),
        );
        assert_eq!(m.session().unwrap().program(), Program::Advanced);
    }

    #[test]
    fn q_leaves_the_first_start_questions_without_saving() {
        let clock = FakeClock::new();
        let mut m = model();
        m.start_setup();
        let effects = update(
            &mut m,
            Msg::Setup(crate::app::SetupMsg::Quit),
            Now::from_clock(&clock),
        );
        assert!(m.quit);
        assert!(effects.is_empty(), "nothing saved");
    }
}
