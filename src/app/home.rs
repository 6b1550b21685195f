//! Home's modes and steps: the pain check, the weight question and an unfinished session.

use crate::coach::plan::day_plan;
use crate::coach::session::Session;
use crate::history::{PainAnswer, WeightChange};

use super::session::{nothing_to_record, pain_only};
use super::{Effect, Model, Msg, Notice, Now, Screen, Unfinished, UnfinishedKey};

/// What home is waiting for: one mode at a time, the first of these that holds. Its keys
/// are the mode's table in `keymap`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum HomeMode<'a> {
    /// A session left unfinished: resume, save or discard it (asked before anything else).
    Unfinished(&'a Unfinished),
    /// Last month in review, the first time botsterk opens in a new month.
    MonthReview,
    /// A pain-check answer (`ok` or `leave-out`) waiting for y/n.
    PainConfirm(PainAnswer),
    /// A typed weight far from the current one waiting for y/n.
    WeightJump(f64),
    /// `q` while a weight was typed: quit (the weight unsaved) waiting for y/n.
    QuitConfirm,
    /// `Tab` to the advanced program with weaker bones waiting for y/n.
    AdvanceConfirm,
    /// A weight being typed.
    WeightEntry(&'a str),
    /// Plain home, with today's questions (pain check, weight) if any.
    Plain,
}

impl Model {
    /// The mode home is in.
    #[must_use]
    pub fn home_mode(&self) -> HomeMode<'_> {
        if let Some(unfinished) = &self.unfinished {
            HomeMode::Unfinished(unfinished)
        } else if self.month_review.is_some() {
            HomeMode::MonthReview
        } else if let Some(answer) = self.pain_confirm {
            HomeMode::PainConfirm(answer)
        } else if let Some(kg) = self.weight_jump {
            HomeMode::WeightJump(kg)
        } else if self.quit_asked {
            HomeMode::QuitConfirm
        } else if self.advance_asked {
            HomeMode::AdvanceConfirm
        } else if let Some(text) = &self.weight_entry {
            HomeMode::WeightEntry(text)
        } else {
            HomeMode::Plain
        }
    }
}

/// The pain check on home: `not-yet` is recorded at once; `ok` and `leave-out` ask y/n.
pub(super) fn pain_step(model: &mut Model, msg: &Msg, now: Now, effects: &mut Vec<Effect>) {
    if model.screen != Screen::Home || model.unfinished.is_some() {
        return;
    }
    let Some(hold) = model.pain_question() else {
        return;
    };
    let exercise = hold.exercise.clone();
    let answer = match (model.pain_confirm, msg) {
        (None, Msg::AnswerPain(PainAnswer::NotYet)) => PainAnswer::NotYet,
        (None, Msg::AnswerPain(answer)) => {
            model.pain_confirm = Some(*answer);
            return;
        }
        (Some(answer), Msg::ConfirmPain(true)) => answer,
        (Some(_), Msg::ConfirmPain(false)) => {
            model.pain_confirm = None;
            return;
        }
        _ => return,
    };
    if let Some(record) = crate::coach::pain::answer(&model.history, &exercise, answer, now.today())
    {
        effects.push(Effect::SavePainCheck(record));
    }
}

/// The weight question on home: answer it, or type another weight.
pub(super) fn weight_step(model: &mut Model, msg: &Msg, now: Now, effects: &mut Vec<Effect>) {
    let Some(prompt) = model.weight_prompt().cloned() else {
        return;
    };
    if model.screen != Screen::Home {
        return;
    }
    let decide =
        |to_kg: f64| WeightChange::new(now.today(), prompt.exercise.clone(), prompt.from_kg, to_kg);
    match (&mut model.weight_entry, msg) {
        (None, Msg::AcceptWeight) => {
            if let Some(to) = prompt.to_kg {
                effects.push(Effect::SaveWeight(decide(to)));
            }
        }
        (None, Msg::DeclineWeight) => {
            if let Some(from) = prompt.from_kg {
                effects.push(Effect::SaveWeight(decide(from)));
            }
        }
        (None, Msg::EditWeight) => model.weight_entry = Some(String::new()),
        (Some(text), Msg::WeightChar(c)) if text.chars().count() < 8 => text.push(*c),
        (Some(text), Msg::WeightBackspace) => {
            text.pop();
        }
        (Some(_), Msg::WeightCancel) => {
            model.weight_entry = None;
            model.weight_invalid = false;
            model.weight_jump = None;
        }
        (Some(text), Msg::WeightConfirm) if model.weight_jump.is_none() => {
            match crate::units::parse_weight(text, model.settings.units) {
                Ok(kg) => {
                    model.weight_invalid = false;
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
                        model.weight_jump = Some(kg);
                    } else {
                        effects.push(Effect::SaveWeight(decide(kg)));
                    }
                }
                Err(_) => {
                    text.clear();
                    model.weight_invalid = true;
                }
            }
        }
        (Some(_), Msg::ConfirmJump(yes)) => {
            if let Some(kg) = model.weight_jump.take()
                && *yes
            {
                effects.push(Effect::SaveWeight(decide(kg)));
            }
        }
        _ => {}
    }
}

/// Home's question about an unfinished session: `r` resume, `s` save as it is, `d` discard
/// (then `y` or `n`).
pub(super) fn unfinished_step(
    model: &mut Model,
    key: UnfinishedKey,
    now: Now,
    effects: &mut Vec<Effect>,
) {
    let Some(unfinished) = &mut model.unfinished else {
        return;
    };
    match (unfinished.confirm_discard, key) {
        (false, UnfinishedKey::Resume) if !unfinished.from_earlier_day(now.today()) => {
            // The rest of the session is planned again from the profile as it is now.
            let today = day_plan(
                &model.catalog,
                &model.history,
                &model.settings,
                unfinished.journal.program,
                now.today(),
            );
            let get_ready = model.get_ready();
            let Some(unfinished) = &mut model.unfinished else {
                return;
            };
            if let Some(resumed) = Session::resume(
                &unfinished.journal,
                &model.catalog,
                now.instant,
                &today.session,
            ) {
                model.unfinished = None;
                model.notice = None;
                model.screen = Screen::Session {
                    session: Box::new(
                        resumed
                            .session
                            .with_get_ready(get_ready)
                            .with_paced(model.tempos()),
                    ),
                    save_error: None,
                    journal_error: None,
                };
            }
        }
        (false, UnfinishedKey::SaveAsItIs) => {
            let record = unfinished.journal.to_record();
            if nothing_to_record(&record) {
                model.unfinished = None;
                model.notice = Some(Notice::NothingDone);
                effects.push(Effect::ClearJournal);
            } else {
                if record.reports_pain() {
                    model.after_save = Notice::SavedWithPain;
                }
                effects.push(Effect::SaveSession(record));
            }
        }
        (false, UnfinishedKey::Discard) => unfinished.confirm_discard = true,
        (true, UnfinishedKey::ConfirmDiscard) => {
            // A pain report is never thrown away: it is saved on its own.
            if let Some(pain) = pain_only(&unfinished.journal.to_record()) {
                model.after_save = Notice::DiscardedPainKept;
                effects.push(Effect::SaveSession(pain));
                return;
            }
            model.unfinished = None;
            model.notice = Some(Notice::Discarded);
            effects.push(Effect::ClearJournal);
        }
        (true, UnfinishedKey::KeepIt) => unfinished.confirm_discard = false,
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::fixtures::{model, with_unfinished};
    use crate::app::update;
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
        let yes = update(&mut m, Msg::AcceptWeight, now);
        assert!(matches!(&yes[..], [Effect::SaveWeight(c)] if c.to_kg == 9.0));
        let no = update(&mut m, Msg::DeclineWeight, now);
        assert!(matches!(&no[..], [Effect::SaveWeight(c)] if c.to_kg == 8.0));
        update(&mut m, Msg::EditWeight, now);
        for c in ['1', '0', ',', '5'] {
            update(&mut m, Msg::WeightChar(c), now);
        }
        // 8 to 10.5 kg is more than a step (2 kg): asked once more.
        assert!(update(&mut m, Msg::WeightConfirm, now).is_empty());
        assert_eq!(m.weight_jump, Some(10.5));
        let other = update(&mut m, Msg::ConfirmJump(true), now);
        assert!(matches!(&other[..], [Effect::SaveWeight(c)] if c.to_kg == 10.5));
        // Once saved, that question is gone; the next one is the deadlift's first weight.
        let mut saved = m.history.clone();
        if let [Effect::SaveWeight(change)] = &other[..] {
            saved.weight_changes.push(change.clone());
        }
        update(&mut m, Msg::WeightSaved(saved), now);
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
        update(&mut m, Msg::EditWeight, now);
        for c in ['-', '8'] {
            update(&mut m, Msg::WeightChar(c), now);
        }
        assert_eq!(m.weight_entry.as_deref(), Some("-8"));
        assert_eq!(crate::units::unused_char("-8"), Some('-'));
        assert!(
            update(&mut m, Msg::WeightConfirm, now).is_empty(),
            "-8 is no weight"
        );
        assert!(m.weight_invalid);
        update(&mut m, Msg::WeightCancel, now);
        update(&mut m, Msg::EditWeight, now);
        for c in ['8', '½'] {
            update(&mut m, Msg::WeightChar(c), now);
        }
        let saved = update(&mut m, Msg::WeightConfirm, now);
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
        update(&mut m, Msg::EditWeight, now);
        for c in ['4', '0'] {
            update(&mut m, Msg::WeightChar(c), now);
        }
        assert!(update(&mut m, Msg::WeightConfirm, now).is_empty());
        assert_eq!(m.weight_jump, Some(40.0));
        assert!(update(&mut m, Msg::ConfirmJump(false), now).is_empty());
        // The usual first weight is taken without asking.
        m.weight_entry = Some("2".into());
        let taken = update(&mut m, Msg::WeightConfirm, now);
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
        h.weight_changes.push(crate::history::WeightChange::new(
            today - chrono::Days::new(8),
            "goblet-squat".into(),
            Some(7.0),
            8.0,
        ));
        let mut m = model();
        m.history = h;
        m.program = Program::Advanced;
        m.refresh(today);
        let prompt = m
            .weight_prompt()
            .cloned()
            .expect("a lighter-weight question");
        assert_eq!(prompt.kind, PromptKind::DecreaseWeight);
        update(&mut m, Msg::EditWeight, now);
        update(&mut m, Msg::WeightChar('9'), now);
        assert!(update(&mut m, Msg::WeightConfirm, now).is_empty());
        assert_eq!(m.weight_jump, Some(9.0), "heavier within 14 days asks");
        assert!(update(&mut m, Msg::ConfirmJump(false), now).is_empty());
        // Far lighter: taken at once.
        m.weight_entry = Some("2".into());
        let taken = update(&mut m, Msg::WeightConfirm, now);
        assert!(matches!(&taken[..], [Effect::SaveWeight(c)] if c.to_kg == 2.0));
    }

    #[test]
    fn an_unfinished_session_is_resumed_saved_or_discarded_after_asking() {
        let clock = FakeClock::new();
        let now = Now::from_clock(&clock);
        let mut m = with_unfinished(&clock);
        update(&mut m, Msg::StartSession, now);
        assert_eq!(
            m.screen,
            Screen::Home,
            "decide about the unfinished one first"
        );
        update(&mut m, Msg::Unfinished(UnfinishedKey::Resume), now);
        let session = m.session().expect("resumed");
        assert_eq!((session.set_number(), session.sets_done().len()), (2, 1));
        assert!(m.unfinished.is_none());

        let mut m = with_unfinished(&clock);
        let saved = update(&mut m, Msg::Unfinished(UnfinishedKey::SaveAsItIs), now);
        let [Effect::SaveSession(record)] = saved.as_slice() else {
            panic!("a save, got {saved:?}")
        };
        assert!(record.ended_early);
        assert_eq!(record.exercises[0].sets.len(), 1);
        update(&mut m, Msg::SaveFailed("disk full".into()), now);
        assert_eq!(
            m.unfinished.as_ref().and_then(|u| u.error.as_deref()),
            Some("disk full")
        );

        let mut m = with_unfinished(&clock);
        assert!(update(&mut m, Msg::Unfinished(UnfinishedKey::Discard), now).is_empty());
        update(&mut m, Msg::Unfinished(UnfinishedKey::KeepIt), now);
        assert!(m.unfinished.is_some(), "n keeps it");
        update(&mut m, Msg::Unfinished(UnfinishedKey::Discard), now);
        let gone = update(&mut m, Msg::Unfinished(UnfinishedKey::ConfirmDiscard), now);
        assert_eq!(gone, [Effect::ClearJournal]);
        assert!(m.unfinished.is_none());
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
