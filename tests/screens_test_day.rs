//! Issue 30: the test day (`t` on home) and the fall form (`f`), in English and Dutch at
//! 80x24: a test's card with its protocol and drawing, the chair stand's count and timer,
//! its half-way question, a balance stage, the results against their norms, home's offer,
//! and the fall form. Drawn on ratatui's TestBackend from a fixed model and a fake clock.

use botsterk::app::HomeMsg;
use botsterk::app::Msg;
use botsterk::app::checks::{FallKey, TestDayKey};
use botsterk::clock::Clock;
use botsterk::coach::function_test::live::TestInput;
use botsterk::history::History;
use botsterk::lang::Lang;
use botsterk::profile::{Profile, Sex};

mod common;
use common::screen::{Harness, clock_on};

fn screen(h: &Harness) -> String {
    format!("{}", h.draw(80, 24).backend())
}

/// A woman born in 1954 (72 in the test's year), set up, on the 27th (a rest day after
/// the fixture's session of the 26th... here without sessions: no strength yet).
fn harness(lang: Lang) -> Harness {
    let mut h = Harness::start(lang, History::default(), clock_on(27));
    let profile = Profile {
        birth_year: Some(1954),
        sex: Some(Sex::Female),
        get_ready_seconds: 5,
        ..Profile::defaults(lang)
    };
    let today = h.clock.today();
    h.model.set_profile(profile, today, true);
    h
}

fn input(h: &mut Harness, input: TestInput) {
    h.send(Msg::TestDay(TestDayKey::Input(input)));
}

fn lang_name(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "en",
        Lang::Nl => "nl",
    }
}

#[test]
fn the_chair_stand_card_its_count_and_the_half_way_question() {
    for lang in [Lang::En, Lang::Nl] {
        let mut h = harness(lang);
        h.send(Msg::Home(HomeMsg::OpenTestDay));
        insta::assert_snapshot!(format!("chair_stand_card_{}", lang_name(lang)), screen(&h));
        input(&mut h, TestInput::Enter);
        h.wait(5_000);
        for _ in 0..9 {
            input(&mut h, TestInput::Space);
        }
        h.wait(12_300);
        insta::assert_snapshot!(
            format!("chair_stand_counting_{}", lang_name(lang)),
            screen(&h)
        );
        h.wait(18_000);
        insta::assert_snapshot!(
            format!("chair_stand_half_way_{}", lang_name(lang)),
            screen(&h)
        );
    }
}

#[test]
fn a_balance_stage_and_the_results_against_their_norms() {
    for lang in [Lang::En, Lang::Nl] {
        let mut h = harness(lang);
        h.send(Msg::Home(HomeMsg::OpenTestDay));
        input(&mut h, TestInput::Enter);
        h.wait(5_000);
        for _ in 0..9 {
            input(&mut h, TestInput::Space);
        }
        h.wait(30_000);
        input(&mut h, TestInput::No);
        input(&mut h, TestInput::No);
        input(&mut h, TestInput::Enter);
        // The profile's bone status is "I don't know": the practice's counter question.
        insta::assert_snapshot!(
            format!("balance_counter_question_{}", lang_name(lang)),
            screen(&h)
        );
        input(&mut h, TestInput::Yes);
        input(&mut h, TestInput::Enter);
        h.wait(2_000);
        // The practice's get-ready before the hold (the profile's 5 s).
        let ready = screen(&h);
        let starts = match lang {
            Lang::En => "The 10 seconds start in 3 s",
            Lang::Nl => "De 10 seconden beginnen over 3 s",
        };
        assert!(ready.contains(starts), "{ready}");
        h.wait(13_000);
        input(&mut h, TestInput::Enter);
        h.wait(9_000);
        insta::assert_snapshot!(format!("balance_stage_{}", lang_name(lang)), screen(&h));
        h.send(Msg::TestDay(TestDayKey::Input(TestInput::Pause)));
        insta::assert_snapshot!(
            format!("balance_stage_paused_{}", lang_name(lang)),
            screen(&h)
        );
        input(&mut h, TestInput::Space);
        input(&mut h, TestInput::Skip);
        input(&mut h, TestInput::Enter);
        for c in "18".chars() {
            input(&mut h, TestInput::Char(c));
        }
        input(&mut h, TestInput::Enter);
        insta::assert_snapshot!(format!("test_day_results_{}", lang_name(lang)), screen(&h));
    }
}

/// No counter within reach: the balance test is not done today, said with why, and the
/// results say so too.
#[test]
fn no_counter_within_reach_means_no_balance_test_today() {
    for lang in [Lang::En, Lang::Nl] {
        let mut h = harness(lang);
        h.send(Msg::Home(HomeMsg::OpenTestDay));
        input(&mut h, TestInput::Skip);
        input(&mut h, TestInput::Enter);
        input(&mut h, TestInput::No);
        insta::assert_snapshot!(
            format!("balance_no_counter_{}", lang_name(lang)),
            screen(&h)
        );
        input(&mut h, TestInput::Enter);
        input(&mut h, TestInput::Stop);
        insta::assert_snapshot!(
            format!("balance_no_counter_results_{}", lang_name(lang)),
            screen(&h)
        );
    }
}

#[test]
fn home_offers_the_test_day_on_a_day_without_strength_and_the_fall_form() {
    for lang in [Lang::En, Lang::Nl] {
        // The fixture's session on the 26th: the 27th is a rest day, no test yet.
        let history: History =
            serde_json::from_str(include_str!("fixtures/history-v1.json")).unwrap();
        let mut h = harness(lang);
        let today = h.clock.today();
        h.model.set_history(history, today);
        insta::assert_snapshot!(
            format!("home_offers_the_test_day_{}", lang_name(lang)),
            screen(&h)
        );
        h.send(Msg::Home(HomeMsg::OpenFall));
        h.send(Msg::Fall(FallKey::Choose(1)));
        // A day typed that is not one is said, and asked again; Backspace mends it.
        for c in "31-02-2026".chars() {
            h.send(Msg::Fall(FallKey::Char(c)));
        }
        h.send(Msg::Fall(FallKey::NotSaid));
        insta::assert_snapshot!(format!("fall_form_day_{}", lang_name(lang)), screen(&h));
        for _ in 0.."31-02-2026".len() {
            h.send(Msg::Fall(FallKey::Backspace));
        }
        // Enter: it happened today.
        h.send(Msg::Fall(FallKey::NotSaid));
        h.send(Msg::Fall(FallKey::Choose(2)));
        insta::assert_snapshot!(format!("fall_form_where_{}", lang_name(lang)), screen(&h));
    }
}

#[test]
fn the_first_session_of_a_month_asks_about_falls() {
    for lang in [Lang::En, Lang::Nl] {
        // The fixture's last session is in November; on 2 December Enter asks first.
        let history: History =
            serde_json::from_str(include_str!("fixtures/history-v1.json")).unwrap();
        let mut h = Harness::start(lang, history, clock_on(28));
        h.clock
            .advance(std::time::Duration::from_secs(4 * 24 * 3600));
        let today = h.clock.today();
        h.model.set_profile(Profile::defaults(lang), today, true);
        h.send(Msg::Home(HomeMsg::StartSession));
        insta::assert_snapshot!(
            format!("monthly_falls_question_{}", lang_name(lang)),
            screen(&h)
        );
    }
}
