//! The report to take to the physiotherapist or doctor: one self-contained HTML page with
//! inline SVG and CSS (no script, no address, no file beside it), printable on A4 or Letter
//! in black and white.
//!
//! Pure: a function of the history, the profile, the period and the language, and of
//! `today` and the version passed in. `botsterk report` and `r` in the history screens
//! write what [`render`] returns. Its weeks are those of `botsterk history --json` for the
//! same period: [`crate::coach::review::review_period`] reviews them as
//! [`crate::coach::review::review`] does, without the weeks before (a property over any
//! history holds the two to the same weeks).

mod data;
mod html;
mod svg;

use chrono::NaiveDate;

pub use data::{Adherence, PainEvent, PainKind, ReportData, Series, Step, StepReason, gather};

use crate::catalog::Catalog;
use crate::coach::review::review_period;
use crate::history::History;
use crate::lang::Lang;
use crate::profile::Profile;

/// Weeks in the report when `--weeks` is not given: about the three months between two
/// visits to a physiotherapist.
pub const DEFAULT_WEEKS: u32 = 12;
/// The longest period, ten years.
pub const MAX_WEEKS: u32 = 520;

/// What the report is made of.
#[derive(Debug, Clone, Copy)]
pub struct Request<'a> {
    pub catalog: &'a Catalog,
    pub history: &'a History,
    /// `None` before the first set-up: the answers are then said to be missing.
    pub profile: Option<&'a Profile>,
    pub today: NaiveDate,
    /// The weeks ending with `today`'s week, 1 to [`MAX_WEEKS`].
    pub weeks: u32,
    pub lang: Lang,
    /// botsterk's version, printed on the page.
    pub version: &'a str,
    /// The paper the page is laid out for (`report --paper`).
    pub paper: Paper,
}

/// The paper a printed report is laid out for: A4 (the default), or US Letter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Paper {
    #[default]
    A4,
    Letter,
}

impl Paper {
    /// The CSS `@page` size.
    #[must_use]
    pub fn css(self) -> &'static str {
        match self {
            Self::A4 => "A4",
            Self::Letter => "letter",
        }
    }
}

/// The whole HTML page.
#[must_use]
pub fn render(request: &Request) -> String {
    let settings = request.profile.map(Profile::settings).unwrap_or_default();
    let weeks = request.weeks.clamp(1, MAX_WEEKS);
    let looked_back = review_period(
        request.catalog,
        request.history,
        request.today,
        &settings,
        weeks,
    );
    let data = gather(
        request.catalog,
        request.history,
        &looked_back,
        &settings,
        request.today,
    );
    html::page(request, &settings, &data)
}

/// The file name the report gets when none is given: `botsterk-report-2026-11-26.html`.
#[must_use]
pub fn file_name(today: NaiveDate) -> String {
    format!("botsterk-report-{today}.html")
}

/// Text made safe for HTML and SVG, in content and in quoted attributes: every piece of text
/// on the page (exercise names, the history's ids, translations) goes through here. Written
/// where it is formatted (`write!(s, "<p>{}</p>", esc(text))`), never copied first: the page
/// escapes a few hundred texts (issue 28).
#[must_use]
pub fn esc(text: &str) -> Esc<'_> {
    Esc(text)
}

/// [`esc`]'s text, escaped as it is written.
#[derive(Debug, Clone, Copy)]
pub struct Esc<'a>(&'a str);

impl std::fmt::Display for Esc<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut rest = self.0;
        // Byte by byte: the five are ASCII, so a byte found is a whole character, and a
        // `char` pattern decoded every character first (a tenth of the report, issue 28).
        let special = |b: u8| matches!(b, b'&' | b'<' | b'>' | b'"' | b'\'');
        while let Some(at) = rest.bytes().position(special) {
            f.write_str(&rest[..at])?;
            f.write_str(match rest.as_bytes()[at] {
                b'&' => "&amp;",
                b'<' => "&lt;",
                b'>' => "&gt;",
                b'"' => "&quot;",
                _ => "&#39;",
            })?;
            rest = &rest[at + 1..];
        }
        f.write_str(rest)
    }
}

#[cfg(test)]
mod tests;
