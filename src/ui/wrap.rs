//! Word wrapping with a hanging indent: a wrapped step goes on under its text, not under
//! its number.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::truncated::Truncated;

/// `lines` as a paragraph, wrapped (words kept whole, leading spaces kept) only when one of
/// them is wider than `width`: lines that fit come out the same either way, and wrapping
/// walks every grapheme of the screen (issue 28: a fifth of home's first frame). Lines
/// that fit are drawn by [`Truncated`], as the paragraph would draw them, for less.
#[must_use]
pub fn paragraph(lines: Vec<Line<'_>>, width: u16) -> Drawn<'_> {
    let wrap = lines.iter().any(|l| l.width() > usize::from(width));
    Drawn { lines, wrap }
}

/// What [`paragraph`] draws: lines that fit, or a wrapped paragraph.
pub struct Drawn<'a> {
    lines: Vec<Line<'a>>,
    wrap: bool,
}

impl Widget for Drawn<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        if self.wrap {
            Paragraph::new(Text::from(self.lines))
                .wrap(Wrap { trim: false })
                .render(area, buf);
        } else {
            Truncated(self.lines).render(area, buf);
        }
    }
}

/// `prefix` then `body` wrapped to `width` columns; lines after the first start under the
/// body's first word. A word longer than a line is cut where the line ends.
#[must_use]
pub fn hanging(
    prefix: Span<'static>,
    body: &str,
    body_style: Style,
    width: u16,
) -> Vec<Line<'static>> {
    let indent = prefix.width();
    // A prefix that leaves no room would stack one letter per line: no indent then.
    let room = usize::from(width).saturating_sub(indent);
    let (indent, room) = if room < 10 {
        (0, usize::from(width).max(1))
    } else {
        (indent, room)
    };
    let mut lines = Vec::new();
    for (i, chunk) in words(body, room).into_iter().enumerate() {
        let lead = if i == 0 {
            prefix.clone()
        } else {
            Span::raw(" ".repeat(indent))
        };
        lines.push(Line::from(vec![lead, Span::styled(chunk, body_style)]));
    }
    if lines.is_empty() {
        lines.push(Line::from(prefix));
    }
    lines
}

/// `text` in lines of at most `room` columns, broken between words.
pub(crate) fn words(text: &str, room: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    let mut used = 0;
    for word in text.split_whitespace() {
        let mut word = word.to_owned();
        let mut len = Span::raw(word.as_str()).width();
        if used > 0 && used + 1 + len > room {
            lines.push(std::mem::take(&mut line));
            used = 0;
        }
        // Longer than a whole line: cut it.
        while len > room {
            let cut: String = word.chars().take(room).collect();
            word = word.chars().skip(room).collect();
            len = Span::raw(word.as_str()).width();
            if used > 0 {
                lines.push(std::mem::take(&mut line));
            }
            lines.push(cut);
            used = 0;
        }
        if used > 0 {
            line.push(' ');
            used += 1;
        }
        line.push_str(&word);
        used += len;
    }
    if used > 0 {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use ratatui::buffer::Buffer;
    use ratatui::layout::Rect;
    use ratatui::style::Style;
    use ratatui::widgets::Widget;

    /// `lines` drawn by [`super::paragraph`] at `width`, row by row.
    fn drawn(lines: Vec<ratatui::text::Line<'static>>, width: u16) -> Vec<String> {
        let area = Rect::new(0, 0, width, 4);
        let mut buf = Buffer::empty(area);
        super::paragraph(lines, width).render(area, &mut buf);
        (0..area.height)
            .map(|y| {
                (0..width)
                    .map(|x| buf[(x, y)].symbol())
                    .collect::<String>()
                    .trim_end()
                    .to_owned()
            })
            .collect()
    }

    #[test]
    fn a_paragraph_wraps_only_a_line_wider_than_the_screen() {
        use ratatui::text::{Line, Span};
        let two_styles = || {
            Line::from(vec![
                Span::raw("Rest "),
                Span::styled("between sets", Style::new().bold()),
            ])
        };
        // It fits: drawn as it is.
        assert_eq!(
            drawn(vec![two_styles()], 20),
            ["Rest between sets", "", "", ""]
        );
        // Wider than the screen: its words go on the next row, whole.
        assert_eq!(
            drawn(vec![two_styles()], 12),
            ["Rest between", "sets", "", ""]
        );
    }

    use super::*;

    fn texts(lines: &[Line]) -> Vec<String> {
        lines.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn wrapped_lines_keep_the_indent() {
        let lines = hanging(
            Span::raw(" 1. "),
            "Stand an arm's length from a wall, feet hip-width apart.",
            Style::default(),
            30,
        );
        assert_eq!(
            texts(&lines),
            [
                " 1. Stand an arm's length from",
                "    a wall, feet hip-width",
                "    apart."
            ]
        );
        assert!(lines.iter().all(|l| l.width() <= 30));
    }

    #[test]
    fn a_long_word_is_cut_and_nothing_is_lost() {
        let lines = hanging(
            Span::raw("! "),
            "ab abcdefghijklmnop cd",
            Style::default(),
            12,
        );
        assert_eq!(texts(&lines), ["! ab", "  abcdefghij", "  klmnop cd"]);
    }

    #[test]
    fn an_empty_body_keeps_its_prefix() {
        assert_eq!(
            texts(&hanging(Span::raw("x"), "", Style::default(), 20)),
            ["x"]
        );
    }
}
