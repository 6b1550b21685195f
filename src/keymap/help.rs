//! The help screen's key list, drawn from the tables: each row names the messages it is
//! about and where they are sent; the keys' names are the keys the tables bind to them,
//! so renaming a key in its table renames it in the help.

use super::{Binding, Drawn, home, key_for, session};
use crate::app::{HomeMsg, Model, Msg};
use crate::coach::session::Input;
use crate::history::{Effort, PainAnswer, Steadiness};
use crate::i18n::Texts;

/// Where a row's keys are looked up: the table of the place they work in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// Plain home, with its pain check.
    Home,
    /// An exercise card.
    Card,
    /// "Ready?" before a hold or a paced set.
    Ready,
    /// Counting reps.
    Reps,
    /// Any phase of a set: pause, skip, pain, stop.
    Set,
    /// After a balance hold.
    Rate,
}

/// One line of the help's key list: the keys' names and what they do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HelpRow {
    pub keys: String,
    pub label: String,
}

/// The help's key list, from the tables of `model`'s screens.
#[must_use]
pub fn help(t: &'static Texts, model: &Model) -> Vec<HelpRow> {
    help_from(t, |place| table(t, model, place))
}

/// The table of `place`.
pub(super) fn table(t: &'static Texts, model: &Model, place: Place) -> Vec<Binding> {
    match place {
        Place::Home => {
            let mut table = home::pain_answers(t).to_vec();
            table.extend(home::plain(t, model));
            table
        }
        place => session_table(t, place),
    }
}

/// The table of a session's `place` (home's is empty here: it needs the model).
fn session_table(t: &'static Texts, place: Place) -> Vec<Binding> {
    match place {
        Place::Home => Vec::new(),
        Place::Card => session::card(t, Drawn::default()),
        Place::Ready => session::ready(t),
        Place::Reps => session::reps(t),
        Place::Set => session::every_phase(t),
        Place::Rate => session::rate(t),
    }
}

/// The name of the key that sends `input` in a session's `place`, for a text outside the
/// session that names it (set-up's counting and get-ready answers).
#[must_use]
pub fn session_key(t: &'static Texts, place: Place, input: Input) -> String {
    key_for(t, &session_table(t, place), &Msg::Session(input)).unwrap_or_else(|| "?".into())
}

/// The name of the key that sends `msg` on plain home, for a text on another screen that
/// names it ("press b on home").
#[must_use]
pub fn home_key(t: &'static Texts, model: &Model, msg: HomeMsg) -> String {
    key_for(t, &table(t, model, Place::Home), &Msg::Home(msg)).unwrap_or_else(|| "?".into())
}

/// The help's key list from the tables `tables` gives (a test gives changed ones).
pub(super) fn help_from(t: &'static Texts, tables: impl Fn(Place) -> Vec<Binding>) -> Vec<HelpRow> {
    let h = t.setup.help_keys;
    let home = |msg: HomeMsg| (Place::Home, Msg::Home(msg));
    let set = |place: Place, input: Input| (place, Msg::Session(input));
    let name = |(place, msg): &(Place, Msg)| {
        key_for(t, &tables(*place), msg).unwrap_or_else(|| "?".to_owned())
    };
    let row = |keys: &[(Place, Msg)], label: String| {
        let names: Vec<String> = keys.iter().map(name).collect();
        // Arrows sit together (`↑ ↓`); other keys two spaces apart (`o  w  l`).
        let arrows = names
            .iter()
            .all(|n| matches!(n.as_str(), "↑" | "↓" | "←" | "→"));
        let keys = names.join(if arrows { " " } else { "  " });
        HelpRow { keys, label }
    };
    let skip = set(Place::Set, Input::SkipExercise);
    vec![
        row(&[home(HomeMsg::StartSession)], h.start.into()),
        row(&[set(Place::Ready, Input::Begin)], h.ready.into()),
        row(&[set(Place::Reps, Input::Count)], h.count.into()),
        row(
            &[
                set(Place::Card, Input::ScrollCard(false)),
                set(Place::Card, Input::ScrollCard(true)),
            ],
            h.scroll.into(),
        ),
        row(&[set(Place::Set, Input::TogglePause)], h.pause.into()),
        row(&[skip.clone(), skip.clone()], (h.skip)(&name(&skip))),
        row(&[set(Place::Set, Input::AskQuit)], h.stop.into()),
        row(
            &[set(Place::Set, Input::Answer(Effort::Pain))],
            h.pain.into(),
        ),
        row(
            &[
                home(HomeMsg::AnswerPain(PainAnswer::Ok)),
                home(HomeMsg::AnswerPain(PainAnswer::NotYet)),
                home(HomeMsg::AnswerPain(PainAnswer::LeaveOut)),
            ],
            h.pain_check.into(),
        ),
        row(&[home(HomeMsg::StartPractice)], h.practice.into()),
        row(
            &[home(HomeMsg::OpenTestDay), home(HomeMsg::OpenFall)],
            h.checks.into(),
        ),
        row(
            &[
                set(Place::Rate, Input::Rate(Steadiness::Steady)),
                set(Place::Rate, Input::Rate(Steadiness::Wobbly)),
                set(Place::Rate, Input::Rate(Steadiness::HeldOn)),
            ],
            h.rate.into(),
        ),
        row(
            &[
                home(HomeMsg::OpenHistory),
                home(HomeMsg::OpenSettings),
                home(HomeMsg::OpenHelp),
            ],
            h.screens.into(),
        ),
    ]
}
