//! Keys to messages: one match per screen. Keys a screen does not know give `None`, so a
//! mistyped key never does anything.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use crate::app::{Model, Msg, Screen};
use crate::coach::session::{Dialog, Foot, Input, Phase, Session};
use crate::history::Effort;

/// The meaning of a key press on the current screen.
#[must_use]
pub fn to_msg(key: KeyEvent, model: &Model) -> Option<Msg> {
    // Windows also reports releases; only presses mean something.
    if key.kind != KeyEventKind::Press {
        return None;
    }
    let ctrl_c = key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char('c');
    match &model.screen {
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
            KeyCode::Enter => Some(Msg::StartSession),
            KeyCode::Tab | KeyCode::BackTab => Some(Msg::SwitchProgram),
            KeyCode::Char('q' | 'Q') | KeyCode::Esc => Some(Msg::Quit),
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
        (Phase::Rest { .. }, KeyCode::Char('+' | '=')) => Some(Input::RestLonger),
        (Phase::Rest { .. }, KeyCode::Char('-' | '_')) => Some(Input::RestShorter),
        (Phase::Effort, KeyCode::Char('1')) => Some(Input::Answer(Effort::TooEasy)),
        (Phase::Effort, KeyCode::Char('2')) => Some(Input::Answer(Effort::JustRight)),
        (Phase::Effort, KeyCode::Char('3')) => Some(Input::Answer(Effort::TooHard)),
        (Phase::Effort, KeyCode::Char('4')) => Some(Input::Answer(Effort::Pain)),
        (Phase::PainStop, KeyCode::Enter) => Some(Input::Continue),
        (Phase::Summary, KeyCode::Enter) => Some(Input::Save),
        _ => None,
    };
    phase_input.or(common)
}
