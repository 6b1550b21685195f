//! The test day (`t` on home) and the fall form (`f`): each test's card with its protocol
//! and drawing, the timers and counts while it runs, its questions, and the results against
//! their norms. Pure: the model and the instant in, lines out.

mod drawings;
mod fall;
mod home;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Text};
use ratatui::widgets::{Paragraph, Widget, Wrap};

pub use fall::render as render_fall;
pub use home::{home_lines, notice_lines};

use super::Ctx;
use crate::app::Model;
use crate::app::checks::TestDayState;
use crate::coach::function_test::live::{StageHold, Step, TestRun};
use crate::coach::function_test::{BALANCE_STAGES, TestKind};
use crate::coach::timer::Timer;
use crate::i18n::function_test::{result_words, texts as test_texts};
use crate::i18n::function_test_screen::texts;

/// The header's place: "Test day · Test 1 of 4".
#[must_use]
pub fn place(ctx: &Ctx, state: &TestDayState) -> String {
    let s = texts(ctx.lang);
    match state.run.kind() {
        Some(kind) => {
            let n = TestKind::ALL.iter().position(|k| *k == kind).unwrap_or(0) + 1;
            format!("{} · {n}/4", s.title)
        }
        None => s.title.to_owned(),
    }
}

pub fn render(ctx: &Ctx, model: &Model, state: &TestDayState, area: Rect, buf: &mut Buffer) {
    let s = texts(ctx.lang);
    let tt = test_texts(ctx.lang);
    let run = &state.run;
    let mut lines: Vec<Line> = Vec::new();
    if let Some(kind) = run.kind() {
        let n = TestKind::ALL.iter().position(|k| *k == kind).unwrap_or(0);
        lines.push(Line::styled(
            (s.test_of)(n + 1, tt.names[n]),
            ctx.theme.title,
        ));
        lines.push(Line::raw(""));
    }
    let clock = |lines: &mut Vec<Line>, text: String| {
        lines.push(Line::styled(text, ctx.theme.title));
    };
    match &run.step {
        Step::Card(kind) => {
            let i = *kind as usize;
            lines.push(Line::raw(tt.protocols[i]));
            if !tt.needs[i].is_empty() {
                lines.push(Line::styled(tt.needs[i], ctx.theme.dim));
            }
            lines.push(Line::raw(""));
            for row in drawings::drawing(*kind) {
                lines.push(Line::styled(*row, ctx.theme.dim));
            }
        }
        Step::GetReady { .. } => {
            lines.push(Line::raw(s.get_ready));
            lines.push(Line::raw(""));
            if let Some(left) = run.clock_seconds(ctx.now) {
                clock(&mut lines, (s.seconds_left)(left));
            }
        }
        Step::Counting { stands, .. } => {
            lines.push(Line::raw(s.counting));
            lines.push(Line::raw(""));
            clock(&mut lines, (s.stands)(*stands));
            if let Some(left) = run.clock_seconds(ctx.now) {
                clock(&mut lines, (s.seconds_left)(left));
            }
        }
        Step::AskHalfway { stands } => {
            clock(&mut lines, (s.stands)(*stands));
            lines.push(Line::raw(""));
            lines.push(Line::styled(s.ask_halfway, ctx.theme.title));
        }
        Step::AskArms { stands, halfway } => {
            clock(&mut lines, (s.stands)(stands + u32::from(*halfway)));
            lines.push(Line::raw(""));
            lines.push(Line::styled(s.ask_arms, ctx.theme.title));
        }
        Step::CounterCheck => counter_check(ctx, &mut lines),
        Step::NoCounter => lines.push(Line::raw(s.no_counter)),
        Step::Stage { index, hold, .. } => stage(ctx, run, *index, hold, &mut lines),
        Step::Tug { started } => {
            lines.push(Line::raw(if started.is_some() {
                s.tug_running
            } else {
                s.tug_ready
            }));
            if let Some(run_for) = run.clock_seconds(ctx.now) {
                lines.push(Line::raw(""));
                clock(&mut lines, (s.seconds_run)(run_for));
            }
        }
        Step::Grip { typed, invalid } => {
            lines.push(Line::raw(s.grip_type));
            lines.push(Line::raw(""));
            clock(&mut lines, format!("> {typed}_ kg"));
            if *invalid {
                lines.push(Line::styled(s.grip_invalid, ctx.theme.warning));
            }
        }
        Step::Results => results(ctx, model, state, &mut lines),
    }
    if let Some(why) = &state.save_error {
        lines.push(Line::raw(""));
        lines.push(Line::styled((s.save_failed)(why), ctx.theme.warning));
    }
    Paragraph::new(Text::from(lines))
        .wrap(Wrap { trim: false })
        .render(area, buf);
}

/// A balance stage: waiting for Enter, its get-ready, or its 10 s, and paused.
fn stage(ctx: &Ctx, run: &TestRun, index: usize, hold: &StageHold, lines: &mut Vec<Line<'_>>) {
    let s = texts(ctx.lang);
    let tt = test_texts(ctx.lang);
    let name = tt.stages.get(index).copied().unwrap_or(BALANCE_STAGES[0]);
    lines.push(Line::styled((s.stage)(index + 1, name), ctx.theme.title));
    lines.push(Line::raw(""));
    lines.push(Line::raw(match hold {
        StageHold::Waiting => s.stage_ready,
        StageHold::GetReady(_) => s.stage_get_ready,
        StageHold::Holding(_) => s.stage_holding,
    }));
    if let Some(left) = run.clock_seconds(ctx.now) {
        let said = match hold {
            StageHold::GetReady(_) => (s.stage_starts_in)(left),
            _ => (s.seconds_left)(left),
        };
        lines.push(Line::raw(""));
        lines.push(Line::styled(said, ctx.theme.title));
    }
    if hold.timer().is_some_and(Timer::is_paused) {
        lines.push(Line::raw(""));
        let said = match hold {
            StageHold::Holding(_) => s.stage_paused.to_owned(),
            // The practice's words for a paused countdown.
            _ => (ctx.t.session.paused)("p"),
        };
        lines.push(Line::styled(said, ctx.theme.warning));
    }
}

/// The balance practice's "is a counter within reach?" (its words and keys), with why
/// for the test and what no means: no balance test today.
fn counter_check(ctx: &Ctx, lines: &mut Vec<Line<'_>>) {
    let s = texts(ctx.lang);
    let p = ctx.t.practice;
    lines.push(Line::styled(p.counter_question, ctx.theme.title));
    lines.push(Line::raw(""));
    lines.push(Line::raw(s.counter_why));
    lines.push(Line::raw(""));
    lines.push(super::practice::option(
        ctx,
        ctx.t.key_name_yes,
        p.counter_yes,
    ));
    lines.push(Line::raw(""));
    lines.push(super::practice::option(ctx, "n", s.counter_no));
}

/// Each result with its norm line (or how to get one), and what the keys do.
fn results<'a>(ctx: &Ctx, model: &'a Model, state: &'a TestDayState, lines: &mut Vec<Line<'a>>) {
    let s = texts(ctx.lang);
    let tt = test_texts(ctx.lang);
    lines.push(Line::styled(s.results, ctx.theme.title));
    lines.push(Line::raw(""));
    if state.run.results.is_empty() {
        lines.push(Line::raw(s.nothing_done));
    }
    for record in &state.run.results {
        let name = TestKind::from_id(&record.kind).map_or(record.kind.as_str(), |k| tt.name(k));
        let mut said = format!(
            "{name}: {}",
            result_words(record, model.profile.as_ref(), ctx.lang)
        );
        if record.stopped_for_pain {
            said = format!("{said} ({})", s.stopped_for_pain);
        }
        lines.push(Line::raw(said));
    }
    if state.run.balance_without_counter {
        let name = tt.name(TestKind::BalanceTest);
        lines.push(Line::raw(format!("{name}: {}", s.no_counter_result)));
    }
    if state.confirm_discard {
        lines.push(Line::raw(""));
        lines.push(Line::styled(s.discard_ask, ctx.theme.warning));
    }
}
