//! Month by month (issue 29): each month the period touches, as `history --month` and
//! home's first screen of a month say it: sessions against the aim, practice days, what got
//! stronger, and the pain reported, one row each.

use std::fmt::Write;

use chrono::{Datelike, Months};

use super::super::data::ReportData;
use super::super::{Request, esc};
use crate::coach::review::month::month_review;
use crate::profile::Settings;

pub(super) fn months(s: &mut String, request: &Request, settings: &Settings, data: &ReportData) {
    let t = request.lang.texts();
    let r = t.report;
    let practice_target = request.profile.map_or(
        crate::profile::DEFAULT_PRACTICE_DAYS,
        crate::profile::Profile::practice_target,
    );
    let _ = write!(
        s,
        "<section><h2>{}</h2><table class=\"weeks\"><tr>",
        esc(r.months)
    );
    for head in r.months_columns {
        let _ = write!(s, "<th>{}</th>", esc(head));
    }
    s.push_str("</tr>");
    let last = data.last.min(request.today);
    let mut first = data.first.with_day(1).unwrap_or(data.first);
    while first <= last {
        let review = month_review(
            request.catalog,
            request.history,
            settings,
            practice_target,
            first,
            request.today,
        );
        let month = format!("{} {}", t.months[first.month0() as usize], first.year());
        let stronger =
            crate::i18n::month::stronger(&review, request.catalog, settings.units, request.lang)
                .unwrap_or_else(|| "–".to_owned());
        let pain = match review.pains.len() {
            0 => "–".to_owned(),
            n => n.to_string(),
        };
        let _ = write!(
            s,
            "<tr><td>{}</td><td>{} / {}</td><td>{} / {}</td><td>{}</td><td>{}</td></tr>",
            esc(&month),
            review.sessions,
            review.aim,
            review.practice_days,
            review.practice_aim,
            esc(&stronger),
            esc(&pain),
        );
        let Some(next) = first.checked_add_months(Months::new(1)) else {
            break;
        };
        first = next;
    }
    s.push_str("</table></section>\n");
}
