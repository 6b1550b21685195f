//! Large digits for counts and countdowns, readable at arm's length.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::Widget;
use tui_big_text::{BigText, PixelSize};

/// Height of one line of big text.
pub const HEIGHT: u16 = 8;

/// Draws `text` in big glyphs centred in `area` (falls back to half height when short).
pub fn render(text: &str, style: Style, area: Rect, buf: &mut Buffer) {
    let pixel_size = if area.height >= HEIGHT {
        PixelSize::Full
    } else {
        PixelSize::HalfHeight
    };
    let height = if area.height >= HEIGHT {
        HEIGHT
    } else {
        HEIGHT / 2
    };
    let area = area.centered_vertically(Constraint::Length(height));
    BigText::builder()
        .pixel_size(pixel_size)
        .style(style)
        .lines(vec![Line::from(text.to_owned())])
        .centered()
        .build()
        .render(area, buf);
}
