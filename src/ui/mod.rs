//! Pure views: the model (and the current instant, for timers) in, a buffer out.
//!
//! Every screen has the same frame:
//! ```text
//! ┌──────────────────────────────────────────────────────────────┐
//! │ botsterk · strong bones               Beginner · 1 of 4      │ header
//! │                                                              │
//! │ body: the screen of the moment (home, card, set, rest, ...)  │
//! │                                                              │
//! │  Enter  start   Tab  other program   q  quit                 │ key help
//! └──────────────────────────────────────────────────────────────┘
//! ```

mod big;
mod card;
mod counting;
mod dialog;
mod effort;
mod fit;
mod function_test;
mod help;
mod history;
mod home;
mod keys;
mod practice;
mod set_aside;
mod settings;
mod setup;
mod summary;
pub mod theme;
mod timers;
mod too_small;
mod truncated;
mod wrap;

use std::time::Instant;

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use crate::app::{Model, Screen};
use crate::card::ExerciseText;
use crate::catalog::Catalog;
use crate::coach::session::{Phase, Session};
use crate::i18n::Texts;
use crate::lang::Lang;
use theme::Theme;

/// Below this size a "please make the window larger" screen is shown instead.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 20;

/// Whether a terminal of `cols` x `rows` shows the screens (else "make the window
/// larger", and keys do nothing).
#[must_use]
pub fn fits(cols: u16, rows: u16) -> bool {
    cols >= MIN_WIDTH && rows >= MIN_HEIGHT
}

/// The whole screen for one frame.
pub struct View<'a> {
    pub model: &'a Model,
    pub now: Instant,
    pub theme: &'a Theme,
}

impl Widget for View<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let t = self.model.lang.texts();
        if !fits(area.width, area.height) {
            too_small::render(t, self.theme, area, buf);
            return;
        }
        let [header, under_header, body, footer] = area.layout(&Layout::vertical([
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Fill(1),
            Constraint::Length(2),
        ]));
        let inner = |r: Rect| Rect {
            x: r.x + 1,
            width: r.width.saturating_sub(2),
            ..r
        };
        let (header, body, footer) = (inner(header), inner(body), inner(footer));
        if let (Some(reason), Some(_)) = (&self.model.voice_failed, self.model.session()) {
            // Said once, where it stays in view: the cues now come as the bell.
            Line::from(Span::styled(
                (t.hands.voice_failed)(reason),
                self.theme.warning,
            ))
            .centered()
            .render(inner(under_header), buf);
        }
        if self.model.read_only {
            // On every screen, under the title: whatever the user does, it is not kept.
            Line::from(Span::styled(t.data.read_only, self.theme.warning))
                .centered()
                .render(inner(under_header), buf);
        }
        let ctx = Ctx {
            t,
            lang: self.model.lang,
            catalog: &self.model.catalog,
            theme: self.theme,
            now: self.now,
            units: self.model.settings.units,
            keys: crate::keymap::nameable(self.model, crate::keymap::Drawn::default()),
        };
        let mut drawn = crate::keymap::Drawn::default();
        match &self.model.screen {
            Screen::Home => {
                render_header(&ctx, "", header, buf);
                home::render(&ctx, self.model, body, buf);
            }
            Screen::Setup(state) => {
                render_header(&ctx, "", header, buf);
                setup::render(&ctx, state, body, buf);
            }
            Screen::Settings(state) => {
                render_header(&ctx, t.setup.settings_title, header, buf);
                if let Some(profile) = &self.model.profile {
                    settings::render(&ctx, state, profile, body, buf);
                }
            }
            Screen::Help { scroll } => {
                render_header(&ctx, t.setup.help_title, header, buf);
                help::render(&ctx, self.model, *scroll, body, buf);
            }
            Screen::History { state, review } => {
                render_header(&ctx, &history::place(t, state), header, buf);
                drawn = history::render(&ctx, self.model, state, review, body, buf);
            }
            Screen::TestDay(state) => {
                render_header(&ctx, &function_test::place(&ctx, state), header, buf);
                function_test::render(&ctx, self.model, state, body, buf);
            }
            Screen::Fall(form) => {
                let title = crate::i18n::function_test_screen::texts(ctx.lang).fall_title;
                render_header(&ctx, title, header, buf);
                function_test::render_fall(&ctx, form, body, buf);
            }
            Screen::Session {
                session,
                save_error,
                journal_error,
            } => {
                render_header(&ctx, &session_place(t, session), header, buf);
                let body = match journal_error {
                    Some(trouble) => render_journal_warning(&ctx, trouble, body, buf),
                    None => body,
                };
                drawn.card_scrolls =
                    render_session(&ctx, session, save_error.as_deref(), body, buf);
                if let Some(d) = session.dialog() {
                    let pain = session
                        .records()
                        .iter()
                        .any(crate::history::ExerciseRecord::reports_pain);
                    dialog::render(&ctx, d, pain, area, buf);
                }
            }
        }
        // The footer is the screen's key table: what it shows is what the keys do.
        let keys = crate::keymap::footer(self.model, drawn);
        keys::render(&keys, self.theme, footer, buf);
    }
}

/// What every screen function needs besides its own data.
pub struct Ctx<'a> {
    pub t: &'static Texts,
    pub lang: Lang,
    pub catalog: &'a Catalog,
    pub theme: &'a Theme,
    pub now: Instant,
    /// How weights are shown.
    pub units: crate::units::Units,
    /// The screen's key table: a dialog names its keys from it ([`Ctx::key`]).
    pub keys: Vec<crate::keymap::Binding>,
}

impl Ctx<'_> {
    /// The name of the key that sends `msg` on this screen, as its table binds it.
    pub(crate) fn key(&self, msg: crate::app::Msg) -> String {
        crate::keymap::key_for(self.t, &self.keys, &msg).unwrap_or_else(|| "?".to_owned())
    }

    /// [`Ctx::key`] for a session's input.
    pub(crate) fn input_key(&self, input: crate::coach::session::Input) -> String {
        self.key(crate::app::Msg::Session(input))
    }

    /// The exercise's texts in the user's language.
    fn text(&self, id: &str) -> Option<&ExerciseText> {
        self.catalog.card_text(id, self.lang)
    }

    /// The exercise's name in the user's language (its id if unknown, never a blank).
    fn name<'a>(&'a self, id: &'a str) -> &'a str {
        self.text(id)
            .map(|text| text.name.as_str())
            .or_else(|| self.catalog.name_of(id, self.lang))
            .unwrap_or(id)
    }
}

fn render_header(ctx: &Ctx, place: &str, area: Rect, buf: &mut Buffer) {
    Line::from(Span::styled(ctx.t.app_title, ctx.theme.title)).render(area, buf);
    Line::from(Span::styled(place.to_owned(), ctx.theme.title))
        .right_aligned()
        .render(area, buf);
}

/// A warning over the session when its crash copy cannot be written: training goes on,
/// but the user should know what a stop now would lose, and what to do. Wrapped whole
/// (never cut) at the top of `area`; returns the rest of `area`.
fn render_journal_warning(
    ctx: &Ctx,
    trouble: &crate::app::JournalTrouble,
    area: Rect,
    buf: &mut Buffer,
) -> Rect {
    // The reason is kept in the model; the screen says what it means for the user.
    let since = trouble.since.format("%H:%M").to_string();
    let text = (ctx.t.journal_failed)(&since);
    let (mark, said) = text.split_at(2);
    let lines = wrap::hanging(
        Span::styled(mark.to_owned(), ctx.theme.warning),
        said,
        ctx.theme.warning,
        area.width,
    );
    let rows = u16::try_from(lines.len())
        .unwrap_or(u16::MAX)
        .min(area.height);
    let [warning, rest] =
        Layout::vertical([Constraint::Length(rows), Constraint::Fill(1)]).areas(area);
    ratatui::widgets::Paragraph::new(lines).render(warning, buf);
    rest
}

/// "Beginner · Exercise 2 of 4", so the user always knows where they are.
fn session_place(t: &Texts, session: &Session) -> String {
    let (n, of) = session.exercise_position();
    if session.is_practice() {
        let what = t.practice.place_practice;
        if session.phase() == &Phase::Summary {
            return what.to_owned();
        }
        return format!("{what} · {}", (t.practice.part_of)(n, of));
    }
    if session.warming_up() {
        return format!(
            "{} · {}",
            t.practice.place_warm_up,
            (t.practice.part_of)(n, of)
        );
    }
    let program = t.program(session.program());
    if session.phase() == &Phase::Summary {
        return program.to_owned();
    }
    format!("{program} · {}", (t.session.exercise_of)(&n, &of))
}

/// "set 2 of 3"; for a balance stance "hold 2 of 3"; the warm-up's moves have one each:
/// "1 of 5" moves instead.
fn set_of(t: &Texts, session: &Session) -> String {
    let exercise = session.exercise();
    match exercise.kind {
        crate::coach::plan::items::ItemKind::Balance(_) => {
            (t.practice.hold_of)(session.set_number(), exercise.sets)
        }
        crate::coach::plan::items::ItemKind::WarmUp => {
            let (n, of) = session.exercise_position();
            (t.practice.move_of)(n, of)
        }
        _ => (t.session.set_of)(&session.set_number(), &exercise.sets),
    }
}

/// Draws the phase of the moment; true when it is a card that scrolls.
fn render_session(
    ctx: &Ctx,
    session: &Session,
    save_error: Option<&str>,
    area: Rect,
    buf: &mut Buffer,
) -> bool {
    match session.phase() {
        Phase::Card => return card::render(ctx, session, area, buf),
        Phase::Reps { .. } | Phase::TimedReps { .. } | Phase::Stomps { .. } | Phase::Paced(_) => {
            counting::render(ctx, session, area, buf);
        }
        Phase::Ready | Phase::GetReady { .. } | Phase::Hold { .. } | Phase::Rest { .. } => {
            timers::render(ctx, session, area, buf);
        }
        Phase::Effort | Phase::PainStop => effort::render(ctx, session, area, buf),
        Phase::Summary => summary::render(ctx, session, save_error, area, buf),
        Phase::Rate { .. } => practice::render_rate(ctx, session, area, buf),
        Phase::CounterCheck => practice::render_counter_check(ctx, session, area, buf),
    }
    false
}
