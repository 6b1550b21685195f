//! The key help line at the foot of every screen.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::theme::Theme;

/// One key and what it does.
pub type KeyHelp<'a> = (&'a str, &'a str);

/// Draws the keys as ` Enter  start the session   q  quit`, wrapping onto a second line
/// when the window is narrow.
pub fn render(keys: &[KeyHelp], theme: &Theme, area: Rect, buf: &mut Buffer) {
    let mut spans = Vec::with_capacity(keys.len() * 3);
    for (i, (key, label)) in keys.iter().enumerate() {
        if i > 0 {
            spans.push(Span::raw("   "));
        }
        spans.push(Span::styled(format!(" {key} "), theme.key));
        spans.push(Span::styled(format!(" {label}"), theme.text));
    }
    Paragraph::new(Line::from(spans))
        .wrap(Wrap { trim: true })
        .render(area, buf);
}
