//! The test day's and the fall form's tables (issue 30).

use crossterm::event::KeyCode;

use super::{Binding, CTRL_C, NO, YES, chars, codes, on, typed};
use crate::app::Msg;
use crate::app::checks::{FallForm, FallKey, FallQuestion, TestDayKey, TestDayState};
use crate::coach::function_test::live::{StageHold, Step, TestInput};
use crate::coach::timer::Timer;
use crate::i18n::Texts;
use crate::i18n::function_test_screen::texts;
use crate::lang::Lang;

fn key(input: TestInput) -> Msg {
    Msg::TestDay(TestDayKey::Input(input))
}

/// The test day: a table per step. `4` (pain) and `q` (stop) work in every test.
pub fn test_day(t: &'static Texts, lang: Lang, state: &TestDayState) -> Vec<Binding> {
    let s = texts(lang);
    let pain = on(chars("4"), key(TestInput::Pain)).shown("4", s.key_pain);
    let stop = on(chars("qQ"), key(TestInput::Stop)).shown("q", s.key_stop);
    let ctrl_c = on(CTRL_C, key(TestInput::Stop));
    let mut table = match &state.run.step {
        Step::Card(_) => vec![
            on(codes(&[KeyCode::Enter]), key(TestInput::Enter)).shown("Enter", s.key_begin),
            on(chars("sS"), key(TestInput::Skip)).shown("s", s.key_skip),
        ],
        Step::GetReady { .. } => Vec::new(),
        Step::Counting { .. } => {
            vec![on(chars(" "), key(TestInput::Space)).shown(t.key_name_space, s.key_stand)]
        }
        Step::AskHalfway { .. } | Step::AskArms { .. } => vec![
            on(YES, key(TestInput::Yes)).shown(t.key_name_yes, t.key_yes),
            on(NO, key(TestInput::No)).shown("n", t.discard_no),
        ],
        // The practice's question and keys (keymap::session, `Phase::CounterCheck`).
        Step::CounterCheck => vec![
            on(YES, key(TestInput::Yes)).shown(t.key_name_yes, t.key_yes),
            on(chars("nN"), key(TestInput::No)).shown("n", t.practice.key_no),
        ],
        Step::NoCounter => vec![
            on(codes(&[KeyCode::Enter]), key(TestInput::Enter)).shown("Enter", s.key_next_test),
            on(chars(" sS"), key(TestInput::Skip)),
        ],
        Step::Stage { hold, .. } => {
            let paused = hold.timer().is_some_and(Timer::is_paused);
            vec![
                on(codes(&[KeyCode::Enter]), key(TestInput::Enter)).shown_if(
                    *hold == StageHold::Waiting,
                    "Enter",
                    s.key_start_clock,
                ),
                on(chars(" "), key(TestInput::Space)).shown(t.key_name_space, s.key_not_held),
                // The practice's pause key and words.
                on(chars("pP"), key(TestInput::Pause)).shown_if(
                    hold.timer().is_some(),
                    "p",
                    match hold {
                        StageHold::Holding(_) if paused => s.key_stage_again,
                        _ if paused => t.key_resume,
                        _ => t.key_pause,
                    },
                ),
            ]
        }
        Step::Tug { started } => vec![
            on(codes(&[KeyCode::Enter]), key(TestInput::Enter)).shown(
                "Enter",
                if started.is_some() {
                    s.key_stop_clock
                } else {
                    s.key_begin
                },
            ),
            on(chars(" "), key(TestInput::Space)),
        ],
        Step::Grip { .. } => vec![
            on(codes(&[KeyCode::Enter]), key(TestInput::Enter)).shown("Enter", t.key_save),
            on(codes(&[KeyCode::Backspace]), key(TestInput::Backspace)),
            on(codes(&[KeyCode::Esc]), key(TestInput::Skip)).shown("Esc", s.key_skip),
            typed(
                |c| c.is_ascii_digit() || c == '.' || c == ',',
                |c| Msg::TestDay(TestDayKey::Input(TestInput::Char(c))),
            ),
        ],
        Step::Results if state.confirm_discard => {
            return vec![
                on(CTRL_C, Msg::TestDay(TestDayKey::ConfirmDiscard(false))),
                on(YES, Msg::TestDay(TestDayKey::ConfirmDiscard(true)))
                    .shown(t.key_name_yes, t.key_yes),
                on(NO, Msg::TestDay(TestDayKey::ConfirmDiscard(false))).shown("n", t.discard_no),
            ];
        }
        // Nothing done: Enter goes home (Save has nothing to write), and there is nothing
        // to throw away.
        Step::Results if state.run.results.is_empty() => {
            return vec![
                on(CTRL_C, Msg::TestDay(TestDayKey::Discard)),
                on(codes(&[KeyCode::Enter]), Msg::TestDay(TestDayKey::Save))
                    .shown("Enter", t.key_home_unsaved),
            ];
        }
        Step::Results => {
            return vec![
                on(CTRL_C, Msg::TestDay(TestDayKey::Discard)),
                on(codes(&[KeyCode::Enter]), Msg::TestDay(TestDayKey::Save))
                    .shown("Enter", s.key_save),
                on(chars("dD"), Msg::TestDay(TestDayKey::Discard)).shown("d", s.key_throw_away),
            ];
        }
    };
    // In the grip's field a digit is typed, so pain is `4` only outside it.
    if !matches!(state.run.step, Step::Grip { .. }) {
        table.push(pain);
    }
    table.push(stop);
    table.insert(0, ctrl_c);
    table
}

fn fall_key(k: FallKey) -> Msg {
    Msg::Fall(k)
}

/// The fall form: a number per answer, Enter leaves a question unanswered, Esc cancels.
pub fn fall(t: &'static Texts, lang: Lang, form: &FallForm) -> Vec<Binding> {
    let s = texts(lang);
    let mut table = vec![on(CTRL_C, fall_key(FallKey::Cancel))];
    if matches!(
        form.question,
        FallQuestion::Day | FallQuestion::Minutes | FallQuestion::Note
    ) {
        let digits = form.question == FallQuestion::Minutes;
        table.push(
            on(codes(&[KeyCode::Backspace]), fall_key(FallKey::Backspace))
                .shown("Backspace", s.key_erase),
        );
        table.push(
            on(codes(&[KeyCode::Enter]), fall_key(FallKey::NotSaid))
                .shown("Enter", s.key_typed_done),
        );
        table
            .push(on(codes(&[KeyCode::Esc]), fall_key(FallKey::Cancel)).shown("Esc", s.key_cancel));
        table.push(if digits {
            typed(|c| c.is_ascii_digit(), |c| fall_key(FallKey::Char(c)))
        } else {
            typed(|c| !c.is_control(), |c| fall_key(FallKey::Char(c)))
        });
        return table;
    }
    if matches!(form.question, FallQuestion::GotUp | FallQuestion::Since(_)) {
        table.push(on(YES, fall_key(FallKey::Yes)).shown(t.key_name_yes, t.key_yes));
        table.push(on(chars("nN"), fall_key(FallKey::No)).shown("n", t.discard_no));
    } else {
        table.push(
            typed(
                |c| ('1'..='9').contains(&c),
                |c| {
                    Msg::Fall(FallKey::Choose(
                        u8::try_from(c.to_digit(10).unwrap_or(0)).unwrap_or(0),
                    ))
                },
            )
            .shown(
                match form.question.choices() {
                    2 => "1-2",
                    4 => "1-4",
                    5 => "1-5",
                    _ => "1-6",
                },
                s.key_choose,
            ),
        );
    }
    if !matches!(form.question, FallQuestion::Kind | FallQuestion::Since(_)) {
        table.push(
            on(codes(&[KeyCode::Enter]), fall_key(FallKey::NotSaid)).shown("Enter", s.key_not_said),
        );
    }
    table.push(on(codes(&[KeyCode::Esc]), fall_key(FallKey::Cancel)).shown("Esc", s.key_cancel));
    table
}
