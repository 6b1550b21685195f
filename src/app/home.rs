//! Home: its mode (stored, one at a time), its update, and its steps: the pain check, the
//! weight question and an unfinished session.

use crate::catalog::Program;
use crate::coach::plan::day_plan;
use crate::coach::practice::resume::remaining;
use crate::coach::practice::session::{practice_session, with_warm_up};
use crate::coach::review::month::MonthReview;
use crate::coach::session::Session;
use crate::history::{PainAnswer, WeightChange};

use super::home_state::{HomeMode, Left, WeightAsk, WeightEntry};
use super::messages::{HomeMsg, WeightKey};
use super::session::{nothing_to_record, pain_only};
use super::{
    Effect, HistoryState, Model, Notice, Now, Screen, SettingsState, Unfinished, UnfinishedKey,
};

impl Model {
    /// Opens the session (or practice) screen on `session`, timed and counted as the profile
    /// asks (its get-ready, the coach's counting).
    pub(super) fn run_session(&mut self, session: Session) {
        let session = session
            .with_get_ready(self.get_ready())
            .with_paced(self.tempos());
        self.screen = Screen::Session {
            session: Box::new(session),
            save_error: None,
            journal_error: None,
        };
    }

    /// Offers the unfinished session found at start (before last month's review).
    pub fn offer_unfinished(&mut self, unfinished: Unfinished) {
        let review_after = match std::mem::take(&mut self.home.mode) {
            HomeMode::MonthReview(review) => Some(review),
            _ => None,
        };
        self.home.mode = HomeMode::Unfinished {
            unfinished: Box::new(unfinished),
            review_after,
        };
    }

    /// Shows last month's review, after the unfinished session if one waits.
    pub fn review_month(&mut self, review: MonthReview) {
        match &mut self.home.mode {
            HomeMode::Unfinished { review_after, .. } => *review_after = Some(Box::new(review)),
            mode => *mode = HomeMode::MonthReview(Box::new(review)),
        }
    }

    /// Nothing on home asked or typed: the keys of plain home mean what they say.
    fn home_plain(&self) -> bool {
        self.home.mode == HomeMode::Plain
    }
}

/// One key on home. Each message is taken in the modes whose table sends it; in any other
/// mode it does nothing (one place for the guards: a weight being typed or a question
/// asked refuses everything else).
pub(super) fn update(model: &mut Model, msg: HomeMsg, now: Now, effects: &mut Vec<Effect>) {
    match msg {
        HomeMsg::StartSession => start_session(model, now),
        HomeMsg::StartPractice => start_practice(model, now),
        HomeMsg::SwitchProgram => switch_program(model, now),
        HomeMsg::ConfirmAdvance(yes) => {
            if model.home.mode == HomeMode::AdvanceConfirm {
                model.home.mode = HomeMode::Plain;
                if yes {
                    model.program = Program::Advanced;
                    model.refresh(now.today());
                }
            }
        }
        HomeMsg::OpenHistory => {
            if matches!(
                model.home.mode,
                HomeMode::Plain | HomeMode::Unfinished { .. } | HomeMode::MonthReview(_)
            ) {
                model.notice = None;
                let review = Box::new(model.compute_by_week(now.today()));
                model.screen = Screen::History {
                    state: HistoryState::default(),
                    review,
                };
            }
        }
        HomeMsg::OpenSettings => {
            if model.home_plain() && model.profile.is_some() {
                model.notice = None;
                model.screen = Screen::Settings(SettingsState {
                    voice: model.voice.clone(),
                    ..SettingsState::new()
                });
            }
        }
        HomeMsg::OpenHelp => {
            if model.home_plain() {
                model.screen = Screen::Help { scroll: 0 };
            }
        }
        HomeMsg::OpenTestDay => {
            if model.home_plain() && !model.read_only {
                super::checks_step::open_test_day(model, now);
            }
        }
        HomeMsg::OpenFall => {
            if model.home_plain() && !model.read_only {
                super::checks_step::open_fall(model, now);
            }
        }
        HomeMsg::Quit => match &mut model.home.mode {
            // While a weight is typed, q asks first: the typed weight would be lost.
            HomeMode::Weight(entry) => entry.asked = Some(WeightAsk::Quit),
            HomeMode::Plain | HomeMode::Unfinished { .. } | HomeMode::MonthReview(_) => {
                model.quit = true;
            }
            HomeMode::PainConfirm(_) | HomeMode::AdvanceConfirm => {}
        },
        HomeMsg::ConfirmQuit(yes) => {
            if let HomeMode::Weight(entry) = &mut model.home.mode
                && entry.asked == Some(WeightAsk::Quit)
            {
                entry.asked = None;
                model.quit = yes;
            }
        }
        HomeMsg::CloseMonthReview => {
            if matches!(model.home.mode, HomeMode::MonthReview(_)) {
                model.home.mode = HomeMode::Plain;
            }
        }
        HomeMsg::Unfinished(key) => unfinished_step(model, key, now, effects),
        HomeMsg::Weight(key) => weight_step(model, key, now, effects),
        HomeMsg::AnswerPain(answer) => {
            if model.home_plain() {
                pain_step(model, Some(answer), false, now, effects);
            }
        }
        HomeMsg::ConfirmPain(yes) => {
            if let Some(answer) = model.home.pain_confirm() {
                pain_step(model, Some(answer), yes, now, effects);
            }
        }
    }
}

/// Enter on home: today's session, or first the monthly falls question (issue 30).
fn start_session(model: &mut Model, now: Now) {
    if !(model.home_plain() && model.day.may_start() && !model.read_only) {
        return;
    }
    if let Some(since) = super::checks_step::falls_question(model, now.today()) {
        super::checks_step::ask_falls_question(model, now, since);
        return;
    }
    model.notice = None;
    let mut plan = model.day.session.clone();
    if model.warm_up() {
        plan = with_warm_up(model.catalog.routines(), plan);
    }
    model.run_session(Session::new(plan, now.local, now.instant));
}

/// `b` on home. Practice is safe on any day, rest days included: it loads no bone. Not
/// when every item is on hold for pain or left out: nothing to practise.
fn start_practice(model: &mut Model, now: Now) {
    if !(model.home_plain() && !model.read_only && model.practice.has_items()) {
        return;
    }
    model.notice = None;
    let plan = practice_session(model.catalog.routines(), &model.practice);
    model.after_save = Notice::PracticeSaved;
    model.run_session(Session::new(plan, now.local, now.instant));
}

/// Tab on home; to the advanced program with weaker bones it asks first, naming the
/// cautions.
fn switch_program(model: &mut Model, now: Now) {
    if !model.home_plain() {
        return;
    }
    if model.program == Program::Beginner
        && crate::coach::safety::weaker_bones(model.settings.bone_status)
    {
        model.home.mode = HomeMode::AdvanceConfirm;
        return;
    }
    model.program = match model.program {
        Program::Beginner => Program::Advanced,
        Program::Advanced => Program::Beginner,
    };
    model.refresh(now.today());
}

/// The pain check on home: `not-yet` is recorded at once; `ok` and `leave-out` ask y/n
/// (`confirmed`: the y of that question).
fn pain_step(
    model: &mut Model,
    answer: Option<PainAnswer>,
    confirmed: bool,
    now: Now,
    effects: &mut Vec<Effect>,
) {
    let Some(hold) = model.pain_question() else {
        return;
    };
    let exercise = hold.exercise.clone();
    let answer = match (model.home.pain_confirm(), answer) {
        (None, Some(PainAnswer::NotYet)) => PainAnswer::NotYet,
        (None, Some(answer)) => {
            model.home.mode = HomeMode::PainConfirm(answer);
            return;
        }
        (Some(answer), _) if confirmed => answer,
        (Some(_), _) => {
            model.home.mode = HomeMode::Plain;
            return;
        }
        (None, None) => return,
    };
    if let Some(record) = crate::coach::pain::answer(&model.history, &exercise, answer, now.today())
    {
        effects.push(Effect::SavePainCheck(record));
    }
}

/// The weight question on home: answer it, or type another weight.
fn weight_step(model: &mut Model, key: WeightKey, now: Now, effects: &mut Vec<Effect>) {
    let Some(prompt) = model.weight_prompt().cloned() else {
        return;
    };
    let decide = |to_kg: f64| WeightChange {
        date: now.today(),
        exercise: prompt.exercise.clone(),
        from_kg: prompt.from_kg,
        to_kg,
    };
    let plain = model.home_plain();
    let HomeMode::Weight(entry) = &mut model.home.mode else {
        match key {
            WeightKey::Accept if plain => {
                if let Some(to) = prompt.to_kg {
                    effects.push(Effect::SaveWeight(decide(to)));
                }
            }
            WeightKey::Decline if plain => {
                if let Some(from) = prompt.from_kg {
                    effects.push(Effect::SaveWeight(decide(from)));
                }
            }
            WeightKey::Edit if plain => model.home.mode = HomeMode::Weight(WeightEntry::default()),
            _ => {}
        }
        return;
    };
    match key {
        // Answers to the question, not to the field.
        WeightKey::Accept | WeightKey::Decline | WeightKey::Edit => {}
        WeightKey::Char(c) if entry.text.chars().count() < 8 => entry.text.push(c),
        WeightKey::Char(_) => {}
        WeightKey::Backspace => {
            entry.text.pop();
        }
        WeightKey::Cancel => model.home.mode = HomeMode::Plain,
        WeightKey::Confirm if entry.asked.is_none() => {
            match crate::units::parse_weight(&entry.text, model.settings.units) {
                Ok(kg) => {
                    entry.invalid = false;
                    // More than a step from the current weight: a typo, or too much at
                    // once. Asked about before it is taken.
                    // A first weight far above the usual one for the bone status, the calm
                    // days after a pain check `ok`, a second change within 14 days: paced
                    // like the coach (issue 24, design 5). Lighter never asks.
                    let big = model.catalog.get(&prompt.exercise).is_some_and(|e| {
                        crate::coach::typed_weight::ask(
                            e,
                            &model.history,
                            &model.settings,
                            prompt.from_kg,
                            kg,
                            now.today(),
                        )
                        .is_some()
                    });
                    if big {
                        entry.asked = Some(WeightAsk::Jump(kg));
                    } else {
                        effects.push(Effect::SaveWeight(decide(kg)));
                    }
                }
                Err(_) => {
                    entry.text.clear();
                    entry.invalid = true;
                }
            }
        }
        WeightKey::Confirm => {}
        WeightKey::ConfirmJump(yes) => {
            if let Some(WeightAsk::Jump(kg)) = entry.asked {
                entry.asked = None;
                if yes {
                    effects.push(Effect::SaveWeight(decide(kg)));
                }
            }
        }
    }
}

/// Home's question about an unfinished session or practice: `r` resume (the same day
/// only), `s` save as it is, `d` discard (then `y` or `n`).
fn unfinished_step(model: &mut Model, key: UnfinishedKey, now: Now, effects: &mut Vec<Effect>) {
    let HomeMode::Unfinished { unfinished, .. } = &mut model.home.mode else {
        return;
    };
    match (unfinished.confirm_discard, key) {
        (false, UnfinishedKey::Resume) if !unfinished.from_earlier_day(now.today()) => {
            match &unfinished.left {
                Left::Session(_) => resume_session(model, now),
                Left::Practice(_) => resume_practice(model, now, effects),
            }
        }
        (false, UnfinishedKey::Resume) => {}
        (false, UnfinishedKey::SaveAsItIs) => match &unfinished.left {
            Left::Session(journal) => {
                let record = journal.to_record();
                if nothing_to_record(&record) {
                    model.home.unfinished_decided();
                    model.notice = Some(Notice::NothingDone);
                    effects.push(Effect::ClearJournal);
                } else {
                    if record.reports_pain() {
                        model.after_save = Notice::SavedWithPain;
                    }
                    effects.push(Effect::SaveSession(record));
                }
            }
            Left::Practice(practice) => {
                model.after_save = Notice::PracticeSaved;
                effects.push(Effect::SavePractice(practice.as_ref().clone()));
            }
        },
        (false, UnfinishedKey::Discard) => unfinished.confirm_discard = true,
        (true, UnfinishedKey::ConfirmDiscard) => {
            // A pain report is never thrown away: it is saved on its own.
            let (pain, clear) = match &unfinished.left {
                Left::Session(journal) => (
                    pain_only(&journal.to_record()).map(Effect::SaveSession),
                    Effect::ClearJournal,
                ),
                Left::Practice(practice) => (
                    practice.pain_only().map(Effect::SavePractice),
                    Effect::ClearPracticeJournal,
                ),
            };
            if let Some(pain) = pain {
                model.after_save = match &unfinished.left {
                    Left::Session(_) => Notice::DiscardedPainKept,
                    Left::Practice(_) => Notice::PracticeDiscardedPainKept,
                };
                effects.push(pain);
                return;
            }
            model.home.unfinished_decided();
            model.notice = Some(Notice::Discarded);
            effects.push(clear);
        }
        (true, UnfinishedKey::KeepIt) => unfinished.confirm_discard = false,
        (false, UnfinishedKey::ConfirmDiscard | UnfinishedKey::KeepIt)
        | (true, UnfinishedKey::Resume | UnfinishedKey::SaveAsItIs | UnfinishedKey::Discard) => {}
    }
}

/// `r` on an unfinished session: the rest of it, planned again from the profile as it is
/// now.
fn resume_session(model: &mut Model, now: Now) {
    let Some(Left::Session(journal)) = model.home.unfinished().map(|u| &u.left) else {
        return;
    };
    let today = day_plan(
        &model.catalog,
        &model.history,
        &model.settings,
        journal.program,
        now.today(),
    );
    let Some(resumed) = Session::resume(journal, &model.catalog, now.instant, &today.session)
    else {
        return;
    };
    model.home.unfinished_decided();
    model.notice = None;
    model.run_session(resumed.session);
}

/// `r` on a practice left unfinished today (issue 26): what is left of today's practice,
/// saved with what was done before as one practice. With nothing left, it is saved.
fn resume_practice(model: &mut Model, now: Now, effects: &mut Vec<Effect>) {
    let Some(Left::Practice(before)) = model.home.unfinished().map(|u| &u.left) else {
        return;
    };
    let before = before.as_ref().clone();
    let left = remaining(&model.practice, &before);
    model.after_save = Notice::PracticeSaved;
    if left.balance.is_empty() && left.posture.is_empty() {
        effects.push(Effect::SavePractice(before));
        return;
    }
    let plan = practice_session(model.catalog.routines(), &left);
    model.home.unfinished_decided();
    model.notice = None;
    model.run_session(Session::new(plan, now.local, now.instant).carrying_on(before));
}

/// The shell saved the answer to the weight question: the question is gone.
pub(super) fn weight_saved(model: &mut Model) {
    if matches!(model.home.mode, HomeMode::Weight(_)) {
        model.home.mode = HomeMode::Plain;
    }
    model.home.weight_error = None;
}

/// The shell saved the answer to the pain check.
pub(super) fn pain_saved(model: &mut Model) {
    if matches!(model.home.mode, HomeMode::PainConfirm(_)) {
        model.home.mode = HomeMode::Plain;
    }
    model.home.pain_error = None;
}

/// A session (or the unfinished one) was saved: that unfinished session is decided.
pub(super) fn session_saved(model: &mut Model) {
    model.home.unfinished_decided();
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::fixtures::{model, with_unfinished};
    use crate::app::update;
    use crate::app::{Done, HomeMsg, Msg};
    use crate::catalog::Program;
    use crate::clock::{Clock, FakeClock};
    use crate::coach::progression::PromptKind;

    use crate::history::History;

    #[test]
    fn a_weight_question_is_answered_yes_no_or_with_another_weight() {
        let clock = FakeClock::new();
        let mut m = model();
        let history: History = serde_json::from_str(include_str!(
            "../../tests/fixtures/goblet-squat-at-the-top.json"
        ))
        .unwrap();
        m.history = history;
        m.program = Program::Advanced;
        m.refresh(clock.today());
        let prompt = m
            .weight_prompt()
            .cloned()
            .expect("a heavier weight is proposed");
        assert_eq!((prompt.from_kg, prompt.to_kg), (Some(8.0), Some(9.0)));
        let now = Now::from_clock(&clock);
        let yes = update(&mut m, Msg::Home(HomeMsg::Weight(WeightKey::Accept)), now);
        assert!(matches!(&yes[..], [Effect::SaveWeight(c)] if c.to_kg == 9.0));
        let no = update(&mut m, Msg::Home(HomeMsg::Weight(WeightKey::Decline)), now);
        assert!(matches!(&no[..], [Effect::SaveWeight(c)] if c.to_kg == 8.0));
        update(&mut m, Msg::Home(HomeMsg::Weight(WeightKey::Edit)), now);
        for c in ['1', '0', ',', '5'] {
            update(&mut m, Msg::Home(HomeMsg::Weight(WeightKey::Char(c))), now);
        }
        // 8 to 10.5 kg is more than a step (2 kg): asked once more.
        assert!(update(&mut m, Msg::Home(HomeMsg::Weight(WeightKey::Confirm)), now).is_empty());
        assert_eq!(
            m.home.weight_entry().and_then(|e| e.asked),
            Some(WeightAsk::Jump(10.5))
        );
        let other = update(
            &mut m,
            Msg::Home(HomeMsg::Weight(WeightKey::ConfirmJump(true))),
            now,
        );
        assert!(matches!(&other[..], [Effect::SaveWeight(c)] if c.to_kg == 10.5));
        // Once saved, that question is gone; the next one is the deadlift's first weight.
        let mut saved = m.history.clone();
        if let [Effect::SaveWeight(change)] = &other[..] {
            saved.weight_changes.push(change.clone());
        }
        update(&mut m, Msg::Done(Done::WeightSaved(saved)), now);
        let next = m.weight_prompt().expect("the next question");
        assert_eq!(
            (next.exercise.as_str(), next.kind),
            ("deadlift", PromptKind::ChooseWeight)
        );
        assert_eq!(m.day.session.exercises[0].weight_kg, Some(10.5));
    }

    /// A minus sign is kept and said, never dropped: `-1` is not taken as 1 kg; `2½` is 2.5.
    #[test]
    fn a_typed_weight_keeps_every_character_and_a_half_is_read() {
        let clock = FakeClock::new();
        let now = Now::from_clock(&clock);
        let mut m = model();
        m.history = serde_json::from_str(include_str!(
            "../../tests/fixtures/goblet-squat-at-the-top.json"
        ))
        .unwrap();
        m.program = Program::Advanced;
        m.refresh(clock.today());
        update(&mut m, Msg::Home(HomeMsg::Weight(WeightKey::Edit)), now);
        for c in ['-', '8'] {
            update(&mut m, Msg::Home(HomeMsg::Weight(WeightKey::Char(c))), now);
        }
        assert_eq!(m.home.weight_entry().map(|e| e.text.as_str()), Some("-8"));
        assert_eq!(crate::units::unused_char("-8"), Some('-'));
        assert!(
            update(&mut m, Msg::Home(HomeMsg::Weight(WeightKey::Confirm)), now).is_empty(),
            "-8 is no weight"
        );
        assert!(m.home.weight_entry().is_some_and(|e| e.invalid));
        update(&mut m, Msg::Home(HomeMsg::Weight(WeightKey::Cancel)), now);
        update(&mut m, Msg::Home(HomeMsg::Weight(WeightKey::Edit)), now);
        for c in ['8', '½'] {
            update(&mut m, Msg::Home(HomeMsg::Weight(WeightKey::Char(c))), now);
        }
        let saved = update(&mut m, Msg::Home(HomeMsg::Weight(WeightKey::Confirm)), now);
        assert!(
            matches!(&saved[..], [Effect::SaveWeight(c)] if c.to_kg == 8.5),
            "{saved:?}"
        );
    }

    #[test]
    fn a_heavy_first_weight_typed_on_home_is_asked_about() {
        // Osteoporosis, no weight yet: `e 4 0 Enter` for the first question asks y/n.
        let clock = FakeClock::new();
        let now = Now::from_clock(&clock);
        let mut m = model();
        m.settings.bone_status = crate::profile::BoneStatus::Osteoporosis;
        m.program = Program::Advanced;
        m.refresh(clock.today());
        let prompt = m.weight_prompt().cloned().expect("a first-weight question");
        assert_eq!(prompt.kind, PromptKind::ChooseWeight);
        update(&mut m, Msg::Home(HomeMsg::Weight(WeightKey::Edit)), now);
        for c in ['4', '0'] {
            update(&mut m, Msg::Home(HomeMsg::Weight(WeightKey::Char(c))), now);
        }
        assert!(update(&mut m, Msg::Home(HomeMsg::Weight(WeightKey::Confirm)), now).is_empty());
        assert_eq!(
            m.home.weight_entry().and_then(|e| e.asked),
            Some(WeightAsk::Jump(40.0))
        );
        assert!(
            update(
                &mut m,
                Msg::Home(HomeMsg::Weight(WeightKey::ConfirmJump(false))),
                now
            )
            .is_empty()
        );
        // The usual first weight is taken without asking.
        m.home.mode = HomeMode::Weight(WeightEntry {
            text: "2".into(),
            ..WeightEntry::default()
        });
        let taken = update(&mut m, Msg::Home(HomeMsg::Weight(WeightKey::Confirm)), now);
        assert!(matches!(&taken[..], [Effect::SaveWeight(c)] if c.to_kg == 2.0));
    }

    /// Issue 24, design 5: a weight typed on home is paced like the coach. Lighter never
    /// asks; heavier within 14 days of the last change asks, naming that change.
    #[test]
    fn a_weight_typed_on_home_is_paced_and_lighter_never_asks() {
        use crate::history::build::{exercise, history, reps, session};
        let clock = FakeClock::new();
        let now = Now::from_clock(&clock);
        let today = clock.today();
        let hard = |days: u64| {
            let mut e = exercise("goblet-squat", Some(8.0), reps(&[10, 10, 10]));
            e.effort = Some(crate::history::Effort::TooHard);
            session(today - chrono::Days::new(days), Program::Advanced, vec![e])
        };
        let mut h = history(vec![hard(6), hard(3)]);
        h.weight_changes.push(crate::history::WeightChange {
            date: today - chrono::Days::new(8),
            exercise: "goblet-squat".into(),
            from_kg: Some(7.0),
            to_kg: 8.0,
        });
        let mut m = model();
        m.history = h;
        m.program = Program::Advanced;
        m.refresh(today);
        let prompt = m
            .weight_prompt()
            .cloned()
            .expect("a lighter-weight question");
        assert_eq!(prompt.kind, PromptKind::DecreaseWeight);
        update(&mut m, Msg::Home(HomeMsg::Weight(WeightKey::Edit)), now);
        update(
            &mut m,
            Msg::Home(HomeMsg::Weight(WeightKey::Char('9'))),
            now,
        );
        assert!(update(&mut m, Msg::Home(HomeMsg::Weight(WeightKey::Confirm)), now).is_empty());
        assert_eq!(
            m.home.weight_entry().and_then(|e| e.asked),
            Some(WeightAsk::Jump(9.0)),
            "heavier within 14 days asks"
        );
        assert!(
            update(
                &mut m,
                Msg::Home(HomeMsg::Weight(WeightKey::ConfirmJump(false))),
                now
            )
            .is_empty()
        );
        // Far lighter: taken at once.
        m.home.mode = HomeMode::Weight(WeightEntry {
            text: "2".into(),
            ..WeightEntry::default()
        });
        let taken = update(&mut m, Msg::Home(HomeMsg::Weight(WeightKey::Confirm)), now);
        assert!(matches!(&taken[..], [Effect::SaveWeight(c)] if c.to_kg == 2.0));
    }

    /// Issue 26: a practice left unfinished today is carried on (what is left, saved with
    /// what was done as one record), saved as it is, or thrown away keeping its pain.
    #[test]
    fn an_unfinished_practice_is_carried_on_saved_or_discarded_keeping_pain() {
        let clock = FakeClock::new();
        let now = Now::from_clock(&clock);
        let mut m = model();
        assert!(m.practice.has_items());
        let stance = m.practice.balance[0].stance.clone();
        let support = m.practice.balance[0].support.clone();
        let hold = |pain| crate::history::BalanceHold {
            stance: stance.clone(),
            support: support.clone(),
            target_seconds: 10,
            seconds: 10,
            rating: None,
            stopped_for_pain: pain,
            pain_site: None,
            ..Default::default()
        };
        let before = crate::history::PracticeRecord {
            date: now.today(),
            started_at: now.local,
            ended_at: now.local,
            logged: false,
            balance: vec![hold(false)],
            posture: Vec::new(),
            ..Default::default()
        };
        let key = |m: &mut Model, k| update(m, Msg::Home(HomeMsg::Unfinished(k)), now);

        m.offer_unfinished(Unfinished::practice(before.clone()));
        key(&mut m, UnfinishedKey::Resume);
        let session = m.session().expect("carried on");
        let record = session.to_practice_record(now.local);
        assert_eq!(record.started_at, before.started_at);
        assert_eq!(record.balance, before.balance, "what was done is in it");
        assert!(m.home.unfinished().is_none());

        let mut m = model();
        m.offer_unfinished(Unfinished::practice(before.clone()));
        let saved = key(&mut m, UnfinishedKey::SaveAsItIs);
        assert_eq!(saved, [Effect::SavePractice(before.clone())]);

        let mut m = model();
        let hurt = crate::history::PracticeRecord {
            balance: vec![hold(false), hold(true)],
            ..before.clone()
        };
        m.offer_unfinished(Unfinished::practice(hurt.clone()));
        key(&mut m, UnfinishedKey::Discard);
        let kept = key(&mut m, UnfinishedKey::ConfirmDiscard);
        assert_eq!(kept, [Effect::SavePractice(hurt.pain_only().unwrap())]);
        assert_eq!(m.after_save, Notice::PracticeDiscardedPainKept);

        let mut m = model();
        m.offer_unfinished(Unfinished::practice(before));
        key(&mut m, UnfinishedKey::Discard);
        let gone = key(&mut m, UnfinishedKey::ConfirmDiscard);
        assert_eq!(gone, [Effect::ClearPracticeJournal]);
        assert!(m.home.unfinished().is_none());
    }

    #[test]
    fn an_unfinished_session_is_resumed_saved_or_discarded_after_asking() {
        let clock = FakeClock::new();
        let now = Now::from_clock(&clock);
        let mut m = with_unfinished(&clock);
        update(&mut m, Msg::Home(HomeMsg::StartSession), now);
        assert_eq!(
            m.screen,
            Screen::Home,
            "decide about the unfinished one first"
        );
        update(
            &mut m,
            Msg::Home(HomeMsg::Unfinished(UnfinishedKey::Resume)),
            now,
        );
        let session = m.session().expect("resumed");
        assert_eq!((session.set_number(), session.sets_done().len()), (2, 1));
        assert!(m.home.unfinished().is_none());

        let mut m = with_unfinished(&clock);
        let saved = update(
            &mut m,
            Msg::Home(HomeMsg::Unfinished(UnfinishedKey::SaveAsItIs)),
            now,
        );
        let [Effect::SaveSession(record)] = saved.as_slice() else {
            panic!("a save, got {saved:?}")
        };
        assert!(record.ended_early);
        assert_eq!(record.exercises[0].sets.len(), 1);
        update(&mut m, Msg::Done(Done::SaveFailed("disk full".into())), now);
        assert_eq!(
            m.home.unfinished().and_then(|u| u.error.as_deref()),
            Some("disk full")
        );

        let mut m = with_unfinished(&clock);
        assert!(
            update(
                &mut m,
                Msg::Home(HomeMsg::Unfinished(UnfinishedKey::Discard)),
                now
            )
            .is_empty()
        );
        update(
            &mut m,
            Msg::Home(HomeMsg::Unfinished(UnfinishedKey::KeepIt)),
            now,
        );
        assert!(m.home.unfinished().is_some(), "n keeps it");
        update(
            &mut m,
            Msg::Home(HomeMsg::Unfinished(UnfinishedKey::Discard)),
            now,
        );
        let gone = update(
            &mut m,
            Msg::Home(HomeMsg::Unfinished(UnfinishedKey::ConfirmDiscard)),
            now,
        );
        assert_eq!(gone, [Effect::ClearJournal]);
        assert!(m.home.unfinished().is_none());
    }

    /// Issue 25: one guard for home. While a weight is typed or a pain answer waits for
    /// y/n, neither a session nor a practice starts, nor another screen opens.
    #[test]
    fn nothing_starts_while_home_asks_or_a_weight_is_typed() {
        let clock = FakeClock::new();
        let now = Now::from_clock(&clock);
        for mode in [
            HomeMode::Weight(WeightEntry::default()),
            HomeMode::PainConfirm(PainAnswer::Ok),
            HomeMode::AdvanceConfirm,
        ] {
            let mut m = model();
            m.home.mode = mode.clone();
            for msg in [
                HomeMsg::StartSession,
                HomeMsg::StartPractice,
                HomeMsg::OpenHistory,
                HomeMsg::OpenSettings,
                HomeMsg::OpenHelp,
                HomeMsg::OpenTestDay,
                HomeMsg::OpenFall,
                HomeMsg::SwitchProgram,
            ] {
                let effects = update(&mut m, Msg::Home(msg.clone()), now);
                assert!(effects.is_empty(), "{mode:?} {msg:?}");
                assert_eq!(m.screen, Screen::Home, "{mode:?} {msg:?}");
                assert_eq!(m.home.mode, mode, "{mode:?} {msg:?}");
            }
        }
        // Plain home starts them.
        let mut m = model();
        update(&mut m, Msg::Home(HomeMsg::StartPractice), now);
        assert!(m.session().is_some());
    }

    #[test]
    fn weights_are_typed_in_the_users_units() {
        use crate::units::Units;
        use crate::units::parse_weight;
        assert_eq!(parse_weight("7,5", Units::Kg), Ok(7.5));
        assert_eq!(parse_weight("20", Units::Lb), Ok(9.072));
        assert!(parse_weight("700", Units::Lb).is_err(), "over 300 kg");
        assert!(parse_weight("0", Units::Kg).is_err());
    }
}
