//! A session's tables: one per dialog and one per phase. Every phase also takes
//! `q` (ask to quit), `p` (pause) and `s` (skip); all but the summary and a pain stop take
//! `4` (pain). Ctrl-C asks, like `q`: a session is never lost to one keystroke.

use crossterm::event::KeyCode;

use super::{Binding, Drawn, YES, chars, codes, on};
use crate::app::Msg;
use crate::coach::session::{Dialog, Foot, Input, Phase, Session};
use crate::history::{Effort, ExerciseRecord, Steadiness};
use crate::i18n::Texts;

fn input(input: Input) -> Msg {
    Msg::Session(input)
}

const ENTER: &[KeyCode] = &[KeyCode::Enter];
const BACKSPACE: &[KeyCode] = &[KeyCode::Backspace];

/// The dialog on top, else the phase's table.
pub fn bindings(
    t: &'static Texts,
    session: &Session,
    save_error: bool,
    drawn: Drawn,
) -> Vec<Binding> {
    match session.dialog() {
        Some(dialog) => dialog_table(t, dialog),
        None => phase_table(t, session, save_error, drawn),
    }
}

/// The question `q` asks, and the confirmation of a discard.
pub(super) fn dialog_table(t: &'static Texts, dialog: Dialog) -> Vec<Binding> {
    let close = on(
        chars("bBqQ").or(&[KeyCode::Esc]).or_ctrl_c().named("Esc"),
        input(Input::CloseDialog),
    );
    match dialog {
        Dialog::Quit => vec![
            on(chars("sS"), input(Input::SaveWhatWasDone)).shown("s", t.quit_save),
            on(chars("dD"), input(Input::Discard)).shown("d", t.quit_discard),
            close.shown("Esc", t.quit_back),
        ],
        Dialog::ConfirmDiscard => vec![
            on(YES, input(Input::ConfirmDiscard)).shown(t.key_name_yes, t.discard_yes),
            on(chars("nN"), input(Input::CloseDialog)).shown("n", t.discard_no),
            close,
        ],
    }
}

/// What `s` says: skip the exercise, or during the warm-up all of it.
fn skip_label(t: &'static Texts, session: &Session) -> &'static str {
    if session.warming_up() {
        t.practice.key_skip_warm_up
    } else {
        t.key_skip_exercise
    }
}

/// `p`: pause or resume.
fn pause(t: &'static Texts, paused: bool) -> Binding {
    let label = if paused { t.key_resume } else { t.key_pause };
    on(chars("pP"), input(Input::TogglePause)).shown("p", label)
}

/// The keys every phase ends with: `s` skip, `4` pain, `q` stop (as the footer says them).
fn tail(t: &'static Texts, skip: &'static str, pain: bool) -> [Binding; 3] {
    [
        on(chars("sS"), input(Input::SkipExercise)).shown("s", skip),
        on(chars("4"), input(Input::Answer(Effort::Pain))).shown_if(
            pain,
            "4",
            t.session.effort_pain,
        ),
        quit(t),
    ]
}

fn quit(t: &'static Texts) -> Binding {
    on(chars("qQ").or_ctrl_c(), input(Input::AskQuit)).shown("q", t.key_stop)
}

pub(super) fn phase_table(
    t: &'static Texts,
    session: &Session,
    save_error: bool,
    drawn: Drawn,
) -> Vec<Binding> {
    let skip = skip_label(t, session);
    let mut table: Vec<Binding> = match session.phase() {
        Phase::Card => card(t, drawn),
        Phase::Ready => ready(t),
        Phase::Reps { .. } => reps(t),
        Phase::TimedReps { hold, .. } => timed_reps(t, session, hold.as_ref()),
        Phase::Stomps { .. } => vec![
            on(chars(" "), input(Input::Count)).shown(t.key_name_space, t.key_stomp_next),
            on(codes(&[KeyCode::Left]), input(Input::CountFoot(Foot::Left)))
                .shown("← →", t.key_stomp_foot),
            on(
                codes(&[KeyCode::Right]),
                input(Input::CountFoot(Foot::Right)),
            ),
            on(codes(BACKSPACE), input(Input::Uncount)).shown("Backspace", t.key_rep_back),
            on(codes(ENTER), input(Input::FinishSet)).shown("Enter", t.key_set_done),
        ],
        // The coach counts: Enter ends the set early, Backspace takes a rep back.
        Phase::Paced(_) => vec![
            on(codes(BACKSPACE), input(Input::Uncount)).shown("Backspace", t.key_rep_back),
            pause(t, session.is_paused()),
            on(codes(ENTER), input(Input::FinishSet)).shown("Enter", t.key_set_done),
        ],
        Phase::GetReady { .. } | Phase::Hold { .. } | Phase::Rest { .. } => {
            return timer_table(t, session, skip);
        }
        Phase::Effort => vec![
            on(chars("1"), input(Input::Answer(Effort::TooEasy))).shown("1-4", t.key_answer),
            on(chars("2"), input(Input::Answer(Effort::JustRight))),
            on(chars("3"), input(Input::Answer(Effort::TooHard))),
            on(chars("4"), input(Input::Answer(Effort::Pain))),
            on(chars("sS"), input(Input::SkipExercise)).shown("s", t.key_skip_exercise),
            quit(t),
        ],
        Phase::PainStop => pain_stop(t, session),
        Phase::Rate { .. } => rate(t),
        Phase::CounterCheck => vec![
            on(YES, input(Input::CounterNear(true))).shown(t.key_name_yes, t.key_yes),
            on(chars("nN"), input(Input::CounterNear(false))).shown("n", t.practice.key_no),
            quit(t),
        ],
        Phase::Summary => summary(t, session, save_error),
    };
    // Every phase takes p, s and q; those a footer names are in its table already.
    let phase = session.phase();
    let pain = !matches!(phase, Phase::Summary | Phase::PainStop);
    let counting = matches!(
        phase,
        Phase::Reps { .. } | Phase::TimedReps { .. } | Phase::Stomps { .. } | Phase::Paced(_)
    );
    if counting || matches!(phase, Phase::Card | Phase::Ready) {
        // A counted set always says "skip the exercise".
        let skip = if counting { t.key_skip_exercise } else { skip };
        table.extend(tail(t, skip, pain));
    }
    let listed = |table: &[Binding], c: char| table.iter().any(|b| b.keys.chars.contains(c));
    let hidden = |b: Binding| Binding { foot: None, ..b };
    if !listed(&table, 'p') {
        table.push(hidden(pause(t, false)));
    }
    if !listed(&table, 's') {
        table.push(hidden(on(chars("sS"), input(Input::SkipExercise))));
    }
    if pain && !listed(&table, '4') {
        table.push(hidden(on(chars("4"), input(Input::Answer(Effort::Pain)))));
    }
    if !listed(&table, 'q') {
        table.push(hidden(quit(t)));
    }
    table
}

/// A card: Enter begins; ↑↓ scroll it when it does not fit.
pub(super) fn card(t: &'static Texts, drawn: Drawn) -> Vec<Binding> {
    vec![
        on(codes(ENTER), input(Input::Begin)).shown("Enter", t.key_begin),
        on(super::DOWN, input(Input::ScrollCard(true))).shown_if(
            drawn.card_scrolls,
            "↑↓",
            t.setup.key_scroll,
        ),
        on(super::UP, input(Input::ScrollCard(false))),
    ]
}

/// The ready step: Enter or Space, answered from wherever the user is.
pub(super) fn ready(t: &'static Texts) -> Vec<Binding> {
    vec![
        on(chars(" ").or(ENTER).named("Enter"), input(Input::Begin)).shown("Enter", t.hands.key_go),
    ]
}

/// Counting plain reps.
pub(super) fn reps(t: &'static Texts) -> Vec<Binding> {
    vec![
        on(chars(" "), input(Input::Count)).shown(t.key_name_space, t.key_rep),
        on(codes(BACKSPACE), input(Input::Uncount)).shown("Backspace", t.key_rep_back),
        on(codes(ENTER), input(Input::FinishSet)).shown("Enter", t.key_set_done),
    ]
}

/// After a balance hold: how steady it was, or pain.
pub(super) fn rate(t: &'static Texts) -> Vec<Binding> {
    vec![
        on(chars("1"), input(Input::Rate(Steadiness::Steady))).shown("1-3", t.practice.key_answer),
        on(chars("2"), input(Input::Rate(Steadiness::Wobbly))),
        on(chars("3"), input(Input::Rate(Steadiness::HeldOn))),
        on(chars("4"), input(Input::Answer(Effort::Pain))).shown("4", t.session.effort_pain),
        quit(t),
    ]
}

/// The keys every phase of a set takes (the help names them once): `p`, `s`, `4`, `q`.
pub(super) fn every_phase(t: &'static Texts) -> Vec<Binding> {
    let mut table = vec![pause(t, false)];
    table.extend(tail(t, t.key_skip_exercise, true));
    table
}

/// Reps that each need a hold: Space rises (a posture move holds), `p` pauses the hold.
fn timed_reps(
    t: &'static Texts,
    session: &Session,
    hold: Option<&crate::coach::timer::Timer>,
) -> Vec<Binding> {
    // Heel raises rise onto the toes; a posture move just holds its position.
    let posture = session.exercise().kind == crate::coach::plan::items::ItemKind::Posture;
    let rise = if posture {
        t.practice.key_hold
    } else {
        t.key_rise
    };
    let mut table = vec![
        on(chars(" "), input(Input::Count)).shown(t.key_name_space, rise),
        on(codes(BACKSPACE), input(Input::Uncount)).shown("Backspace", t.key_rep_back),
    ];
    if let Some(timer) = hold {
        table.push(pause(t, timer.is_paused()));
    }
    table.push(on(codes(ENTER), input(Input::FinishSet)).shown("Enter", t.key_set_done));
    table
}

/// After pain: Enter goes on, 1-7 say where it hurts.
fn pain_stop(t: &'static Texts, session: &Session) -> Vec<Binding> {
    let mut table = vec![
        on(codes(ENTER), input(Input::Continue)).shown("Enter", t.key_continue),
        quit(t),
    ];
    // 1-7: where it hurts, in the order the screen lists the places (not in the
    // warm-up, which records nothing to put it on).
    const KEYS: [&str; 7] = ["1", "2", "3", "4", "5", "6", "7"];
    let sites = if session.warming_up() {
        &[][..]
    } else {
        &crate::history::PainSite::ALL[..]
    };
    for (i, site) in sites.iter().copied().enumerate() {
        let binding = on(chars(KEYS[i]), input(Input::PainSite(site)));
        table.insert(
            i,
            if i == 0 {
                binding.shown("1-7", t.session.key_pain_site)
            } else {
                binding
            },
        );
    }
    table
}

/// The summary: Enter saves (or retries, or goes home with nothing to record).
fn summary(t: &'static Texts, session: &Session, save_error: bool) -> Vec<Binding> {
    let records = session.records();
    let pain = records.iter().any(ExerciseRecord::reports_pain);
    let nothing_done = records.iter().all(|r| r.sets.is_empty()) && !pain;
    // Nothing to record: Enter goes home and the day stays free for training.
    let label = match () {
        () if save_error => t.key_retry,
        () if nothing_done => t.key_home_unsaved,
        () => t.key_save,
    };
    let quit = quit(t);
    vec![
        on(codes(ENTER), input(Input::Save)).shown("Enter", label),
        if nothing_done {
            Binding { foot: None, ..quit }
        } else {
            quit
        },
    ]
}

/// Get ready, a hold and a rest: the timer's keys; no footer without a timer.
fn timer_table(t: &'static Texts, session: &Session, skip: &'static str) -> Vec<Binding> {
    let paused = session
        .active_timer()
        .map(crate::coach::timer::Timer::is_paused);
    let mut table = match session.phase() {
        Phase::Hold { .. } => {
            // A warm-up move is done, not held.
            let label = if session.warming_up() {
                t.practice.warm_up_next
            } else {
                t.key_end_hold
            };
            vec![on(codes(ENTER), input(Input::FinishSet)).shown("Enter", label)]
        }
        Phase::Rest { .. } => vec![
            on(codes(ENTER), input(Input::SkipRest)).shown("Enter", t.key_skip_rest),
            on(chars("+="), input(Input::RestLonger)).shown("+ -", t.key_rest_change),
            on(chars("-_"), input(Input::RestShorter)),
        ],
        _ => Vec::new(),
    };
    table.push(pause(t, paused == Some(true)));
    table.extend(tail(t, skip, true));
    if paused.is_none() {
        for binding in &mut table {
            binding.foot = None;
        }
    }
    table
}
