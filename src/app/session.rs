//! A session's step: the input applied, then saved, thrown away or journaled.

use crate::coach::session::Input;
use crate::history::SessionRecord;
use crate::lang::Lang;
use crate::profile::Sound;

use super::{Effect, Model, Notice, Now, Screen};

/// What is kept of a session thrown away: the exercises that reported pain, with what was
/// done of them; `None` when no pain was reported.
pub(super) fn pain_only(record: &SessionRecord) -> Option<SessionRecord> {
    let exercises: Vec<_> = record
        .exercises
        .iter()
        .filter(|e| e.reports_pain())
        .cloned()
        .collect();
    (!exercises.is_empty()).then(|| SessionRecord {
        exercises,
        ended_early: true,
        ..record.clone()
    })
}

/// No set and no pain report: an accidental start, nothing to keep. (Pain is always kept,
/// even before the first set: it puts the exercise on hold.)
pub(super) fn nothing_to_record(record: &SessionRecord) -> bool {
    record.exercises.iter().all(|e| e.sets.is_empty()) && !record.reports_pain()
}

pub(super) fn session_step(
    model: &mut Model,
    input: Option<Input>,
    now: Now,
    effects: &mut Vec<Effect>,
) {
    let sound = model.sound();
    let lang = model.lang;
    let Screen::Session { session, .. } = &mut model.screen else {
        return;
    };
    let before = session.to_journal(now.local);
    let practice_before = session
        .is_practice()
        .then(|| session.to_practice_record(now.local));
    let outcome = match input {
        Some(input) => session.handle(input, now.instant),
        None => session.tick(now.instant),
    };
    effects.extend(sound_effects(&outcome.cues, sound, lang));
    if let Some(before) = practice_before {
        practice_outcome(model, &outcome, &before, now, effects);
        return;
    }
    // Written whenever something finished changed (a set, an exercise, an answer): never
    // for a count or a timer, so a crash loses at most the set being done.
    let after = session.to_journal(now.local);
    if after != before && !outcome.discarded {
        effects.push(Effect::SaveJournal(after));
    }
    if outcome.save {
        let record = session.to_record(now.local);
        if nothing_to_record(&record) {
            // No load, no training: an accidental start must not lock out today.
            model.screen = Screen::Home;
            model.notice = Some(Notice::NothingDone);
            effects.push(Effect::ClearJournal);
            return;
        }
        model.after_save = if record.reports_pain() {
            Notice::SavedWithPain
        } else {
            Notice::Saved
        };
        effects.push(Effect::SaveSession(record));
    }
    if outcome.discarded {
        // A pain report is never thrown away: it is saved on its own (the session stays
        // on screen until it is, so a failed save can be retried).
        if let Some(pain) = pain_only(&session.to_record(now.local)) {
            model.after_save = Notice::DiscardedPainKept;
            effects.push(Effect::SaveSession(pain));
            return;
        }
        model.screen = Screen::Home;
        model.notice = Some(Notice::Discarded);
        effects.push(Effect::ClearJournal);
    }
}

/// Saving or throwing away a practice, and its own journal: every hold or move finished
/// is written to `practice-in-progress.json` before the next begins, so a crash loses at
/// most the one under way (the next start saves the rest). A strength session's journal
/// is never touched.
pub(super) fn practice_outcome(
    model: &mut Model,
    outcome: &crate::coach::session::Outcome,
    before: &crate::history::PracticeRecord,
    now: Now,
    effects: &mut Vec<Effect>,
) {
    let Screen::Session { session, .. } = &model.screen else {
        return;
    };
    let after = session.to_practice_record(now.local);
    let changed = after.balance != before.balance || after.posture != before.posture;
    if changed && !outcome.save && !outcome.discarded {
        effects.push(Effect::SavePracticeJournal(after));
    }
    if outcome.save {
        let record = session.to_practice_record(now.local);
        if record.balance.is_empty() && record.posture.is_empty() {
            model.screen = Screen::Home;
            model.notice = Some(Notice::NothingDone);
            effects.push(Effect::ClearPracticeJournal);
            return;
        }
        model.after_save = Notice::PracticeSaved;
        effects.push(Effect::SavePractice(record));
    }
    if outcome.discarded {
        // As in a strength session, the pain reported is never thrown away: it is saved
        // on its own (the practice stays on screen until it is, so a failed save can be
        // retried).
        if let Some(pain) = session.to_practice_record(now.local).pain_only() {
            model.after_save = Notice::PracticeDiscardedPainKept;
            effects.push(Effect::SavePractice(pain));
            return;
        }
        model.screen = Screen::Home;
        model.notice = Some(Notice::Discarded);
        effects.push(Effect::ClearPracticeJournal);
    }
}

/// How the cues of one step sound. Cues of one step are said together ("done, rest"):
/// said one by one, each would cut off the one before.
pub(super) fn sound_effects(
    cues: &[crate::coach::cues::Timed],
    sound: Sound,
    lang: Lang,
) -> Vec<Effect> {
    let Some(last) = cues.last() else {
        return Vec::new();
    };
    match sound {
        Sound::Off => Vec::new(),
        Sound::Bell if cues.iter().any(|c| c.cue.rings_bell()) => vec![Effect::Bell],
        Sound::Bell => Vec::new(),
        Sound::Voice => {
            let words: Vec<String> = cues.iter().map(|c| lang.texts().hands.say(c.cue)).collect();
            vec![Effect::Speak {
                text: words.join(", "),
                lang,
                at: last.at,
            }]
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::fixtures::model;
    use crate::app::{Done, HomeMsg};
    use crate::app::{Msg, update};
    use crate::clock::{Clock, FakeClock};

    use crate::coach::session::Input;
    use crate::history::History;
    use crate::lang::Lang;
    use crate::profile::Profile;

    fn journals(effects: &[Effect]) -> usize {
        effects
            .iter()
            .filter(|e| matches!(e, Effect::SaveJournal(_)))
            .count()
    }

    #[test]
    fn the_journal_is_written_after_each_finished_set_not_each_rep() {
        let clock = FakeClock::new();
        let mut m = model();
        let now = Now::from_clock(&clock);
        update(&mut m, Msg::Home(HomeMsg::StartSession), now);
        assert_eq!(
            journals(&update(&mut m, Msg::Session(Input::Begin), now)),
            0
        );
        assert_eq!(
            journals(&update(&mut m, Msg::Session(Input::Count), now)),
            0
        );
        let finished = update(&mut m, Msg::Session(Input::FinishSet), now);
        let [Effect::SaveJournal(journal)] = finished.as_slice() else {
            panic!("one journal write, got {finished:?}")
        };
        assert_eq!(journal.sets_done.len(), 1);
        // Skipping an exercise (s twice) changes what is finished, so it is written too.
        update(&mut m, Msg::Session(Input::SkipExercise), now);
        assert_eq!(
            journals(&update(&mut m, Msg::Session(Input::SkipExercise), now)),
            1
        );
        update(&mut m, Msg::Session(Input::AskQuit), now);
        update(&mut m, Msg::Session(Input::Discard), now);
        let discarded = update(&mut m, Msg::Session(Input::ConfirmDiscard), now);
        assert_eq!(discarded, [Effect::ClearJournal]);
    }

    /// A practice started, `keys` given, then thrown away: what the discard saves.
    fn practice_thrown_away(keys: &[Input]) -> (Model, Vec<Effect>) {
        let clock = FakeClock::new();
        let mut m = model();
        update(
            &mut m,
            Msg::Home(HomeMsg::StartPractice),
            Now::from_clock(&clock),
        );
        for key in keys {
            update(&mut m, Msg::Session(*key), Now::from_clock(&clock));
            // Through the get-ready and a hold of 30 s at most.
            clock.advance(std::time::Duration::from_secs(45));
            update(&mut m, Msg::Tick, Now::from_clock(&clock));
        }
        let now = Now::from_clock(&clock);
        update(&mut m, Msg::Session(Input::AskQuit), now);
        update(&mut m, Msg::Session(Input::Discard), now);
        let effects = update(&mut m, Msg::Session(Input::ConfirmDiscard), now);
        (m, effects)
    }

    /// Issue 26: a practice is journaled like a session: every hold answered is in its
    /// file before the next begins; a discard removes the file.
    #[test]
    fn every_finished_hold_of_a_practice_is_journaled_before_the_next() {
        use crate::history::Steadiness;
        let clock = FakeClock::new();
        let mut m = model();
        let mut journaled = Vec::new();
        let mut step = |m: &mut Model, msg: Msg, clock: &FakeClock| {
            for effect in update(m, msg, Now::from_clock(clock)) {
                if let Effect::SavePracticeJournal(p) = effect {
                    journaled.push(p);
                }
            }
        };
        step(&mut m, Msg::Home(HomeMsg::StartPractice), &clock);
        for _ in 0..2 {
            step(&mut m, Msg::Session(Input::Begin), &clock);
            // Through the get-ready and the hold.
            for _ in 0..3 {
                clock.advance(std::time::Duration::from_secs(45));
                step(&mut m, Msg::Tick, &clock);
            }
            step(
                &mut m,
                Msg::Session(Input::Rate(Steadiness::Steady)),
                &clock,
            );
            step(&mut m, Msg::Session(Input::SkipRest), &clock);
        }
        let holds: Vec<usize> = journaled.iter().map(|p| p.balance.len()).collect();
        assert_eq!(
            holds,
            [1, 2],
            "one write per hold, each with every hold so far"
        );
        let (_, effects) = practice_thrown_away(&[]);
        assert!(
            effects.contains(&Effect::ClearPracticeJournal),
            "{effects:?}"
        );
    }

    #[test]
    fn pain_in_a_practice_is_kept_when_the_practice_is_thrown_away() {
        use crate::history::{Effort, Steadiness};
        // Issue 33: the dialog said the pain is kept, and it was thrown away with the rest.
        // Pain on a balance card before its hold; pain in a hold after a steady one.
        for keys in [
            vec![Input::Answer(Effort::Pain)],
            vec![
                Input::Begin,
                Input::Rate(Steadiness::Steady),
                Input::SkipRest,
                Input::Answer(Effort::Pain),
            ],
        ] {
            let (mut m, effects) = practice_thrown_away(&keys);
            let [Effect::SavePractice(kept)] = effects.as_slice() else {
                panic!("{keys:?}: the pain is saved, got {effects:?}")
            };
            assert_eq!(kept.balance.len(), 1, "{keys:?}: only the pain: {kept:?}");
            assert!(kept.only_pain() && kept.posture.is_empty(), "{kept:?}");
            assert!(m.session().is_some(), "on screen until it is saved");
            let mut history = History::default();
            history.practice.push(kept.clone());
            update(
                &mut m,
                Msg::Done(Done::Saved(history)),
                Now::from_clock(&FakeClock::new()),
            );
            assert_eq!(m.notice, Some(Notice::PracticeDiscardedPainKept));
            // Thrown away: not a day of practice.
            assert!(!m.practice.done_today && m.practice.days == 0);
        }
        // Without pain, nothing is kept.
        let (m, effects) = practice_thrown_away(&[Input::Begin]);
        assert_eq!(
            effects,
            [Effect::ClearPracticeJournal],
            "only its file goes"
        );
        assert_eq!(m.notice, Some(Notice::Discarded));
    }

    #[test]
    fn a_pain_report_is_never_thrown_away() {
        let clock = FakeClock::new();
        let now = Now::from_clock(&clock);
        // Pain on the first card, then the session thrown away: the pain is saved.
        let mut m = model();
        update(&mut m, Msg::Home(HomeMsg::StartSession), now);
        update(
            &mut m,
            Msg::Session(Input::Answer(crate::history::Effort::Pain)),
            now,
        );
        update(&mut m, Msg::Session(Input::AskQuit), now);
        update(&mut m, Msg::Session(Input::Discard), now);
        let effects = update(&mut m, Msg::Session(Input::ConfirmDiscard), now);
        let Some(Effect::SaveSession(kept)) = effects
            .iter()
            .find(|e| matches!(e, Effect::SaveSession(_)))
            .cloned()
        else {
            panic!("the pain is saved: {effects:?}")
        };
        assert_eq!(kept.exercises.len(), 1);
        assert!(kept.reports_pain() && kept.is_short());
        let mut history = History::default();
        history.sessions.push(kept);
        update(&mut m, Msg::Done(Done::Saved(history)), now);
        assert_eq!(m.notice, Some(Notice::DiscardedPainKept));
        assert_eq!(m.day.holds.len(), 1);
        // Pain and nothing else, saved from the summary: kept too.
        let mut m = model();
        update(&mut m, Msg::Home(HomeMsg::StartSession), now);
        update(
            &mut m,
            Msg::Session(Input::Answer(crate::history::Effort::Pain)),
            now,
        );
        update(&mut m, Msg::Session(Input::Continue), now);
        for _ in 0..6 {
            update(&mut m, Msg::Session(Input::SkipExercise), now);
        }
        let effects = update(&mut m, Msg::Session(Input::Save), now);
        assert!(
            effects
                .iter()
                .any(|e| matches!(e, Effect::SaveSession(r) if r.reports_pain())),
            "{effects:?}"
        );
    }

    #[test]
    fn voice_says_a_steps_cues_together_and_falls_back_to_the_bell() {
        use crate::coach::cues::{Cue, Timed};
        let at = FakeClock::new().now();
        let cues = [Timed { at, cue: Cue::Done }, Timed { at, cue: Cue::Rest }];
        assert_eq!(
            sound_effects(&cues, Sound::Voice, Lang::Nl),
            [Effect::Speak {
                text: "klaar, rust".into(),
                lang: Lang::Nl,
                at
            }]
        );
        assert_eq!(sound_effects(&cues, Sound::Bell, Lang::En), [Effect::Bell]);
        assert!(sound_effects(&cues, Sound::Off, Lang::En).is_empty());
        let mut m = model();
        let mut profile = Profile::defaults(Lang::En);
        profile.set_sound(Sound::Voice);
        m.profile = Some(profile);
        assert_eq!(m.sound(), Sound::Bell, "no speech program found");
        m.voice = Some("espeak-ng".into());
        assert_eq!(m.sound(), Sound::Voice);
        update(
            &mut m,
            Msg::Done(Done::VoiceFailed("no audio".into())),
            Now::from_clock(&FakeClock::new()),
        );
        assert_eq!(m.sound(), Sound::Bell, "after a failure, the bell");
    }

    #[test]
    fn a_session_without_a_single_set_is_not_recorded() {
        let clock = FakeClock::new();
        let mut m = model();
        let now = Now::from_clock(&clock);
        update(&mut m, Msg::Home(HomeMsg::StartSession), now);
        for _ in 0..8 {
            update(&mut m, Msg::Session(Input::SkipExercise), now);
        }
        let effects = update(&mut m, Msg::Session(Input::Save), now);
        assert_eq!(effects, [Effect::ClearJournal]);
        assert_eq!(
            (&m.screen, m.notice),
            (&Screen::Home, Some(Notice::NothingDone))
        );
        assert!(m.day.may_train(), "today is still free");
    }
}
