//! Help (`?` on home): the keys, why this training works for bone, and the disclaimer.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::Ctx;

/// The disclaimer first (it matters most), then the keys, then why it works; `↑` `↓`
/// scroll when it does not fit.
pub fn render(ctx: &Ctx, model: &crate::app::Model, scroll: u16, area: Rect, buf: &mut Buffer) {
    let s = ctx.t.setup;
    let mut lines = vec![
        Line::styled(s.help_disclaimer_title, ctx.theme.title),
        Line::raw(s.disclaimer),
        Line::raw(""),
        Line::styled(s.help_keys_title, ctx.theme.title),
    ];
    // The keys' names from the key tables, what they do from the texts.
    lines.extend(
        crate::keymap::help(ctx.t, model)
            .into_iter()
            .map(|row| Line::raw(format!("  {:<11}{}", row.keys, row.label))),
    );
    lines.push(Line::raw(""));
    lines.push(Line::styled(s.help_why_title, ctx.theme.title));
    for paragraph in s.help_why {
        lines.push(Line::raw(format!("• {paragraph}")));
    }
    // Never scrolled past the end: the last screenful stays in view.
    let width = usize::from(area.width.max(1));
    let height: usize = lines
        .iter()
        .map(|line| line.width().div_ceil(width).max(1))
        .sum();
    let most = u16::try_from(height.saturating_sub(usize::from(area.height))).unwrap_or(0);
    Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .scroll((scroll.min(most), 0))
        .render(area, buf);
}
