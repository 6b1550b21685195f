//! `botsterk history --month [YYYY-MM]`: a month in review, in words or as JSON (last
//! month when no month is given). Only reads.

use chrono::NaiveDate;

use crate::catalog::Catalog;
use crate::coach::review::month::{last_month, month_review, parse_month};
use crate::commands::CommandError;
use crate::lang::Lang;
use crate::profile::Settings;
use crate::store::Store;

/// Reads the history and the profile, and says the month.
///
/// # Errors
/// A month not written YYYY-MM (exit 2), or files that cannot be read (exit 1).
pub fn run(
    store: &Store,
    catalog: &Catalog,
    settings: &Settings,
    month: &str,
    json: bool,
    today: NaiveDate,
    lang: Lang,
) -> Result<String, CommandError> {
    let first = if month.trim().is_empty() {
        last_month(today)
    } else {
        parse_month(month)
            .ok_or_else(|| CommandError::Usage((lang.texts().status.bad_month)(month)))?
    };
    let history = store.load_history()?;
    let practice_target = store
        .load_profile()?
        .map_or(crate::profile::DEFAULT_PRACTICE_DAYS, |p| {
            p.practice_target()
        });
    let review = month_review(catalog, &history, settings, practice_target, first, today);
    Ok(if json {
        serde_json::to_string_pretty(&review).unwrap_or_default()
    } else {
        crate::i18n::month::text(&review, catalog, settings.units, lang)
    })
}
