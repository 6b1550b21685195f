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
    /// The monthly question before the first session of a month: "Fallen or nearly fallen
    /// since <date>?" (y/n).
    Since(chrono::NaiveDate),
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
            Self::GotUp | Self::Since(_) => 0,
        }
    }
}

/// The fall form on screen: one question at a time, the record filled as answered.
#[derive(Debug, Clone, PartialEq)]
pub struct FallForm {
    pub question: FallQuestion,
    pub record: FallRecord,
    pub save_error: Option<String>,
    /// `n` to the monthly question: the session starts once the answer is kept.
    pub start_after: bool,
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
    open_fall_at(model, now, FallQuestion::Kind);
}

/// The monthly falls question, when Enter would start the first session of a month: the
/// day to ask "since" about (issue 30, `coach::falls::monthly_question`). Never before
/// anything was recorded, nor without a profile to keep the answer in.
#[must_use]
pub fn falls_question(model: &Model, today: chrono::NaiveDate) -> Option<chrono::NaiveDate> {
    let profile = model.profile.as_ref()?;
    let h = &model.history;
    let first_use = h
        .sessions
        .iter()
        .map(|s| s.date)
        .chain(h.practice.iter().map(|p| p.date))
        .chain(h.tests.iter().map(|t| t.date))
        .min()?;
    crate::coach::falls::monthly_question(today, profile.falls_asked, first_use)
}

/// Enter on home before the first session of a month: the question first.
pub fn ask_falls_question(model: &mut Model, now: Now, since: chrono::NaiveDate) {
    open_fall_at(model, now, FallQuestion::Since(since));
}

/// The profile with `change` made, to be saved (the model's copy stays as it is until
/// the shell says it was written: the shell saves what differs from it).
fn profile_with(
    model: &Model,
    change: impl FnOnce(&mut crate::profile::Profile),
) -> Option<Effect> {
    let mut profile = model.profile.clone()?;
    change(&mut profile);
    Some(Effect::SaveProfile(profile))
}

/// Home offers the test day today (`coach::function_test::offer`): due, not a strength
/// day, and not offered on an earlier day of this due period.
#[must_use]
pub fn offers_test_day(model: &Model, today: chrono::NaiveDate) -> bool {
    use crate::coach::function_test::{offer, test_day};
    use crate::coach::rest::DayStatus;
    let day = &model.day;
    let strength_day = match day.today.status {
        DayStatus::DoneToday => true,
        DayStatus::Rest => false,
        DayStatus::Train => day.week.sessions < day.week.target && day.may_start(),
    };
    let offered = model.profile.as_ref().and_then(|p| p.test_day_offered);
    !model.read_only
        && offer(
            &test_day(&model.history, today),
            today,
            strength_day,
            offered,
        )
}

/// The first time home offers the test day in a due period, the day is kept (profile), so
/// that it is offered once.
pub fn note_offer(model: &Model, today: chrono::NaiveDate, effects: &mut Vec<Effect>) {
    let noted = model
        .profile
        .as_ref()
        .is_some_and(|p| p.test_day_offered == Some(today));
    if model.screen == Screen::Home && !noted && offers_test_day(model, today) {
        effects.extend(profile_with(model, |p| p.test_day_offered = Some(today)));
    }
}

fn open_fall_at(model: &mut Model, now: Now, question: FallQuestion) {
    model.notice = None;
    model.screen = Screen::Fall(Box::new(FallForm {
        question,
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
        start_after: false,
    }));
}

/// One key on the fall form.
#[allow(clippy::too_many_lines)] // issue 25 item 9: still to be split
pub fn fall_step(model: &mut Model, key: FallKey, effects: &mut Vec<Effect>) {
    let Screen::Fall(form) = &mut model.screen else {
        return;
    };
    if key == FallKey::Cancel {
        model.screen = Screen::Home;
        return;
    }
    // The monthly question: either answer is kept; yes goes on to the form, no to the
    // session once the answer is written.
    if let FallQuestion::Since(_) = form.question {
        let today = form.record.date;
        match key {
            FallKey::Yes => form.question = FallQuestion::Kind,
            FallKey::No => form.start_after = true,
            _ => return,
        }
        effects.extend(profile_with(model, |p| p.falls_asked = Some(today)));
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
                FallQuestion::GotUp | FallQuestion::Since(_) => {}
            }
            true
        }
        (FallQuestion::GotUp | FallQuestion::Since(_), FallKey::Yes | FallKey::No) => {
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
        FallQuestion::GotUp | FallQuestion::Since(_) => None,
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
