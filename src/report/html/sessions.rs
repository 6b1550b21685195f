//! Pain and the sessions: what was reported, and the last sessions set by set.

use std::fmt::Write;

use super::super::data::{PainKind, ReportData};
use super::super::esc;
use super::*;
use crate::card::Measure;
use crate::catalog::Catalog;
use crate::history::{Effort, SessionRecord, SetRecord};
use crate::i18n::Texts;
use crate::lang::Lang;
use crate::profile::Settings;

pub(super) fn pain(s: &mut String, catalog: &Catalog, lang: Lang, data: &ReportData) {
    let t = lang.texts();
    let r = t.report;
    let _ = write!(s, "<section><h2>{}</h2>", esc(r.pain));
    if data.pain.is_empty() && data.holds.is_empty() {
        let _ = write!(s, "<p>{}</p>", esc(r.no_pain));
    } else {
        s.push_str("<ul class=\"pain-list\">");
        for event in &data.pain {
            let exercise = name(catalog, lang, &event.exercise);
            let text = match &event.kind {
                PainKind::Report { stopped_set, site } => {
                    let mut text = (r.pain_report)(&exercise);
                    if let Some(site) = site {
                        text = (r.pain_site)(&text, t.session.pain_site(*site));
                    }
                    if let Some(n) = stopped_set {
                        text = format!("{text} ({})", (r.pain_stopped_set)(n));
                    }
                    text
                }
                PainKind::Answer { answer, since } => {
                    (r.pain_answer)(&exercise, &date(t, *since), t.pain.answer(*answer))
                }
            };
            let _ = write!(s, "<li>⚠ {}: {}</li>", EscDate(t, event.date), esc(&text));
        }
        for hold in &data.holds {
            let text = (r.on_hold)(&name(catalog, lang, &hold.exercise), &date(t, hold.since));
            let _ = write!(s, "<li>⚠ {}</li>", esc(&text));
        }
        s.push_str("</ul>");
    }
    let _ = write!(s, "<h2>{}</h2>", esc(r.left_out));
    if data.excluded.is_empty() {
        let _ = write!(s, "<p>{}</p>", esc(r.nothing_left_out));
    } else {
        s.push_str("<ul>");
        for excluded in &data.excluded {
            let line = t.excluded(excluded, &name(catalog, lang, &excluded.id));
            let _ = write!(s, "<li>{}</li>", esc(&line));
        }
        s.push_str("</ul>");
    }
    s.push_str("</section>\n");
}

pub(super) fn sessions(
    s: &mut String,
    catalog: &Catalog,
    lang: Lang,
    settings: &Settings,
    data: &ReportData,
) {
    let t = lang.texts();
    let r = t.report;
    let _ = write!(s, "<section><h2>{}</h2>", esc(r.sessions));
    if data.sessions.is_empty() {
        let _ = writeln!(s, "<p>{}</p></section>", esc(r.no_sessions));
        return;
    }
    let left = data.sessions.len().saturating_sub(MAX_SESSION_ROWS);
    if left > 0 {
        let _ = write!(
            s,
            "<p class=\"muted\">{}</p>",
            esc(&if left == 1 {
                r.earlier_session_one.to_owned()
            } else {
                (r.earlier_sessions)(&left)
            })
        );
    }
    let _ = write!(
        s,
        "<table class=\"sessions\"><thead><tr><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
        esc(r.col_date),
        esc(r.col_program),
        esc(r.col_exercises),
    );
    for session in &data.sessions[left..] {
        session_row(s, catalog, lang, settings, session);
    }
    s.push_str("</tbody></table></section>\n");
}

pub(super) fn session_row(
    s: &mut String,
    catalog: &Catalog,
    lang: Lang,
    settings: &Settings,
    session: &SessionRecord,
) {
    let t = lang.texts();
    let r = t.report;
    let _ = write!(
        s,
        "<tr><td>{}</td><td>{}",
        EscDate(t, session.date),
        esc(t.program(session.program))
    );
    if session.is_short() {
        let short =
            (t.pain.short_session)(&session.sets_done(), &session.planned_sets.unwrap_or(0));
        let _ = write!(s, "<br/><strong>{}</strong>", esc(&short));
    }
    if session.logged {
        let _ = write!(s, "<br/><em>{}</em>", esc(r.mark_logged));
    }
    s.push_str("</td><td>");
    // Written straight into the page, "; " between the exercises: a String per exercise
    // joined afterwards was a sixth of the report on a year of history (issue 28).
    let done = session
        .exercises
        .iter()
        .filter(|e| !e.sets.is_empty() || e.reports_pain());
    for (i, e) in done.enumerate() {
        if i > 0 {
            s.push_str("; ");
        }
        let known = catalog.get(&e.id);
        // An exercise's own name, as `name_of` finds it first (without looking it up again).
        let name = match known {
            Some(exercise) => exercise.text(lang).name.as_str(),
            None => catalog.name_of(&e.id, lang).unwrap_or(&e.id),
        };
        let _ = write!(s, "{} ", esc(name));
        sets(s, t, known.map(|x| x.measure), &e.sets);
        if let Some(kg) = e.weight_kg {
            s.push_str(" @ ");
            // Two dumbbells: the weight is each one's, said so.
            if known.is_some_and(|x| x.per_hand) {
                let weight = t.weight(kg, settings.units);
                let _ = write!(s, "{}", esc(&(t.report.per_hand)(&weight)));
            } else {
                // Digits, the language's decimal sign and the unit: nothing to escape.
                t.write_weight(s, kg, settings.units);
            }
        }
        match e.effort {
            _ if e.reports_pain() => {
                let _ = write!(
                    s,
                    " <span class=\"pain\">⚠ {}</span>",
                    esc(t.session.effort_pain)
                );
            }
            Some(effort) => {
                let _ = write!(s, " ({})", esc(effort_word(t, effort)));
            }
            None => {}
        }
    }
    s.push_str("</td></tr>");
}

pub(super) fn effort_word(t: &Texts, effort: Effort) -> &'static str {
    match effort {
        Effort::TooEasy => t.session.effort_too_easy,
        Effort::JustRight => t.session.effort_just_right_short,
        Effort::TooHard => t.session.effort_too_hard,
        Effort::Pain => t.session.effort_pain,
    }
}

/// "2 × 12", or "12, 12, 11" when the sets differ; "30 s"; stomps "20/20" per foot: written
/// into the page `s`, escaped.
pub(super) fn sets(s: &mut String, t: &Texts, measure: Option<Measure>, sets: &[SetRecord]) {
    // What a set's text is made of: two sets read alike exactly when these are equal
    // (the three forms never read alike: "30 s", "20/20", "30").
    let said = |set: &SetRecord| {
        let number = match (measure, set.left, set.right) {
            (Some(Measure::Hold), ..) => Said::Seconds(set.seconds.unwrap_or(0)),
            (Some(Measure::Stomps), Some(l), Some(r)) => Said::Feet(l, r),
            _ => Said::Number(set.reps.or(set.seconds).unwrap_or(0)),
        };
        (number, set.stopped_for_pain)
    };
    let mut digits = itoa::Buffer::new();
    let mut one = |s: &mut String, set: &SetRecord| {
        match said(set).0 {
            Said::Seconds(n) => {
                s.push_str(digits.format(n));
                s.push_str(" s");
            }
            Said::Feet(l, r) => {
                s.push_str(digits.format(l));
                s.push('/');
                s.push_str(digits.format(r));
            }
            Said::Number(n) => s.push_str(digits.format(n)),
        }
        if set.stopped_for_pain {
            let _ = write!(s, " ({})", esc(t.pain.stopped_for_pain));
        }
    };
    // Written straight into the page: a string per set, and then one for them all, were
    // most of the report's sessions table (issue 28).
    match sets {
        [] => s.push('–'),
        [first, rest @ ..] if rest.iter().all(|set| said(set) == said(first)) => {
            s.push_str(itoa::Buffer::new().format(sets.len()));
            s.push_str(" × ");
            one(s, first);
        }
        _ => {
            for (i, set) in sets.iter().enumerate() {
                if i > 0 {
                    s.push_str(", ");
                }
                one(s, set);
            }
        }
    }
}

/// A set's number as [`sets`] writes it.
#[derive(PartialEq)]
enum Said {
    Seconds(u32),
    Feet(u32, u32),
    Number(u32),
}

#[cfg(test)]
mod tests {
    use super::sets;
    use crate::card::Measure;
    use crate::history::SetRecord;
    use crate::history::build::{hold_set, rep_set, stomps};
    use crate::lang::Lang;

    fn said(measure: Measure, list: &[SetRecord]) -> String {
        let mut s = String::new();
        sets(&mut s, Lang::En.texts(), Some(measure), list);
        s
    }

    #[test]
    fn sets_alike_are_counted_and_any_difference_lists_them_all() {
        assert_eq!(
            said(Measure::Reps, &[rep_set(12), rep_set(12), rep_set(12)]),
            "3 × 12"
        );
        assert_eq!(said(Measure::Reps, &[rep_set(12)]), "1 × 12");
        // The first and the last alike, the middle not: every set listed.
        let uneven = [rep_set(9), rep_set(8), rep_set(9)];
        assert_eq!(said(Measure::Reps, &uneven), "9, 8, 9");
        assert_eq!(
            said(Measure::Reps, &[rep_set(9), rep_set(9), rep_set(8)]),
            "9, 9, 8"
        );
        assert_eq!(said(Measure::Reps, &[]), "–");
        assert_eq!(
            said(Measure::Hold, &[hold_set(30), hold_set(30)]),
            "2 × 30 s"
        );
        assert_eq!(
            said(Measure::Stomps, &[stomps(20, 20), stomps(20, 18)]),
            "20/20, 20/18"
        );
    }

    #[test]
    fn a_set_stopped_for_pain_says_so_and_is_not_alike_the_others() {
        let stopped = SetRecord {
            stopped_for_pain: true,
            ..rep_set(12)
        };
        let text = said(Measure::Reps, &[rep_set(12), stopped]);
        let pain = Lang::En.texts().pain.stopped_for_pain;
        assert_eq!(text, format!("12, 12 ({pain})"));
    }
}
