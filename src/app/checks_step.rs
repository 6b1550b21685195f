//! The test day's and the fall form's steps (issue 30): a key in, the state changed, what
//! is saved out as [`Effect::SaveChecks`]. Their states are `checks.rs`.

use crate::coach::function_test::live::{Step, TestRun};
use crate::history::{FallCause, FallKind, FallPlace, FallRecord, Injury, PartOfDay, TestRecord};

use super::checks::{FallForm, FallKey, FallQuestion, TestDayKey, TestDayState};
use super::{Effect, Model, Notice, Now, Screen};

/// `t` on home: the test day begins at its first card. The balance test asks "is a counter
/// within reach?" first as the practice does, for every bone status but "no known loss"
/// (and without a profile: not knowing is no proof of strong bones).
pub fn open_test_day(model: &mut Model, now: Now) {
    model.notice = None;
    let ask = model
        .profile
        .as_ref()
        .is_none_or(|p| crate::coach::practice::needs_counter_check(p.bone_status));
    model.screen = Screen::TestDay(Box::new(TestDayState {
        run: TestRun::new(now.today(), model.get_ready()).asking_for_a_counter(ask),
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
            ..Default::default()
        },
        save_error: None,
        start_after: false,
        typed: String::new(),
        typed_invalid: false,
        day_error: None,
    }));
}

/// The `i`th answer (from 0) to the fall form's question `q`, put into the record.
fn choose(r: &mut FallRecord, q: FallQuestion, i: usize) {
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
        FallQuestion::GotUp
        | FallQuestion::Since(_)
        | FallQuestion::Day
        | FallQuestion::Minutes
        | FallQuestion::Note => {}
    }
}

/// The longest note kept from the form.
const NOTE_MOST_CHARS: usize = 200;

/// A key on a typed question (the minutes, the note): `Some(answered)` when it is one of
/// its keys; Enter takes what is typed (nothing typed: not said).
fn typed_step(form: &mut FallForm, key: FallKey) -> Option<bool> {
    let minutes = form.question == FallQuestion::Minutes;
    match key {
        FallKey::Char(c) if minutes && c.is_ascii_digit() && form.typed.len() < 4 => {
            form.typed.push(c);
            form.typed_invalid = false;
            Some(false)
        }
        FallKey::Char(c) if !minutes && form.typed.chars().count() < NOTE_MOST_CHARS => {
            form.typed.push(c);
            form.day_error = None;
            Some(false)
        }
        FallKey::Backspace => {
            form.typed.pop();
            form.typed_invalid = false;
            form.day_error = None;
            Some(false)
        }
        FallKey::NotSaid if form.question == FallQuestion::Day => {
            // Asked right after the kind: the record's day is still today.
            let today = form.record.date;
            if form.typed.trim().is_empty() {
                return Some(true);
            }
            match crate::typed_day::parse_day(&form.typed, today) {
                Ok(day) => {
                    form.record.date = day;
                    form.typed.clear();
                    Some(true)
                }
                Err(e) => {
                    form.day_error = Some(e);
                    Some(false)
                }
            }
        }
        FallKey::NotSaid if minutes => {
            let typed: Option<u32> = form.typed.parse().ok();
            if typed.is_some_and(|m| m > crate::history::MAX_MINUTES_ON_FLOOR) {
                form.typed_invalid = true;
                return Some(false);
            }
            form.record.minutes_on_floor = typed;
            form.typed.clear();
            Some(true)
        }
        FallKey::NotSaid => {
            let note = form.typed.trim();
            form.record.note = (!note.is_empty()).then(|| note.to_owned());
            form.typed.clear();
            Some(true)
        }
        _ => None,
    }
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
    let typed = matches!(
        form.question,
        FallQuestion::Day | FallQuestion::Minutes | FallQuestion::Note
    );
    let answered = if typed {
        match typed_step(form, key) {
            Some(answered) => answered,
            None => return,
        }
    } else {
        answer(form, key)
    };
    if !answered {
        return;
    }
    let r = &form.record;
    let next = match form.question {
        FallQuestion::Kind => Some(FallQuestion::Day),
        FallQuestion::Day => Some(FallQuestion::PartOfDay),
        FallQuestion::PartOfDay => Some(FallQuestion::Place),
        FallQuestion::Place => Some(FallQuestion::What),
        FallQuestion::What => Some(FallQuestion::Injury),
        // A near fall never reached the floor: nothing to get up from.
        FallQuestion::Injury if r.kind == FallKind::NearFall => Some(FallQuestion::Note),
        FallQuestion::Injury => Some(FallQuestion::GotUp),
        FallQuestion::GotUp => Some(FallQuestion::Minutes),
        FallQuestion::Minutes => Some(FallQuestion::Note),
        FallQuestion::Note | FallQuestion::Since(_) => None,
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

/// A key on a question with numbered answers or y/n: whether it answered it.
fn answer(form: &mut FallForm, key: FallKey) -> bool {
    let r = &mut form.record;
    let pick = |n: u8, max: usize| usize::from(n).checked_sub(1).filter(|i| *i < max);
    match (form.question, key) {
        (q, FallKey::Choose(n)) if q != FallQuestion::GotUp => {
            let Some(i) = pick(n, q.choices()) else {
                return false;
            };
            choose(r, q, i);
            true
        }
        (FallQuestion::GotUp | FallQuestion::Since(_), FallKey::Yes | FallKey::No) => {
            r.got_up_alone = Some(key == FallKey::Yes);
            true
        }
        // The kind is always said; every other question may be left.
        (q, FallKey::NotSaid) => q != FallQuestion::Kind,
        _ => false,
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
