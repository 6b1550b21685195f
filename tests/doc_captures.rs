//! The screens shown in the README and the guides are the program's own: each capture block
//! in a doc is drawn here on ratatui's `TestBackend` from fixed data and a fake clock, and
//! must match the doc line for line.
//!
//! A block in a doc looks like this (the name chooses the screen, the doc the language):
//!
//! ````text
//! <!-- capture: home -->
//! ```text
//! ...the screen...
//! ```
//! <!-- /capture -->
//! ````
//!
//! When a screen changes on purpose, rewrite the blocks in place with
//! `BOTSTERK_UPDATE_DOCS=1 cargo test --test doc_captures`, and read the diff.

use botsterk::app::{HomeMsg, SetupMsg};
use std::path::Path;

use botsterk::app::history_state::{Field, Key as HistoryKey};
use botsterk::app::{Effect, Msg, Now, Unfinished, update};
use botsterk::catalog::Program;
use botsterk::clock::Clock;
use botsterk::coach::session::Input;
use botsterk::history::{Effort, History};
use botsterk::lang::Lang;
use botsterk::profile::Profile;

/// The docs with captures, and the language their screens are drawn in.
const DOCS: [(&str, Lang); 3] = [
    ("README.md", Lang::En),
    ("docs/guide.md", Lang::En),
    ("docs/gids.md", Lang::Nl),
];

const REGENERATE: &str = "BOTSTERK_UPDATE_DOCS=1 cargo test --test doc_captures";

mod common;
use common::screen::{Harness, clock_on};

/// A user who has answered the set-up questions with the suggested answers, in `lang`,
/// with `history`, at 09:00 on the given day of November 2026.
fn set_up(lang: Lang, history: History, day: u32) -> Harness {
    let mut h = Harness::start(lang, history, clock_on(day));
    let today = h.clock.today();
    h.model.set_profile(Profile::defaults(lang), today, false);
    h
}

/// The screen at `width` x `height` as plain text: one string per row, without trailing
/// spaces, and without the empty rows at the very bottom.
fn lines(h: &Harness, (width, height): (u16, u16)) -> Vec<String> {
    // The backend's own text form, which draws wide characters once: `"row"` per line.
    let text = format!("{}", h.draw(width, height).backend());
    let mut lines: Vec<String> = text
        .lines()
        .map(|line| {
            let end = line
                .find("\" Hidden by multi-width symbols")
                .unwrap_or(line.len() - 1);
            line[1..end].trim_end().to_owned()
        })
        .collect();
    while lines.last().is_some_and(String::is_empty) {
        lines.pop();
    }
    lines
}

fn fixture(json: &str) -> History {
    serde_json::from_str(json).unwrap()
}

/// Six weeks of beginner training, then two sessions in week 48 (the 24th and the 26th).
fn six_weeks() -> History {
    fixture(include_str!("fixtures/six-weeks.json"))
}

/// A new user's first Monday, 23 November 2026: set up, nothing trained yet.
fn first_week(lang: Lang) -> Harness {
    set_up(lang, History::default(), 23)
}

/// The first session, brought to exercise `n` (1-based) by skipping the ones before.
fn at_exercise(lang: Lang, n: usize) -> Harness {
    let mut h = first_week(lang);
    h.send(Msg::Home(HomeMsg::StartSession));
    // The warm-up comes first (its own captures show it); one `s` skips it.
    h.key(Input::SkipExercise);
    h.keys(Input::SkipExercise, 2 * (n - 1)); // `s` twice on a card
    h
}

/// The screen a capture's name stands for, in `lang`; `None` for a name not known here.
#[allow(clippy::too_many_lines)] // a test: the limit is for the product
fn screen(name: &str, lang: Lang) -> Option<Vec<String>> {
    use botsterk::app::setup::Key as SetupKey;
    let h = match name {
        "setup-bone-status" => {
            let mut h = set_up(lang, History::default(), 23);
            h.model.profile = None;
            h.model.start_setup();
            h.send(Msg::Setup(SetupMsg::Answer(SetupKey::Enter)))
                .send(Msg::Setup(SetupMsg::Answer(SetupKey::Enter)));
            h
        }
        "home" => first_week(lang),
        "exercise-card" => at_exercise(lang, 1),
        "rep-set" => {
            let mut h = at_exercise(lang, 1);
            h.key(Input::Begin).keys(Input::Count, 7);
            h
        }
        "heel-raise-hold" => {
            let mut h = at_exercise(lang, 3);
            h.key(Input::Begin)
                .key(Input::Count)
                .wait(2000)
                .key(Input::Count)
                .wait(300);
            h
        }
        "plank-hold" => {
            let mut h = at_exercise(lang, 4);
            h.key(Input::Begin).wait(10_000).wait(12_400);
            h
        }
        "rest" => {
            let mut h = at_exercise(lang, 1);
            h.key(Input::Begin)
                .keys(Input::Count, 10)
                .key(Input::FinishSet)
                .wait(14_500);
            h
        }
        "effort-question" => {
            let mut h = at_exercise(lang, 1);
            h.key(Input::Begin)
                .keys(Input::Count, 10)
                .key(Input::FinishSet)
                .key(Input::SkipRest)
                .keys(Input::Count, 10)
                .key(Input::FinishSet);
            h
        }
        "summary" => finished_session(lang),
        "home-rest-day" => set_up(lang, first_session_saved(lang), 24),
        "weight-question" => {
            let history = fixture(include_str!("fixtures/goblet-squat-at-the-top.json"));
            let mut h = set_up(lang, history, 23);
            h.model.program = Program::Advanced;
            h.model.refresh(h.clock.today());
            h
        }
        "history-weeks" => {
            let mut h = set_up(lang, six_weeks(), 28);
            h.send(Msg::Home(HomeMsg::OpenHistory));
            h
        }
        "history-correction" => {
            let mut h = set_up(lang, six_weeks(), 28);
            h.send(Msg::Home(HomeMsg::OpenHistory)).history(&[
                HistoryKey::Open,
                HistoryKey::Open,
                HistoryKey::Down,
                HistoryKey::Edit(Field::Count),
                HistoryKey::Backspace,
                HistoryKey::Char('1'),
                HistoryKey::Char('0'),
                HistoryKey::Open,
            ]);
            h
        }
        "unfinished-session" => unfinished_session(lang),
        "pain-check" => {
            // The first session's push-ups hurt; two days later home asks about it.
            let mut history = first_session_saved(lang);
            history.sessions[0].exercises[0].effort = Some(Effort::Pain);
            set_up(lang, history, 25)
        }
        "too-small" => return Some(lines(&first_week(lang), (50, 12))),
        // The smallest window: the card says there is more, ↓ brings it.
        "card-small" => return Some(lines(&at_exercise(lang, 1), (60, 20))),
        "ready-step" => {
            // The plank's first hold is held; after the rest the second waits for go.
            let mut h = at_exercise(lang, 4);
            h.key(Input::Begin)
                .wait(10_000)
                .wait(20_000)
                .wait(60_000)
                .wait(5_000);
            h
        }
        "paced-set" => {
            let mut h = Harness::start(lang, History::default(), clock_on(23));
            let today = h.clock.today();
            let profile = Profile {
                counting: botsterk::profile::Counting::Paced,
                ..Profile::defaults(lang)
            };
            h.model.set_profile(profile, today, false);
            h.send(Msg::Home(HomeMsg::StartSession))
                .key(Input::SkipExercise)
                .key(Input::Begin)
                .wait(10_000)
                .wait(4_000)
                .wait(4_000)
                .wait(4_000)
                .wait(1_000);
            h
        }
        "warm-up" => {
            let mut h = first_week(lang);
            h.send(Msg::Home(HomeMsg::StartSession))
                .key(Input::Begin)
                .wait(10_000)
                .wait(25_000);
            h
        }
        "balance-hold" => {
            // A rest day after the first session: `b`, the first stance, 7 s into its hold.
            let mut h = set_up(lang, first_session_saved(lang), 24);
            h.send(Msg::Home(HomeMsg::StartPractice))
                .key(Input::Begin)
                .wait(10_000)
                .wait(7_000);
            h
        }
        "how-steady" => {
            let mut h = set_up(lang, first_session_saved(lang), 24);
            h.send(Msg::Home(HomeMsg::StartPractice))
                .key(Input::Begin)
                .wait(10_000)
                .wait(10_000);
            h
        }
        _ => return None,
    };
    Some(lines(&h, (80, 24)))
}

/// The first session done: push-ups just right, squats too easy, heel raises skipped, the
/// plank too hard, 25 minutes in all.
fn finished_session(lang: Lang) -> Harness {
    let mut h = at_exercise(lang, 1);
    h.key(Input::Begin)
        .keys(Input::Count, 10)
        .key(Input::FinishSet)
        .key(Input::SkipRest)
        .keys(Input::Count, 9)
        .key(Input::FinishSet)
        .key(Input::Answer(Effort::JustRight));
    h.key(Input::Begin)
        .keys(Input::Count, 10)
        .key(Input::FinishSet)
        .key(Input::SkipRest)
        .keys(Input::Count, 10)
        .key(Input::FinishSet)
        .key(Input::Answer(Effort::TooEasy));
    h.keys(Input::SkipExercise, 2);
    h.key(Input::Begin)
        .wait(10_000)
        .wait(20_000)
        .key(Input::SkipRest)
        .wait(10_000)
        .wait(15_000)
        .key(Input::FinishSet)
        .key(Input::Answer(Effort::TooHard));
    h.wait(25 * 60 * 1000);
    h
}

/// The history once the first session (see [`finished_session`]) is saved.
fn first_session_saved(lang: Lang) -> History {
    let mut h = finished_session(lang);
    let effects = update(
        &mut h.model,
        Msg::Session(Input::Save),
        Now::from_clock(&h.clock),
    );
    let Some(Effect::SaveSession(record)) = effects.into_iter().next() else {
        panic!("a save after Enter on the summary")
    };
    let mut history = History::default();
    history.sessions.push(record);
    history
}

/// botsterk was closed after the first set of the first session; at the next start home
/// offers what was done.
fn unfinished_session(lang: Lang) -> Harness {
    let mut h = at_exercise(lang, 1);
    h.key(Input::Begin).keys(Input::Count, 10);
    let effects = update(
        &mut h.model,
        Msg::Session(Input::FinishSet),
        Now::from_clock(&h.clock),
    );
    let Some(Effect::SaveJournal(journal)) = effects.clone().into_iter().next() else {
        panic!("a journal write after the set: {effects:?}")
    };
    let mut h = first_week(lang);
    h.model.offer_unfinished(Unfinished::session(journal));
    h
}

/// One capture block in a doc: its name, the line of its opening marker (1-based), and the
/// byte range of what lies between the markers.
struct Block {
    name: String,
    line: usize,
    body: std::ops::Range<usize>,
}

fn blocks(doc: &str, file: &str) -> Result<Vec<Block>, String> {
    let mut found = Vec::new();
    let mut offset = 0;
    let mut open: Option<(String, usize, usize)> = None;
    for (index, line) in doc.split_inclusive('\n').enumerate() {
        let end = offset + line.len();
        let trimmed = line.trim();
        if let Some(name) = trimmed
            .strip_prefix("<!-- capture:")
            .and_then(|rest| rest.strip_suffix("-->"))
        {
            if let Some((name, at, _)) = &open {
                return Err(format!(
                    "{file}:{at}: the capture `{name}` is not closed with <!-- /capture -->"
                ));
            }
            open = Some((name.trim().to_owned(), index + 1, end));
        } else if trimmed == "<!-- /capture -->" {
            let Some((name, at, start)) = open.take() else {
                return Err(format!(
                    "{file}:{}: <!-- /capture --> without an opening marker",
                    index + 1
                ));
            };
            found.push(Block {
                name,
                line: at,
                body: start..offset,
            });
        }
        offset = end;
    }
    match open {
        Some((name, at, _)) => Err(format!(
            "{file}:{at}: the capture `{name}` is not closed with <!-- /capture -->"
        )),
        None => Ok(found),
    }
}

/// What belongs between the markers: the screen in a fenced text block.
fn fenced(lines: &[String]) -> String {
    let mut text = String::from("```text\n");
    for line in lines {
        text.push_str(line);
        text.push('\n');
    }
    text.push_str("```\n");
    text
}

/// The first line where the doc and the screen differ, to name in the failure.
fn first_difference(doc: &str, screen: &str) -> String {
    let (doc, screen): (Vec<&str>, Vec<&str>) = (doc.lines().collect(), screen.lines().collect());
    for i in 0..doc.len().max(screen.len()) {
        let (d, s) = (doc.get(i), screen.get(i));
        if d != s {
            return format!(
                "block line {}:\n      doc:    {}\n      screen: {}",
                i + 1,
                d.map_or("(nothing)".into(), |d| format!("{d:?}")),
                s.map_or("(nothing)".into(), |s| format!("{s:?}")),
            );
        }
    }
    String::new()
}

#[test]
fn the_screens_in_the_docs_are_the_programs() {
    let update_docs = std::env::var_os("BOTSTERK_UPDATE_DOCS").is_some_and(|v| v == "1");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut problems = Vec::new();
    for (file, lang) in DOCS {
        let path = root.join(file);
        let doc = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        let blocks = match blocks(&doc, file) {
            Ok(blocks) => blocks,
            Err(problem) => {
                problems.push(problem);
                continue;
            }
        };
        assert!(!blocks.is_empty(), "{file} has no capture blocks");
        let mut updated = doc.clone();
        // From the last block to the first, so earlier byte ranges stay where they are.
        for block in blocks.iter().rev() {
            let Some(lines) = screen(&block.name, lang) else {
                problems.push(format!(
                    "{file}:{}: no screen is called `{}` (see `screen` in tests/doc_captures.rs)",
                    block.line, block.name
                ));
                continue;
            };
            let expected = fenced(&lines);
            let current = &doc[block.body.clone()];
            if current != expected {
                if update_docs {
                    updated.replace_range(block.body.clone(), &expected);
                } else {
                    problems.push(format!(
                        "{file}:{}: the capture `{}` is stale; {}",
                        block.line,
                        block.name,
                        first_difference(current, &expected)
                    ));
                }
            }
        }
        if update_docs && updated != doc {
            std::fs::write(&path, updated).unwrap();
            eprintln!("rewrote the stale captures in {file}");
        }
    }
    assert!(
        problems.is_empty(),
        "the docs do not show the program's screens:\n  {}\nIf the screens changed on \
         purpose, regenerate the captures with\n  {REGENERATE}\nand read the diff.",
        problems.join("\n  ")
    );
}

#[test]
fn the_guide_and_the_dutch_guide_show_the_same_screens() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let names = |file: &str| -> Vec<String> {
        let doc = std::fs::read_to_string(root.join(file)).unwrap();
        blocks(&doc, file)
            .unwrap()
            .into_iter()
            .map(|b| b.name)
            .collect()
    };
    assert_eq!(names("docs/guide.md"), names("docs/gids.md"));
}

#[test]
fn the_screens_are_drawn_from_fixed_data() {
    // The same screen twice gives the same text: nothing reads the real clock.
    for name in ["home", "rest", "summary", "history-weeks"] {
        assert_eq!(screen(name, Lang::En), screen(name, Lang::En), "{name}");
    }
    // And each is a whole screen with its keys at the bottom.
    let home = screen("home", Lang::En).unwrap();
    assert_eq!(home.len(), 24, "{home:#?}");
    assert!(home[22].contains("Enter"), "{home:#?}");
}

#[test]
fn a_stale_capture_is_found() {
    let doc = "intro\n<!-- capture: home -->\n```text\nold\n```\n<!-- /capture -->\nend\n";
    let found = blocks(doc, "x.md").unwrap();
    assert_eq!(found.len(), 1);
    assert_eq!((found[0].name.as_str(), found[0].line), ("home", 2));
    assert_eq!(&doc[found[0].body.clone()], "```text\nold\n```\n");
    let expected = fenced(&screen("home", Lang::En).unwrap());
    assert!(first_difference(&doc[found[0].body.clone()], &expected).contains("block line 2"));
    assert!(blocks("<!-- capture: home -->\n", "x.md").is_err());
    assert!(blocks("<!-- /capture -->\n", "x.md").is_err());
}
