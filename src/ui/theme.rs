//! The styles, in one place. High contrast on dark and light terminals alike: emphasis comes
//! from bold and reverse video, colour only adds to what the words and symbols already say.

use ratatui::style::{Color, Modifier, Style};

/// Every style a screen uses.
#[derive(Debug, Clone, Copy)]
pub struct Theme {
    pub title: Style,
    pub text: Style,
    pub dim: Style,
    pub big: Style,
    pub key: Style,
    pub warning: Style,
    pub good: Style,
    pub gauge: Style,
}

/// The normal theme: terminal default colours plus a few safe accents.
pub const THEME: Theme = Theme {
    title: Style::new().add_modifier(Modifier::BOLD),
    text: Style::new(),
    dim: Style::new().add_modifier(Modifier::ITALIC),
    big: Style::new().add_modifier(Modifier::BOLD),
    key: Style::new()
        .add_modifier(Modifier::REVERSED)
        .add_modifier(Modifier::BOLD),
    warning: Style::new().fg(Color::Red).add_modifier(Modifier::BOLD),
    good: Style::new().fg(Color::Green).add_modifier(Modifier::BOLD),
    gauge: Style::new().fg(Color::Blue),
};

/// For `NO_COLOR`: the same emphasis without any colour.
pub const MONO: Theme = Theme {
    warning: Style::new().add_modifier(Modifier::BOLD),
    good: Style::new().add_modifier(Modifier::BOLD),
    gauge: Style::new(),
    ..THEME
};
