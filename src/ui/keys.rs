//! The key help at the foot of every screen.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::theme::Theme;

/// One key and what it does.
pub type KeyHelp<'a> = (&'a str, &'a str);

/// Spaces between two keys: roomy when there is room, tighter when that is what it takes
/// to keep every key on screen.
const GAPS: [usize; 3] = [3, 2, 1];

/// Draws the keys as ` Enter  start the session   q  quit`. When they do not fit on one
/// line they continue on the next, never splitting a key from its meaning. If they do not
/// fit in `area` even with tighter gaps, they take lines above it: a key that cannot be
/// seen is worse than a line of the screen above covered.
pub fn render(keys: &[KeyHelp], theme: &Theme, area: Rect, buf: &mut Buffer) {
    let width = usize::from(area.width);
    let height = usize::from(area.height);
    let (gap, lines) = GAPS
        .iter()
        .map(|&gap| (gap, layout(keys, width, gap)))
        .find(|(_, lines)| lines.len() <= height)
        .unwrap_or_else(|| (1, layout(keys, width, 1)));
    let extra = u16::try_from(lines.len().saturating_sub(height)).unwrap_or(0);
    let top = area.y.saturating_sub(extra);
    let area = Rect {
        y: top,
        height: area.bottom() - top,
        ..area
    };
    if extra > 0 {
        ratatui::widgets::Clear.render(area, buf);
    }
    let spacer = " ".repeat(gap);
    for (row, items) in (area.y..area.bottom()).zip(lines) {
        let mut spans = Vec::new();
        for (i, (key, label)) in items.into_iter().enumerate() {
            if i > 0 {
                spans.push(Span::raw(spacer.clone()));
            }
            spans.push(Span::styled(format!(" {key} "), theme.key));
            spans.push(Span::styled(format!(" {label}"), theme.text));
        }
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

/// The keys split into lines of at most `width` columns with `gap` spaces between keys.
fn layout<'a>(keys: &[KeyHelp<'a>], width: usize, gap: usize) -> Vec<Vec<KeyHelp<'a>>> {
    let mut lines: Vec<Vec<KeyHelp>> = vec![Vec::new()];
    let mut used = 0;
    for &(key, label) in keys {
        // " key " and " label"
        let item = key.chars().count() + 2 + label.chars().count() + 1;
        let line = lines.last_mut().expect("starts with one line");
        if !line.is_empty() && used + gap + item > width {
            lines.push(Vec::new());
            used = 0;
        }
        let line = lines.last_mut().expect("at least one line");
        if !line.is_empty() {
            used += gap;
        }
        line.push((key, label));
        used += item;
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::theme::THEME;

    fn drawn(keys: &[KeyHelp], width: u16, height: u16) -> String {
        // Three rows of "screen" above the footer.
        let area = Rect::new(0, 0, width, height + 3);
        let mut buf = Buffer::empty(area);
        render(keys, &THEME, Rect::new(0, 3, width, height), &mut buf);
        (0..area.height)
            .map(|y| {
                (0..width)
                    .map(|x| buf[(x, y)].symbol().to_owned())
                    .collect::<String>()
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[test]
    fn every_key_stays_on_screen_when_space_is_short() {
        let keys = [
            ("Enter", "rust overslaan"),
            ("+ -", "15 s langer/korter"),
            ("p", "pauze"),
            ("s", "oefening overslaan"),
            ("4", "pijn"),
            ("q", "stoppen"),
        ];
        let screen = drawn(&keys, 58, 2);
        for (key, label) in keys {
            assert!(screen.contains(label), "{key} {label} missing:\n{screen}");
        }
        // Narrower still: a line above is taken rather than a key lost.
        let screen = drawn(&keys, 40, 2);
        assert!(screen.contains("stoppen"), "{screen}");
    }
}
