//! The fall form (`f` on home): the definition, then one question at a time.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use crate::app::checks::{FallForm, FallQuestion};
use crate::i18n::falls::texts as fall_texts;
use crate::i18n::function_test_screen::texts;
use crate::ui::Ctx;

pub fn render(ctx: &Ctx, form: &FallForm, area: Rect, buf: &mut Buffer) {
    let s = texts(ctx.lang);
    let f = fall_texts(ctx.lang);
    let mut lines = vec![Line::styled(f.definition, ctx.theme.dim), Line::raw("")];
    let (question, choices): (&str, Vec<&str>) = match form.question {
        FallQuestion::Kind => (s.fall_kind, s.fall_kinds.to_vec()),
        FallQuestion::PartOfDay => (s.fall_when, f.parts_of_day.to_vec()),
        FallQuestion::Place => (s.fall_where, f.places.to_vec()),
        FallQuestion::What => (s.fall_what, f.causes.to_vec()),
        FallQuestion::Injury => (s.fall_injury, f.injuries.to_vec()),
        FallQuestion::GotUp => (s.fall_got_up, Vec::new()),
        FallQuestion::Day | FallQuestion::Minutes | FallQuestion::Note => {
            let asked = match form.question {
                FallQuestion::Day => s.fall_day,
                FallQuestion::Minutes => s.fall_minutes,
                _ => s.fall_note,
            };
            lines.push(Line::styled(asked, ctx.theme.title));
            lines.push(Line::raw(""));
            lines.push(Line::from(vec![
                Span::raw("   > "),
                Span::styled(format!("{}_", form.typed), ctx.theme.key),
            ]));
            if form.typed_invalid {
                lines.push(Line::styled(s.fall_minutes_too_many, ctx.theme.warning));
            }
            if let Some(e) = form.day_error {
                let why = (s.fall_day_error)(e, form.typed.trim());
                lines.push(Line::styled(why, ctx.theme.warning));
            }
            return finish(ctx, form, lines, area, buf);
        }
        FallQuestion::Since(since) => {
            let asked = (s.fall_since)(&ctx.t.date(since));
            lines.push(Line::styled(asked, ctx.theme.title));
            return finish(ctx, form, lines, area, buf);
        }
    };
    lines.push(Line::styled(question, ctx.theme.title));
    lines.push(Line::raw(""));
    for (i, choice) in choices.iter().enumerate() {
        lines.push(Line::from(vec![
            Span::raw("   "),
            Span::styled(format!(" {} ", i + 1), ctx.theme.key),
            Span::raw(format!("  {choice}")),
        ]));
    }
    finish(ctx, form, lines, area, buf);
}

fn finish(ctx: &Ctx, form: &FallForm, mut lines: Vec<Line>, area: Rect, buf: &mut Buffer) {
    if let Some(why) = &form.save_error {
        let s = texts(ctx.lang);
        lines.push(Line::raw(""));
        lines.push(Line::styled((s.save_failed)(why), ctx.theme.warning));
    }
    Paragraph::new(Text::from(lines))
        .wrap(Wrap { trim: false })
        .render(area, buf);
}
