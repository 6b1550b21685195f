//! Keys to messages, one table of bindings per screen (and per mode of home, phase of a
//! session, dialog and history page), in the manner of helix's keymap: the key handler,
//! the footer and the help screen's check all read the same table, so a key and its help
//! cannot disagree.
//!
//! A [`Binding`] holds the keys it answers, the message it sends and, when the footer
//! shows it, the key's name and its label. [`to_msg`] is the first binding of the current
//! table that matches; [`footer`] is the table's shown bindings, in table order. Keys a
//! table does not hold give `None`, so a mistyped key never does anything.

mod checks;
mod help;
mod history;
mod home;
mod screens;
mod session;
#[cfg(test)]
mod tests;

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use crate::app::{Model, Msg, Screen};
use crate::i18n::Texts;

pub use help::{HelpRow, Place, help, home_key, session_key};

/// The key presses a binding answers: any of `chars`, any of `codes`, any character
/// `typed` accepts, and Ctrl-C when `ctrl_c` is set.
#[derive(Debug, Clone, Copy)]
pub struct Keys {
    pub chars: &'static str,
    pub codes: &'static [KeyCode],
    pub typed: Option<fn(char) -> bool>,
    pub ctrl_c: bool,
    /// The key's name where the first of `chars` is not it (`↑` for `k` or Up).
    pub name: Option<&'static str>,
}

impl Keys {
    /// Ctrl-C as well: each table names what Ctrl-C does there.
    const fn or_ctrl_c(self) -> Self {
        Self {
            ctrl_c: true,
            ..self
        }
    }

    /// These codes as well.
    const fn or(self, codes: &'static [KeyCode]) -> Self {
        Self { codes, ..self }
    }

    /// Named so wherever it is shown (the help, a dialog's keys).
    const fn named(self, name: &'static str) -> Self {
        Self {
            name: Some(name),
            ..self
        }
    }

    /// The key's name as the help and the dialogs show it: its own name if it has one,
    /// else the first of its characters (Space and yes in the user's words), else its
    /// first key code.
    #[must_use]
    pub fn name(&self, t: &Texts) -> String {
        if let Some(name) = self.name {
            return name.to_owned();
        }
        match self.chars.chars().next() {
            Some(' ') => t.key_name_space.to_owned(),
            Some(_) if self.chars == YES.chars => t.key_name_yes.to_owned(),
            Some(c) => c.to_string(),
            None => self
                .codes
                .first()
                .map_or_else(String::new, |&code| code_name(code)),
        }
    }

    fn answers(&self, code: KeyCode) -> bool {
        match code {
            KeyCode::Char(c) if self.chars.contains(c) => true,
            KeyCode::Char(c) if self.typed.is_some_and(|accepts| accepts(c)) => true,
            code => self.codes.contains(&code),
        }
    }

    /// A key press this binding answers (for tests: the first of its keys).
    #[cfg(test)]
    fn example(&self) -> Option<KeyCode> {
        if let Some(c) = self.chars.chars().next() {
            return Some(KeyCode::Char(c));
        }
        if let Some(code) = self.codes.first() {
            return Some(*code);
        }
        let accepts = self.typed?;
        (' '..='~').find(|&c| accepts(c)).map(KeyCode::Char)
    }
}

/// Any of these characters (a letter is listed in both cases where both work).
const fn chars(chars: &'static str) -> Keys {
    Keys {
        chars,
        codes: &[],
        typed: None,
        ctrl_c: false,
        name: None,
    }
}

/// A key code's name.
fn code_name(code: KeyCode) -> String {
    match code {
        // Named the same on every platform (crossterm says "Return" on macOS).
        KeyCode::Enter => "Enter".into(),
        KeyCode::Esc => "Esc".into(),
        KeyCode::Backspace => "Backspace".into(),
        KeyCode::Tab => "Tab".into(),
        KeyCode::Up => "↑".into(),
        KeyCode::Down => "↓".into(),
        KeyCode::Left => "←".into(),
        KeyCode::Right => "→".into(),
        code => code.to_string(),
    }
}

/// Any of these key codes.
const fn codes(codes: &'static [KeyCode]) -> Keys {
    chars("").or(codes)
}

/// Ctrl-C alone.
const CTRL_C: Keys = chars("").or_ctrl_c();

/// Yes: `y`, and `j` for the Dutch "ja".
const YES: Keys = chars("yYjJ");

/// No: `n` or Esc.
const NO: Keys = chars("nN").or(&[KeyCode::Esc]);

/// Up or `k`, Down or `j`.
const UP: Keys = chars("k").or(&[KeyCode::Up]).named("↑");
const DOWN: Keys = chars("j").or(&[KeyCode::Down]).named("↓");

/// What a binding sends.
#[derive(Debug, Clone)]
pub enum Act {
    Msg(Box<Msg>),
    /// The typed character, carried in the message.
    Typed(fn(char) -> Msg),
}

/// One key (or a few) of one screen: what it does and what the footer says of it.
#[derive(Debug, Clone)]
pub struct Binding {
    pub keys: Keys,
    pub act: Act,
    /// The key's name and its label (an i18n text), when the footer shows it.
    pub foot: Option<(&'static str, &'static str)>,
}

impl Binding {
    /// Shown in the footer as `key  label`.
    fn shown(self, key: &'static str, label: &'static str) -> Self {
        self.shown_if(true, key, label)
    }

    /// Shown in the footer when `show` holds.
    fn shown_if(self, show: bool, key: &'static str, label: &'static str) -> Self {
        Self {
            foot: show.then_some((key, label)),
            ..self
        }
    }

    /// Whether this binding sends `msg` (a typed binding sends no one message).
    fn sends(&self, msg: &Msg) -> bool {
        matches!(&self.act, Act::Msg(sent) if **sent == *msg)
    }

    fn msg(&self, code: KeyCode) -> Msg {
        match &self.act {
            Act::Msg(msg) => (**msg).clone(),
            Act::Typed(make) => match code {
                KeyCode::Char(c) => make(c),
                // A typed binding answers characters only.
                _ => unreachable!("typed bindings answer characters"),
            },
        }
    }
}

/// `keys` send `msg`; not in the footer unless [`Binding::shown`].
fn on(keys: Keys, msg: Msg) -> Binding {
    Binding {
        keys,
        act: Act::Msg(Box::new(msg)),
        foot: None,
    }
}

/// Each typed character `accepts` takes is sent as `make(c)`.
fn typed(accepts: fn(char) -> bool, make: fn(char) -> Msg) -> Binding {
    Binding {
        keys: Keys {
            typed: Some(accepts),
            ..chars("")
        },
        act: Act::Typed(make),
        foot: None,
    }
}

/// What only drawing finds out, and a footer depends on: whether the card scrolls, and
/// what the history page of the moment has to show.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Drawn {
    /// The exercise card does not fit: `↑↓` scroll it.
    pub card_scrolls: bool,
    /// The history page has nothing to list (no weeks, no exercises, no session).
    pub list_empty: bool,
    /// The selected row of a session's detail is a set (its count can be edited).
    pub row_is_set: bool,
    /// The selected row's exercise takes a weight.
    pub row_weighted: bool,
}

impl Drawn {
    /// A history page with nothing to list.
    pub const EMPTY: Self = Self {
        card_scrolls: false,
        list_empty: true,
        row_is_set: false,
        row_weighted: false,
    };
    /// A history page with rows.
    pub const LISTED: Self = Self {
        list_empty: false,
        ..Self::EMPTY
    };
}

/// The bindings of the current screen, in the order they are tried.
#[must_use]
pub fn bindings(model: &Model, drawn: Drawn) -> Vec<Binding> {
    let t: &'static Texts = model.lang.texts();
    match &model.screen {
        Screen::Home => home::bindings(t, model),
        Screen::Session {
            session,
            save_error,
            ..
        } => session::bindings(t, session, save_error.is_some(), drawn),
        Screen::History { state, .. } => history::bindings(t, state, drawn),
        Screen::Setup(state) => screens::setup(t, state),
        Screen::Settings(state) => {
            let left_out = model.profile.as_ref().is_some_and(|p| {
                matches!(
                    crate::app::settings_state::row(state.selected, p),
                    Some(crate::app::settings_state::Selected::LeftOut(_))
                )
            });
            screens::settings(t, state, model.profile.is_some(), left_out)
        }
        Screen::Help { .. } => screens::help(t),
        Screen::TestDay(state) => checks::test_day(t, model.lang, state),
        Screen::Fall(form) => checks::fall(t, model.lang, form),
    }
}

/// The bindings a screen's texts may name: the current table, and under a session's
/// dialog the phase's table too (what the phase says stays on screen under the dialog).
#[must_use]
pub fn nameable(model: &Model, drawn: Drawn) -> Vec<Binding> {
    let mut table = bindings(model, drawn);
    if let Screen::Session {
        session,
        save_error,
        ..
    } = &model.screen
        && session.dialog().is_some()
    {
        let t: &'static Texts = model.lang.texts();
        table.extend(session::phase_table(
            t,
            session,
            save_error.is_some(),
            drawn,
        ));
    }
    table
}

/// The name of the key that sends `msg` in `table` (the first binding that does, Ctrl-C
/// aside: a text never names it), for a text that names it: a dialog's keys, the help.
/// `None`: no key sends it there.
#[must_use]
pub fn key_for(t: &Texts, table: &[Binding], msg: &Msg) -> Option<String> {
    let ctrl_c_only = |keys: &Keys| keys.chars.is_empty() && keys.codes.is_empty();
    table
        .iter()
        .find(|b| b.sends(msg) && !ctrl_c_only(&b.keys))
        .map(|b| b.keys.name(t))
}

/// The meaning of a key press on the current screen: the first binding that answers it.
#[must_use]
pub fn to_msg(key: KeyEvent, model: &Model) -> Option<Msg> {
    // Windows also reports releases; only presses mean something.
    if key.kind != KeyEventKind::Press {
        return None;
    }
    resolve(&bindings(model, Drawn::default()), key)
}

/// The first binding of `table` that answers `key`, and what it sends.
fn resolve(table: &[Binding], key: KeyEvent) -> Option<Msg> {
    let ctrl_c = key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char('c');
    let binding = if ctrl_c {
        table.iter().find(|b| b.keys.ctrl_c)
    } else {
        table.iter().find(|b| b.keys.answers(key.code))
    };
    binding.map(|b| b.msg(key.code))
}

/// The footer of the current screen: its shown bindings, in table order.
#[must_use]
pub fn footer(model: &Model, drawn: Drawn) -> Vec<(&'static str, &'static str)> {
    bindings(model, drawn)
        .iter()
        .filter_map(|b| b.foot)
        .collect()
}
