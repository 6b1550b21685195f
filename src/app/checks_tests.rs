//! The test day's offer and the monthly falls question on home (issue 30).

use super::checks::{FallKey, FallQuestion};
use super::fixtures::model;
use super::{Effect, Model, Msg, Now, Screen, update};
use crate::app::{Done, HomeMsg};
use crate::clock::{Clock, FakeClock};
use crate::history::build::{beginner, history};
use crate::lang::Lang;
use crate::profile::Profile;

/// Set up, with a session 40 days before the fake clock's day (another month).
fn set_up(clock: &FakeClock) -> Model {
    let mut m = model();
    let today = clock.today();
    m.set_profile(Profile::defaults(Lang::En), today, false);
    m.set_history(
        history(vec![beginner(today - chrono::Days::new(40))]),
        today,
    );
    m
}

fn profile_saved(effects: &[Effect]) -> Option<Profile> {
    effects.iter().find_map(|e| match e {
        Effect::SaveProfile(p) => Some(p.clone()),
        _ => None,
    })
}

#[test]
fn the_first_session_of_a_month_asks_about_falls_once_and_no_starts_it() {
    let clock = FakeClock::new();
    let now = Now::from_clock(&clock);
    let mut m = set_up(&clock);
    update(&mut m, Msg::Home(HomeMsg::StartSession), now);
    let Screen::Fall(form) = &m.screen else {
        panic!("asked first: {:?}", m.screen)
    };
    assert!(matches!(form.question, FallQuestion::Since(_)));
    let effects = update(&mut m, Msg::Fall(FallKey::No), now);
    let saved = profile_saved(&effects).expect("the answer is kept");
    assert_eq!(saved.falls_asked, Some(clock.today()));
    update(&mut m, Msg::Done(Done::ProfileSaved(saved)), now);
    assert!(matches!(m.screen, Screen::Session { .. }), "{:?}", m.screen);
    // The same month: not asked again.
    let mut again = m.clone();
    again.screen = Screen::Home;
    update(&mut again, Msg::Home(HomeMsg::StartSession), now);
    assert!(matches!(again.screen, Screen::Session { .. }));
}

#[test]
fn yes_to_the_monthly_question_opens_the_fall_form() {
    let clock = FakeClock::new();
    let now = Now::from_clock(&clock);
    let mut m = set_up(&clock);
    update(&mut m, Msg::Home(HomeMsg::StartSession), now);
    let effects = update(&mut m, Msg::Fall(FallKey::Yes), now);
    assert!(profile_saved(&effects).is_some());
    let Screen::Fall(form) = &m.screen else {
        panic!("{:?}", m.screen)
    };
    assert_eq!(form.question, FallQuestion::Kind);
}

#[test]
fn without_anything_recorded_nothing_is_asked() {
    let clock = FakeClock::new();
    let mut m = model();
    m.set_profile(Profile::defaults(Lang::En), clock.today(), false);
    update(
        &mut m,
        Msg::Home(HomeMsg::StartSession),
        Now::from_clock(&clock),
    );
    assert!(matches!(m.screen, Screen::Session { .. }));
}

#[test]
fn the_offer_is_kept_the_first_day_it_is_shown_and_not_again() {
    let clock = FakeClock::new();
    let now = Now::from_clock(&clock);
    let today = clock.today();
    let mut m = set_up(&clock);
    // A week with the target met is no strength day: the test day is offered.
    m.day.week.sessions = m.day.week.target;
    assert!(super::checks_step::offers_test_day(&m, today));
    let effects = update(&mut m, Msg::Home(HomeMsg::SwitchProgram), now);
    let saved = profile_saved(&effects).expect("the offer's day is kept");
    assert_eq!(saved.test_day_offered, Some(today));
    update(&mut m, Msg::Done(Done::ProfileSaved(saved)), now);
    m.day.week.sessions = m.day.week.target;
    assert!(
        super::checks_step::offers_test_day(&m, today),
        "all that day"
    );
    assert!(
        profile_saved(&update(&mut m, Msg::Home(HomeMsg::SwitchProgram), now)).is_none(),
        "kept once"
    );
    let tomorrow = today.succ_opt().unwrap();
    assert!(
        !super::checks_step::offers_test_day(&m, tomorrow),
        "not offered again"
    );
}

/// The fall form's typed questions: the minutes on the floor (a fall only, at most a day)
/// and a note (both may be left empty); a near fall goes from the injury to the note.
#[test]
fn the_fall_form_takes_the_minutes_on_the_floor_and_a_note() {
    let clock = FakeClock::new();
    let now = Now::from_clock(&clock);
    let keys = |m: &mut Model, keys: &[FallKey]| {
        keys.iter()
            .flat_map(|k| update(m, Msg::Fall(*k), now))
            .collect::<Vec<_>>()
    };
    let form = |m: &Model| match &m.screen {
        Screen::Fall(form) => form.as_ref().clone(),
        other => panic!("{other:?}"),
    };
    let mut m = set_up(&clock);
    update(&mut m, Msg::Home(HomeMsg::OpenFall), now);
    keys(
        &mut m,
        &[FallKey::Choose(1), FallKey::NotSaid, FallKey::NotSaid],
    );
    keys(
        &mut m,
        &[FallKey::NotSaid, FallKey::NotSaid, FallKey::NotSaid],
    );
    keys(&mut m, &[FallKey::No]);
    assert_eq!(form(&m).question, FallQuestion::Minutes);
    let typed: Vec<FallKey> = "14400".chars().map(FallKey::Char).collect();
    keys(&mut m, &typed);
    assert_eq!(form(&m).typed, "1440", "four digits at most");
    keys(
        &mut m,
        &[FallKey::Char('x'), FallKey::Backspace, FallKey::Char('9')],
    );
    keys(&mut m, &[FallKey::NotSaid]);
    assert!(form(&m).typed_invalid, "1449 minutes: more than a day");
    assert_eq!(form(&m).question, FallQuestion::Minutes);
    keys(
        &mut m,
        &[FallKey::Backspace, FallKey::Backspace, FallKey::NotSaid],
    );
    assert_eq!(form(&m).record.minutes_on_floor, Some(14));
    assert_eq!(form(&m).question, FallQuestion::Note);
    let note: Vec<FallKey> = "  no light ".chars().map(FallKey::Char).collect();
    keys(&mut m, &note);
    let saved = keys(&mut m, &[FallKey::NotSaid]);
    let Some(Effect::SaveChecks { falls, .. }) = saved.first() else {
        panic!("{saved:?}")
    };
    assert_eq!(falls[0].note.as_deref(), Some("no light"));
    assert_eq!(falls[0].got_up_alone, Some(false));

    // A near fall: no getting up, no minutes on the floor; the note left empty.
    let mut m = set_up(&clock);
    update(&mut m, Msg::Home(HomeMsg::OpenFall), now);
    keys(&mut m, &[FallKey::Choose(2)]);
    keys(&mut m, &[FallKey::NotSaid; 5]);
    assert_eq!(form(&m).question, FallQuestion::Note);
    let saved = keys(&mut m, &[FallKey::NotSaid]);
    let Some(Effect::SaveChecks { falls, .. }) = saved.first() else {
        panic!("{saved:?}")
    };
    assert_eq!(
        (falls[0].minutes_on_floor, falls[0].note.as_deref()),
        (None, None)
    );
}

/// The fall form's day: typed as the command line takes it (Enter: today); a day that is
/// not one, or in the future, is said and asked again.
#[test]
fn the_fall_form_takes_the_day_it_happened() {
    let clock = FakeClock::new();
    let now = Now::from_clock(&clock);
    let today = clock.today();
    let mut m = set_up(&clock);
    update(&mut m, Msg::Home(HomeMsg::OpenFall), now);
    update(&mut m, Msg::Fall(FallKey::Choose(1)), now);
    let form = |m: &Model| match &m.screen {
        Screen::Fall(form) => form.as_ref().clone(),
        other => panic!("{other:?}"),
    };
    assert_eq!(form(&m).question, FallQuestion::Day);
    let tomorrow = (today + chrono::Days::new(1))
        .format("%Y-%m-%d")
        .to_string();
    for c in tomorrow.chars() {
        update(&mut m, Msg::Fall(FallKey::Char(c)), now);
    }
    update(&mut m, Msg::Fall(FallKey::NotSaid), now);
    assert!(matches!(
        form(&m).day_error,
        Some(crate::typed_day::DayError::Future(_))
    ));
    for _ in 0..tomorrow.len() {
        update(&mut m, Msg::Fall(FallKey::Backspace), now);
    }
    for c in "gisteren".chars() {
        update(&mut m, Msg::Fall(FallKey::Char(c)), now);
    }
    update(&mut m, Msg::Fall(FallKey::NotSaid), now);
    let f = form(&m);
    assert_eq!(f.question, FallQuestion::PartOfDay);
    assert_eq!(f.record.date, today - chrono::Days::new(1));
}

/// The balance test asks the practice's counter question by the practice's rule: for every
/// bone status but "no known loss".
#[test]
fn the_test_day_asks_for_a_counter_by_the_practices_rule() {
    use crate::app::checks::TestDayKey;
    use crate::coach::function_test::TestKind;
    use crate::coach::function_test::live::{Step, TestInput};
    use crate::profile::BoneStatus;
    let clock = FakeClock::new();
    let now = Now::from_clock(&clock);
    for (bones, asked) in [
        (BoneStatus::None, false),
        (BoneStatus::Osteopenia, true),
        (BoneStatus::Osteoporosis, true),
        (BoneStatus::Unknown, true),
    ] {
        let mut m = set_up(&clock);
        let profile = Profile {
            bone_status: bones,
            ..Profile::defaults(Lang::En)
        };
        m.set_profile(profile, clock.today(), false);
        update(&mut m, Msg::Home(HomeMsg::OpenTestDay), now);
        for key in [TestInput::Skip, TestInput::Enter] {
            update(&mut m, Msg::TestDay(TestDayKey::Input(key)), now);
        }
        let Screen::TestDay(state) = &m.screen else {
            panic!("{:?}", m.screen)
        };
        assert_eq!(state.run.kind(), Some(TestKind::BalanceTest));
        assert_eq!(state.run.step == Step::CounterCheck, asked, "{bones:?}");
    }
}
