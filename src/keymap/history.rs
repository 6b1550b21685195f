//! The history screens' tables: a confirmation takes y/n, a field takes what is typed,
//! the pages take arrows, Enter, Tab, Esc and the correction letters.

use crossterm::event::KeyCode;

use super::{Binding, CTRL_C, Drawn, NO, YES, chars, codes, on, typed};
use crate::app::history_state::{Field, Key, Page};
use crate::app::{HistoryState, Msg};
use crate::i18n::Texts;

fn key(key: Key) -> Msg {
    Msg::History(key)
}

/// The table of the page of the moment.
pub fn bindings(t: &'static Texts, state: &HistoryState, drawn: Drawn) -> Vec<Binding> {
    if state.confirm.is_some() || state.confirm_undo {
        vec![
            on(CTRL_C, key(Key::Back)),
            on(YES, key(Key::Yes)).shown(t.key_name_yes, t.key_yes),
            on(NO, key(Key::No)).shown("n", t.discard_no),
        ]
    } else if state.entry.is_some() {
        vec![
            on(CTRL_C, key(Key::Back)),
            typed(
                |c| c.is_ascii_alphanumeric() || "/-., ".contains(c),
                |c| key(Key::Char(c)),
            ),
            on(codes(&[KeyCode::Backspace]), key(Key::Backspace)),
            on(codes(&[KeyCode::Enter]), key(Key::Open)).shown("Enter", t.key_continue),
            on(codes(&[KeyCode::Esc]), key(Key::Back)).shown("Esc", t.key_cancel),
        ]
    } else {
        page(t, state, drawn)
    }
}

/// A page's keys. The footer names what the page offers: a list's keys only when it has
/// rows, the correction letters only for what the selected row holds.
fn page(t: &'static Texts, state: &HistoryState, drawn: Drawn) -> Vec<Binding> {
    let r = t.history;
    let p = t.practice;
    let list = !drawn.list_empty;
    let on_session = state.page == Page::Session;
    // (the ↑↓ label, the Enter label, the Tab label) of each page.
    let (rows, open, tab) = match state.page {
        Page::Weeks => (
            Some(r.key_week),
            Some(r.key_open),
            list.then_some(r.key_other_tab_exercises),
        ),
        Page::Exercises => (Some(r.key_exercise), None, Some(p.key_tab_balance)),
        Page::Balance => (Some(p.key_stance), None, Some(r.key_other_tab_checks)),
        Page::Checks => (Some(r.key_entry), None, Some(r.key_other_tab_weeks)),
        Page::Week => (Some(r.key_session), Some(r.key_open), None),
        Page::Session => (Some(r.key_row), None, None),
    };
    let rows = rows.filter(|_| list);
    let open = open.filter(|_| list);
    let show = |binding: Binding, label: Option<&'static str>, name: &'static str| match label {
        Some(label) => binding.shown(name, label),
        None => binding,
    };
    let edit =
        |keys: super::Keys, field: Field, shown: bool, name: &'static str, label: &'static str| {
            on_session.then(|| on(keys, key(Key::Edit(field))).shown_if(list && shown, name, label))
        };
    [
        Some(on(CTRL_C, key(Key::Back))),
        Some(show(on(super::UP, key(Key::Up)), rows, "↑↓")),
        Some(on(super::DOWN, key(Key::Down))),
        Some(on(codes(&[KeyCode::PageUp]), key(Key::PageUp))),
        Some(on(codes(&[KeyCode::PageDown]), key(Key::PageDown))),
        Some(on(codes(&[KeyCode::Home]), key(Key::First))),
        Some(on(codes(&[KeyCode::End]), key(Key::Last))),
        Some(show(
            on(codes(&[KeyCode::Enter, KeyCode::Right]), key(Key::Open)),
            open,
            "Enter",
        )),
        // The corrections of a session's detail.
        edit(
            chars("eE"),
            Field::Count,
            drawn.row_is_set,
            "e",
            r.key_edit_set,
        ),
        edit(
            chars("wW"),
            Field::Weight,
            drawn.row_weighted,
            "w",
            r.key_edit_weight,
        ),
        edit(chars("fF"), Field::Effort, true, "f", r.key_edit_effort),
        edit(chars("tT"), Field::Date, true, "t", r.key_edit_date),
        on_session.then(|| {
            on(chars("dD").or(&[KeyCode::Delete]), key(Key::Delete)).shown_if(
                list,
                "d",
                r.key_delete,
            )
        }),
        Some(show(
            on(
                codes(&[KeyCode::Tab, KeyCode::BackTab]),
                key(Key::SwitchTab),
            ),
            tab,
            "Tab",
        )),
        Some(
            on(
                chars("qQhH").or(&[KeyCode::Esc, KeyCode::Left]),
                key(Key::Back),
            )
            .shown("Esc", r.key_back),
        ),
        state
            .undo
            .is_some()
            .then(|| on(chars("uU"), key(Key::Undo)).shown("u", t.data.key_undo)),
        Some(on(chars("rR"), key(Key::Report)).shown("r", t.report.key_report)),
        Some(on(chars("xX"), key(Key::Workbook)).shown("x", t.workbook.key_workbook)),
    ]
    .into_iter()
    .flatten()
    .collect()
}
