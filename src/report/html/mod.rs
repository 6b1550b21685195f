//! The page: sections in the order a physiotherapist reads them (who and what, how often,
//! how the loads grew, pain, the sessions), laid out for A4 and Letter with print CSS.
//!
//! Written as well-formed XML too (every element closed, only the five XML entities), so
//! the tests can parse it strictly.

use std::fmt::Write;

use chrono::{Datelike, NaiveDate};

use super::data::ReportData;
use super::{Request, esc};
use crate::catalog::Catalog;
use crate::i18n::Texts;
use crate::lang::Lang;
use crate::profile::Settings;

mod about;
mod checks;
mod loads;
mod months;
mod practice;
mod sessions;
use about::*;
use loads::*;
use sessions::*;

/// Sessions listed at most (about eight weeks), newest kept: with eight charts the table
/// must not push the report past three sheets. The CSV export has every set.
pub(super) const MAX_SESSION_ROWS: usize = 24;
/// Steps listed under a chart at most, newest kept.
pub(super) const MAX_STEPS: usize = 4;
/// Up to this many weeks the week-by-week numbers are a table under the chart.
pub(super) const WEEK_TABLE: usize = 26;
/// Weeks under the minimum named at most in the text.
pub(super) const MAX_UNDER_NAMED: usize = 20;

/// The page's style; `@page`'s size comes first, from the paper asked for.
const CSS: &str = "
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font: 9.5pt/1.35 'DejaVu Sans', 'Liberation Sans', Arial, Helvetica, sans-serif;
  color: #000; background: #fff; max-width: 186mm; margin: 0 auto; padding: 0 2mm; }
h1 { font-size: 15pt; margin: 0 0 1mm; }
h2 { font-size: 12pt; border-bottom: 1.5px solid #000; margin: 4mm 0 1.5mm;
  break-after: avoid; page-break-after: avoid; }
p { margin: 1mm 0; }
.period { font-size: 11pt; margin: 0 0 2mm; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 0.5mm 1.5mm;
  border-bottom: 0.5px solid #888; }
.about th { width: 34%; font-weight: normal; }
.note { border: 1.5px solid #000; padding: 1.5mm 3mm; margin: 2mm 0; }
figure { margin: 1mm 0; break-inside: avoid; page-break-inside: avoid; }
svg { display: block; width: 100%; height: auto; }
svg text { font-family: 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif; fill: #000; }
svg .title { font-size: 12px; font-weight: bold; }
svg .tick { font-size: 9px; }
svg .axis { font-size: 9.5px; font-style: italic; }
svg .num { font-size: 9px; font-weight: bold; }
svg .step { font-size: 8px; font-weight: bold; }
.weeks th, .weeks td { text-align: center; padding: 0.3mm 0.5mm; font-size: 8pt; }
.weeks th:first-child, .weeks td:first-child { text-align: left; }
.charts { display: grid; grid-template-columns: 1fr 1fr; gap: 2mm 6mm; }
.charts figure { break-inside: avoid; page-break-inside: avoid; }
figcaption, .steps { font-size: 8pt; }
.steps { margin: 0.5mm 0 0; padding-left: 5mm; }
.pain { font-weight: bold; border: 1.5px solid #000; background: #eee; padding: 0 1mm; }
ul.pain-list { list-style: none; padding: 0; margin: 1mm 0; }
ul.pain-list li { border-left: 4px solid #000; background: #eee; padding: 0.5mm 2mm;
  margin: 0.8mm 0; font-weight: bold; }
.sessions td, .sessions th { font-size: 8pt; }
.sessions td:first-child { white-space: nowrap; }
.muted { font-size: 8pt; }
footer { margin-top: 3mm; font-size: 7.5pt; border-top: 0.5px solid #888; padding-top: 1mm; }
";

pub fn page(request: &Request, settings: &Settings, data: &ReportData) -> String {
    let t = request.lang.texts();
    let r = t.report;
    let mut s = String::with_capacity(64 * 1024);
    let _ = writeln!(
        s,
        "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\"/><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/><title>{} · {}</title><style>\n@page {{ size: {}; margin: 13mm 12mm; }}{CSS}</style></head><body>",
        r.html_lang,
        esc(r.title),
        esc(&period(t, data)),
        request.paper.css(),
    );
    // Whose report it is, when the profile names them (`profile --name`).
    let name = request
        .profile
        .and_then(|p| p.name.as_deref())
        .map(|name| format!("<p class=\"period\"><strong>{}</strong></p>", esc(name)))
        .unwrap_or_default();
    let _ = writeln!(
        s,
        "<header><h1>{}</h1>{name}<p class=\"period\">{}</p></header>",
        esc(r.title),
        esc(&period(t, data))
    );
    about(&mut s, request, settings, data);
    adherence(&mut s, t, settings, data);
    months::months(&mut s, request, settings, data);
    loads(&mut s, request, t, settings, data);
    pain(&mut s, request.catalog, request.lang, data);
    practice::practice(&mut s, request, data);
    checks::checks(&mut s, request, data);
    sessions(&mut s, request.catalog, request.lang, settings, data);
    let _ = writeln!(
        s,
        "<footer>{}</footer>\n</body></html>",
        esc(&(r.footer)(request.version))
    );
    s
}

/// "3 Nov 2026": short and the same on every printer.
pub(super) fn date(t: &Texts, date: NaiveDate) -> String {
    format!(
        "{} {} {}",
        date.day(),
        t.months_short[date.month0() as usize],
        date.year()
    )
}

/// [`date`] escaped, written where it is formatted (`esc(&date(..))` without the string):
/// the day and the year are digits, only the month's name could need escaping.
pub(super) struct EscDate<'a>(pub &'a Texts, pub NaiveDate);

impl std::fmt::Display for EscDate<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let Self(t, date) = self;
        let month = esc(t.months_short[date.month0() as usize]);
        write!(f, "{} {month} {}", date.day(), date.year())
    }
}

pub(super) fn period(t: &Texts, data: &ReportData) -> String {
    // The period starts at the first week with a session when the history is younger.
    let first = data.weeks.first().map_or(data.first, |w| w.start);
    (t.report.period)(&date(t, first), &date(t, data.last))
}

/// The exercise's name in the report's language; an id the catalog does not know (a later
/// botsterk's, or typed by hand) as it is.
pub(super) fn name(catalog: &Catalog, lang: Lang, id: &str) -> String {
    catalog
        .name_of(id, lang)
        .map_or_else(|| id.to_owned(), str::to_owned)
}

pub(super) fn row(s: &mut String, label: &str, value: &str) {
    let _ = write!(s, "<tr><th>{}</th><td>{}</td></tr>", esc(label), esc(value));
}
