//! Lines drawn as a `Paragraph` without wrapping draws them (each cut at the right edge,
//! one line per row), without the paragraph's cost: issue 28 found home's paragraph to be
//! a third of its first frame, most of it two style passes over every cell that change
//! nothing (the paragraph's style is the default) and grapheme segmentation of plain ASCII.
//!
//! The cells come out exactly as the paragraph's: a property in the tests below draws any
//! lines both ways. Lines aligned other than left are left to the paragraph itself.

use ratatui::buffer::{Buffer, CellWidth};
use ratatui::layout::{Alignment, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Text};
use ratatui::widgets::{Paragraph, Widget};

/// Left-aligned lines, cut at the area's right edge and bottom.
pub struct Truncated<'a>(pub Vec<Line<'a>>);

impl Widget for Truncated<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let left = |line: &Line| matches!(line.alignment, None | Some(Alignment::Left));
        if !self.0.iter().all(left) {
            return Paragraph::new(Text::from(self.0)).render(area, buf);
        }
        let area = area.intersection(buf.area);
        if area.is_empty() {
            return;
        }
        for (line, y) in self.0.iter().zip(area.top()..area.bottom()) {
            draw_line(line, area, y, buf);
        }
    }
}

/// One line on row `y`, as `LineTruncator` and `render_line` in ratatui-widgets' paragraph
/// do: a grapheme wider than the area is skipped, the line ends at the first that would
/// cross the edge, a zero-width grapheme takes no cell.
fn draw_line(line: &Line, area: Rect, y: u16, buf: &mut Buffer) {
    let max = area.width;
    let start = buf.index_of(area.x, y);
    let row = &mut buf.content[start..start + usize::from(max)];
    let mut used: u16 = 0;
    let mut put = |symbol: &str, width: u16, style: Style| -> bool {
        if width > max {
            return true;
        }
        if used + width > max {
            return false;
        }
        if width > 0 {
            row[usize::from(used)].set_symbol(symbol).set_style(style);
        }
        used += width;
        true
    };
    let base = Style::default().patch(line.style);
    for span in &line.spans {
        let content = span.content.as_ref();
        if content.is_ascii() {
            // Each ASCII character is its own grapheme ("\r\n" is one, but a control one,
            // and those are dropped like every other control character), one cell wide.
            let style = base.patch(span.style);
            for (i, byte) in content.bytes().enumerate() {
                if byte.is_ascii_control() {
                    continue;
                }
                if !put(&content[i..=i], 1, style) {
                    return;
                }
            }
        } else {
            for grapheme in span.styled_graphemes(base) {
                if !put(
                    grapheme.symbol,
                    grapheme.symbol.cell_width(),
                    grapheme.style,
                ) {
                    return;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use ratatui::style::{Color, Modifier};
    use ratatui::text::Span;

    /// Pieces a line is made of: plain, control, wide, zero-width, combining, emoji.
    const PIECES: [&str; 14] = [
        "a",
        "Rest ",
        "x",
        " ",
        "\n",
        "\r\n",
        "\t",
        "\u{7f}",
        "界",
        "👍",
        "\u{200d}",
        "e\u{301}",
        "ﾊﾞ",
        "👩\u{200d}👩",
    ];

    fn style() -> impl Strategy<Value = Style> {
        (0..4u8, 0..3u8, 0..3u8).prop_map(|(color, background, modifier)| {
            let mut style = Style::default();
            if color > 0 {
                style = style.fg(Color::Indexed(color));
            }
            if background > 0 {
                style = style.bg(Color::Indexed(background + 8));
            }
            match modifier {
                1 => style.add_modifier(Modifier::BOLD),
                2 => style.remove_modifier(Modifier::BOLD),
                _ => style,
            }
        })
    }

    fn span() -> impl Strategy<Value = Span<'static>> {
        (prop::collection::vec(0..PIECES.len(), 0..8), style()).prop_map(|(pieces, style)| {
            let text: String = pieces.into_iter().map(|i| PIECES[i]).collect();
            Span::styled(text, style)
        })
    }

    fn line() -> impl Strategy<Value = Line<'static>> {
        (prop::collection::vec(span(), 0..4), style(), any::<bool>()).prop_map(
            |(spans, style, left)| {
                let line = Line::from(spans).style(style);
                if left { line.left_aligned() } else { line }
            },
        )
    }

    /// A buffer away from (0, 0) with something drawn already, so that what is left alone
    /// shows: empty cells (no symbol), spaces, letters and a wide grapheme, styled.
    fn used_buffer() -> Buffer {
        let area = Rect::new(2, 1, 24, 8);
        let mut buf = Buffer::empty(area);
        for y in (area.top()..area.bottom()).step_by(2) {
            buf.set_string(
                2,
                y,
                "a 界 ~ x",
                Style::default().fg(Color::Red).bg(Color::Blue),
            );
        }
        buf
    }

    /// Every cell as its `Debug` shows it: an empty cell (no symbol) and a space differ
    /// here, where `Buffer`'s `==` takes them for the same.
    fn cells(buf: &Buffer) -> Vec<String> {
        buf.content.iter().map(|cell| format!("{cell:?}")).collect()
    }

    proptest! {
        #[test]
        fn any_lines_are_drawn_as_the_paragraph_draws_them(
            lines in prop::collection::vec(line(), 0..10),
            x in 0..6u16,
            y in 0..3u16,
            width in 0..30u16,
            height in 0..8u16,
        ) {
            let area = Rect::new(x, y, width, height);
            let mut expected = used_buffer();
            Paragraph::new(Text::from(lines.clone())).render(area, &mut expected);
            let mut drawn = used_buffer();
            Truncated(lines).render(area, &mut drawn);
            prop_assert_eq!(cells(&drawn), cells(&expected));
        }
    }

    #[test]
    fn a_centred_line_is_drawn_by_the_paragraph() {
        let lines = vec![Line::from("centre").centered(), Line::from("left")];
        let area = Rect::new(0, 0, 12, 2);
        let mut expected = Buffer::empty(area);
        Paragraph::new(Text::from(lines.clone())).render(area, &mut expected);
        let mut drawn = Buffer::empty(area);
        Truncated(lines).render(area, &mut drawn);
        assert_eq!(drawn, expected);
        assert_eq!(drawn, Buffer::with_lines(["   centre   ", "left        "]));
    }
}
