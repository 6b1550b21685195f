//! Large digits for counts and countdowns, readable at arm's length, and from a mat when the
//! window is large.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::Widget;
use tui_big_text::{BigText, PixelSize};

/// Height of one line of big text.
pub const HEIGHT: u16 = 8;
/// Columns one glyph takes at full size.
const GLYPH_WIDTH: u16 = 8;

/// How tall the digits are drawn when `room` rows can go to them: twice the full size when
/// that fits, else the full size.
#[must_use]
pub fn height_for(room: u16) -> u16 {
    if room >= 2 * HEIGHT {
        2 * HEIGHT
    } else {
        HEIGHT
    }
}

/// Draws `text` in big glyphs centred in `area`: doubled when the area has room for that,
/// full size, or half height when short.
pub fn render(text: &str, style: Style, area: Rect, buf: &mut Buffer) {
    let glyphs = u16::try_from(text.chars().count()).unwrap_or(u16::MAX);
    let full_width = glyphs.saturating_mul(GLYPH_WIDTH);
    if area.height >= 2 * HEIGHT && area.width >= full_width.saturating_mul(2) {
        render_doubled(text, style, full_width, area, buf);
        return;
    }
    let (pixel_size, height) = if area.height >= HEIGHT {
        (PixelSize::Full, HEIGHT)
    } else {
        (PixelSize::HalfHeight, HEIGHT / 2)
    };
    let area = area.centered_vertically(Constraint::Length(height));
    big_text(text, style, pixel_size).render(area, buf);
}

fn big_text(text: &str, style: Style, pixel_size: PixelSize) -> BigText<'static> {
    BigText::builder()
        .pixel_size(pixel_size)
        .style(style)
        .lines(vec![Line::from(text.to_owned())])
        .centered()
        .build()
}

/// The full-size glyphs with every cell drawn as two by two: twice as tall and as wide.
fn render_doubled(text: &str, style: Style, full_width: u16, area: Rect, buf: &mut Buffer) {
    let small = Rect::new(0, 0, full_width, HEIGHT);
    let mut scratch = Buffer::empty(small);
    big_text(text, style, PixelSize::Full).render(small, &mut scratch);
    let target = area
        .centered_vertically(Constraint::Length(2 * HEIGHT))
        .centered_horizontally(Constraint::Length(2 * full_width));
    for y in 0..HEIGHT {
        for x in 0..full_width {
            let Some(cell) = scratch.cell((x, y)) else {
                continue;
            };
            for (dx, dy) in [(0, 0), (1, 0), (0, 1), (1, 1)] {
                let position = (target.x + 2 * x + dx, target.y + 2 * y + dy);
                if target.contains(position.into())
                    && let Some(to) = buf.cell_mut(position)
                {
                    *to = cell.clone();
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inked_rows(area: Rect, text: &str) -> usize {
        let mut buf = Buffer::empty(area);
        render(text, Style::default(), area, &mut buf);
        (0..area.height)
            .filter(|&y| (0..area.width).any(|x| buf[(x, y)].symbol() != " "))
            .count()
    }

    #[test]
    fn digits_double_when_there_is_room_and_not_before() {
        let small = inked_rows(Rect::new(0, 0, 40, HEIGHT), "12");
        let large = inked_rows(Rect::new(0, 0, 60, 2 * HEIGHT), "12");
        assert!(small > 0);
        assert!(large >= 2 * small, "{large} rows against {small}");
        // Too narrow for doubled glyphs: full size, never cut off.
        assert_eq!(inked_rows(Rect::new(0, 0, 30, 2 * HEIGHT), "123"), small);
        assert_eq!(height_for(2 * HEIGHT - 1), HEIGHT);
        assert_eq!(height_for(40), 2 * HEIGHT);
    }
}
