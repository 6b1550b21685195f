//! Tables whose columns fit their words: each column as wide as its widest cell, and when
//! the screen is too narrow for all of them, the column named flexible gives way and its
//! words wrap under a hanging indent, a row growing a line for each. No word is ever cut
//! (issue 32: "4 herhalingen (gesto" for "gestopt vanwege pijn").

use ratatui::layout::Constraint;
use ratatui::style::Style;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Cell, Row};

/// The narrowest a flexible column gets: a word longer than this still breaks, as a last
/// resort on a tiny screen.
const MIN_FLEX: usize = 10;

/// The width a text takes on screen.
#[must_use]
pub fn width(text: &str) -> usize {
    Span::raw(text).width()
}

/// Rows of cells sized to their words within `available` columns: `spacing` between the
/// columns and `lead` before the first (a highlight symbol). `flex` is the column that
/// gives way. Returns the widths and the rows, a wrapped cell's later lines indented by two.
#[must_use]
pub fn fit(
    header: &[&str],
    rows: Vec<Vec<String>>,
    available: u16,
    spacing: u16,
    lead: u16,
    flex: usize,
) -> (Vec<Constraint>, Vec<Row<'static>>) {
    let columns = header.len();
    let mut widths: Vec<usize> = header.iter().map(|h| width(h)).collect();
    for row in &rows {
        for (i, cell) in row.iter().enumerate().take(columns) {
            widths[i] = widths[i].max(width(cell));
        }
    }
    let gaps = usize::from(spacing) * columns.saturating_sub(1) + usize::from(lead);
    let total: usize = widths.iter().sum::<usize>() + gaps;
    let available = usize::from(available);
    if total > available && flex < columns {
        let others: usize = widths
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != flex)
            .map(|(_, w)| w)
            .sum();
        widths[flex] = available
            .saturating_sub(others + gaps)
            .max(MIN_FLEX)
            .min(widths[flex]);
    }
    let rows = rows
        .into_iter()
        .map(|row| {
            let cells: Vec<Text<'static>> = row
                .into_iter()
                .enumerate()
                .map(|(i, text)| wrap(text, widths.get(i).copied().unwrap_or(MIN_FLEX)))
                .collect();
            let height = cells.iter().map(|c| c.lines.len()).max().unwrap_or(1);
            Row::new(cells.into_iter().map(Cell::from)).height(u16::try_from(height).unwrap_or(1))
        })
        .collect();
    let constraints = widths
        .iter()
        .map(|w| Constraint::Length(u16::try_from(*w).unwrap_or(u16::MAX)))
        .collect();
    (constraints, rows)
}

/// `text` in lines of at most `width`, the later ones indented by two spaces.
fn wrap(text: String, width: usize) -> Text<'static> {
    if self::width(&text) <= width {
        // One line kept as it is (a history screen has a row per week: no copy of each
        // cell, no search for line breaks where there are none).
        return if text.contains(['\n', '\r']) {
            Text::from(text)
        } else {
            Text::from(Line::from(text))
        };
    }
    // Wrapped two short of the width, so each later line has room for its indent.
    let lines = super::wrap::words(&text, width.saturating_sub(2).max(3));
    Text::from(
        lines
            .into_iter()
            .enumerate()
            .map(|(i, line)| Line::from(if i == 0 { line } else { format!("  {line}") }))
            .collect::<Vec<_>>(),
    )
}

/// The header row, styled.
#[must_use]
pub fn header(titles: &[&str], style: Style) -> Row<'static> {
    Row::new(titles.iter().map(|t| Cell::from((*t).to_owned()))).style(style)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_fit_their_words_and_the_flexible_one_wraps_whole_words() {
        let rows = vec![vec![
            "Opdrukken tegen de muur".to_owned(),
            "2".to_owned(),
            "4 herhalingen (gestopt vanwege pijn)".to_owned(),
        ]];
        let (widths, rows) = fit(&["Oefening", "Serie", "Gedaan"], rows.clone(), 200, 1, 2, 2);
        assert_eq!(
            widths,
            [
                Constraint::Length(23),
                Constraint::Length(5),
                Constraint::Length(36)
            ]
        );
        assert_eq!(rows.len(), 1);
        // 40 columns: the third gets 40 - 23 - 5 - 2 - 2 = 8, at least 10.
        let (widths, _) = fit(
            &["Oefening", "Serie", "Gedaan"],
            vec![vec![
                "Opdrukken tegen de muur".into(),
                "2".into(),
                "4 herhalingen (gestopt vanwege pijn)".into(),
            ]],
            40,
            1,
            2,
            2,
        );
        assert_eq!(widths[2], Constraint::Length(10));
        let wrapped = wrap("4 herhalingen (gestopt vanwege pijn)".to_owned(), 20);
        let lines: Vec<String> = wrapped.lines.iter().map(ToString::to_string).collect();
        assert_eq!(lines, ["4 herhalingen", "  (gestopt vanwege", "  pijn)"]);
        // A cell that fits is left as it is.
        assert_eq!(wrap("2".to_owned(), 5).lines.len(), 1);
    }

    proptest::proptest! {
        /// A cell that fits is the text as ratatui makes it of a string, line breaks or not.
        #[test]
        fn a_cell_that_fits_is_its_text_as_it_is(text in "[a-z é●○◆\r\n]{0,12}") {
            proptest::prop_assert_eq!(wrap(text.clone(), 40), Text::from(text));
        }
    }
}
