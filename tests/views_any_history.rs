//! The screens never panic on any history a file can hold: every value within the bounds
//! the file's reader takes (`store::bounds`: counts from 0 to their bound, weights from 0.5
//! to 300 kg, days from 1950 on, dates after today too, unknown exercises and stances),
//! drawn at home, through the history pages (the test results and falls diary too, with
//! any profile's year of birth and sex), and into a session.

use botsterk::app::HomeMsg;
use botsterk::app::Msg;
use botsterk::app::history_state::Key as HistoryKey;
use botsterk::clock::Clock;
use botsterk::coach::session::Input;
use botsterk::history::History;
use botsterk::lang::Lang;
use botsterk::profile::{Profile, Sex};
use proptest::prelude::*;

mod common;
use common::any_history::history;
use common::screen::{Harness, clock_on};

/// Keys through the history pages: every page, every row, the editors opened.
const HISTORY_KEYS: [HistoryKey; 12] = [
    HistoryKey::Down,
    HistoryKey::Open,
    HistoryKey::Down,
    HistoryKey::Open,
    HistoryKey::Down,
    HistoryKey::Down,
    HistoryKey::Last,
    HistoryKey::Back,
    HistoryKey::SwitchTab,
    HistoryKey::PageDown,
    HistoryKey::Open,
    HistoryKey::SwitchTab,
];

/// Keys on the Tests & falls tab: down an entry, to the last, a page up and down.
const CHECKS_KEYS: [HistoryKey; 5] = [
    HistoryKey::Down,
    HistoryKey::Last,
    HistoryKey::PageUp,
    HistoryKey::PageDown,
    HistoryKey::First,
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn no_screen_panics_on_any_history_a_file_can_hold(
        file in history(),
        day in 1u32..=30,
        dutch in any::<bool>(),
        width in 60u16..=120,
        height in 20u16..=40,
        born in proptest::option::of(1900i32..=2026),
        sex in proptest::option::of(proptest::sample::select(
            &[Sex::Female, Sex::Male, Sex::RatherNotSay][..],
        )),
    ) {
        let history: History = serde_json::from_value(file).unwrap();
        let lang = if dutch { Lang::Nl } else { Lang::En };
        let mut h = Harness::start(lang, history, clock_on(day));
        let today = h.clock.today();
        // The norms' two answers, any or none: the Tests & falls tab places results with them.
        let profile = Profile { birth_year: born, sex, ..Profile::defaults(lang) };
        h.model.set_profile(profile, today, true);
        h.model.refresh(today);
        h.draw(80, 24);
        h.draw(width, height);
        h.send(Msg::Home(HomeMsg::OpenHistory));
        for key in HISTORY_KEYS {
            h.history(&[key]);
            h.draw(80, 24);
        }
        // The Tests & falls tab, from the weeks.
        let mut c = Harness::start(lang, h.model.history.clone(), clock_on(day));
        c.model.set_profile(h.model.profile.clone().unwrap(), today, true);
        c.model.refresh(today);
        c.send(Msg::Home(HomeMsg::OpenHistory));
        c.history(&[HistoryKey::SwitchTab; 3]);
        let header = format!("{:?}", c.draw(width, height).backend());
        prop_assert!(header.contains("Tests & falls") || header.contains("Testen & vallen"));
        for key in CHECKS_KEYS {
            c.history(&[key]);
            c.draw(80, 24);
            c.draw(width, height);
        }
        // Home again, then into a session if the day has one.
        let mut h = Harness::start(lang, h.model.history.clone(), clock_on(day));
        h.model.refresh(today);
        h.send(Msg::Home(HomeMsg::StartSession));
        h.draw(width, height);
        h.key(Input::Begin);
        h.keys(Input::Count, 3);
        h.key(Input::FinishSet);
        h.draw(80, 24);
    }
}
