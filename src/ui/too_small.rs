//! Shown instead of a screen that would not fit.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Text};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::theme::Theme;
use super::{MIN_HEIGHT, MIN_WIDTH};
use crate::i18n::Texts;

pub fn render(t: &Texts, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let size = (t.too_small_size)(&area.width, &area.height, &MIN_WIDTH, &MIN_HEIGHT);
    let text = Text::from(vec![
        Line::styled(t.too_small, theme.title),
        Line::raw(size),
    ]);
    Paragraph::new(text)
        .wrap(Wrap { trim: true })
        .render(area, buf);
}
