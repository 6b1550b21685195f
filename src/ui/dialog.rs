//! The question that `q` asks on top of a session.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Block, Clear, Paragraph, Widget, Wrap};

use super::Ctx;
use crate::coach::session::{Dialog, Input};

/// `pain`: pain was reported in this session, and is kept even if the rest is thrown away.
pub fn render(ctx: &Ctx, dialog: Dialog, pain: bool, area: Rect, buf: &mut Buffer) {
    let t = ctx.t;
    let (title, lines) = match dialog {
        Dialog::Quit => (
            t.quit_title,
            vec![
                option(ctx, ctx.input_key(Input::SaveWhatWasDone), t.quit_save),
                option(ctx, ctx.input_key(Input::Discard), t.quit_discard),
                option(ctx, ctx.input_key(Input::CloseDialog), t.quit_back),
            ],
        ),
        Dialog::ConfirmDiscard => (
            t.discard_title,
            [
                Some(Line::raw(t.discard_body)),
                pain.then(|| Line::styled(t.pain.discard_keeps_pain, ctx.theme.warning)),
                Some(Line::raw("")),
                Some(option(
                    ctx,
                    ctx.input_key(Input::ConfirmDiscard),
                    t.discard_yes,
                )),
                Some(option(ctx, ctx.input_key(Input::CloseDialog), t.discard_no)),
            ]
            .into_iter()
            .flatten()
            .collect(),
        ),
    };
    let height = 8 + if pain { 2 } else { 0 };
    let popup = area.centered(Constraint::Length(52), Constraint::Length(height));
    Clear.render(popup, buf);
    Paragraph::new(Text::from(lines))
        .wrap(Wrap { trim: false })
        .block(
            Block::bordered()
                .title(Span::styled(format!(" {title} "), ctx.theme.title))
                .padding(ratatui::widgets::Padding::uniform(1)),
        )
        .render(popup, buf);
}

fn option<'a>(ctx: &Ctx, key: String, label: &'a str) -> Line<'a> {
    Line::from(vec![
        Span::styled(format!(" {key} "), ctx.theme.key),
        Span::raw(format!("  {label}")),
    ])
}
