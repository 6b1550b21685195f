//! The tables checked state by state: random walks through every screen, each state's
//! table held against the keys it claims, the footer and the help screen's key list.
//! (Commit c2b54c4 ran these walks against the hand-written keymap the tables replaced:
//! every key meant the same in every state met.)

use crate::app::{Done, HelpMsg, HomeMsg, WeightKey};
use std::collections::BTreeSet;
use std::time::Duration;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::*;
use crate::app::{Effect, Now, Unfinished, update};
use crate::catalog::Catalog;
use crate::clock::{Clock, FakeClock};
use crate::coach::session::Input;
use crate::history::History;
use crate::lang::Lang;
use crate::profile::Profile;

/// Every key a user could press that a table might hold.
fn universe() -> Vec<KeyCode> {
    let mut keys: Vec<KeyCode> = (' '..='~').map(KeyCode::Char).collect();
    keys.extend([
        KeyCode::Enter,
        KeyCode::Esc,
        KeyCode::Backspace,
        KeyCode::Delete,
        KeyCode::Tab,
        KeyCode::BackTab,
        KeyCode::Up,
        KeyCode::Down,
        KeyCode::Left,
        KeyCode::Right,
        KeyCode::PageUp,
        KeyCode::PageDown,
        KeyCode::Home,
        KeyCode::End,
    ]);
    keys
}

fn press(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

fn ctrl_c() -> KeyEvent {
    KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL)
}

/// The variant's name: `Session(Count)` for a session's input, `Quit` for a plain one.
fn variant(msg: &Msg) -> String {
    let text = format!("{msg:?}");
    // Keep the inner variant of the screen's own key, drop any typed character.
    let cut = text.find(['\'', ' ']).unwrap_or(text.len());
    text[..cut].trim_end_matches('(').to_owned()
}

/// One state checked: each binding is reachable (no earlier binding takes its key), so
/// every key the footer shows sends that binding's message; Ctrl-C always means something.
fn check(model: &Model, seen: &mut BTreeSet<String>) {
    for drawn in [
        Drawn::default(),
        Drawn {
            card_scrolls: true,
            row_is_set: true,
            row_weighted: true,
            ..Drawn::LISTED
        },
        Drawn::EMPTY,
    ] {
        let table = bindings(model, drawn);
        assert!(
            resolve(&table, ctrl_c()).is_some(),
            "Ctrl-C does nothing on {:?}",
            model.screen
        );
        for binding in &table {
            // Ctrl-C alone has no example: it was checked above.
            let Some(code) = binding.keys.example() else {
                continue;
            };
            let msg = binding.msg(code);
            assert_eq!(
                resolve(&table, press(code)),
                Some(msg.clone()),
                "{code:?} ({:?}) is taken by an earlier binding on {:?}",
                binding.foot,
                model.screen
            );
            seen.insert(variant(&msg));
        }
    }
    let table = bindings(model, Drawn::default());
    for code in universe() {
        if resolve(&table, press(code)).is_some() {
            seen.insert(format!("key {code:?}"));
        }
    }
}

/// Messages that leave the screen (or botsterk).
fn leaves(msg: &Msg) -> bool {
    use crate::app::history_state::Key as History;
    use crate::app::settings_state::Key as Settings;
    matches!(
        msg,
        Msg::Home(HomeMsg::Quit)
            | Msg::Setup(crate::app::SetupMsg::Quit)
            | Msg::Help(HelpMsg::Close)
            | Msg::History(History::Back)
            | Msg::Settings(Settings::Back)
            | Msg::Session(Input::AskQuit | Input::SkipExercise)
    )
}

/// The model a walk starts from.
fn start(kind: usize, clock: &FakeClock) -> Model {
    let catalog = Catalog::builtin();
    let today = clock.today();
    let history = if kind.is_multiple_of(2) {
        crate::demo::demo_history(&catalog, today, 1)
    } else {
        History::default()
    };
    let lang = if kind.is_multiple_of(3) {
        Lang::Nl
    } else {
        Lang::En
    };
    let mut model = Model::new(catalog, lang, history, "/tmp/h.json".into(), today);
    let mut profile = Profile::defaults(lang);
    match kind {
        1 => model.start_setup(),
        3 | 7 => return model,
        _ => {
            // Stomps need the impact clearance; the coach counts in paced counting.
            profile.cleared_for_impact = kind % 4 == 2;
            if kind == 4 {
                profile.counting = crate::profile::Counting::Paced;
            }
            model.read_only = kind == 6;
            model.set_profile(profile, today, false);
        }
    }
    model
}

/// A few thousand keys pressed at random (only keys that mean something, so the walk
/// goes somewhere), with time passing; saves succeed as the shell would report them.
fn walk(kind: usize, steps: usize, seen: &mut BTreeSet<String>) {
    let clock = FakeClock::new();
    let mut model = start(kind, &clock);
    let keys = universe();
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15 ^ (kind as u64);
    let mut next = |n: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        usize::try_from(seed % (n as u64)).unwrap_or(0)
    };
    for _ in 0..steps {
        check(&model, seen);
        let now = Now::from_clock(&clock);
        let table = bindings(&model, Drawn::default());
        let mut live: Vec<Msg> = keys
            .iter()
            .filter_map(|&code| resolve(&table, press(code)))
            .collect();
        live.dedup();
        let mut msg = if live.is_empty() || next(10) == 0 {
            clock.advance(Duration::from_secs(7));
            Msg::Tick
        } else {
            live[next(live.len())].clone()
        };
        // Leaving a screen mostly thought better of, so walks go deep.
        if leaves(&msg) && next(4) != 0 && !live.is_empty() {
            msg = live[next(live.len())].clone();
        }
        let effects = update(&mut model, msg, now);
        for effect in effects {
            let reply = match effect {
                Effect::SaveSession(record) => {
                    let mut history = model.history.clone();
                    history.sessions.push(record);
                    Some(Msg::Done(Done::Saved(history)))
                }
                Effect::SavePractice(record) => {
                    let mut history = model.history.clone();
                    history.practice.push(record);
                    Some(Msg::Done(Done::Saved(history)))
                }
                Effect::SaveProfile(profile) => Some(Msg::Done(Done::ProfileSaved(profile))),
                Effect::SaveJournal(journal) if next(50) == 0 => {
                    // As if botsterk had been killed here: the session waits on home.
                    let mut fresh = start(kind, &clock);
                    fresh.offer_unfinished(Unfinished::session(journal));
                    model = fresh;
                    None
                }
                _ => None,
            };
            if let Some(reply) = reply {
                update(&mut model, reply, Now::from_clock(&clock));
            }
        }
        if model.quit {
            model = start(kind, &clock);
        }
        if next(400) == 0 {
            // Some walks cross midnight: an unfinished session then is from an earlier day.
            clock.advance(Duration::from_secs(20 * 3600));
        }
    }
}

/// A walk that sends, at each step, the first message of `prefer` a key sends (by the
/// start of its name), else lets time pass: the way to states random keys rarely reach.
fn drive(
    model: &mut Model,
    clock: &FakeClock,
    prefer: &[&str],
    steps: usize,
    seen: &mut BTreeSet<String>,
) {
    for _ in 0..steps {
        check(model, seen);
        let table = bindings(model, Drawn::default());
        let live: Vec<Msg> = universe()
            .into_iter()
            .filter_map(|code| resolve(&table, press(code)))
            .collect();
        let chosen = prefer
            .iter()
            .find_map(|name| live.iter().find(|m| variant(m).starts_with(name)));
        // Time passes at every step: a hold ended at once is not a hold.
        clock.advance(Duration::from_secs(3));
        let msg = chosen.cloned().unwrap_or(Msg::Tick);
        update(model, msg, Now::from_clock(clock));
    }
}

/// The states walks rarely meet: a practice's ratings, an unfinished session in each of
/// its questions, owned weights being typed, an undo on the history screens.
fn scripted(seen: &mut BTreeSet<String>) {
    let clock = FakeClock::new();
    let mut practice = start(0, &clock);
    // Feet together at eyes closed: the first stance asks whether a counter is in reach.
    if let Some(step) = practice.practice.balance.first_mut() {
        step.support = "eyes-closed".into();
        step.progress.support = "eyes-closed".into();
        step.counter_check = true;
        step.without_counter = Some("no-hands".into());
    }
    let order = [
        "Home(StartPractice",
        "Session(CounterNear(true",
        "Session(Rate(Steady",
        "Session(Begin",
        "Session(FinishSet",
        "Session(SkipRest",
    ];
    drive(&mut practice, &clock, &order, 200, seen);

    // Without a profile there is no warm-up: the first set is the first exercise's.
    let mut session = start(3, &clock);
    let now = Now::from_clock(&clock);
    update(&mut session, Msg::Home(HomeMsg::StartSession), now);
    let journal = [Input::Begin, Input::Count, Input::FinishSet]
        .into_iter()
        .flat_map(|input| update(&mut session, Msg::Session(input), now))
        .find_map(|effect| match effect {
            Effect::SaveJournal(journal) => Some(journal),
            _ => None,
        })
        .expect("a set done is journaled");
    for (confirm_discard, days_later) in [(false, 0), (true, 0), (false, 1)] {
        let clock = FakeClock::new();
        clock.advance(Duration::from_secs(days_later * 24 * 3600));
        let mut home = start(0, &clock);
        home.offer_unfinished(Unfinished {
            confirm_discard,
            ..Unfinished::session(journal.clone())
        });
        check(&home, seen);
    }

    // Stomps: the advanced program, cleared for impact, the others skipped.
    let mut stomps = start(2, &clock);
    stomps.set_history(History::default(), clock.today());
    stomps.program = crate::catalog::Program::Advanced;
    stomps.refresh(clock.today());
    update(&mut stomps, Msg::Home(HomeMsg::StartSession), now);
    for _ in 0..20 {
        if stomps.session().is_none_or(|s| s.exercise().id == "stomp") {
            break;
        }
        update(&mut stomps, Msg::Session(Input::SkipExercise), now);
    }
    drive(
        &mut stomps,
        &clock,
        &["Session(Begin", "Session(CountFoot"],
        20,
        seen,
    );

    // Tab to the advanced program with osteoporosis: asked first (issue 24, design 7).
    let mut weaker = start(0, &clock);
    weaker.settings.bone_status = crate::profile::BoneStatus::Osteoporosis;
    weaker.program = crate::catalog::Program::Beginner;
    weaker.refresh(clock.today());
    update(&mut weaker, Msg::Home(HomeMsg::SwitchProgram), now);
    assert!(
        weaker.home.mode == crate::app::HomeMode::AdvanceConfirm,
        "asked first"
    );
    assert_eq!(weaker.program, crate::catalog::Program::Beginner);
    check(&weaker, seen);
    update(&mut weaker, Msg::Home(HomeMsg::ConfirmAdvance(true)), now);
    assert_eq!(weaker.program, crate::catalog::Program::Advanced);

    // A weight typed far from the current one: asked again (y/n). Typed here, since
    // the walk types every character into the field and seldom a weight.
    let mut weighed = start(0, &clock);
    weighed.history = serde_json::from_str(include_str!(
        "../../tests/fixtures/goblet-squat-at-the-top.json"
    ))
    .unwrap();
    weighed.program = crate::catalog::Program::Advanced;
    weighed.refresh(clock.today());
    update(
        &mut weighed,
        Msg::Home(HomeMsg::Weight(WeightKey::Edit)),
        now,
    );
    for c in ['3', '0'] {
        update(
            &mut weighed,
            Msg::Home(HomeMsg::Weight(WeightKey::Char(c))),
            now,
        );
    }
    update(
        &mut weighed,
        Msg::Home(HomeMsg::Weight(WeightKey::Confirm)),
        now,
    );
    assert!(
        matches!(
            weighed.home.weight_entry().and_then(|e| e.asked),
            Some(crate::app::WeightAsk::Jump(_))
        ),
        "30 kg after 8 is asked about"
    );
    check(&weighed, seen);
    // q while a weight is typed asks first (issue 26).
    update(
        &mut weighed,
        Msg::Home(HomeMsg::Weight(WeightKey::ConfirmJump(false))),
        now,
    );
    update(&mut weighed, Msg::Home(HomeMsg::Quit), now);
    assert!(
        (weighed.home.weight_entry().and_then(|e| e.asked) == Some(crate::app::WeightAsk::Quit))
            && !weighed.quit,
        "asked, not quit"
    );
    check(&weighed, seen);
    update(&mut weighed, Msg::Home(HomeMsg::ConfirmQuit(false)), now);
    assert!(
        !(weighed.home.weight_entry().and_then(|e| e.asked) == Some(crate::app::WeightAsk::Quit))
            && weighed.home.weight_entry().is_some(),
        "typing goes on"
    );
    update(&mut weighed, Msg::Home(HomeMsg::Quit), now);
    update(&mut weighed, Msg::Home(HomeMsg::ConfirmQuit(true)), now);
    assert!(weighed.quit, "y quits");

    let mut settings = start(0, &clock);
    update(&mut settings, Msg::Home(HomeMsg::OpenSettings), now);
    if let Screen::Settings(state) = &mut settings.screen {
        state.weights = Some("2, 4".into());
    }
    check(&settings, seen);
    // An exercise left out, asked whether to bring it back (y).
    if let Screen::Settings(state) = &mut settings.screen {
        state.weights = None;
        state.bring_back = Some("heel-raise".into());
    }
    check(&settings, seen);

    // Last month in review, the first start of a month (made by the shell at start).
    let mut review = start(0, &clock);
    let first = crate::coach::review::month::last_month(clock.today());
    review.review_month(crate::coach::review::month::month_review(
        &review.catalog,
        &review.history,
        &review.settings,
        3,
        first,
        clock.today(),
    ));
    check(&review, seen);

    // Issue 30: a test day through the chair stand's questions to the grip's field.
    let mut tests = start(0, &clock);
    drive(
        &mut tests,
        &clock,
        &[
            "Home(OpenTestDay",
            "TestDay(Input(Yes",
            "TestDay(Input(No",
            "TestDay(Input(Char",
            "TestDay(Input(Enter",
        ],
        150,
        seen,
    );

    // Issue 30: set-up's year of birth, typed (digits, Backspace), then the sex.
    let mut setup = start(1, &clock);
    for _ in 0..10 {
        update(
            &mut setup,
            Msg::Setup(crate::app::SetupMsg::Answer(crate::app::setup::Key::Enter)),
            now,
        );
    }
    assert!(
        matches!(&setup.screen, Screen::Setup(state)
            if state.question() == crate::questions::Question::BirthYear),
        "at the year of birth"
    );
    drive(
        &mut setup,
        &clock,
        &["Setup(Answer(Char", "Setup(Answer(Backspace"],
        6,
        seen,
    );
    check(&setup, seen);

    let mut history = start(0, &clock);
    update(&mut history, Msg::Home(HomeMsg::OpenHistory), now);
    if let Screen::History { state, .. } = &mut history.screen {
        state.undo = Some("the last change".into());
    }
    check(&history, seen);
}

/// Every message a key can send, by the name [`variant`] gives it (`Home(Weight(Char`),
/// made from the message enums themselves: a new variant is listed (and so needs a key)
/// without anyone writing it here.
fn key_messages() -> Vec<String> {
    use crate::app::checks::{FallKey, TestDayKey};
    use crate::app::{HelpMsg, HomeMsg, SetupMsg, UnfinishedKey, WeightKey};
    use crate::coach::function_test::live::TestInput;
    use strum::VariantNames;
    fn under(prefix: &str, names: &[&str]) -> Vec<String> {
        names.iter().map(|n| format!("{prefix}{n}")).collect()
    }
    fn nested(outer: &str, names: &[&str], inner: &[(&str, &[&str])]) -> Vec<String> {
        names
            .iter()
            .flat_map(|n| match inner.iter().find(|(name, _)| name == n) {
                Some((_, inner)) => under(&format!("{outer}{n}("), inner),
                None => vec![format!("{outer}{n}")],
            })
            .collect()
    }
    Msg::VARIANTS
        .iter()
        .flat_map(|&screen| match screen {
            "Home" => nested(
                "Home(",
                HomeMsg::VARIANTS,
                &[
                    ("Weight", WeightKey::VARIANTS),
                    ("Unfinished", UnfinishedKey::VARIANTS),
                ],
            ),
            "Session" => under("Session(", Input::VARIANTS),
            "History" => under("History(", crate::app::history_state::Key::VARIANTS),
            "Setup" => nested(
                "Setup(",
                SetupMsg::VARIANTS,
                &[("Answer", crate::app::setup::Key::VARIANTS)],
            ),
            "Settings" => under("Settings(", crate::app::settings_state::Key::VARIANTS),
            "Help" => under("Help(", HelpMsg::VARIANTS),
            "TestDay" => nested(
                "TestDay(",
                TestDayKey::VARIANTS,
                &[("Input", TestInput::VARIANTS)],
            ),
            "Fall" => under("Fall(", FallKey::VARIANTS),
            // Time and the shell's reports: no key sends them.
            "Tick" | "Done" => Vec::new(),
            other => panic!("Msg::{other}: say here which keys send it"),
        })
        .collect()
}

#[test]
fn every_binding_of_every_state_met_is_reachable_and_every_handled_message_has_a_key() {
    let mut seen = BTreeSet::new();
    for kind in 0..8 {
        walk(kind, 1200, &mut seen);
    }
    scripted(&mut seen);
    // The messages the screens handle from keys (the others come from the shell).
    let handled = key_messages();
    let missing: Vec<&String> = handled
        .iter()
        .filter(|name| !seen.iter().any(|s| s.starts_with(name.as_str())))
        .collect();
    assert!(
        missing.is_empty(),
        "no key sends {missing:?}; seen {seen:?}"
    );
}

#[test]
fn the_help_screens_keys_are_all_bound_somewhere() {
    let mut seen = BTreeSet::new();
    for kind in 0..8 {
        walk(kind, 300, &mut seen);
    }
    let clock = FakeClock::new();
    for lang in [Lang::En, Lang::Nl] {
        let t = lang.texts();
        let mut model = start(0, &clock);
        model.lang = lang;
        for row in help(t, &model) {
            let line = format!("{} {}", row.keys, row.label);
            for name in row.keys.split_whitespace() {
                let code = match name {
                    "Enter" => KeyCode::Enter,
                    "↑" => KeyCode::Up,
                    "↓" => KeyCode::Down,
                    name if name == t.key_name_space => KeyCode::Char(' '),
                    name => {
                        let mut chars = name.chars();
                        let (Some(c), None) = (chars.next(), chars.next()) else {
                            panic!("{name:?} in help line {line:?} is no key")
                        };
                        KeyCode::Char(c)
                    }
                };
                assert!(
                    seen.contains(&format!("key {code:?}")),
                    "{name} ({line}) is bound nowhere"
                );
            }
        }
    }
}

/// Issue 26: Esc on home never quits (a key pressed to leave a dialog must not close
/// botsterk); q does. With an unfinished session to decide about too.
#[test]
fn esc_on_home_does_not_quit_and_q_does() {
    let clock = FakeClock::new();
    for kind in [0, 3] {
        let mut model = start(kind, &clock);
        if kind == 3 {
            // An unfinished session waits on home: one set of the first exercise.
            let now = Now::from_clock(&clock);
            update(&mut model, Msg::Home(HomeMsg::StartSession), now);
            update(&mut model, Msg::Session(Input::Begin), now);
            update(&mut model, Msg::Session(Input::Count), now);
            let journal = update(&mut model, Msg::Session(Input::FinishSet), now)
                .into_iter()
                .find_map(|e| match e {
                    Effect::SaveJournal(journal) => Some(journal),
                    _ => None,
                })
                .expect("a journal");
            model = start(kind, &clock);
            model.offer_unfinished(Unfinished::session(journal));
        }
        let table = bindings(&model, Drawn::default());
        assert_eq!(resolve(&table, press(KeyCode::Esc)), None, "kind {kind}");
        assert_eq!(
            resolve(&table, press(KeyCode::Char('q'))),
            Some(Msg::Home(HomeMsg::Quit)),
            "kind {kind}"
        );
    }
}

/// Issue 25: the help and a dialog name keys from the tables; a key renamed in its table
/// is renamed there too (here the help's, `keymap/help.rs`, and the quit dialog's).
#[test]
fn a_key_renamed_in_its_table_is_renamed_in_the_help_and_the_dialog() {
    let clock = FakeClock::new();
    let model = start(0, &clock);
    let t = Lang::En.texts();
    let rename = |table: &mut Vec<Binding>, msg: &Msg, to: &'static str| {
        for binding in table.iter_mut().filter(|b| b.sends(msg)) {
            binding.keys = chars(to);
        }
    };
    let pause = Msg::Session(Input::TogglePause);
    let skip = Msg::Session(Input::SkipExercise);
    let renamed = help::help_from(t, |place| {
        let mut table = help::table(t, &model, place);
        rename(&mut table, &pause, "zZ");
        rename(&mut table, &skip, "xX");
        table
    });
    let row = |rows: &[HelpRow], label: &str| {
        rows.iter()
            .find(|r| r.label.starts_with(label))
            .cloned()
            .unwrap_or_else(|| panic!("no help row {label:?} in {rows:?}"))
    };
    let before = help(t, &model);
    assert_eq!(row(&before, "pause").keys, "p");
    assert_eq!(row(&renamed, "pause").keys, "z");
    let skipped = row(&renamed, "skip an exercise");
    assert_eq!(skipped.keys, "x  x");
    assert!(skipped.label.contains("x twice"), "{skipped:?}");
    // The quit dialog's "save what was done" is the key its table binds.
    let mut dialog = session::dialog_table(t, crate::coach::session::Dialog::Quit);
    let save = Msg::Session(Input::SaveWhatWasDone);
    assert_eq!(key_for(t, &dialog, &save).as_deref(), Some("s"));
    rename(&mut dialog, &save, "kK");
    assert_eq!(key_for(t, &dialog, &save).as_deref(), Some("k"));
}

/// Under the quit dialog the phase's texts stay on screen ("PAUSED: press p"): the keys
/// they name are still found, the dialog's first.
#[test]
fn texts_under_a_dialog_name_the_phases_keys() {
    let clock = FakeClock::new();
    let now = Now::from_clock(&clock);
    // Without a profile: no warm-up and no falls question before the session.
    let mut model = start(5, &clock);
    model.profile = None;
    let t = model.lang.texts();
    update(&mut model, Msg::Home(HomeMsg::StartSession), now);
    update(&mut model, Msg::Session(Input::AskQuit), now);
    assert!(model.session().is_some_and(|s| s.dialog().is_some()));
    let table = nameable(&model, Drawn::default());
    let name = |input| key_for(t, &table, &Msg::Session(input));
    assert_eq!(name(Input::TogglePause).as_deref(), Some("p"));
    assert_eq!(name(Input::CloseDialog).as_deref(), Some("Esc"));
    assert_eq!(name(Input::SaveWhatWasDone).as_deref(), Some("s"));
}

/// Issue 25: the texts that name a key take its name from the table, and say the words
/// they said when the key was typed into them.
#[test]
fn texts_naming_keys_say_what_they_said() {
    use crate::app::history_state::{Entry, Field, HistoryState, Key as HistoryKey};
    let mut typing = HistoryState::default();
    typing.entry = Some(Entry {
        field: Field::Count,
        text: String::new(),
        invalid: true,
    });
    for lang in [Lang::En, Lang::Nl] {
        let t = lang.texts();
        let name = |table: &[Binding], msg: Msg| key_for(t, table, &msg).expect("bound");
        let space = name(&session::reps(t), Msg::Session(Input::Count));
        let enter = name(&session::reps(t), Msg::Session(Input::FinishSet));
        let esc = name(
            &history::bindings(t, &typing, Drawn::default()),
            Msg::History(HistoryKey::Back),
        );
        let said = [
            (t.session.hold_rise)(&space),
            (t.practice.hold_start)(&space),
            (t.hands.at_most)(&99, &enter),
            (t.history.entry_invalid)(&esc),
            (t.history.entry_count_invalid)(&99, &esc),
        ];
        let before = match lang {
            Lang::En => [
                "Rise onto your toes and press Space",
                "Take the position and press Space",
                "99 is the most one set can hold: counting stops here. Press Enter to finish the set.",
                "That is not a value that can be right; try again or press Esc.",
                "A set holds from 1 to 99; type such a number, or press Esc.",
            ],
            Lang::Nl => [
                "Kom op je tenen en druk op spatie",
                "Neem de houding aan en druk op spatie",
                "99 is het meeste dat een set kan bevatten: hier stopt het tellen. Druk op Enter om de set af te ronden.",
                "Dat kan niet kloppen; probeer het opnieuw of druk op Esc.",
                "Een serie telt van 1 tot en met 99; typ zo'n getal, of druk op Esc.",
            ],
        };
        assert_eq!(said, before.map(str::to_owned), "{lang:?}");
        // A text on the history screens names home's key, from home's table.
        let day = chrono::NaiveDate::from_ymd_opt(2026, 12, 9).expect("a day");
        let model = Model::new(
            crate::catalog::Catalog::builtin(),
            lang,
            History::default(),
            "/tmp/h.json".into(),
            day,
        );
        let b = crate::keymap::home_key(t, &model, crate::app::HomeMsg::StartPractice);
        let none = (t.practice.history_none)(&b);
        assert!(
            none.contains("press b on home") || none.contains("druk op b op het beginscherm"),
            "{none}"
        );
    }
}
