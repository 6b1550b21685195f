//! Help (`?` on home): the keys, why this training works for bone, and the disclaimer.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::Ctx;
use super::keys::KeyHelp;

pub fn render(ctx: &Ctx, area: Rect, buf: &mut Buffer) -> Vec<KeyHelp<'static>> {
    let s = ctx.t.setup;
    let mut lines = vec![Line::styled(s.help_keys_title, ctx.theme.title)];
    lines.extend(s.help_keys.iter().map(|k| Line::raw(format!("  {k}"))));
    lines.push(Line::raw(""));
    lines.push(Line::styled(s.help_why_title, ctx.theme.title));
    for paragraph in s.help_why {
        lines.push(Line::raw(format!("• {paragraph}")));
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(s.help_disclaimer_title, ctx.theme.title));
    lines.push(Line::raw(s.disclaimer));
    Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .render(area, buf);
    vec![("Esc", s.key_back)]
}
