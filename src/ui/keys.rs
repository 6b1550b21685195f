//! The key help at the foot of every screen.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::theme::Theme;

/// One key and what it does.
pub type KeyHelp<'a> = (&'a str, &'a str);

const GAP: &str = "   ";

/// Draws the keys as ` Enter  start the session   q  quit`. When they do not fit on one
/// line they continue on the next, never splitting a key from its meaning.
pub fn render(keys: &[KeyHelp], theme: &Theme, area: Rect, buf: &mut Buffer) {
    let width = usize::from(area.width);
    let mut lines: Vec<Vec<Span>> = vec![Vec::new()];
    let mut used = 0;
    for (key, label) in keys {
        let key = format!(" {key} ");
        let label = format!(" {label}");
        let item_width = key.chars().count() + label.chars().count();
        let line = lines.last_mut().expect("starts with one line");
        if !line.is_empty() && used + GAP.len() + item_width > width {
            lines.push(Vec::new());
            used = 0;
        }
        let line = lines.last_mut().expect("at least one line");
        if !line.is_empty() {
            line.push(Span::raw(GAP));
            used += GAP.len();
        }
        line.push(Span::styled(key, theme.key));
        line.push(Span::styled(label, theme.text));
        used += item_width;
    }
    for (row, spans) in (area.y..area.bottom()).zip(lines) {
        Line::from(spans).render(
            Rect {
                y: row,
                height: 1,
                ..area
            },
            buf,
        );
    }
}
