//! Home's tables, one per mode: an unfinished session to decide about, a pain-check
//! answer or a weight jump to confirm, a weight being typed, and plain home (with its
//! questions: a pain check, a weight).

use crossterm::event::KeyCode;

use super::{Binding, CTRL_C, NO, YES, chars, codes, on, typed};
use crate::app::HomeMsg::{self, *};
use crate::app::{HomeMode, Model, Msg, UnfinishedKey, WeightAsk, WeightEntry, WeightKey};
use crate::history::PainAnswer;
use crate::i18n::Texts;

/// The table of the mode home is in.
pub fn bindings(t: &'static Texts, model: &Model) -> Vec<Binding> {
    match &model.home.mode {
        HomeMode::Unfinished { unfinished, .. } if unfinished.confirm_discard => confirm_discard(t),
        HomeMode::Unfinished { unfinished, .. }
            if unfinished.from_earlier_day(model.day.today.date) =>
        {
            unfinished_earlier(t)
        }
        HomeMode::Unfinished { .. } => unfinished_today(t),
        HomeMode::MonthReview(_) => month_review(t),
        HomeMode::PainConfirm(_) => yes_no(t, home(ConfirmPain(true)), home(ConfirmPain(false))),
        HomeMode::Weight(WeightEntry {
            asked: Some(WeightAsk::Jump(_)),
            ..
        }) => yes_no(
            t,
            weight(WeightKey::ConfirmJump(true)),
            weight(WeightKey::ConfirmJump(false)),
        ),
        HomeMode::Weight(WeightEntry {
            asked: Some(WeightAsk::Quit),
            ..
        }) => yes_no(t, home(ConfirmQuit(true)), home(ConfirmQuit(false))),
        HomeMode::AdvanceConfirm => {
            yes_no(t, home(ConfirmAdvance(true)), home(ConfirmAdvance(false)))
        }
        HomeMode::Weight(WeightEntry { asked: None, .. }) => weight_entry(t),
        HomeMode::Plain => plain(t, model),
    }
}

const fn home(msg: HomeMsg) -> Msg {
    Msg::Home(msg)
}

const fn weight(key: WeightKey) -> Msg {
    Msg::Home(HomeMsg::Weight(key))
}

fn unfinished(key: UnfinishedKey) -> Msg {
    home(HomeMsg::Unfinished(key))
}

/// `d` on an unfinished session: y throws it away, n keeps it.
fn confirm_discard(t: &'static Texts) -> Vec<Binding> {
    vec![
        on(CTRL_C, home(Quit)),
        on(YES, unfinished(UnfinishedKey::ConfirmDiscard)).shown(t.key_name_yes, t.key_yes),
        on(NO, unfinished(UnfinishedKey::KeepIt)).shown("n", t.discard_no),
    ]
}

/// Begun on an earlier day: y saves it as it was, n throws it away; never resumed.
fn unfinished_earlier(t: &'static Texts) -> Vec<Binding> {
    vec![
        on(CTRL_C, home(Quit)),
        on(YES, unfinished(UnfinishedKey::SaveAsItIs))
            .shown(t.key_name_yes, t.pain.key_save_as_it_was),
        on(chars("nN"), unfinished(UnfinishedKey::Discard)).shown("n", t.pain.key_throw_away),
        on(chars("sS"), unfinished(UnfinishedKey::SaveAsItIs)),
        on(chars("dD"), unfinished(UnfinishedKey::Discard)),
        on(chars("hH"), home(OpenHistory)).shown("h", t.history.key_history),
        on(chars("qQ"), home(Quit)).shown("q", t.key_quit_app),
    ]
}

/// Begun today: resume it, save it as it is, or discard it.
fn unfinished_today(t: &'static Texts) -> Vec<Binding> {
    vec![
        on(CTRL_C, home(Quit)),
        on(chars("rR"), unfinished(UnfinishedKey::Resume)).shown("r", t.key_resume_session),
        on(chars("sS"), unfinished(UnfinishedKey::SaveAsItIs)).shown("s", t.key_save_as_is),
        on(chars("dD"), unfinished(UnfinishedKey::Discard)).shown("d", t.key_discard),
        on(chars("hH"), home(OpenHistory)).shown("h", t.history.key_history),
        on(chars("qQ"), home(Quit)).shown("q", t.key_quit_app),
    ]
}

/// Last month in review: Enter or Esc goes on to home; h opens the history, q quits.
fn month_review(t: &'static Texts) -> Vec<Binding> {
    vec![
        on(CTRL_C, home(Quit)),
        on(
            codes(&[KeyCode::Enter, KeyCode::Esc]),
            home(CloseMonthReview),
        )
        .shown("Enter", t.key_continue),
        on(chars(" "), home(CloseMonthReview)),
        on(chars("hH"), home(OpenHistory)).shown("h", t.history.key_history),
        on(chars("qQ"), home(Quit)).shown("q", t.key_quit_app),
    ]
}

/// A pain-check answer or a weight jump asked again: Ctrl-C, like n, says no.
fn yes_no(t: &'static Texts, yes: Msg, no: Msg) -> Vec<Binding> {
    vec![
        on(CTRL_C, no.clone()),
        on(YES, yes).shown(t.key_name_yes, t.key_yes),
        on(NO, no).shown("n", t.discard_no),
    ]
}

/// A weight being typed after `e`.
fn weight_entry(t: &'static Texts) -> Vec<Binding> {
    vec![
        on(CTRL_C, weight(WeightKey::Cancel)),
        on(codes(&[KeyCode::Backspace]), weight(WeightKey::Backspace)),
        on(codes(&[KeyCode::Enter]), weight(WeightKey::Confirm)).shown("Enter", t.key_save),
        on(codes(&[KeyCode::Esc]), weight(WeightKey::Cancel)).shown("Esc", t.key_cancel),
        // q quits, asking first: the typed weight is not saved.
        on(chars("qQ"), home(Quit)).shown("q", t.key_quit_app),
        // Every other character is typed, so that one no weight uses (a minus sign) is
        // seen and said, not dropped (`units::unused_char`).
        typed(|c| !c.is_control(), |c| weight(WeightKey::Char(c))),
    ]
}

/// The pain check's answers: o checked (ok), w wait (not yet), l leave it out.
pub(super) fn pain_answers(t: &'static Texts) -> [Binding; 3] {
    [
        on(chars("oO"), home(AnswerPain(PainAnswer::Ok))).shown("o", t.pain.key_ok),
        on(chars("wW"), home(AnswerPain(PainAnswer::NotYet))).shown("w", t.pain.key_not_yet),
        on(chars("lL"), home(AnswerPain(PainAnswer::LeaveOut))).shown("l", t.pain.key_leave_out),
    ]
}

/// Plain home, with today's pain check (o w l) and weight question (y n e) when asked.
/// Esc does not quit (a key pressed to leave a dialog must not close botsterk): q does.
pub(super) fn plain(t: &'static Texts, model: &Model) -> Vec<Binding> {
    let pain = model.pain_question().is_some();
    let prompt = model.weight_prompt();
    // A first weight has nothing to keep, so "not now" is not offered.
    let decline = prompt.is_some_and(|p| p.from_kg.is_some());
    let [ok, not_yet, leave_out] = pain_answers(t);
    [
        Some(on(CTRL_C, home(Quit))),
        pain.then_some(ok),
        pain.then_some(not_yet),
        pain.then_some(leave_out),
        prompt.map(|_| on(YES, weight(WeightKey::Accept)).shown(t.key_name_yes, t.key_yes)),
        decline.then(|| on(chars("nN"), weight(WeightKey::Decline)).shown("n", t.key_not_now)),
        prompt.map(|_| on(chars("eE"), weight(WeightKey::Edit)).shown("e", t.key_other_weight)),
        Some(on(codes(&[KeyCode::Enter]), home(StartSession)).shown_if(
            model.day.may_start(),
            "Enter",
            t.key_start,
        )),
        Some(on(chars("bB"), home(StartPractice)).shown_if(
            !model.read_only && model.practice.has_items(),
            "b",
            t.practice.key_practice,
        )),
        // Issue 30: the test day and the falls diary. Both always work; the key bar names
        // `t` only on a day the test day is offered (at 80x24 every line of the bar costs
        // a line of home), and `?` lists both.
        Some(on(chars("tT"), home(OpenTestDay)).shown_if(
            crate::app::checks_step::offers_test_day(model, model.day.today.date),
            "t",
            crate::i18n::function_test_screen::texts(model.lang).key_test_day,
        )),
        Some(on(chars("fF"), home(OpenFall))),
        Some(
            on(
                codes(&[KeyCode::Tab, KeyCode::BackTab]),
                home(SwitchProgram),
            )
            .shown("Tab", t.key_switch_program),
        ),
        Some(on(chars("hH"), home(OpenHistory)).shown("h", t.history.key_history)),
        Some(on(chars(","), home(OpenSettings)).shown_if(
            model.profile.is_some(),
            ",",
            t.setup.key_settings,
        )),
        Some(on(chars("?"), home(OpenHelp)).shown("?", t.setup.key_help)),
        Some(on(chars("qQ"), home(Quit)).shown("q", t.key_quit_app)),
    ]
    .into_iter()
    .flatten()
    .collect()
}
