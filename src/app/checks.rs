//! The test day (`t` on home) and the fall form (`f` on home), issue 30: their states and
//! steps. The test itself is `coach::function_test::live`; what is saved goes out as
//! [`Effect::SaveChecks`].

use crate::coach::function_test::live::{Step, TestInput, TestRun};
use crate::history::{FallCause, FallKind, FallPlace, FallRecord, Injury, PartOfDay, TestRecord};

use super::{Effect, Model, Notice, Now, Screen};

/// The test day on screen.
#[derive(Debug, Clone, PartialEq)]
pub struct TestDayState {
    pub run: TestRun,
    /// `d` on the results: asked y/n first.
    pub confirm_discard: bool,
    pub save_error: Option<String>,
}

/// A key on the test day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TestDayKey {
    Input(TestInput),
    /// Enter on the results.
    Save,
    /// `d` on the results.
    Discard,
    /// y (true) or n (false) after `d`.
    ConfirmDiscard(bool),
}

/// Which question the fall form asks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FallQuestion {
    Kind,
    PartOfDay,
    Place,
    What,
    Injury,
    GotUp,
}

impl FallQuestion {
    /// The answers offered, numbered from 1 (`GotUp` is y/n).
    #[must_use]
    pub fn choices(self) -> usize {
        match self {
            Self::Kind => 2,
            Self::PartOfDay | Self::Place => 4,
            Self::What => 6,
            Self::Injury => 5,
            Self::GotUp => 0,
        }
    }
}

/// The fall form on screen: one question at a time, the record filled as answered.
#[derive(Debug, Clone, PartialEq)]
pub struct FallForm {
    pub question: FallQuestion,
    pub record: FallRecord,
    pub save_error: Option<String>,
}

/// A key on the fall form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FallKey {
    /// A number key: the answer numbered so (from 1).
    Choose(u8),
    Yes,
    No,
    /// Enter: not said, on to the next question.
    NotSaid,
    /// Esc: nothing recorded.
    Cancel,
}

/// `t` on home: the test day begins at its first card.
pub fn open_test_day(model: &mut Model, now: Now) {
    model.notice = None;
    model.screen = Screen::TestDay(Box::new(TestDayState {
        run: TestRun::new(now.today(), model.get_ready()),
        confirm_discard: false,
        save_error: None,
    }));
}

/// One key on the test day, or time passing (`key` `None`).
pub fn test_day_step(
    model: &mut Model,
    key: Option<TestDayKey>,
    now: Now,
    effects: &mut Vec<Effect>,
) {
    let Screen::TestDay(state) = &mut model.screen else {
        return;
    };
    let on_results = state.run.step == Step::Results;
    match key {
        Some(TestDayKey::Input(input)) if !on_results => state.run.step(Some(input), now.instant),
        None => state.run.step(None, now.instant),
        Some(TestDayKey::Save) if on_results => {
            let tests: Vec<TestRecord> = state.run.results.clone();
            if tests.is_empty() {
                model.screen = Screen::Home;
                return;
            }
            model.after_save = Notice::TestsSaved(tests.len());
            effects.push(Effect::SaveChecks {
                tests,
                falls: Vec::new(),
            });
        }
        Some(TestDayKey::Discard) if on_results => state.confirm_discard = true,
        Some(TestDayKey::ConfirmDiscard(yes)) if state.confirm_discard => {
            state.confirm_discard = false;
            if yes {
                model.screen = Screen::Home;
            }
        }
        _ => {}
    }
}

/// `f` on home: the fall form, for today.
pub fn open_fall(model: &mut Model, now: Now) {
    model.notice = None;
    model.screen = Screen::Fall(Box::new(FallForm {
        question: FallQuestion::Kind,
        record: FallRecord {
            date: now.today(),
            kind: FallKind::Fall,
            part_of_day: None,
            place: None,
            what: None,
            injury: None,
            got_up_alone: None,
            minutes_on_floor: None,
            note: None,
            all_right: None,
            extra: crate::history::Extra::new(),
        },
        save_error: None,
    }));
}

/// One key on the fall form.
pub fn fall_step(model: &mut Model, key: FallKey, effects: &mut Vec<Effect>) {
    let Screen::Fall(form) = &mut model.screen else {
        return;
    };
    if key == FallKey::Cancel {
        model.screen = Screen::Home;
        return;
    }
    let r = &mut form.record;
    let pick = |n: u8, max: usize| usize::from(n).checked_sub(1).filter(|i| *i < max);
    let answered = match (form.question, key) {
        (q, FallKey::Choose(n)) if q != FallQuestion::GotUp => {
            let Some(i) = pick(n, q.choices()) else {
                return;
            };
            match q {
                FallQuestion::Kind => r.kind = [FallKind::Fall, FallKind::NearFall][i],
                FallQuestion::PartOfDay => {
                    r.part_of_day = Some(
                        [
                            PartOfDay::Morning,
                            PartOfDay::Afternoon,
                            PartOfDay::Evening,
                            PartOfDay::Night,
                        ][i],
                    );
                }
                FallQuestion::Place => {
                    r.place = Some(
                        [
                            FallPlace::Inside,
                            FallPlace::Stairs,
                            FallPlace::Bathroom,
                            FallPlace::Outside,
                        ][i],
                    );
                }
                FallQuestion::What => {
                    r.what = Some(
                        [
                            FallCause::Tripped,
                            FallCause::Slipped,
                            FallCause::Dizzy,
                            FallCause::LegsGaveWay,
                            FallCause::LostBalance,
                            FallCause::Other,
                        ][i],
                    );
                }
                FallQuestion::Injury => {
                    r.injury = Some(
                        [
                            Injury::None,
                            Injury::Bruise,
                            Injury::Pain,
                            Injury::PossiblyBroken,
                            Injury::SawDoctor,
                        ][i],
                    );
                }
                FallQuestion::GotUp => {}
            }
            true
        }
        (FallQuestion::GotUp, FallKey::Yes | FallKey::No) => {
            r.got_up_alone = Some(key == FallKey::Yes);
            true
        }
        // The kind is always said; every other question may be left.
        (q, FallKey::NotSaid) => q != FallQuestion::Kind,
        _ => false,
    };
    if !answered {
        return;
    }
    let next = match form.question {
        FallQuestion::Kind => Some(FallQuestion::PartOfDay),
        FallQuestion::PartOfDay => Some(FallQuestion::Place),
        FallQuestion::Place => Some(FallQuestion::What),
        FallQuestion::What => Some(FallQuestion::Injury),
        // A near fall never reached the floor: nothing to get up from.
        FallQuestion::Injury if r.kind == FallKind::NearFall => None,
        FallQuestion::Injury => Some(FallQuestion::GotUp),
        FallQuestion::GotUp => None,
    };
    match next {
        Some(q) => form.question = q,
        None => {
            model.after_save = Notice::FallSaved {
                needs_doctor: form.record.needs_doctor(),
            };
            effects.push(Effect::SaveChecks {
                tests: Vec::new(),
                falls: vec![form.record.clone()],
            });
        }
    }
}

/// The shell could not save: said on the screen that asked, to try again.
pub fn save_failed(model: &mut Model, reason: String) {
    match &mut model.screen {
        Screen::TestDay(state) => state.save_error = Some(reason),
        Screen::Fall(form) => form.save_error = Some(reason),
        _ => {}
    }
}
