//! The tables of the set-up, the settings (its list, a question opened from it, the
//! owned weights being typed) and the help screen.

use crossterm::event::KeyCode;

use super::{Binding, CTRL_C, DOWN, NO, UP, YES, chars, codes, on, typed};
use crate::app::settings_state::Key as SettingsKey;
use crate::app::setup::Key as SetupKey;
use crate::app::{HelpMsg, SetupMsg};
use crate::app::{Msg, SettingsState, SetupState};
use crate::i18n::Texts;

/// The first set-up: one question at a time; Esc goes back a question.
/// On the year of birth digits are typed and Backspace mends; Esc goes back.
pub fn setup(t: &'static Texts, state: &SetupState) -> Vec<Binding> {
    let s = t.setup;
    let back = state.step > 0;
    let year = state.question() == crate::questions::Question::BirthYear;
    let back_keys = if year {
        codes(&[KeyCode::Esc])
    } else {
        codes(&[KeyCode::Esc, KeyCode::Backspace])
    };
    [
        Some(on(CTRL_C, Msg::Setup(SetupMsg::Quit))),
        year.then(|| typed(|c| c.is_ascii_digit(), |c| answer(SetupKey::Char(c)))),
        year.then(|| {
            on(codes(&[KeyCode::Backspace]), answer(SetupKey::Backspace))
                .shown("Backspace", s.key_erase)
        }),
        Some(on(UP, Msg::Setup(SetupMsg::Answer(SetupKey::Up))).shown_if(
            state.question().answers() > 1,
            "↑↓",
            s.key_choose,
        )),
        Some(on(DOWN, Msg::Setup(SetupMsg::Answer(SetupKey::Down)))),
        Some(
            on(
                codes(&[KeyCode::Enter]),
                Msg::Setup(SetupMsg::Answer(SetupKey::Enter)),
            )
            .shown("Enter", s.key_next),
        ),
        back.then(|| on(back_keys, answer(SetupKey::Back)).shown("Esc", s.key_back)),
        Some(on(chars("qQ"), Msg::Setup(SetupMsg::Quit)).shown("q", s.key_quit)),
    ]
    .into_iter()
    .flatten()
    .collect()
}

fn answer(key: SetupKey) -> Msg {
    Msg::Setup(SetupMsg::Answer(key))
}

fn settings_key(key: SettingsKey) -> Msg {
    Msg::Settings(key)
}

/// The settings: the list, a question opened from it, the owned weights being typed, or a
/// left-out exercise to bring back (y/n). Without a profile nothing is drawn, so the
/// footer is empty. `left_out`: the row selected is a left-out exercise.
pub fn settings(
    t: &'static Texts,
    state: &SettingsState,
    profile: bool,
    left_out: bool,
) -> Vec<Binding> {
    let s = t.setup;
    if state.bring_back.is_some() {
        return vec![
            on(CTRL_C, settings_key(SettingsKey::Back)),
            on(YES, settings_key(SettingsKey::Yes)).shown(t.key_name_yes, t.key_yes),
            on(NO, settings_key(SettingsKey::Back)).shown("n", t.discard_no),
        ];
    }
    let typing = state.weights.is_some() || state.birth_year.is_some();
    let mut table = vec![on(CTRL_C, settings_key(SettingsKey::Back))];
    if typing {
        table.extend([
            typed(|_| true, |c| settings_key(SettingsKey::Char(c))),
            on(
                codes(&[KeyCode::Backspace]),
                settings_key(SettingsKey::Backspace),
            ),
        ]);
    }
    let (up, enter, back) = match &state.open {
        _ if typing => (None, ("Enter", t.key_save), ("Esc", t.key_cancel)),
        Some(open) => (
            (open.question().answers() > 1).then_some(("↑↓", s.key_choose)),
            ("Enter", s.key_next),
            ("Esc", s.key_back),
        ),
        None => (
            Some(("↑↓", s.key_choose)),
            (
                "Enter",
                if left_out {
                    s.key_bring_back
                } else {
                    s.key_change
                },
            ),
            ("Esc", s.key_back),
        ),
    };
    // While typing, letters are typed: only the arrows and Esc keep their meaning.
    let (up_keys, down_keys, back_keys) = if typing {
        (
            codes(&[KeyCode::Up]),
            codes(&[KeyCode::Down]),
            codes(&[KeyCode::Esc]),
        )
    } else {
        (UP, DOWN, chars("qQ,").or(&[KeyCode::Esc]))
    };
    let mut up_binding = on(up_keys, settings_key(SettingsKey::Up));
    if let Some((key, label)) = up {
        up_binding = up_binding.shown(key, label);
    }
    table.extend([
        up_binding,
        on(down_keys, settings_key(SettingsKey::Down)),
        on(codes(&[KeyCode::Enter]), settings_key(SettingsKey::Enter)).shown(enter.0, enter.1),
        on(back_keys, settings_key(SettingsKey::Back)).shown(back.0, back.1),
    ]);
    if !profile {
        for binding in &mut table {
            binding.foot = None;
        }
    }
    table
}

/// Help: scroll, and any of Esc, Enter, q or ? closes it.
pub fn help(t: &'static Texts) -> Vec<Binding> {
    let s = t.setup;
    vec![
        on(CTRL_C, Msg::Help(HelpMsg::Close)),
        on(DOWN, Msg::Help(HelpMsg::Scroll(true))).shown("↑↓", s.key_scroll),
        on(UP, Msg::Help(HelpMsg::Scroll(false))),
        on(
            chars("qQ?").or(&[KeyCode::Esc, KeyCode::Enter]),
            Msg::Help(HelpMsg::Close),
        )
        .shown("Esc", s.key_back),
    ]
}
