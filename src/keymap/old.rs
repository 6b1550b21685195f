//! Keys to messages: one match per screen. Keys a screen does not know give `None`, so a
//! mistyped key never does anything.

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use crate::app::review_state::{Field, Key, Page};
use crate::app::settings_state::Key as SettingsKey;
use crate::app::setup::Key as SetupKey;
use crate::app::{Model, Msg, ReviewState, Screen, UnfinishedKey};
use crate::coach::session::{Dialog, Foot, Input, Phase, Session};
use crate::history::{Effort, PainAnswer, Steadiness};

/// The meaning of a key press on the current screen.
#[must_use]
pub fn to_msg(key: KeyEvent, model: &Model) -> Option<Msg> {
    // Windows also reports releases; only presses mean something.
    if key.kind != KeyEventKind::Press {
        return None;
    }
    let ctrl_c = key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char('c');
    match &model.screen {
        Screen::Home if model.unfinished.is_some() => {
            let confirming = model.unfinished.as_ref().is_some_and(|u| u.confirm_discard);
            // Begun on an earlier day: y saves it as it was, n throws it away (after y/n).
            let earlier = model
                .unfinished
                .as_ref()
                .is_some_and(|u| u.from_earlier_day(model.day.today.date));
            match key.code {
                _ if ctrl_c => Some(Msg::Quit),
                KeyCode::Char('y' | 'Y' | 'j' | 'J') if confirming => {
                    Some(Msg::Unfinished(UnfinishedKey::ConfirmDiscard))
                }
                KeyCode::Char('n' | 'N') | KeyCode::Esc if confirming => {
                    Some(Msg::Unfinished(UnfinishedKey::KeepIt))
                }
                _ if confirming => None,
                KeyCode::Char('y' | 'Y' | 'j' | 'J') if earlier => {
                    Some(Msg::Unfinished(UnfinishedKey::SaveAsItIs))
                }
                KeyCode::Char('n' | 'N') if earlier => {
                    Some(Msg::Unfinished(UnfinishedKey::Discard))
                }
                KeyCode::Char('r' | 'R') if !earlier => {
                    Some(Msg::Unfinished(UnfinishedKey::Resume))
                }
                KeyCode::Char('s' | 'S') => Some(Msg::Unfinished(UnfinishedKey::SaveAsItIs)),
                KeyCode::Char('d' | 'D') => Some(Msg::Unfinished(UnfinishedKey::Discard)),
                KeyCode::Char('h' | 'H') => Some(Msg::OpenReview),
                KeyCode::Char('q' | 'Q') | KeyCode::Esc => Some(Msg::Quit),
                _ => None,
            }
        }
        Screen::Home if model.pain_confirm.is_some() => match key.code {
            _ if ctrl_c => Some(Msg::ConfirmPain(false)),
            KeyCode::Char('y' | 'Y' | 'j' | 'J') => Some(Msg::ConfirmPain(true)),
            KeyCode::Char('n' | 'N') | KeyCode::Esc => Some(Msg::ConfirmPain(false)),
            _ => None,
        },
        Screen::Home if model.weight_jump.is_some() => match key.code {
            _ if ctrl_c => Some(Msg::ConfirmJump(false)),
            KeyCode::Char('y' | 'Y' | 'j' | 'J') => Some(Msg::ConfirmJump(true)),
            KeyCode::Char('n' | 'N') | KeyCode::Esc => Some(Msg::ConfirmJump(false)),
            _ => None,
        },
        Screen::Home if model.weight_entry.is_some() => match key.code {
            _ if ctrl_c => Some(Msg::WeightCancel),
            KeyCode::Char(c @ ('0'..='9' | '.' | ',')) => Some(Msg::WeightChar(c)),
            KeyCode::Backspace => Some(Msg::WeightBackspace),
            KeyCode::Enter => Some(Msg::WeightConfirm),
            KeyCode::Esc => Some(Msg::WeightCancel),
            _ => None,
        },
        Screen::Home => match key.code {
            _ if ctrl_c => Some(Msg::Quit),
            KeyCode::Char('y' | 'Y' | 'j' | 'J') if model.weight_prompt().is_some() => {
                Some(Msg::AcceptWeight)
            }
            KeyCode::Char('n' | 'N')
                if model.weight_prompt().is_some_and(|p| p.from_kg.is_some()) =>
            {
                Some(Msg::DeclineWeight)
            }
            KeyCode::Char('e' | 'E') if model.weight_prompt().is_some() => Some(Msg::EditWeight),
            // The pain check: o checked (ok), w wait (not yet), l leave it out.
            KeyCode::Char('o' | 'O') if model.pain_question().is_some() => {
                Some(Msg::AnswerPain(PainAnswer::Ok))
            }
            KeyCode::Char('w' | 'W') if model.pain_question().is_some() => {
                Some(Msg::AnswerPain(PainAnswer::NotYet))
            }
            KeyCode::Char('l' | 'L') if model.pain_question().is_some() => {
                Some(Msg::AnswerPain(PainAnswer::LeaveOut))
            }
            KeyCode::Enter => Some(Msg::StartSession),
            KeyCode::Char('h' | 'H') => Some(Msg::OpenReview),
            KeyCode::Char('b' | 'B') => Some(Msg::StartPractice),
            KeyCode::Char(',') => Some(Msg::OpenSettings),
            KeyCode::Char('?') => Some(Msg::OpenHelp),
            KeyCode::Tab | KeyCode::BackTab => Some(Msg::SwitchProgram),
            KeyCode::Char('q' | 'Q') | KeyCode::Esc => Some(Msg::Quit),
            _ => None,
        },
        Screen::Review(state) => review_key(key.code, ctrl_c, state).map(Msg::Review),
        Screen::Setup(state) => match key.code {
            _ if ctrl_c => Some(Msg::Quit),
            KeyCode::Up | KeyCode::Char('k') => Some(Msg::Setup(SetupKey::Up)),
            KeyCode::Down | KeyCode::Char('j') => Some(Msg::Setup(SetupKey::Down)),
            KeyCode::Enter => Some(Msg::Setup(SetupKey::Enter)),
            KeyCode::Esc | KeyCode::Backspace if state.step > 0 => Some(Msg::Setup(SetupKey::Back)),
            KeyCode::Char('q' | 'Q') => Some(Msg::Quit),
            _ => None,
        },
        Screen::Settings(state) => {
            let typing = state.weights.is_some();
            match key.code {
                _ if ctrl_c => Some(Msg::Settings(SettingsKey::Back)),
                KeyCode::Char(c) if typing => Some(Msg::Settings(SettingsKey::Char(c))),
                KeyCode::Backspace if typing => Some(Msg::Settings(SettingsKey::Backspace)),
                KeyCode::Up | KeyCode::Char('k') => Some(Msg::Settings(SettingsKey::Up)),
                KeyCode::Down | KeyCode::Char('j') => Some(Msg::Settings(SettingsKey::Down)),
                KeyCode::Enter => Some(Msg::Settings(SettingsKey::Enter)),
                KeyCode::Esc | KeyCode::Char('q' | 'Q' | ',') => {
                    Some(Msg::Settings(SettingsKey::Back))
                }
                _ => None,
            }
        }
        Screen::Help { .. } => match key.code {
            _ if ctrl_c => Some(Msg::CloseHelp),
            KeyCode::Down | KeyCode::Char('j') => Some(Msg::ScrollHelp(true)),
            KeyCode::Up | KeyCode::Char('k') => Some(Msg::ScrollHelp(false)),
            KeyCode::Esc | KeyCode::Enter | KeyCode::Char('q' | 'Q' | '?') => Some(Msg::CloseHelp),
            _ => None,
        },
        Screen::Session { session, .. } => {
            // Ctrl-C in a session asks, like `q`: a session is never lost to one keystroke.
            let code = if ctrl_c { KeyCode::Char('q') } else { key.code };
            session_input(code, session).map(Msg::Session)
        }
    }
}

fn session_input(code: KeyCode, session: &Session) -> Option<Input> {
    if let Some(dialog) = session.dialog() {
        return match (dialog, code) {
            (Dialog::Quit, KeyCode::Char('s' | 'S')) => Some(Input::SaveWhatWasDone),
            (Dialog::Quit, KeyCode::Char('d' | 'D')) => Some(Input::Discard),
            (Dialog::ConfirmDiscard, KeyCode::Char('y' | 'Y' | 'j' | 'J')) => {
                Some(Input::ConfirmDiscard)
            }
            (Dialog::ConfirmDiscard, KeyCode::Char('n' | 'N')) => Some(Input::CloseDialog),
            (_, KeyCode::Esc | KeyCode::Char('b' | 'B' | 'q' | 'Q')) => Some(Input::CloseDialog),
            _ => None,
        };
    }
    let common = match code {
        KeyCode::Char('q' | 'Q') => Some(Input::AskQuit),
        KeyCode::Char('p' | 'P') => Some(Input::TogglePause),
        KeyCode::Char('s' | 'S') => Some(Input::SkipExercise),
        _ => None,
    };
    let phase_input = match (session.phase(), code) {
        (Phase::Card, KeyCode::Enter) => Some(Input::Begin),
        (Phase::Card, KeyCode::Down | KeyCode::Char('j')) => Some(Input::ScrollCard(true)),
        (Phase::Card, KeyCode::Up | KeyCode::Char('k')) => Some(Input::ScrollCard(false)),
        // Enter or Space: the ready step is answered from wherever the user is.
        (Phase::Ready, KeyCode::Enter | KeyCode::Char(' ')) => Some(Input::Begin),
        (
            Phase::Reps { .. } | Phase::TimedReps { .. } | Phase::Stomps { .. },
            KeyCode::Char(' '),
        ) => Some(Input::Count),
        (
            Phase::Reps { .. } | Phase::TimedReps { .. } | Phase::Stomps { .. },
            KeyCode::Backspace,
        ) => Some(Input::Uncount),
        (Phase::Stomps { .. }, KeyCode::Left) => Some(Input::CountFoot(Foot::Left)),
        (Phase::Stomps { .. }, KeyCode::Right) => Some(Input::CountFoot(Foot::Right)),
        (
            Phase::Reps { .. }
            | Phase::TimedReps { .. }
            | Phase::Stomps { .. }
            | Phase::Hold { .. },
            KeyCode::Enter,
        ) => Some(Input::FinishSet),
        (Phase::Rest { .. }, KeyCode::Enter) => Some(Input::SkipRest),
        // The coach counts: Enter ends the set early, Backspace takes a rep back.
        (Phase::Paced(_), KeyCode::Enter) => Some(Input::FinishSet),
        (Phase::Paced(_), KeyCode::Backspace) => Some(Input::Uncount),
        (Phase::Rest { .. }, KeyCode::Char('+' | '=')) => Some(Input::RestLonger),
        (Phase::Rest { .. }, KeyCode::Char('-' | '_')) => Some(Input::RestShorter),
        (Phase::Effort, KeyCode::Char('1')) => Some(Input::Answer(Effort::TooEasy)),
        (Phase::Effort, KeyCode::Char('2')) => Some(Input::Answer(Effort::JustRight)),
        (Phase::Effort, KeyCode::Char('3')) => Some(Input::Answer(Effort::TooHard)),
        (Phase::Effort, KeyCode::Char('4')) => Some(Input::Answer(Effort::Pain)),
        (phase, KeyCode::Char('4')) if !matches!(phase, Phase::Summary | Phase::PainStop) => {
            Some(Input::Answer(Effort::Pain))
        }
        (Phase::Rate { .. }, KeyCode::Char('1')) => Some(Input::Rate(Steadiness::Steady)),
        (Phase::Rate { .. }, KeyCode::Char('2')) => Some(Input::Rate(Steadiness::Wobbly)),
        (Phase::Rate { .. }, KeyCode::Char('3')) => Some(Input::Rate(Steadiness::HeldOn)),
        (Phase::CounterCheck, KeyCode::Char('y' | 'Y' | 'j' | 'J')) => {
            Some(Input::CounterNear(true))
        }
        (Phase::CounterCheck, KeyCode::Char('n' | 'N')) => Some(Input::CounterNear(false)),
        (Phase::PainStop, KeyCode::Enter) => Some(Input::Continue),
        (Phase::Summary, KeyCode::Enter) => Some(Input::Save),
        _ => None,
    };
    phase_input.or(common)
}

/// Keys on the history screens: a confirmation takes y/n, a field takes what is typed,
/// the pages take arrows, Enter, Tab, Esc and the correction letters.
fn review_key(code: KeyCode, ctrl_c: bool, state: &ReviewState) -> Option<Key> {
    if ctrl_c {
        return Some(Key::Back);
    }
    if state.confirm.is_some() || state.confirm_undo {
        return match code {
            KeyCode::Char('y' | 'Y' | 'j' | 'J') => Some(Key::Yes),
            KeyCode::Char('n' | 'N') | KeyCode::Esc => Some(Key::No),
            _ => None,
        };
    }
    if state.entry.is_some() {
        return match code {
            KeyCode::Char(c) if c.is_ascii_alphanumeric() || "/-., ".contains(c) => {
                Some(Key::Char(c))
            }
            KeyCode::Backspace => Some(Key::Backspace),
            KeyCode::Enter => Some(Key::Open),
            KeyCode::Esc => Some(Key::Back),
            _ => None,
        };
    }
    let on_session = state.page == Page::Session;
    match code {
        KeyCode::Up | KeyCode::Char('k') => Some(Key::Up),
        KeyCode::Down | KeyCode::Char('j') => Some(Key::Down),
        KeyCode::PageUp => Some(Key::PageUp),
        KeyCode::PageDown => Some(Key::PageDown),
        KeyCode::Home => Some(Key::First),
        KeyCode::End => Some(Key::Last),
        KeyCode::Enter => Some(Key::Open),
        KeyCode::Esc | KeyCode::Char('q' | 'Q' | 'h' | 'H') | KeyCode::Left => Some(Key::Back),
        KeyCode::Tab | KeyCode::BackTab => Some(Key::SwitchTab),
        KeyCode::Right => Some(Key::Open),
        KeyCode::Char('e' | 'E') if on_session => Some(Key::Edit(Field::Count)),
        KeyCode::Char('w' | 'W') if on_session => Some(Key::Edit(Field::Weight)),
        KeyCode::Char('f' | 'F') if on_session => Some(Key::Edit(Field::Effort)),
        KeyCode::Char('t' | 'T') if on_session => Some(Key::Edit(Field::Date)),
        KeyCode::Char('d' | 'D') | KeyCode::Delete if on_session => Some(Key::Delete),
        KeyCode::Char('u' | 'U') if state.undo.is_some() => Some(Key::Undo),
        KeyCode::Char('r' | 'R') => Some(Key::Report),
        _ => None,
    }
}
