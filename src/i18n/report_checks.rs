//! The report's section on the test day and the falls diary (issue 30), in English and
//! Dutch.

use crate::lang::Lang;

/// The texts of one language.
#[derive(Debug)]
pub struct ReportChecksTexts {
    pub heading: &'static str,
    pub intro: &'static str,
    /// The threshold line's label. `{value}`
    pub line: fn(&str) -> String,
    pub source: &'static str,
    pub falls: &'static str,
    pub no_falls: &'static str,
    pub month: &'static str,
    pub falls_col: &'static str,
    pub near_col: &'static str,
    pub what_col: &'static str,
    /// The chart's description for screen readers. `{test}`
    pub desc: fn(&str) -> String,
}

/// The texts of `lang`.
#[must_use]
pub fn texts(lang: Lang) -> &'static ReportChecksTexts {
    match lang {
        Lang::En => &EN,
        Lang::Nl => &NL,
    }
}

pub static EN: ReportChecksTexts = ReportChecksTexts {
    heading: "Function tests and falls",
    intro: "The test day's results over time, each against its published norm (the dashed \
            line) where the profile gives the year of birth and sex. Reference values for a \
            conversation, never a diagnosis.",
    line: |v| format!("norm line {v}"),
    source: "Source",
    falls: "Falls and near falls per month",
    no_falls: "No falls or near falls recorded.",
    month: "Month",
    falls_col: "Falls",
    near_col: "Near falls",
    what_col: "Circumstances",
    desc: |test| format!("{test}: each result by date, with the norm as a dashed line."),
};

pub static NL: ReportChecksTexts = ReportChecksTexts {
    heading: "Functietests en vallen",
    intro: "De uitslagen van de testdag door de tijd, elk naast de gepubliceerde norm (de \
            stippellijn) als het profiel geboortejaar en geslacht geeft. Referentiewaarden \
            voor een gesprek, nooit een diagnose.",
    line: |v| format!("normlijn {v}"),
    source: "Bron",
    falls: "Vallen en bijna-vallen per maand",
    no_falls: "Geen vallen of bijna-vallen vastgelegd.",
    month: "Maand",
    falls_col: "Vallen",
    near_col: "Bijna-vallen",
    what_col: "Omstandigheden",
    desc: |test| format!("{test}: elke uitslag op datum, met de norm als stippellijn."),
};
