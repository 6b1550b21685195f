use super::*;
use crate::catalog::Program;
use crate::commands::history::to_json;
use crate::history::build::{beginner, d, exercise, history, reps, session};
use crate::history::{Effort, PainAnswer, PainCheckAnswer};
use crate::profile::BoneStatus;

/// The demo user's year, ending on a fixed Thursday: the golden report's history.
fn demo() -> History {
    crate::demo::demo_history(&Catalog::builtin(), d(2026, 11, 26), 1)
}

fn profile(lang: Lang) -> Profile {
    Profile {
        bone_status: BoneStatus::Osteoporosis,
        cleared_for_impact: false,
        ..Profile::defaults(lang)
    }
}

fn render_with(history: &History, profile: Option<&Profile>, weeks: u32, lang: Lang) -> String {
    render(&Request {
        catalog: &Catalog::builtin(),
        history,
        profile,
        today: d(2026, 11, 26),
        weeks,
        lang,
        version: "test",
        paper: super::Paper::A4,
    })
}

/// Every `<svg>…</svg>` of the page.
fn svgs(html: &str) -> Vec<&str> {
    html.match_indices("<svg")
        .map(|(start, _)| {
            let end = html[start..].find("</svg>").expect("closed") + start + "</svg>".len();
            &html[start..end]
        })
        .collect()
}

#[test]
fn the_golden_report_is_the_same_byte_for_byte_in_both_languages() {
    let history = demo();
    for lang in [Lang::En, Lang::Nl] {
        let html = render_with(&history, Some(&profile(lang)), DEFAULT_WEEKS, lang);
        let name = match lang {
            Lang::En => "report_en",
            Lang::Nl => "report_nl",
        };
        insta::assert_snapshot!(name, html);
    }
}

#[test]
fn the_page_parses_strictly_and_names_no_address_and_runs_no_script() {
    let history = demo();
    for lang in [Lang::En, Lang::Nl] {
        for weeks in [1, DEFAULT_WEEKS, MAX_WEEKS] {
            let html = render_with(&history, Some(&profile(lang)), weeks, lang);
            // Written as XML too, so a strict parser checks every element is closed.
            let body = html.trim_start_matches("<!DOCTYPE html>\n");
            if let Err(e) = roxmltree::Document::parse(body) {
                panic!("{lang:?} {weeks} weeks: {e}");
            }
            let charts = svgs(&html);
            assert!(!charts.is_empty());
            for svg in charts {
                let doc = roxmltree::Document::parse(svg).expect("well-formed SVG");
                let root = doc.root_element();
                assert!(
                    root.children().any(|n| n.has_tag_name("title")),
                    "a chart without a title"
                );
            }
            let lower = html.to_lowercase();
            for banned in ["http://", "https://", "<script", "<link", "<img", "@import"] {
                assert!(!lower.contains(banned), "{banned} in the report");
            }
        }
    }
}

#[test]
fn the_weeks_agree_with_history_json() {
    let history = demo();
    let profile = profile(Lang::En);
    let settings = profile.settings();
    let today = d(2026, 11, 26);
    let json = to_json(&Catalog::builtin(), &history, today, Some(12), &settings, 3);
    let looked_back =
        crate::coach::review::review_period(&Catalog::builtin(), &history, today, &settings, 12);
    let data = gather(
        &Catalog::builtin(),
        &history,
        &looked_back,
        &settings,
        today,
    );
    let from_json: Vec<(String, u32, u32)> = json
        .weeks
        .iter()
        .rev()
        .map(|w| (w.week.clone(), w.days, w.sessions))
        .collect();
    let from_report: Vec<(String, u32, u32)> = data
        .weeks
        .iter()
        .map(|w| (w.label.clone(), w.days, w.counted_sessions()))
        .collect();
    assert_eq!(from_report, from_json);
    let sessions: u32 = json.weeks.iter().map(|w| w.sessions).sum();
    assert_eq!(data.adherence.sessions, sessions);
    // The judged weeks are the finished ones; this week (26 November) is still open.
    assert_eq!(data.adherence.judged_weeks, 11);
    let met = json.weeks.iter().skip(1).filter(|w| w.met_minimum).count();
    assert_eq!(data.adherence.at_minimum as usize, met);
    let html = render_with(&history, Some(&profile), 12, Lang::En);
    assert!(
        html.contains(&format!("{sessions} sessions counted in 12 weeks.")),
        "{html}"
    );
    // The bars' numbers are in the text beside the chart: every week's days/target.
    for week in &json.weeks {
        assert!(html.contains(&format!("<td>{}/{}</td>", week.days, week.target)));
    }
}

#[test]
fn adherence_counts_finished_weeks_and_the_longest_run() {
    // Weeks of 2026: W45 two days, W46 one, W47 three, W48 (this one) one so far.
    let mut sessions = vec![];
    for day in [2, 4, 10, 16, 18, 20, 23] {
        sessions.push(beginner(d(2026, 11, day)));
    }
    let h = history(sessions);
    let settings = Profile::defaults(Lang::En).settings();
    let today = d(2026, 11, 26);
    let looked_back =
        crate::coach::review::review_period(&Catalog::builtin(), &h, today, &settings, 4);
    let data = gather(&Catalog::builtin(), &h, &looked_back, &settings, today);
    let a = &data.adherence;
    assert_eq!(
        (a.judged_weeks, a.at_minimum, a.at_target, a.longest_run),
        (3, 2, 1, 1)
    );
    assert_eq!(a.share(a.at_minimum), Some(67));
    let html = render_with(&h, None, 4, Lang::En);
    assert!(html.contains("Weeks at the minimum of 2 sessions: 2 of 3 (67 %)."));
    assert!(html.contains("Weeks at the target of 3 sessions: 1 of 3 (33 %)."));
    assert!(html.contains("Weeks under the minimum: week 46."), "{html}");
    assert!(!html.contains("2026-W"), "no ISO week label for people");
    assert!(html.contains("The current week is still under way"));
    // Without a profile the answers are said to be missing, not guessed.
    assert!(html.contains("not answered yet"));
}

#[test]
fn steps_carry_their_dates_and_reasons() {
    let mut h = history(vec![
        session(
            d(2026, 10, 5),
            Program::Advanced,
            vec![exercise("goblet-squat", Some(8.0), reps(&[12, 12, 12]))],
        ),
        session(
            d(2026, 10, 14),
            Program::Advanced,
            vec![exercise("goblet-squat", Some(10.0), reps(&[10, 10, 10]))],
        ),
        session(
            d(2026, 11, 16),
            Program::Advanced,
            vec![exercise("goblet-squat", Some(8.0), reps(&[10, 10, 10]))],
        ),
    ]);
    h.weight_changes.push(crate::history::WeightChange::new(
        d(2026, 10, 5),
        "goblet-squat".into(),
        Some(8.0),
        10.0,
    ));
    let html = render_with(&h, None, 12, Lang::En);
    assert!(
        // The coach proposes 9 kg (a 1 kg step without a list of owned weights): 10 kg was
        // the user's own choice (issue 24, design 8).
        html.contains("14 Oct 2026: 8 kg → 10 kg, a heavier weight chosen by you"),
        "{html}"
    );
    assert!(html.contains("16 Nov 2026: 10 kg → 8 kg, after a break of more than two weeks"));
    assert!(html.contains("5 Oct 2026: 8 kg; 16 Nov 2026: 8 kg."));
    let nl = render_with(&h, None, 12, Lang::Nl);
    assert!(
        nl.contains("14 okt 2026: 8 kg → 10 kg, een zwaarder gewicht dat je zelf koos"),
        "{nl}"
    );
    // The coach's own proposal (8 to 9 kg), taken: said so.
    h.weight_changes[0].to_kg = 9.0;
    h.sessions[1].exercises[0].weight_kg = Some(9.0);
    let html = render_with(&h, None, 12, Lang::En);
    assert!(
        html.contains("14 Oct 2026: 8 kg → 9 kg, a heavier weight proposed by the coach, taken"),
        "{html}"
    );
}

#[test]
fn pain_reports_and_answers_are_highlighted_with_their_dates() {
    let mut hurt = exercise("chair-squat", None, reps(&[10, 4]));
    hurt.effort = Some(Effort::Pain);
    hurt.sets[1].stopped_for_pain = true;
    let mut h = history(vec![
        beginner(d(2026, 11, 2)),
        session(d(2026, 11, 4), Program::Beginner, vec![hurt]),
    ]);
    h.pain_checks.push(PainCheckAnswer::new(
        d(2026, 11, 9),
        "chair-squat".into(),
        PainAnswer::NotYet,
        d(2026, 11, 4),
    ));
    let html = render_with(&h, Some(&profile(Lang::En)), 12, Lang::En);
    let pain = &html[html.find("class=\"pain-list\"").expect("a pain list")..];
    let pain = &pain[..pain.find("</ul>").unwrap()];
    assert!(
        pain.contains("4 Nov 2026: Pain reported during Chair squats (set 2 stopped)"),
        "{pain}"
    );
    assert!(
        pain.contains("9 Nov 2026: Pain check of Chair squats (pain of 4 Nov 2026): not yet"),
        "{pain}"
    );
    assert!(
        pain.contains("Chair squats is on hold since 4 Nov 2026"),
        "{pain}"
    );
    // In the sessions table too, marked in words as well as in bold.
    assert!(html.contains("<span class=\"pain\">⚠ pain</span>"));
    // Left out: on hold for pain, and stomping for osteoporosis without clearance.
    let left = &html[html.find("Left out now").unwrap()..];
    assert!(left.contains("Stomping"), "{left}");
    assert!(left.contains("Chair squats"), "{left}");
    let nl = render_with(&h, Some(&profile(Lang::Nl)), 12, Lang::Nl);
    assert!(nl.contains("Pijn gemeld bij"), "{nl}");
}

#[test]
fn short_and_logged_sessions_are_marked() {
    let mut short = beginner(d(2026, 11, 23));
    short.planned_sets = Some(20);
    let mut logged = beginner(d(2026, 11, 25));
    logged.logged = true;
    let html = render_with(&history(vec![short, logged]), None, 2, Lang::En);
    assert!(html.contains("<strong>short: 7/20 sets</strong>"), "{html}");
    assert!(html.contains("<em>entered afterwards</em>"));
    assert!(html.contains("1 short session (fewer than half of its sets) is not counted."));
}

#[test]
fn every_text_from_the_history_is_escaped() {
    let evil = "<script>alert('x')</script>&\"";
    let h = history(vec![session(
        d(2026, 11, 23),
        Program::Beginner,
        vec![exercise(evil, None, reps(&[10]))],
    )]);
    let mut profile = profile(Lang::En);
    profile.left_out.push(evil.to_owned());
    let html = render_with(&h, Some(&profile), 12, Lang::En);
    assert!(!html.contains("<script"), "{html}");
    assert!(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;&quot;"));
    assert!(roxmltree::Document::parse(html.trim_start_matches("<!DOCTYPE html>\n")).is_ok());
    assert_eq!(esc("a<b>&'\"").to_string(), "a&lt;b&gt;&amp;&#39;&quot;");
}

proptest::proptest! {
    /// Escaped as it is written, any text is as each of its characters escaped one by one.
    #[test]
    fn any_text_is_escaped_character_by_character(text in "[a-zé<>&'\" ;]{0,24}") {
        let one_by_one: String = text
            .chars()
            .map(|c| match c {
                '&' => "&amp;".to_owned(),
                '<' => "&lt;".to_owned(),
                '>' => "&gt;".to_owned(),
                '"' => "&quot;".to_owned(),
                '\'' => "&#39;".to_owned(),
                c => c.to_string(),
            })
            .collect();
        proptest::prop_assert_eq!(esc(&text).to_string(), one_by_one);
    }
}

#[test]
fn an_empty_history_still_makes_a_page() {
    let html = render_with(&History::default(), None, 12, Lang::Nl);
    assert!(html.contains("<html lang=\"nl\">"));
    assert!(html.contains("Geen training in deze periode."));
    assert!(html.contains("Nog geen week van de periode is voorbij."));
    assert!(roxmltree::Document::parse(html.trim_start_matches("<!DOCTYPE html>\n")).is_ok());
}

#[test]
fn ten_years_stay_small() {
    let history = crate::demo::demo_history(&Catalog::builtin(), d(2026, 11, 26), 10);
    let html = render_with(&history, Some(&profile(Lang::En)), MAX_WEEKS, Lang::En);
    assert!(html.len() < 300 * 1024, "{} bytes", html.len());
    assert_eq!(
        file_name(d(2026, 11, 26)),
        "botsterk-report-2026-11-26.html"
    );
}

#[test]
fn one_session_in_one_week_is_said_in_the_singular() {
    // Thursday 2026-11-26 in 2026-W48; one session on its Monday.
    let h = history(vec![beginner(d(2026, 11, 23))]);
    let en = render_with(&h, None, 1, Lang::En);
    assert!(en.contains("1 session counted in 1 week."), "{en}");
    assert!(en.contains("<td>1 week: "), "{en}");
    let nl = render_with(&h, None, 1, Lang::Nl);
    assert!(nl.contains("1 training geteld in 1 week."), "{nl}");
    let earlier = history(vec![beginner(d(2026, 11, 16))]);
    let two = render_with(&earlier, None, 2, Lang::En);
    assert!(two.contains("1 session counted in 2 weeks."), "{two}");
}

/// Issue 27, item 5: A4 unless Letter is asked for; the user's name when given; a weight
/// held in each hand said "per hand".
#[test]
fn the_page_is_a4_or_letter_names_the_user_and_says_per_hand() {
    let history = demo();
    let named = Profile {
        name: Some("Ann <de Vries>".into()),
        ..profile(Lang::Nl)
    };
    let page = |paper: Paper, profile: &Profile| {
        render(&Request {
            catalog: &Catalog::builtin(),
            history: &history,
            profile: Some(profile),
            today: d(2026, 11, 26),
            weeks: DEFAULT_WEEKS,
            lang: Lang::Nl,
            version: "test",
            paper,
        })
    };
    let a4 = page(Paper::A4, &named);
    assert!(a4.contains("@page { size: A4;"), "A4 by default");
    assert!(
        a4.contains("<strong>Ann &lt;de Vries&gt;</strong>"),
        "the name"
    );
    assert!(
        a4.contains(" kg per hand"),
        "the deadlift's and press's weights"
    );
    let letter = page(Paper::Letter, &profile(Lang::Nl));
    assert!(letter.contains("@page { size: letter;"));
    assert!(!letter.contains("<strong>Ann"), "no name: no one named");
    // The goblet squat's one weight is not per hand.
    let goblet = letter
        .split("Goblet squats")
        .nth(2)
        .expect("a session with goblet squats");
    let weight = goblet.split(',').next().unwrap_or_default();
    assert!(!weight.contains("per hand"), "{weight}");
}

/// Issue 27, item 5: balance and posture practice in the report: the days against the aim,
/// each stance from its first hold to its last, the posture moves, pain while practising.
#[test]
fn practice_is_reported_with_its_stances_moves_and_pain() {
    use crate::history::{BalanceHold, PostureRecord, PracticeRecord, Steadiness};
    let hold = |support: &str, seconds: u32, pain: bool| BalanceHold {
        stance: "tandem".into(),
        support: support.into(),
        target_seconds: 20,
        seconds,
        rating: (!pain).then_some(Steadiness::Steady),
        stopped_for_pain: pain,
        pain_site: None,
        ..Default::default()
    };
    let practice = |date: chrono::NaiveDate, balance: Vec<BalanceHold>, reps: u32| {
        use chrono::TimeZone;
        let at = chrono::FixedOffset::east_opt(3600)
            .unwrap()
            .from_local_datetime(&date.and_hms_opt(10, 0, 0).unwrap())
            .unwrap();
        PracticeRecord {
            date,
            started_at: at,
            ended_at: at,
            logged: false,
            balance,
            posture: vec![PostureRecord {
                id: "chin-tuck".into(),
                reps,
                hold_seconds: None,
                stopped_for_pain: false,
                pain_site: None,
                ..Default::default()
            }],
            ..Default::default()
        }
    };
    let mut h = demo();
    h.practice = vec![
        practice(d(2026, 11, 2), vec![hold("two-hands", 10, false)], 5),
        practice(d(2026, 11, 16), vec![hold("one-hand", 15, false)], 6),
        practice(d(2026, 11, 23), vec![hold("fingertips", 8, true)], 5),
    ];
    let en = render_with(&h, Some(&profile(Lang::En)), DEFAULT_WEEKS, Lang::En);
    let section = en
        .split("<h2>Balance and posture practice</h2>")
        .nth(1)
        .expect("a practice section")
        .split("</section>")
        .next()
        .unwrap();
    assert!(
        section.contains("3 practice days in the period"),
        "{section}"
    );
    assert!(section.contains("2 Nov 2026: "), "{section}");
    assert!(section.contains("23 Nov 2026: "), "{section}");
    assert!(
        section.contains(", 10 s") && section.contains(", 8 s"),
        "{section}"
    );
    assert!(section.contains(": on 3 days, 16 reps"), "{section}");
    assert!(
        section.contains("⚠ 23 Nov 2026: pain while practising"),
        "{section}"
    );
    // The pain section lists it, and the hold it puts the stance on (issue 24, design 7):
    // never "No pain reported".
    let pain = en
        .split("<h2>Pain</h2>")
        .nth(1)
        .expect("a pain section")
        .split("</section>")
        .next()
        .unwrap();
    assert!(!pain.contains("No pain reported"), "{pain}");
    assert!(pain.contains("Tandem"), "{pain}");
    let nl = render_with(&h, Some(&profile(Lang::Nl)), DEFAULT_WEEKS, Lang::Nl);
    assert!(nl.contains("<h2>Evenwicht en houding oefenen</h2>"));
    assert!(nl.contains("op 3 dagen, 16 herhalingen"));
    // Without practice: said so.
    let none = render_with(&demo(), Some(&profile(Lang::En)), DEFAULT_WEEKS, Lang::En);
    assert!(none.contains("No balance or posture practice in this period."));
}

/// Issue 29, item 5: the report has the month in review too, one row per month the period
/// touches, with the same numbers `history --month` gives.
#[test]
fn the_months_of_the_period_are_reviewed_one_row_each() {
    let history = demo();
    for (lang, title) in [(Lang::En, "Month by month"), (Lang::Nl, "Maand voor maand")] {
        let html = render_with(&history, Some(&profile(lang)), 12, lang);
        let section = &html[html.find(title).expect("the section")..];
        let section = &section[..section.find("</section>").unwrap()];
        let rows = section.matches("<tr>").count() - 1;
        // 12 weeks to Thursday 26 November 2026: from September to November.
        assert_eq!(rows, 3, "{section}");
        let november = crate::coach::review::month::month_review(
            &Catalog::builtin(),
            &history,
            &profile(lang).settings(),
            profile(lang).practice_target(),
            d(2026, 11, 1),
            d(2026, 11, 26),
        );
        let cell = format!("<td>{} / {}</td>", november.sessions, november.aim);
        assert!(section.contains(&cell), "{cell} in {section}");
    }
}
