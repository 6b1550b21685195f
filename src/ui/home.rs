//! Home: today's session and how to start it.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::Ctx;
use super::keys::KeyHelp;
use crate::app::{Model, Notice};
use crate::catalog::Measure;
use crate::coach::plan::PlannedExercise;
use crate::i18n::{Texts, fill};

pub fn render(ctx: &Ctx, model: &Model, area: Rect, buf: &mut Buffer) {
    let t = ctx.t;
    let plan = model.plan();
    let mut lines = vec![
        Line::from(vec![
            Span::styled(format!("{}: ", t.home_today), ctx.theme.title),
            Span::styled(
                fill(t.home_program, &[("program", &t.program(plan.program))]),
                ctx.theme.title,
            ),
        ]),
        Line::raw(""),
    ];
    for (i, exercise) in plan.exercises.iter().enumerate() {
        lines.push(Line::from(vec![
            Span::styled(
                format!(" {}. {:<26}", i + 1, ctx.name(&exercise.id)),
                ctx.theme.text,
            ),
            Span::styled(target_text(t, exercise), ctx.theme.text),
        ]));
    }
    lines.push(Line::raw(""));
    lines.push(Line::raw(fill(
        t.home_rest,
        &[("seconds", &plan.rest_seconds)],
    )));
    lines.push(Line::raw(""));
    match model.history.last_session() {
        Some(last) => lines.push(Line::raw(fill(
            t.home_last_session,
            &[("date", &t.date(last.date))],
        ))),
        None => lines.push(Line::raw(t.home_no_sessions)),
    }
    lines.push(Line::styled(
        format!("{}: {}", t.home_history_file, model.history_path),
        ctx.theme.dim,
    ));
    match model.notice {
        Some(Notice::Saved) => {
            lines.push(Line::raw(""));
            lines.push(Line::styled(format!("✔ {}", t.home_saved), ctx.theme.good));
        }
        Some(Notice::Discarded) => {
            lines.push(Line::raw(""));
            lines.push(Line::styled(t.home_discarded, ctx.theme.text));
        }
        None => {}
    }
    Paragraph::new(Text::from(lines))
        .wrap(Wrap { trim: false })
        .render(area, buf);
}

/// "2 sets of 10 reps", "2 holds of 20 seconds", ...
#[must_use]
pub fn target_text(t: &Texts, exercise: &PlannedExercise) -> String {
    let template = match exercise.measure {
        Measure::Reps => t.plan_reps,
        Measure::TimedReps => t.plan_timed_reps,
        Measure::Hold => t.plan_hold,
        Measure::Stomps => t.plan_stomps,
    };
    fill(
        template,
        &[("sets", &exercise.sets), ("target", &exercise.target)],
    )
}

pub fn keys(t: &'static Texts) -> Vec<KeyHelp<'static>> {
    vec![
        ("Enter", t.key_start),
        ("Tab", t.key_switch_program),
        ("q", t.key_quit_app),
    ]
}
