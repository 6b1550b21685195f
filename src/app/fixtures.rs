//! The models the app's tests start from.

use super::*;
use crate::app::HomeMsg;
use crate::catalog::Catalog;
use crate::clock::{Clock, FakeClock};
use crate::coach::session::Input;
use crate::history::History;
use crate::lang::Lang;

pub fn model() -> Model {
    let today = FakeClock::new().today();
    let path = "/tmp/h.json".to_owned();
    Model::new(
        Catalog::builtin(),
        Lang::En,
        History::default(),
        path,
        today,
    )
}

pub fn with_unfinished(clock: &FakeClock) -> Model {
    let mut m = model();
    let now = Now::from_clock(clock);
    update(&mut m, Msg::Home(HomeMsg::StartSession), now);
    update(&mut m, Msg::Session(Input::Begin), now);
    update(&mut m, Msg::Session(Input::Count), now);
    let effects = update(&mut m, Msg::Session(Input::FinishSet), now);
    let Some(Effect::SaveJournal(journal)) = effects.into_iter().next() else {
        panic!("a journal")
    };
    let mut fresh = model();
    fresh.offer_unfinished(Unfinished::session(journal));
    fresh
}
